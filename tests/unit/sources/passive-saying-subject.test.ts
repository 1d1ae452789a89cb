import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('the subject of a passive verb of saying or finding', () => {
  it('is what was declared or projected, not who declared it', () => {
    const r = run([
      'Ada Lund was declared the winner of the harbour race on Sunday.',
      'Tom Varga was projected as the winner of the island primary.',
      'The new ferry was announced as the fleet\'s flagship.',
    ]);
    expect(said(r)).toEqual([]);
  });

  it('still reads an active verb of saying after the same subject', () => {
    const r = run(['Ada Lund declared the race a success.', 'Tom Varga announced that the ferry would sail on Monday.']);
    expect(said(r)).toContain('Tom Varga | the ferry would sail on Monday');
  });
});

describe('"\'s" before a participle', () => {
  it('is read as "has", the subject still speaks', () => {
    const r = run(['Ada Lund, who’s argued for years that the fee is unfair, spoke on Monday.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ada Lund']);
  });
});
