import { describe, expect, it } from 'vitest';
import { hasJoinedParticle, isNameWord, NAME_WORD_START, withoutJoinedArticles } from '../../../src/core/sources/name-word';
import { normName, sameName } from '../../../src/core/sources/refiners/names';
import { run, said } from './run';

describe('a name word with a joined particle (name-word.ts)', () => {
  it('reads a lower-case particle joined to a capital as a name word', () => {
    for (const w of ['al-Nouri', 'el-Tayeb', 'ash-Shami', 'ad-Dawla', 'ul-Haq', "d'Orvelle", 'd\u2019Orvelle', "dell'Arco"]) {
      expect(isNameWord(w), w).toBe(true);
      expect(hasJoinedParticle(w), w).toBe(true);
    }
    expect(isNameWord('Nouri')).toBe(true);
  });

  it('reads no lower-case word without a capital after the joint as one', () => {
    for (const w of ['e-mail', 'al-fresco', 'an-other', "d'oh", 'at-large', 'as-is', 'anti-Trump', 'pro-Kremlin']) expect(isNameWord(w), w).toBe(false);
  });

  it('gives regexes the same opening', () => {
    const word = new RegExp(String.raw`^${NAME_WORD_START}[\p{L}'\u2019.-]*$`, 'u');
    expect(word.test('al-Nouri')).toBe(true);
    expect(word.test('Nouri')).toBe(true);
    expect(word.test('e-mail')).toBe(false);
  });

  it('leaves the hyphen-joined article out of a name key, in either case', () => {
    expect(withoutJoinedArticles('Karim al-Nouri')).toBe('Karim Nouri');
    expect(withoutJoinedArticles('Al-Nouri')).toBe('Nouri');
    expect(withoutJoinedArticles("Paul d'Orvelle")).toBe("Paul d'Orvelle");
    expect(withoutJoinedArticles('an e-mail')).toBe('an e-mail');
    expect(normName('Karim al-Nouri')).toBe('karim nouri');
    expect(sameName('Nouri', 'Karim al-Nouri')).toBe(true);
    expect(sameName('Al-Nouri', 'Karim al-Nouri')).toBe(true);
  });
});

describe('speakers named with a joined particle', () => {
  it('reads the name with the title before it as the role', () => {
    const r = run(['Veridian Interior Minister Karim al-Nouri said the border crossings would reopen next week.']);
    expect(said(r)).toEqual(['Karim al-Nouri | the border crossings would reopen next week']);
    expect(r.sources[0]).toMatchObject({ name: 'Karim al-Nouri', kind: 'person', role: 'Veridian Interior Minister' });
  });

  it('reads "told reporters that" after such a name', () => {
    const r = run(['Deputy Premier Hala el-Tayeb told reporters that the harvest had failed in three provinces.']);
    expect(said(r)).toEqual(['Hala el-Tayeb | the harvest had failed in three provinces']);
  });

  it('reads a name with an apposition after it and an apostrophe particle', () => {
    const r = run([
      'Samir ash-Shami, the movement\u2019s founder, said in a recorded message that the marches would go on.',
      "Former senator Paul d'Orvelle said the treaty was never ratified.",
    ]);
    expect(said(r)).toEqual([
      'Samir ash-Shami | the marches would go on',
      "Paul d'Orvelle | the treaty was never ratified",
    ]);
  });

  it('links the full name, the surname with its article and the bare surname as one person', () => {
    const r = run([
      'Karim al-Nouri, the militia commander, said the convoy had been stopped at the river.',
      'Al-Nouri said his fighters would not withdraw.',
      'The talks had stalled over the prisoners, Nouri told a local radio station.',
      'He said he would travel to the capital on Monday.',
    ]);
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]).toMatchObject({ name: 'Karim al-Nouri', kind: 'person' });
    expect(r.quotes.every((q) => q.speaker === 'Karim al-Nouri')).toBe(true);
  });

  it('reads a lower-case name after "asked" as the one asked, not as the question', () => {
    const r = run(['Reporters asked Omar ul-Haq whether the vote would be delayed.']);
    expect(said(r)).toEqual(['Reporters | whether the vote would be delayed']);
  });

  it('keeps an organisation with a joined article an organisation', () => {
    const r = run(['The Nahda Front said it carried out the raid. Al-Nahda said in a statement that more would follow.']);
    expect(r.sources.find((s) => /Nahda/.test(s.name))?.kind).not.toBe('person');
  });

  it('reads no speaker in a lower-case hyphenated word', () => {
    const r = run(['An e-mail said the meeting had been moved to Thursday.']);
    expect(r.sources.some((s) => /^(?:e-mail|an e-mail)$/i.test(s.name) && s.kind === 'person')).toBe(false);
  });

  it('links a surname of several words held by a particle to the fuller name, either order', () => {
    expect(sameName('von der Hale', 'Greta von der Hale')).toBe(true);
    expect(sameName("Giscard d'Orvelle", "Paul Giscard d'Orvelle")).toBe(true);
    expect(sameName("D'Orvelle", "Paul Giscard d'Orvelle")).toBe(true);
    // (Without a particle, a name ending another may be someone else: left to the first-and-last-word test.)
    expect(sameName('Ann Roe', 'Mary Ann Roe')).toBe(false);
    const r = run([
      'Greta von der Hale said the budget had been agreed.',
      'Von der Hale also said the vote would be close.',
      "Paul Giscard d'Orvelle said the treaty was dead. Giscard d'Orvelle added that he would resign.",
    ]);
    expect(r.sources.map((s) => s.name)).toEqual(['Greta von der Hale', "Paul Giscard d'Orvelle"]);
  });
});
