import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"Said Berg, a neighbour, “…”": a verb of saying that opens its sentence, the speaker after it', () => {
  it('reads the quotation after the fronted cue and its speaker', () => {
    const r = run(['The harbour board said the pier would close in May.', 'Said Ada Berg, who has fished off the pier since 1990, “We will not give up on it.”']);
    expect(said(r)).toContain('Ada Berg | We will not give up on it.');
  });

  it('reads it after a colon and an adjunct of where the words stand', () => {
    const r = run(['The harbour board said the pier would close in May.', 'Writes Ada Berg in her new memoir: “The pier was the town’s front room.”']);
    expect(said(r).filter((l) => l.endsWith('front room.'))).toHaveLength(1);
    expect(r.quotes.find((q) => q.text.endsWith('front room.'))?.cue).toBe('writes');
  });

  it('reads no speaker from a phrase that names no one', () => {
    const r = run(['The harbour board said the pier would close in May.', 'Continued growth, “the engine of the town,” is at risk.']);
    expect(said(r)).toEqual(['harbour board | the pier would close in May']);
  });
});
