import { describe, expect, it } from 'vitest';
import { isPeopleNoun } from '../../../src/core/sources/refiners/people-nouns';
import { ownedPersonName } from '../../../src/core/sources/refiners/owned-person-names';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs).sources.map((s) => `${s.name}: ${s.kind}`);

describe('people described by a noun the lexicon does not list', () => {
  it('reads agent nouns and words for people as people, and things as things', () => {
    for (const w of ['tweeter', 'dispatchers', 'instructor', 'meteorologists', 'politicians', 'teen', 'children', 'editor-in-chief', 'lecturer']) expect(isPeopleNoun(w)).toBe(true);
    for (const w of ['flowers', 'powers', 'playlist', 'letter', 'computer', 'theory', 'recall', 'museum', 'newspaper', 'broadcasters']) expect(isPeopleNoun(w)).toBe(false);
  });

  it('makes an unnamed person who speaks anonymous', () => {
    expect(kinds(['The ferry was late again on Monday.', '"We waited two hours," one villager said.'])).toContain('villager: anonymous');
    expect(kinds(['The tweeter said the post was a joke.'])).toContain('tweeter: anonymous');
  });

  it('leaves a thing, and a share of people, as they were', () => {
    expect(kinds(['The theory says the ice melts from below.'])).not.toContain('theory: anonymous');
    expect(kinds(['Sixty percent of skippers surveyed said the fees were too high.'])).not.toContain('Sixty percent of skippers surveyed: anonymous');
  });

  it('makes a plural of people described as a "person" anonymous', () => {
    expect(kinds(['The authors of the survey said the ice was melting faster than expected.'])).toContain('authors of the survey: anonymous');
  });
});

describe("a person's name owned by an outlet", () => {
  it('reads the owned name as a person', () => {
    expect(ownedPersonName("VBC News' Ulla Brekke")).toBe('Ulla Brekke');
    expect(ownedPersonName("Harbour Radio's Mary Holt")).toBe('Mary Holt');
    expect(kinds(["VBC News' Ulla Brekke reports that the harbour has been closed for weeks."])).toContain("VBC News' Ulla Brekke: person");
  });

  it("leaves a body's office, and an owner that is no body with no given name", () => {
    expect(ownedPersonName("Vardby Council's Harbour Office")).toBeNull();
    expect(ownedPersonName("Vardby's Skerry Holm")).toBeNull();
  });
});
