import { describe, expect, it } from 'vitest';
import { creditedClauseStart } from '../../../src/core/sources/credited-relative';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);
const startOf = (sentence: string, credit: string) => {
  const end = sentence.indexOf(credit);
  return sentence.slice(creditedClauseStart(sentence, 0, end)).trimStart().slice(0, 24);
};

describe('the clause a mid-sentence credit interrupts', () => {
  it('starts at a relative pronoun right before the credit', () => {
    expect(startOf('The ferry line is counting on the summer crowds, which, its owners believe, would pay for a new boat.', ', its owners')).toBe('which, its owners believ');
  });

  it('starts at a noun phrase ending in "of which"', () => {
    expect(startOf('The board approved a harbour levy, the size of which, dock workers say, was never made public.', ', dock workers')).toBe('the size of which, dock ');
  });

  it('starts after a dash that opens an aside', () => {
    expect(startOf('Lund called the delay a normal part of dredging — no different, she said, from any other winter.', ', she said')).toBe('no different, she said, ');
  });

  it('is the sentence start otherwise', () => {
    expect(startOf('The harbour levy, Lund said, has doubled since May.', ', Lund said')).toBe('The harbour levy, Lund s');
    expect(startOf('The levy, which passed in May, Lund said, has doubled.', ', Lund said')).toBe('The levy, which passed i');
  });

  it('credits only the relative clause to the mid-sentence speaker', () => {
    const found = lines(run(['The ferry line is counting on the summer crowds, which, its owners believe, would pay for a new boat.'], [], { attitudes: true }));
    expect(found.some((l) => l.endsWith('| which would pay for a new boat'))).toBe(true);
    expect(found.some((l) => l.includes('owners') && l.includes('summer crowds'))).toBe(false);
  });
});
