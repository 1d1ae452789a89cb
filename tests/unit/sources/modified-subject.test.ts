import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a subject opening the sentence as a head with its modifier', () => {
  it('reads "A producer for a film studio told …" with the whole phrase as the speaker', () => {
    const r = run(['A producer for a film studio told the Herald on Tuesday that the actor had canceled the interview.']);
    expect(said(r)).toEqual(['producer for a film studio | the actor had canceled the interview']);
  });

  it('reads "A copy of the memo said …"', () => {
    const r = run(['A copy of the memo said investigators were unable to find the missing boxes.']);
    expect(said(r)).toEqual(['copy of the memo | investigators were unable to find the missing boxes']);
  });

  it('reads the subject after a short opening phrase of place', () => {
    const r = run(['In Wales, the towns of Brecon and Hay said they would light their halls in green.']);
    expect(said(r)).toEqual(['towns of Brecon and Hay | they would light their halls in green']);
  });

  it('takes no head followed by a participle of its own', () => {
    const r = run(['The driver accused of steering onto the crowded pier told officers she had been chased by guards.']);
    expect(said(r).some((line) => line.startsWith('The driver accused'))).toBe(false);
  });
});
