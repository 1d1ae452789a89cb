import { describe, expect, it } from 'vitest';
import { subordinateAfterVerb } from '../../../src/core/sources/subordinate-after-clause';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run, said } from './run';

const read = (phrase: string) => readSpeaker(phrase, 0, phrase.length)?.text ?? null;

describe('a subordinate clause after a noun, its verb and the object', () => {
  it('is told by the words after the verb', () => {
    expect(subordinateAfterVerb(['slim', 'chances', 'of', 'passing', 'after', 'the', 'mayor'])).toBe(true);
    expect(subordinateAfterVerb(['three', 'labels'])).toBe(false);
    // (A subordinator as the last word opens no clause yet.)
    expect(subordinateAfterVerb(['slim', 'chances', 'after'])).toBe(false);
  });

  it('leaves the noun before the verb no subject of the cue', () => {
    expect(read('The levy faced slim chances of passing after the mayor')).toBeNull();
    expect(read('The audit tested four harbours')).toBe('The audit');
  });

  it('gives the statement to the subordinate clause\'s subject', () => {
    const r = run(['In Tarnby, the harbour levy faced slim chances of passing after the town\'s mayor hinted she would veto it in its present form.']);
    expect(said(r)).toContain("town's mayor | she would veto it in its present form");
    expect(r.quotes.map((q) => q.speaker)).not.toContain('harbour levy');
  });
});
