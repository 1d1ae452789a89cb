import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a document noun and a person’s role', () => {
  it('reads "the study" as the study, not as the person whose role is its lead author', () => {
    const r = run([
      'Fares are too high for most riders, says Tom Lund, lead author of a new study about ferry costs.',
      '“Most families pay twice what they did,” he says.',
      'The study found that fares had doubled since 2019.',
    ]);
    expect(said(r)[2]).toBe('study | fares had doubled since 2019');
    expect(r.sources.find((s) => s.name === 'Tom Lund')!.aliases).not.toContain('study');
  });
});
