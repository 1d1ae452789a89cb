import { describe, expect, it } from 'vitest';
import { isOfficeTitlePossessive } from '../../../src/core/sources/office-possessive';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run, said } from './run';

const read = (phrase: string) => readSpeaker(phrase, 0, phrase.length);

describe("a title's possessive inside a body's name", () => {
  it('tells an office named for its title from an owner', () => {
    expect(isOfficeTitlePossessive("Sheriff's", ['Office'])).toBe(true);
    expect(isOfficeTitlePossessive("General's", ['Office'])).toBe(true);
    expect(isOfficeTitlePossessive("Russia's", ['Foreign', 'Ministry'])).toBe(false);
    expect(isOfficeTitlePossessive("Sheriff's", ['car'])).toBe(false);
  });

  it('reads a person of such a body, with the body as affiliation', () => {
    const ref = read("Officer Ada Lund of the Vardby Sheriff's Office");
    expect(ref).toMatchObject({ name: 'Ada Lund', role: 'Officer', affiliation: "Vardby Sheriff's Office", kind: 'person' });
    expect(read("the Attorney General's Office")).toMatchObject({ name: "Attorney General's Office", kind: 'organization' });
    expect(read("Russia's Foreign Ministry")).toMatchObject({ name: 'Foreign Ministry', owner: 'Russia' });
  });

  it('credits a statement closed by such a speaker', () => {
    const r = run(["The road had been closed for a week, and both ferries were cancelled, said Officer Ada Lund of the Vardby Sheriff's Office."]);
    expect(said(r)).toEqual(['Ada Lund | The road had been closed for a week, and both ferries were cancelled']);
  });
});

describe('other speaker phrases around a body', () => {
  it('runs an owner\'s name on through its "of"', () => {
    expect(read("the US Department of Fisheries's Harbour Inspection Service")).toMatchObject({ name: 'Harbour Inspection Service', owner: 'US Department of Fisheries' });
  });

  it('reads lower-case role words before a name, and "from" before the body', () => {
    expect(read('press officer Ada Lund from the Vardby Harbour Board')).toMatchObject({ name: 'Ada Lund', role: 'press officer', affiliation: 'Vardby Harbour Board', kind: 'person' });
    expect(read('Tom Varga from the Harbour Board')).toMatchObject({ name: 'Tom Varga', affiliation: 'Harbour Board' });
  });
});
