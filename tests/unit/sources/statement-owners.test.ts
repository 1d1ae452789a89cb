import { describe, expect, it } from 'vitest';
import { run } from './run';

const names = (r: ReturnType<typeof run>) => r.sources.map((s) => s.name);
const speakers = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text.slice(0, 20)}`);

describe('statements, releases and letters named by the source that issued them', () => {
  it('names "the statement" by the named source who said it in a statement before', () => {
    const r = run([
      'Senator Mira Halvorsen said in a statement on Monday that the ferry contract would be reviewed.',
      '“We owe the islanders an honest account of where the money went,” the statement said.',
    ]);
    expect(speakers(r)).toEqual([
      'Mira Halvorsen | the ferry contract w',
      'Mira Halvorsen statement | We owe the islanders',
    ]);
    expect(names(r)).toContain('Mira Halvorsen statement');
  });

  it('names "the letter" by the source whose sentence opens with it, "In the letter, …"', () => {
    const r = run([
      'The mayor of Vardby has written to the harbour board about the pier, her office said on Friday.',
      'In the letter addressed to the board, Mayor Ada Lund accuses its chairman of neglecting the pier.',
      '“I can no longer accept these delays,” read the three-page letter, which was shown to reporters.',
    ], [], { attitudes: true });
    expect(speakers(r)).toContain('Ada Lund letter | I can no longer acce');
    expect(names(r)).not.toContain('three-page letter');
  });

  it('gives the owner’s document what a pronoun for it says after', () => {
    const r = run([
      'In the letter addressed to the board, Mayor Ada Lund accuses its chairman of neglecting the pier.',
      '“I can no longer accept these delays,” read the three-page letter, which was shown to reporters.',
      'It also accuses Per Holm of ignoring the ferry crews.',
    ], [], { attitudes: true });
    expect(speakers(r)).toContain('Ada Lund letter | Per Holm of ignoring');
    expect(names(r)).not.toContain('three-page letter');
  });

  it('names a release by the body that put it out, when the sentence opens with the medium', () => {
    const r = run([
      'In a news release on Friday, the Dunmore Harbour Authority said the pier would close for repairs.',
      'Boats will be moored at the north quay until the work is finished, the release added.',
    ]);
    expect(speakers(r)[1]).toBe('Dunmore Harbour Authority release | Boats will be moored');
  });

  it('keeps the plain noun when the nearest statement was made by someone the article does not name', () => {
    const r = run([
      'Senator Mira Halvorsen said in a statement that the contract would be reviewed.',
      'A spokesman for the operator said in a statement that the company had done nothing wrong.',
      '“Every sailing ran on time,” the statement said.',
    ]);
    expect(speakers(r)[2]).toBe('statement | Every sailing ran on');
  });

  it('names a report by the official who compiled it, past the title before the name', () => {
    const r = run([
      'The report compiled by special prosecutor Alma Reyes was released in March.',
      'The report concluded that the harbour funds had been misused.',
    ]);
    expect(speakers(r)).toEqual(['Alma Reyes report | the harbour funds ha']);
  });

  it('takes no owner from a place after a function word', () => {
    const r = run([
      'Data from the state of Vermont were released on Tuesday.',
      'The data show that the harbour funds had been misused.',
    ]);
    expect(speakers(r)).toEqual(['data | the harbour funds ha']);
  });

  it('takes the issuer of "X said in a statement that Y is …" to be X, not the reported clause’s subject', () => {
    const r = run([
      'Port spokesman Ivo Brandt said in a statement that Mayor Lena Ostrova is calling for calm.',
      '“Nobody should travel to the harbour tonight,” the statement read.',
    ]);
    expect(speakers(r)[speakers(r).length - 1]).toBe('Ivo Brandt statement | Nobody should travel');
  });

  it('reads the medium between the speaker and the cue', () => {
    const r = run([
      'The Dunmore Harbour Authority, in a statement, said the pier would close for repairs.',
      'Boats will be moored at the north quay, the statement said.',
    ]);
    expect(speakers(r)[1]).toBe('Dunmore Harbour Authority statement | Boats will be moored');
  });

  it('names data by the body after a possessive in the "published by" phrase, not by the country before it', () => {
    const r = run(['The ruling party leads with 31 percent, according to figures published by Norway’s Fjordstat institute.']);
    expect(speakers(r)).toEqual(['Fjordstat figures | The ruling party lea']);
  });

  it('keeps a joined owner whole when its second body is named with a possessive', () => {
    const r = run(['More than 2,000 ferry workers would have been affected by the rule, according to research by the Harbour Policy Institute and Vardby State University’s Ocean Research Institute.']);
    expect(r.quotes[0]!.speaker).toBe('Harbour Policy Institute and Vardby State University research');
  });
});
