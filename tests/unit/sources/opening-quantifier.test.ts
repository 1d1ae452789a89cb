import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { openingQuantifier } from '../../../src/core/sources/opening-quantifier';
import { run } from './run';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  return subjectBefore(sentence, 0, at)?.speaker.text ?? null;
};

// "Both"/"all" float after a subject ("the skippers both said") and are skipped there, as "also"
// is; a quantifier that opens its clause is the subject itself.
describe('a quantifier opening its clause as the subject', () => {
  it('reads "Both want …" and "All see …" as positions of the group', () => {
    const r = run([
      'The two harbour masters agree on little.',
      'Both want a second ferry on the winter timetable.',
      'All see the new breakwater as a waste of money.',
    ], [], { attitudes: true });
    expect(r.quotes.filter((q) => q.cue !== 'agree').map((q) => `${q.speaker} | ${q.cue} | ${q.text}`)).toEqual([
      'Both | want | a second ferry on the winter timetable',
      'All | see | the new breakwater as a waste of money',
    ]);
  });

  it('reads it after a linking word, an auxiliary or an opening phrase', () => {
    expect(subjectOf('But both have promised to keep the pier open.', 'promised')).toBe('both');
    expect(subjectOf('The vote failed, and all blame the mayor.', 'blame')).toBe('all');
    expect(subjectOf('By Friday, all agreed that the ferry tax would rise.', 'agreed')).toBe('all');
  });

  it('still skips a quantifier that floats after its subject', () => {
    expect(subjectOf('The skippers both said the quay was too short.', 'said')).toBe('The skippers');
    expect(subjectOf('Lund and Roe all but endorsed the plan.', 'endorsed')).not.toBe('all');
  });

  it('is no subject before its own plural noun, after "be", or summing up a list', () => {
    const at = (s: string, word: string, cue: string) => openingQuantifier(s, 0, s.indexOf(word), s.indexOf(word) + word.length, s.indexOf(cue));
    expect(at('All reports suggest a late vote.', 'All', 'suggest')).toBeNull();
    expect(at('Both are committed to the plan.', 'Both', 'committed')).toBeNull();
    expect(at('Pilots, skippers, dockers, all voicing concern.', 'all', 'voicing')).toBeNull();
    expect(at('The ferry and the bus both stop here.', 'both', 'stop')).toBeNull();
    expect(at('Both want a second ferry.', 'Both', 'want')?.speaker.text).toBe('Both');
  });
});
