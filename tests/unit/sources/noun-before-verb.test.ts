import { describe, expect, it } from 'vitest';
import { isNounBeforeVerb } from '../../../src/core/sources/noun-before-verb';
import { run } from './run';

describe('a cue word that is the noun before its clause\'s verb', () => {
  it('is no cue when a past-tense verb with its object or adjunct follows', () => {
    expect(isNounBeforeVerb('shares', ' closed flat at 4 dollars on Friday')).toBe(true);
    expect(isNounBeforeVerb('project', ' delivered the new map viewer to forty wikis')).toBe(true);
    const r = run([
      'Harbour Group shares closed flat at 4 dollars on Friday before the results.',
      'The city parks project delivered the first new playground in May.',
    ]);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual([]);
  });

  it('keeps a participle used as an adjective, or opening an adjunct, as content', () => {
    expect(isNounBeforeVerb('reports', ' increased sales in the third quarter')).toBe(false);
    expect(isNounBeforeVerb('notes', ' based on the figures the ferry would lose money')).toBe(false);
    // A verb that is only a verb, before a clause whose subject is a gap, is still the cue.
    expect(isNounBeforeVerb('argues', ' allowed the river to flood the town')).toBe(false);
    const r = run(['Harbour Group reported increased sales in the third quarter, its chief said.']);
    expect(r.quotes.some((q) => q.speaker === 'Harbour Group' && /increased sales/.test(q.text))).toBe(true);
  });
});
