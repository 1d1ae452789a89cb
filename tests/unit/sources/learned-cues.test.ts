import { describe, expect, it } from 'vitest';
import { learnedCue, objectShare } from '../../../src/core/sources/learned-cues';
import { objectEnd } from '../../../src/core/sources/object-phrase';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.cueKind} | ${q.text}`);
const object = (s: string) => s.slice(0, objectEnd(s, 0, s.length)).trim();

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

describe('an object noun phrase as the whole content of a stance', () => {
  it('ends the object at a time, a subordinate clause or a second predicate', () => {
    expect(object('the ferry plan on Monday as she toured the pier')).toBe('the ferry plan');
    expect(object('Okafor since they both ran for mayor')).toBe('Okafor');
    expect(object('the harbour levy this week')).toBe('the harbour levy');
    expect(object('the levy and called for a vote')).toBe('the levy');
    expect(object('the levy, calling it a tax on islanders')).toBe('the levy');
  });

  it('keeps a complement, a clause and the phrase’s own modifiers', () => {
    expect(object('Okafor for backing the bill on Monday')).toBe('Okafor for backing the bill on Monday');
    expect(object('the comment as a dig at the navy')).toBe('the comment as a dig at the navy');
    expect(object('restrictions on foreign ownership of ferries')).toBe('restrictions on foreign ownership of ferries');
    expect(object('the deal is dead since Monday')).toBe('the deal is dead since Monday');
    expect(object('that the levy was unfair')).toBe('that the levy was unfair');
  });

  it('gives a stance with an object noun phrase that phrase alone', () => {
    const r = run([
      'Ilse Vann has been critical of Okafor since they both ran for mayor.',
      'Vann criticized the ferry plan on Monday as she toured the pier.',
      'Vann thanked the crew for backing the pier bill.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ilse Vann | critical | attitude | Okafor',
      'Ilse Vann | criticized | attitude | the ferry plan',
      'Ilse Vann | thanked | attitude | the crew for backing the pier bill',
    ]);
  });

  it('reads a negated base-form cue after "didn’t"', () => {
    const r = run(['Tomas Okafor didn’t apologize for the delay at the pier.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Tomas Okafor | apologize for | attitude | the delay at the pier']);
  });
});
