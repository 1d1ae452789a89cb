import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('headline labels that name a series, not a speaker', () => {
  const body = 'The county will reopen the ferry on Friday, the harbour master said on Tuesday.';

  it('does not take "The Latest:" or "A Closer Look:" for a speaker', () => {
    for (const headline of ['The Latest: Ferry to reopen after the storm', 'A Closer Look: Why the ferry stopped for a week']) {
      const r = run([['headline', headline], body]);
      expect(r.sources.map((s) => s.name)).toEqual(['harbour master']);
    }
  });

  it('does not take a title-case "Breaking:" or "Watch:" for a speaker', () => {
    for (const headline of ['Breaking: Ferry to reopen after the storm', 'Watch: The ferry leaves the harbour again']) {
      expect(run([['headline', headline], body]).sources.map((s) => s.name)).toEqual(['harbour master']);
    }
  });

  it('still reads a name label in a headline', () => {
    expect(said(run([['headline', 'Calder: Ferry will reopen on Friday'], body]))[0]).toBe('Calder | Ferry will reopen on Friday');
  });
});
