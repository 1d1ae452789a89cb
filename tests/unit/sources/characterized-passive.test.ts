import { describe, expect, it } from 'vitest';
import { isCharacterizedPassive } from '../../../src/core/sources/characterized-passive';
import { run, said } from './run';

// A passive of viewing or naming with "as" right after it ("a town seen as crucial") views or names
// its subject, which holds no position (characterized-passive.ts). Our own sentences.
const at = (sentence: string, cue: string): boolean => {
  const i = sentence.indexOf(` ${cue} `) + 1;
  return isCharacterizedPassive(sentence, cue, i, sentence.slice(i + cue.length));
};

describe('a passive that views or names its subject', () => {
  it('reads the passive after "be" and after a short noun phrase', () => {
    expect(at('The harbour plan is widely seen as a test of the mayor.', 'seen')).toBe(true);
    expect(at('The fund spent heavily in Brandt, a town seen as crucial for the vote.', 'seen')).toBe(true);
    expect(at('Aldo Berg, a Liberal appointed as deputy mayor in May, spoke first.', 'appointed')).toBe(true);
    expect(at('A woman later identified as Ada Lind asked about the pier.', 'identified')).toBe(true);
    expect(at('People seen as likely hecklers were asked to leave.', 'seen')).toBe(true);
  });

  it('leaves the active and the gap of a relative clause to their subjects', () => {
    expect(at('Lind described the pier as a landmark.', 'described')).toBe(false);
    expect(at('They regretted what the writers described as "lost chances".', 'described')).toBe(false);
    expect(at('He praised the pier the mayor described as a landmark.', 'described')).toBe(false);
    expect(at('He praised the pier Lind described as a landmark.', 'described')).toBe(false);
  });

  it('gives what is viewed or named no position, and keeps the view of someone who holds one', () => {
    const r = run([
      'Ada Lind and Tove Arnesen are both seen as candidates who would best handle a flood by a third of voters.',
      'The fund has avoided criticizing Berg, a Liberal appointed as deputy mayor by the council.',
      'A woman later identified as Ada Lind, an activist for a harbour group, demanded to know whether Falk would resign.',
      'Mayor Ines Falk sees the pier plan as a waste of money.',
    ], [], { attitudes: true });
    expect(said(r)).toEqual(['Ada Lind | to know whether Falk would resign', 'Ines Falk | the pier plan as a waste of money']);
  });
});
