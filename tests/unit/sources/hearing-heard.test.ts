import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('what a court hearing heard or was told', () => {
  it('credits the hearing with a statement it closes ("…, an inquest heard")', () => {
    const r = run(['Two empty bottles were found beside the boat on 3 June, an inquest heard on Tuesday.']);
    expect(said(r)).toEqual(['inquest | Two empty bottles were found beside the boat on 3 June']);
  });

  it('reads "the hearing was told" and "the court heard that"', () => {
    const r = run([
      'She sold the van to pay off the loan, the hearing was told.',
      'The court heard that the van had no working brakes.',
    ]);
    expect(said(r)).toEqual([
      'hearing | She sold the van to pay off the loan',
      'court | the van had no working brakes',
    ]);
  });

  it('leaves a statement the hearing heard reported to the one who made it', () => {
    const r = run(['The skipper had told his crew the engine "was failing", the inquest heard.']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('inquest');
  });

  it('reads nothing where people hear a sound or are told something', () => {
    const r = run(['The neighbours heard a loud bang shortly after midnight, and residents were told to stay indoors.']);
    expect(said(r)).toEqual([]);
  });
});
