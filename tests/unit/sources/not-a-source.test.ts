import { describe, expect, it } from 'vitest';
import type { SpeakerRef } from '../../../src/core/sources/model';
import { isNotASource } from '../../../src/core/sources/refiners/not-a-source';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const names = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).sources.map((s) => s.name);
// (A joined pronoun speaks, but gets no source line, refiners/joined-pronoun-holder.ts: its quotes name it.)
const speakers = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).quotes.map((q) => q.speaker ?? '');

describe('phrases that are no source', () => {
  it('drops photo and file credits', () => {
    expect(names([
      'FILE PHOTO: Dock workers unload a ferry at the Vardby pier, May 3, 2024.',
      'An undated handout photograph released on Monday shows the damaged hull.',
      'Harbour master Ola Lind said the pier would reopen on Friday.',
    ])).toEqual(['Ola Lind']);
  });

  it('drops tickers and codes', () => {
    expect(names(['Spot gold XAU= added 0.4% to $2,310.50 an ounce, traders said.'])).not.toContain('XAU=');
  });

  it('drops adverbials read as a subject', () => {
    const found = names(['In a radio message posted on Sunday, the mayor said the ferries would run again.']);
    expect(found.some((n) => /^In a/.test(n))).toBe(false);
  });

  it('drops phrases built on a pronoun', () => {
    const found = names(['Ms. Lind has long argued that she and her allies emphasized the budget over the crews.']);
    expect(found).not.toContain('she and her allies');
  });

  it('keeps a lower-case pronoun joined to a group when a clause follows its cue', () => {
    const found = speakers([
      'Harbour master Ola Lind lost the vote on Monday, and she and two other pilots complained that the count was rushed.',
      'The ferry line says the fares will rise, but he and several dock workers argue the rise is unfair.',
    ]);
    expect(found.some((n) => /^she and two other pilots/.test(n))).toBe(true);
    expect(found.some((n) => /^he and several dock workers/.test(n))).toBe(true);
  });

  it('still drops a lower-case joined pronoun before a noun-phrase object', () => {
    const found = names(['Ms. Lind is running again, and she and her backers have stressed her long record at the pier.']);
    expect(found.some((n) => /she and her backers/.test(n))).toBe(false);
  });

  it('keeps a description whose pronoun is the object inside it, not its head', () => {
    const found = names([
      'Harbour master Ola Lind said on Monday that the ferry would not sail until spring.',
      'Ms. Lind will be rethinking how she runs the pier, a source close to her office said.',
      'Friends who have sailed with him say the captain has grown more careful, a person close to him said.',
    ]);
    expect(found).toContain('source close to her office');
    expect(found.some((n) => /close to him/.test(n))).toBe(true);
    expect(found.some((n) => /who have sailed with him/.test(n))).toBe(true);
  });

  it('keeps a description whose pronoun opens a clause that modifies its head', () => {
    const quotes = run([
      'Polls of riders taken as they boarded the ferry showed that most wanted a later sailing.',
      'Surveys in the town she calls home suggest that the harbour master is losing support.',
    ], [], ATTITUDES).quotes.map((q) => `${q.speaker} | ${q.cue}`);
    expect(quotes).toContain('Polls of riders taken as they boarded the ferry | showed');
    expect(quotes).toContain('Surveys in the town she calls home | suggest');
    // (Not a phrase cut before its own verb: "the town she" is no speaker of "calls".)
    expect(quotes.some((q) => /she \| calls/.test(q))).toBe(false);
  });

  it('drops a nationality adjective whose noun the subject reading lost', () => {
    const found = names(['Japanese engineers sent to support the Vardby yard have finished the new hull, a union official said.']);
    expect(found).not.toContain('Japanese');
  });

  it('never gives a pronoun to a photo credit', () => {
    const found = names([
      'Harbour master Ola Lind at the pier on Monday. | Ivar Moe/Coast Images via Getty Images',
      'She’s criticized the ferry board for months.',
    ]);
    expect(found.some((n) => /Images/.test(n))).toBe(false);
  });

  it('never gives a pronoun to a compound adjective joined to a participle', () => {
    const found = names([
      'One chapter centres on a character called Tove, a Harbour Row-tailored and well-travelled city lawyer on his first visit to the club.',
      'The talk began with Brekke-Lund’s frown, and went on to Brekke-Lund raising the matter of class with reference to how angry he felt to be called rich.',
    ]);
    expect(found).not.toContain('Harbour Row-tailored');
    // (A hyphened surname stays a person's.)
    expect(names(['Ola Lind-Berg said the ferry was late.', 'He felt the board had failed.'])).toContain('Ola Lind-Berg');
  });

  it('drops a word opening the sentence before a plural noun of things, not of people or bodies', () => {
    // (As a subject reading may leave it: the one word before the noun, read as the holder of a position.)
    const opening = (text: string) => {
      const word = text.split(' ')[0]!;
      const ref: SpeakerRef = { form: 'name', text: word, start: 0, end: word.length, name: word, owner: null, role: null, affiliation: null, kind: 'person', head: null, modifiers: [], definite: false };
      return isNotASource(ref, true, text, text.indexOf(' show') + 1);
    };
    expect(opening('Unredacted documents obtained by the Courier show the board was worried.')).toBe(true);
    expect(opening('Vardby supporters show the ferry is loved.')).toBe(false);
    expect(opening('Vardby companies show the ferry is loved.')).toBe(false);
    // (A verb in -s before its object, a given name: still a person's sentence.)
    expect(opening('Brekke stuffs this cart full of nets and show them.')).toBe(false);
    expect(opening('Wendy packs and show the nets.')).toBe(false);
  });

  it("drops a contraction read as a name at a sentence's start, not a pronoun's", () => {
    const found = names([
      "Don't ignore the tide tables, the harbour master warned. You'll want to book early.",
      "Can't find a ferry? We've asked the board for more, the council's Ola Lind said.",
    ]);
    expect(found.some((n) => /['\u2019]/.test(n) && !/['\u2019]s$/.test(n))).toBe(false);
    expect(found).toContain('harbour master');
  });

  it('keeps possessive descriptions and organisations that own them', () => {
    expect(names(['His lawyers said he would appeal the ruling.'])).toEqual(['lawyers']);
  });
});

describe('positions under "may", "might", "could"', () => {
  it('keeps a past view under "may have" ("may have thought"): the writer doubts the view was right, not that it was held', () => {
    const r = run(['Some riders may have thought that the ferry would wait for them.'], [], ATTITUDES);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toContain('Some riders | the ferry would wait for them');
  });

  it('still drops a position the text only supposes ("may not be satisfied")', () => {
    const r = run(['Some riders may believe the ferry will wait for them.'], [], ATTITUDES);
    expect(r.quotes.some((q) => q.speaker === 'Some riders')).toBe(false);
  });
});
