import { describe, expect, it } from 'vitest';
import { said, run } from './run';

// A work's title in apposition to its noun ("her book, ''A Harbour Life.''") is no quotation.
describe('titles of works after the noun and a comma', () => {
  it('reads no quotation in a title after "book," or "show,"', () => {
    const r = run([
      "Her parents never left the port, Ms. Jensen wrote in her 2019 book, ''A Harbour Life.''",
      'He was interviewed last week on the ferry captain\u2019s radio show, \u201cSlack Water.\u201d',
    ]);
    expect(said(r)).toEqual(['Jensen | Her parents never left the port']);
  });

  it('keeps a quotation that is not in title case after the noun and a comma', () => {
    const r = run(['Jensen wrote in her book, \u201cwe never wanted to leave the port.\u201d']);
    expect(said(r)).toEqual(['Jensen | we never wanted to leave the port.']);
  });
});
