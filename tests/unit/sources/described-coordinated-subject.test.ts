import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"The suspect phoned a friend and said, “…”": a description opening the sentence speaks the coordinated quotation', () => {
  it('reads a description as the speaker of "and said, “…”"', () => {
    const r = run(['The caller phoned the harbour office and said, “Open the gates by noon.”']);
    expect(said(r)).toEqual(['caller | Open the gates by noon.']);
  });

  it('reads it past an adverb before the first verb and an adjunct of medium after the cue', () => {
    const r = run(['The stranger then visited a cousin of the mayor and said in a letter, “Pay now or I go to the papers.”']);
    expect(said(r)).toEqual(['stranger | Pay now or I go to the papers.']);
  });

  it('leaves a quotation whose nearer clause has a subject of its own to that clause', () => {
    const r = run(['The board met on Friday, while Ann Lowe, the treasurer, read the figures and said, “We are short again.”']);
    expect(said(r)).toEqual(['Ann Lowe | We are short again.']);
  });
});

describe('a description inside an opening subordinate clause', () => {
  it('leaves the main clause\'s "and said, “…”" to the pronoun that opens it', () => {
    const r = run(['When Per Vik, the harbour master was asked about the fee, he laughed and said, “Ask me next year.”']);
    expect(said(r)).toEqual(['Per Vik | Ask me next year.']);
  });
});
