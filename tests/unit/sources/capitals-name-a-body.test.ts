import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A name with a word in capitals ("HARBOURWATCH Dorset", "Relief NOW") is a body, never "he" or "she".
describe('a name with a word in capitals', () => {
  it('is no "she"', () => {
    const r = run([
      '"The pier must stay public," Peter Brant told HARBOURWATCH Dorset last week.',
      'The new manager approaches it more calmly. She said the sale could wait a year.',
    ], [], { attitudes: true });
    expect(said(r).join('\n')).not.toContain('HARBOURWATCH');
  });
});
