import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/context';
import { emptyMeta } from '../../../src/core/meta';
import { extractSources } from '../../../src/core/sources/index';
import { joinBlocks } from '../../../src/core/text/plain-text';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const roles = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).sources.map((s) => `${s.name}: ${s.role}`);

describe('roles only from titles and appositions', () => {
  it('keeps titles and appositions, cutting a relative clause', () => {
    expect(roles([
      'Harbour master Ola Lind said the pier would reopen on Friday.',
      'Per Holm, a Vardby resident who saw the fire, said the crew acted fast.',
    ])).toEqual(['Ola Lind: Harbour master', 'Per Holm: Vardby resident']);
  });

  it('gives the office after a title’s "of" to the role, not to the name', () => {
    expect(roles([
      'Secretary of Fisheries Jon F. Varga said the quotas would stay.',
      'Former Secretary of Harbour Works Ann Holt said the pier was safe.',
      'Secretary of Fisheries Varga added that the boats could sail.',
    ])).toEqual(['Jon F. Varga: Secretary of Fisheries', 'Ann Holt: Former Secretary of Harbour Works']);
  });

  it('gives no role from an adverb, a clause or a preposition before the name', () => {
    expect(roles([
      'It means Mara Jensen is deciding between two cuts.',
      'Meanwhile Tomas Berg said the fares would stay.',
    ]).filter((r) => !r.endsWith(': null'))).toEqual([]);
  });
});

describe('the article’s own publisher', () => {
  it('is no source, while its own documents are', () => {
    const { text, blocks } = joinBlocks([
      ['paragraph', 'Ruth Okafor told Skerry Post this week that she would run again.'],
      ['paragraph', 'Skerry Post reported that the ferry board had met in secret.'],
      ['paragraph', 'A Skerry Post poll found that most islanders back the night ferry.'],
    ]);
    const meta = { ...emptyMeta(), language: 'en', publisher: 'Skerry Post', publishers: ['Skerry Post'] };
    const ctx = createContext({ text, blocks, meta, url: null, referenceDate: new Date('2026-03-04T12:00:00Z') });
    expect(extractSources(ctx, ATTITUDES).sources.map((s) => s.name)).toEqual(['Ruth Okafor', 'Skerry Post poll']);
  });
});

describe('roles that run past the apposition', () => {
  it('cuts how the words reached the reporter, and drops clauses and adverbials', () => {
    expect(roles([
      '“The deal was a sham,” said Lena Holt, an investigator with Harbour Watch in an email to me.',
      'Ferry use is up, said Ola Lind, and the board signed a deal this week to add boats.',
    ]).filter((r) => /^(?:Lena|Ola)/.test(r))).toEqual(['Lena Holt: investigator with Harbour Watch', 'Ola Lind: null']);
  });

  it('keeps a title that opens with a participle, and drops a participle clause', () => {
    expect(roles([
      '“We will reopen the pier in May,” said Acting Director Mara Quist.',
      '“The ferry runs late,” said Tor Berg, the managing editor of the Skerry Post.',
      'The fares will rise, said Ivo Pell, citing officials at the port.',
    ]).filter((r) => /^(?:Mara|Tor|Ivo)/.test(r))).toEqual(['Mara Quist: Acting Director', 'Tor Berg: managing editor of the Skerry Post', 'Ivo Pell: null']);
  });
});
