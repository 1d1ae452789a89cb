import { describe, expect, it } from 'vitest';
import { learnedCue, objectShare } from '../../../src/core/sources/learned-cues';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.cueKind} | ${q.text}`);

describe('the cue lexicon learned from PolNeAR train', () => {
  it('holds cue heads by every form, phrasal ones with their particle', () => {
    expect(learnedCue('vouches for')?.head).toBe('vouch for');
    expect(learnedCue('vouched for')?.head).toBe('vouch for');
    expect(learnedCue('rules out')?.head).toBe('rule out');
    expect(learnedCue('ferry')).toBeUndefined();
    // "attack"-like stances take an object; "argue" takes a clause.
    expect(objectShare(learnedCue('criticized')!)).toBeGreaterThan(0.8);
    expect(objectShare(learnedCue('argued')!)).toBeLessThan(0.3);
  });

  it('reads learned cues the hand lists do not hold, with the subject as the source', () => {
    const r = run([
      'Harbour master Ilse Vann vouches for the new pilot boats.',
      'The ferry union rules out a strike before the summer.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ilse Vann | vouches for | attitude | the new pilot boats',
      'ferry union | rules out | attitude | a strike before the summer',
    ]);
    // Never in the fact sheet's statements.
    expect(run(['Harbour master Ilse Vann vouches for the new pilot boats.']).quotes).toEqual([]);
  });

  it('needs a subject and a verb use: no noun after a determiner, no passive with its agent', () => {
    const r = run([
      'The rules out of Vardby were strict.',
      'A strike was ruled out by the ferry union.',
    ], [], ATTITUDES);
    // The passive's subject is never the source; its agent is, read by the passive-agent reader.
    expect(lines(r)).toEqual(['ferry union | ruled | attitude | A strike']);
  });
});

describe('learned cues with content after them, and verbs only', () => {
  it('leaves out a hedge whose content comes before it, and a noun form', () => {
    const r = run([
      'Harbour master Ilse Vann appears unsteady in the debate.',
      // A possessive without its apostrophe, as careless copy has it: a noun, not a verb after a subject.
      'Tomas Okafor criticism of the levy grew louder.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });
});

describe('a negated learned cue', () => {
  it('reads a negated base-form cue after "didn’t"', () => {
    const r = run(['Tomas Okafor didn’t apologize for the delay at the pier.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Tomas Okafor | apologize for | attitude | the delay at the pier']);
  });
});
