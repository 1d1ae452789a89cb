import { describe, expect, it } from 'vitest';
import { isNounHeadOfPhrase } from '../../../src/core/sources/noun-head-phrase';
import { run } from './run';

// A cue word in -s right after a name, then a prepositional phrase and an auxiliary, is the plural
// noun heading the subject: "Tide Engine releases of a branch are supported …".
describe('a plural noun heading the subject, with its phrase and auxiliary after it', () => {
  it('reads no holder from the name before the noun', () => {
    const r = run([
      'Tide Engine releases of a spring branch are supported with patches for a year.',
      'PUT requests to the empty folders should be answered with a short list of items.',
    ]);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual([]);
    expect(isNounHeadOfPhrase('details', 'Bay Office', ' ', '', ' of its budget for the harbour were published on Monday')).toBe(true);
    expect(isNounHeadOfPhrase('files', 'PNG', ' ', '', ' with a size less than 40 KB are not stored')).toBe(true);
  });

  it('keeps a verb of saying whose adjunct leads a clause of its own', () => {
    expect(isNounHeadOfPhrase('says', 'Ada Lind', ' ', '', ' in a statement the port is closed until Friday')).toBe(false);
    expect(isNounHeadOfPhrase('says', 'Ada Lind', ' ', '', ' of the plan it was rushed through the council')).toBe(false);
    expect(isNounHeadOfPhrase('warns', 'The Harbour Board', ' ', '', ' of a storm that is coming on Sunday')).toBe(false);
    expect(isNounHeadOfPhrase('calls', 'Mayor Lind', ' ', '', ' for the harbour board to have its say')).toBe(false);
    // A cue that often governs a clause may have an adjunct and then its clause's bare subject.
    const told = run(['The Harbour Health Office says at least 70 people have died from the fever.']);
    expect(told.quotes.some((q) => /70 people have died/.test(q.text))).toBe(true);
    // Not after a comma or other words between the speaker and the cue.
    expect(isNounHeadOfPhrase('releases', 'Tide Engine', ', ', '', ' of a spring branch are supported')).toBe(false);
    const r = run(['Tom Berg writes in the memo the programme was never tested.']);
    // An owner's noun is the owner's; a verb in a clause a question word opens is a verb.
    expect(isNounHeadOfPhrase('estimates', "The rivals' respective", ' ', '', ' of the cost of the bridge are far apart')).toBe(false);
    expect(isNounHeadOfPhrase('decides', 'Lund', ' ', 'What ', ' about the future of the harbour will matter')).toBe(false);
    expect(isNounHeadOfPhrase('reacts', 'How boldly Northvale', ' ', '', ' to the ruling will be watched')).toBe(false);
    expect(r.quotes.some((q) => q.speaker === 'Tom Berg' && /programme was never tested/.test(q.text))).toBe(true);
  });
});
