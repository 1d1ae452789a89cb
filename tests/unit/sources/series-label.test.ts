import { describe, expect, it } from 'vitest';
import { growth, GROWTH_TIMEOUT } from '../../helpers/growth';
import { run, said } from './run';

describe('headline labels that name a series, not a speaker', () => {
  const body = 'The county will reopen the ferry on Friday, the harbour master said on Tuesday.';

  it('does not take "The Latest:" or "A Closer Look:" for a speaker', () => {
    for (const headline of ['The Latest: Ferry to reopen after the storm', 'A Closer Look: Why the ferry stopped for a week']) {
      const r = run([['headline', headline], body]);
      expect(r.sources.map((s) => s.name)).toEqual(['harbour master']);
    }
  });

  it('does not take a section heading led by a preposition ("Beyond Calder:") for a speaker', () => {
    const named = 'The ferry will run again, the mayor, Ruth Calder, told the council. Calder spoke for an hour.';
    for (const headline of ['Beyond Calder: Ferry will reopen on Friday', 'Inside Calder: Why the ferry stopped for a week']) {
      expect(said(run([['headline', headline], named]))).toEqual(['Ruth Calder | The ferry will run again']);
    }
  });

  it('does not take a title-case "Breaking:" or "Watch:" for a speaker', () => {
    for (const headline of ['Breaking: Ferry to reopen after the storm', 'Watch: The ferry leaves the harbour again']) {
      expect(run([['headline', headline], body]).sources.map((s) => s.name)).toEqual(['harbour master']);
    }
  });

  it('does not take an outlet\'s kicker ("VT Exclusive:", "Courier Analysis:") for a speaker', () => {
    for (const headline of ['VT Exclusive: Ferry to reopen after the storm', 'Courier Analysis: Why the ferry stopped for a week']) {
      expect(run([['headline', headline], body]).sources.map((s) => s.name)).toEqual(['harbour master']);
    }
  });

  it('still reads a name label in a headline when the story names the speaker again', () => {
    const named = 'The ferry will run again, the mayor, Ruth Calder, told the council.';
    expect(said(run([['headline', 'Calder: Ferry will reopen on Friday'], named]))[0]).toBe('Ruth Calder | Ferry will reopen on Friday');
  });

  it('does not take a one-word kicker the story never names again for a speaker ("Outbreak:", "Letters:")', () => {
    for (const headline of ['Outbreak: Ferry crews stay home as cases rise', 'Letters: Ferry fares | Harbour parking | School run']) {
      const r = run([['headline', headline], 'The outbreak kept crews home, the harbour master said on Tuesday.']);
      expect(r.sources.map((s) => s.name)).toEqual(['harbour master']);
    }
  });

  it('does not take an "EDIT:" note for a speaker', () => {
    expect(said(run(['EDIT: Thanks for all the answers, they helped a lot.']))).toEqual([]);
  });

  it('stays linear on a page of many one-word labels', () => {
    const label = (i: number) => `Kicker${String.fromCharCode(65 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26))}`;
    const page = (size: number) => Array.from({ length: size }, (_, i) => `${label(i)}: “We will vote on it,” the council said.`);
    expect(growth((size) => run(page(size)), 200)).toBeLessThan(10);
  }, GROWTH_TIMEOUT);
});
