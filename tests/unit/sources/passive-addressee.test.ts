import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// The subject of a passive verb of urging or promising is the one urged or promised, not a speaker;
// a time word between the auxiliary and the participle ("was later charged") keeps it passive.
const ATTITUDES = { attitudes: true };

describe('passive subjects of urging, promising and charging', () => {
  it('are no speakers of what they were urged or promised', () => {
    const found = said(run(['Police said the bridge is shut, and drivers are being urged to take the coast road.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('drivers |'))).toBe(false);
    const promised = said(run(['Vell said that nurses who had been promised a raise in spring should receive it.'], [], ATTITUDES));
    expect(promised.some((s) => s.startsWith('nurses |'))).toBe(false);
    expect(promised.some((s) => s.startsWith('Vell |'))).toBe(true);
  });

  it('reads "was later charged with" as passive', () => {
    const found = said(run(['Her cousin, Ned Farrow, who was later charged with arson, denied the claim.'], [], ATTITUDES));
    expect(found.some((s) => /arson/.test(s))).toBe(false);
  });

  it('keeps the active voice', () => {
    expect(said(run(['The mayor urged drivers to take the coast road.'], [], ATTITUDES))).toContain('mayor | drivers to take the coast road');
    expect(said(run(['Prosecutors later charged that Farrow had set the fire.'], [], ATTITUDES)).some((s) => s.startsWith('Prosecutors |'))).toBe(true);
  });
});

describe('a passive verb of confirming with a time word', () => {
  it('has no speaker in its subject', () => {
    const found = said(run(['The bones were later confirmed as the remains of a lost sailor.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('bones |'))).toBe(false);
  });
});

describe('a passive verb of telling with two adverbs', () => {
  it('has the one told as its subject, no speaker', () => {
    const found = said(run(['Several pupils were also reportedly told by teachers that the exam was cancelled, parents said.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('pupils |') || s.startsWith('Several pupils |'))).toBe(false);
    expect(found.some((s) => s.startsWith('parents |'))).toBe(true);
  });
});
