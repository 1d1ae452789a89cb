import { describe, expect, it } from 'vitest';
import { analyzeFixture } from '../../helpers/load-fixture';

describe('sources on a whole page', () => {
  const { sheet } = analyzeFixture('sources/ferry-strike.html', { url: 'https://bayledger.example/news/ferry-strike' });

  it('lists each source once, under its fullest name, with roles and aliases', () => {
    expect(sheet.sources.map((s) => [s.name, s.kind, s.statements])).toEqual([
      ['union', 'organization', 1],
      ['Grace Mbeki', 'person', 6],
      ['Bay Ferry Company', 'organization', 1],
      ['Alan Frost', 'person', 2],
      ['Coastal Transport Authority', 'organization', 2],
    ]);
    const mbeki = sheet.sources[1]!;
    expect(mbeki.role).toBe('general secretary of the Maritime Workers Union');
    expect(mbeki.affiliation).toBe('Maritime Workers Union');
    expect(mbeki.aliases).toEqual(['Mbeki', 'union leader']);
    expect(sheet.sources[3]!.role).toBe('company’s chief executive');
    expect(sheet.sources[4]!.aliases).toEqual(['authority']);
  });

  it('attributes every quote and reported statement, and nothing else', () => {
    expect(sheet.quotes.map((q) => `${q.speaker} | ${q.direct ? 'direct' : 'indirect'} | ${q.text}`)).toEqual([
      'union | indirect | Ferry crews to strike for three days',
      'Grace Mbeki | indirect | Ferry services across the bay will stop for three days next week after talks over pay collapsed',
      'Grace Mbeki | direct | Our members have not had a real raise in six years.',
      'Grace Mbeki | direct | This is the last thing anyone wanted',
      'Grace Mbeki | direct | But the company left us no choice.',
      'Bay Ferry Company | indirect | the offer on the table would raise wages by 4 percent this year',
      'Grace Mbeki | direct | the offer “an insult to the crews,”',
      // (The participle after the quotation's own comma is a statement of its own.)
      'Grace Mbeki | indirect | inflation had been higher than that for three years running',
      'Alan Frost | indirect | contingency timetables would be published on Friday',
      'Alan Frost | direct | We will run what we can',
      'Coastal Transport Authority | indirect | a third of island residents rely on the ferries to reach work',
      'Coastal Transport Authority | indirect | it would monitor the strike’s effect on hospital staff',
    ]);
  });

  it('never lists the article\'s author', () => {
    expect(sheet.sources.some((s) => /Okoro/.test(s.name))).toBe(false);
  });
});
