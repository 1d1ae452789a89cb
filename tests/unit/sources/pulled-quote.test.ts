import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a pull quote printed again where its speaker tells it (pulled-quote.ts)', () => {
  const r = run([
    '“The pier must close by May,” the harbour board said in a statement.',
    '“We will not be moved off this pier by anyone.”',
    'Ada Lund has fished from the pier for thirty years.',
    '“We were here first,” Lund said. “We will not be moved off this pier by anyone,” she said.',
  ]);

  it('gives the words to the one who tells them, not to the speaker carried over to the pull quote', () => {
    expect(said(r)).toContain('Ada Lund | We will not be moved off this pier by anyone');
    expect(said(r).filter((line) => line.includes('We will not be moved off this pier by anyone'))).toHaveLength(1);
  });
});
