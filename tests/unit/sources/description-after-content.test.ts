import { describe, expect, it } from 'vitest';
import { descriptionAfterContent } from '../../../src/core/sources/description-after-content';
import { run, said } from './run';

// "…, the national government delegate in Vardby, Tomas Berg, told reporters.": a lower-case
// description set off before a person's name, after the content, is that person's role.
describe('a description after the content, set off before a name', () => {
  it('gives the content before a trailing cue to the name, the description its role', () => {
    const r = run([
      'The harbour will reopen next week, the national government delegate in Vardby, Tomas Berg, told reporters.',
      '\u201cThe ferry will run again in May,\u201d the regional undersecretary for island transport, Ada Lindqvist, told the council.',
    ]);
    expect(said(r)).toEqual([
      'Tomas Berg | The harbour will reopen next week',
      'Ada Lindqvist | The ferry will run again in May',
    ]);
    expect(r.sources.find((s) => s.name === 'Tomas Berg')?.role).toContain('delegate in Vardby');
  });

  it('takes a noun phrase only, after a comma or a quotation', () => {
    const isAfter = (lead: string, before: string) => descriptionAfterContent(lead, before) >= 0;
    const before = 'The harbour will reopen next week,';
    expect(isAfter(' the national government delegate in Vardby', before)).toBe(true);
    expect(isAfter(' Vardby\u2019s harbour delegate', before)).toBe(true);
    // (After a joining conjunction the description starts past it.)
    expect(descriptionAfterContent(' but the town\u2019s fire chief', before)).toBe(' but '.length);
    // (A clause, a relative clause or a bare name is no description.)
    expect(isAfter(' the ferry was late again', before)).toBe(false);
    expect(isAfter(' the pilot who steered it', before)).toBe(false);
    expect(isAfter(' Vardby Harbour', before)).toBe(false);
    // (Not without the content's comma before it: "… met the delegate in Vardby, Tomas Berg, …".)
    expect(isAfter(' the delegate in Vardby', 'The mayor met')).toBe(false);
  });
});

describe('kin words for a speaker', () => {
  it('reads "mom", "mum" and "dad" after an owner as the family words are read', () => {
    const r = run([
      'Per Lund\u2019s mom confirmed, \u201cI watched every race he sailed.\u201d',
      'The skipper\u2019s dad told reporters that the boat was sound.',
    ]);
    expect(said(r)).toEqual([
      'Per Lund\u2019s mom | I watched every race he sailed.',
      'skipper\u2019s dad | the boat was sound',
    ]);
  });
});
