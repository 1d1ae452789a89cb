import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a series of verb phrases of one subject, closed by "and"', () => {
  it('ends the first content at the comma before the second verb of the series', () => {
    const r = run(['Treasurer Ada Lindqvist urged the trustees to delay the vote, proposed that the pension fund be audited, and backed a freeze on new hires.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Ada Lindqvist | the trustees to delay the vote');
    expect(found.some((l) => l.startsWith('Ada Lindqvist | the pension fund be audited'))).toBe(true);
  });

  it('leaves a participle after a comma alone when no "and" closes a series', () => {
    const r = run(['Governor Pia Halvorsen said the tunnel, proposed last spring, would cost far too much.'], [], ATTITUDES);
    expect(lines(r)).toContain('Pia Halvorsen | the tunnel, proposed last spring, would cost far too much');
  });
});
