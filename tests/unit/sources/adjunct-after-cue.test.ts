import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "“Who do they think they are?” Holm said of the board in February.": a quotation that ends with
// its own mark, then a sentence that is only its attribution plus an adjunct (of whom, when, as
// what happened). The adjunct is no statement of its own.
describe('an attribution sentence with an adjunct after the cue', () => {
  it('gives the quotation to the speaker when a prepositional phrase follows the cue', () => {
    expect(said(run(['“Who do they think they are?” Holm said of the board in February, when the firm balked at the plan.']))).toEqual([
      'Holm | Who do they think they are?',
    ]);
  });

  it('and when a clause of time follows it', () => {
    expect(said(run(['“The town is proud to cast its votes for the next mayor!” Senator Karl Ek said as he opened the vote.']))).toEqual([
      'Karl Ek | The town is proud to cast its votes for the next mayor!',
    ]);
  });

  // (A long clause after the adjunct's comma once made the sentence too long to count as bare.)
  it('and when a long clause on the occasion follows the adjunct and its comma', () => {
    expect(said(run(['“Who do they think they are?” Holm said of the board in February, when the firm balked at paying for a bridge used by most of the two villages on the far side of the river valley.']))).toEqual([
      'Holm | Who do they think they are?',
    ]);
  });

  it('does not take a reported clause after a long adjunct for an aside', () => {
    expect(said(run(['“We are done.” Jensen said on the steps of the hall, that the union would strike unless the council paid the wages it owed to the cleaners and the drivers.']))
      .some((line) => line.endsWith('We are done.'))).toBe(false);
  });

  it('leaves a sentence that reports something of its own to the indirect reading', () => {
    expect(said(run(['“We are done.” Jensen said in a statement that the union would strike.']))).toEqual([
      'Jensen | the union would strike',
    ]);
  });
});

// "…, Tarn Police said in a statement Monday, adding that …": the words between the cue and the
// participle are only the occasion; the statement is the clause before the cue.
describe('an occasion between the cue and a participle that takes up the telling', () => {
  it('reads the clause before the cue, not the occasion', () => {
    const r = run(['Rescuers believe two hikers are still on the ridge, the park service said in a statement Monday, adding that the search would resume at dawn.']);
    expect(said(r)).toContain('park service | Rescuers believe two hikers are still on the ridge');
    expect(said(r).some((l) => l.includes('| in a statement'))).toBe(false);
  });

  it('still reads a clause after the occasion', () => {
    const r = run(['The park service said in a statement Monday the search would resume at dawn, adding that two hikers were missing.']);
    expect(said(r)[0]).toMatch(/^park service \| .*the search would resume at dawn$/);
  });
});
