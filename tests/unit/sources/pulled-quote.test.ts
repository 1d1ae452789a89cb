import { describe, expect, it } from 'vitest';
import { repeatsWhole } from '../../../src/core/sources/refiners/pulled-quote';
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

  it('takes only the same words whole for a repeat, not a short phrase they share', () => {
    const set = (text: string) => new Set(text.toLowerCase().split(' '));
    expect(repeatsWhole(set('the pier will be rebuilt before the summer'), set('the pier will be rebuilt before summer'))).toBe(true);
    expect(repeatsWhole(set('the pier will be rebuilt with new steel piles before the summer'), set('new steel piles'))).toBe(false);
  });
});
