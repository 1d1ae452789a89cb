import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A past tense between a quotation that opens its sentence and the subject that ends it is the
// manner of the saying, whatever the verb (parsers/manner-quote.ts, INVERTED_PAST).
describe('a quotation, then any past tense, then its speaker', () => {
  it('reads an outlet that mocked', () => {
    expect(said(run(['"By the harbour\'s standards, this is a revolution," mocked the Vardish weekly Harbour Post.'])))
      .toEqual(['Harbour Post | By the harbour\'s standards, this is a revolution']);
  });

  it('reads a person who fumed', () => {
    expect(said(run(['"Nobody asked the ferrymen," fumed Ola Vik.']))).toEqual(['Ola Vik | Nobody asked the ferrymen']);
  });
});

describe('what is no attribution', () => {
  it('leaves a credit with "by" alone', () => {
    expect(said(run(['"The Long Tide," directed by Ola Vik, opens the festival.']))).toEqual([]);
  });

  it('leaves a verb that the sentence goes on after', () => {
    expect(said(run(['"The Long Tide," reopened the old cinema, and the town came.']))).toEqual([]);
  });
});
