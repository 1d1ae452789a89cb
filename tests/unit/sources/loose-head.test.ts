import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakers = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text.slice(0, 24)}`);

describe('the head of a source read loosely', () => {
  it('is the noun before its first modifier, so that "the response" later is the same document', () => {
    const r = run([
      'The Harbour Ferry Board is denying claims of unfair fares after riders sued in March.',
      '“Our fares are set by the cost of fuel,” according to a response from the board filed Tuesday in county court. Rather, any gap is due to “older boats on some routes,” the response said.',
    ], [], { attitudes: true });
    expect(r.sources.filter((s) => s.kind === 'document').map((s) => s.name)).toEqual(['response from the board filed Tuesday in county court']);
    expect(speakers(r).filter((s) => /^response/.test(s))).toHaveLength(2);
  });
});
