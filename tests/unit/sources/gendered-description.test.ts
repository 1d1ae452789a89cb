import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A definite description that only says a person's sex stands for the person just named, as "she"
// or "he" would (gendered-description.ts).
describe('"the woman", "the mother of three" after a named person', () => {
  it('gives "the mother of three says" to the woman just named', () => {
    const r = run([
      'It is past eight in the evening, but Tavi Oruro is still selling roasted maize at her stall.',
      'The mother of three says she can now trade until late, thanks to the new lights.',
    ]);
    expect(said(r)).toEqual(['Tavi Oruro | she can now trade until late, thanks to the new lights']);
  });

  it('gives "says the woman" after a quotation to the woman just named', () => {
    const r = run([
      'Kesi Ndaro is a mother of two. She opened a grocery near the terminal last year.',
      '“Before the lights, nobody came to town after dark,” says the woman, who is in her late 20s.',
    ]);
    expect(said(r)).toEqual(['Kesi Ndaro | Before the lights, nobody came to town after dark']);
  });

  it('keeps one unnamed woman one source ("A woman … The woman added")', () => {
    const r = run([
      'Per Vik runs the market.',
      'A woman who asked not to be named said the stalls were unsafe. The woman added that prices had doubled.',
    ]);
    expect(r.sources.map((s) => s.name)).not.toContain('Per Vik');
  });
});
