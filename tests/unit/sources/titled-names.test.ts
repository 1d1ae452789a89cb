import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run } from './run';

const read = (phrase: string) => {
  const r = readSpeaker(phrase, 0, phrase.length);
  return r ? `${r.name} | ${r.role} | ${r.kind}` : null;
};

describe('a name after a description that ends in a title', () => {
  it('names the person and gives the description to the role', () => {
    expect(read('Vardby Town Mayor Ola Lind')).toBe('Ola Lind | Vardby Town Mayor | person');
    expect(read('Harbour Board spokesman Per Holm')).toBe('Per Holm | Harbour Board spokesman | person');
    expect(read('Ferry Union Chief Executive Ann Holt')).toBe('Ann Holt | Ferry Union Chief Executive | person');
    expect(read('Harbour Police Detective Tomas Berg')).toBe('Tomas Berg | Harbour Police Detective | person');
    expect(read('Vice-President Mara Jensen')).toBe('Mara Jensen | Vice-President | person');
  });

  it('reads an apposition after a comma when the description holds a title', () => {
    expect(read('the chief executive of the Skerry Ferry Authority, Jon Varga')).toBe('Jon Varga | chief executive of the Skerry Ferry Authority | person');
    // (Two names in a list are no title and its holder.)
    expect(read('Mayor Ada Lund, Tom Varga')).not.toMatch(/^Tom Varga/);
  });

  it("keeps a title's abbreviation whole, with its full stop", () => {
    expect(read('Vardby Sen. Ola Lind')).toBe('Ola Lind | Vardby Sen. | person');
    expect(read('Lt. Per Holm')).toBe('Per Holm | Lt. | person');
    expect(read('Skerry County Gov. Ann Holt')).toBe('Ann Holt | Skerry County Gov. | person');
  });

  it('keeps the particles of a name', () => {
    expect(read('Ida van der Berg')).toBe('Ida van der Berg | null | person');
  });

  it('reads no title from a clause before the name', () => {
    expect(read('Lena Holt recently founded and runs the Harbour Women Fund') ?? '').not.toMatch(/\| person$/);
    expect(read('In Vardby Mayor Ola Lind')).toBeNull();
  });

  it('gives the fact sheet the person, not the body the description opens with', () => {
    const r = run(['Burials have risen to five a day, said Harbour Board spokesman Per Holm.']);
    expect(r.sources.map((s) => `${s.name}: ${s.kind}: ${s.role}`)).toEqual(['Per Holm: person: Harbour Board spokesman']);
  });
});

describe('a title after a preposition no title holds', () => {
  it('is no role: "a blessing by Rabbi …"', () => {
    expect(read('a blessing by Rabbi Ezra Lind') ?? '').not.toMatch(/\| blessing by Rabbi \|/);
  });
});
