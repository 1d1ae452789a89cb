import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quantity right after the cue: "said at least 40 people were hurt."', () => {
  it('opens what was said, however short the sentence', () => {
    expect(said(run(['The harbour office said at least 40 people were hurt.']))).toEqual(['harbour office | at least 40 people were hurt']);
    expect(said(run(['Pia Holm said as many as 12 ferries sank.']))).toEqual(['Pia Holm | as many as 12 ferries sank']);
    expect(said(run(['The island council said over 300 homes flooded.']))).toEqual(['island council | over 300 homes flooded']);
  });

  it('leaves a time or place after the cue an adjunct', () => {
    expect(said(run(['The ferry was late again, the harbour office said over the weekend.']))).toEqual(['harbour office | The ferry was late again']);
    expect(said(run(['The ferry will stop, Pia Holm said at the harbour.']))).toEqual(['Pia Holm | The ferry will stop']);
  });
});
