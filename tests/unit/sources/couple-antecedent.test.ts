import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('“the couple”, “the pair”: the two persons just named', () => {
  it('takes two persons joined by “and” in the sentence before', () => {
    const r = run([
      'Ann Roe has raced yachts for a decade. Her partner is the boat builder Tom Lund.',
      'Ann and Tom have a son and a daughter.',
      'Last week the couple said they would sell the farm.',
    ]);
    expect(said(r)).toContain('Ann Roe and Tom Lund | they would sell the farm');
  });

  it('takes the only two persons named in the sentence before', () => {
    const r = run([
      'Tom Lund is the childhood friend of sailor Ann Roe.',
      'The pair said the race would go ahead in June.',
    ]);
    expect(said(r)).toEqual(['Tom Lund and Ann Roe | the race would go ahead in June']);
  });

  it('leaves the description alone when three persons are named and none joined', () => {
    const r = run([
      'Tom Lund met Ann Roe after the race, while Per Holm waited at the dock.',
      'The couple said the race would go ahead in June.',
    ]);
    expect(said(r)).toEqual(['couple | the race would go ahead in June']);
  });
});
