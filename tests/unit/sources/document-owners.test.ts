import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const names = (r: ReturnType<typeof run>) => r.sources.map((s) => s.name);
const speakers = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text.slice(0, 30)}`);

describe('documents and data named by their owner', () => {
  it('names a poll by the outlet that commissioned it, and the polls described around it as that poll', () => {
    const r = run([
      ['headline', 'Mayor’s approval slips again, according to new poll'],
      'Support for the harbour levy has fallen to 41%, according to a survey published on Sunday.',
      'The Vardby College-conducted poll, commissioned by the Harbour Gazette, showed that most voters oppose the levy.',
      'The survey found that one in three voters want a new ferry.',
      'Last month, a Coastal Radio poll found the mayor trailing her rival.',
      'In the Coastal Radio survey, a large share of respondents said the fares were too high.',
      'But the Harbour Gazette poll tells a different story. The pier should be rebuilt, the poll found.',
    ], [], ATTITUDES);
    expect(names(r)).toEqual(['Harbour Gazette poll', 'Coastal Radio poll']);
    expect(speakers(r)).toEqual([
      'Harbour Gazette poll | Mayor’s approval slips again',
      'Harbour Gazette poll | Support for the harbour levy h',
      'Harbour Gazette poll | most voters oppose the levy',
      'Harbour Gazette poll | one in three voters want a new',
      'Coastal Radio poll | the mayor trailing her rival',
      'Coastal Radio poll | a large share of respondents s',
      'Harbour Gazette poll | a different story',
      'Harbour Gazette poll | The pier should be rebuilt',
    ]);
    expect(r.sources[0]!.kind).toBe('document');
    expect(r.sources[0]!.affiliation).toBe('Harbour Gazette');
    expect(r.sources[0]!.aliases).toContain('Harbour Gazette');
    expect(r.sources[0]!.aliases).toContain('Vardby College-conducted poll');
  });

  it('names a forecast by its owner’s possessive and keeps a document the article never gives an owner', () => {
    const r = run([
      'The Fiscal Council’s latest forecast showed that the deficit would double by 2028.',
      'A report published on Monday found that ferry fares had risen by a third.',
    ]);
    expect(names(r)).toEqual(['Fiscal Council forecast', 'report']);
  });

  it('names a document by its owner past the day it was published, and without the day when it has no owner', () => {
    const r = run([
      'The tunnel will close for six months, according to a report published last week by the Ministry of Harbours.',
      'Repairs will cost £48 million, according to council papers released on Tuesday.',
      'Council papers show the bill has doubled since 2023.',
    ], [], ATTITUDES);
    expect(names(r)).toEqual(['Ministry of Harbours', 'council papers']);
  });

  it('keeps a lower-case word of the owner\'s name that the text writes only after it ("Vardmark polis")', () => {
    const r = run([
      'The harbour party leads with 31 percent, according to figures published by the Vardmark polis institute.',
      'The ferry party could win 12 seats, Vardmark polis projections showed.',
    ]);
    expect(names(r)).toEqual(['Vardmark polis figures']);
    expect(r.sources[0]!.aliases).toContain('Vardmark polis');
  });

  it('reads no owner across a word of the sentence between a name and the noun ("the Gazette latest poll")', () => {
    const r = run(['The mayor trails by six points, the Gazette latest poll found.']);
    expect(names(r)).not.toContain('Gazette poll');
  });
});
