import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"the previous" and "the former" tell a body apart from the one in office (coreference.ts)', () => {
  it('keeps "the previous council" apart from "the new council" quoted before', () => {
    const r = run([
      'The new council said it would reopen the pier by June.',
      'The repairs had been put off, with the previous council saying the builders had no time.',
    ]);
    const lines = said(r);
    expect(lines).toContain('new council | it would reopen the pier by June');
    expect(lines.find((line) => line.includes('builders had no time'))).toMatch(/^previous council \|/);
  });
});
