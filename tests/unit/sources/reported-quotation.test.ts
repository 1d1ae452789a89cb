import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.direct ? 'direct' : 'indirect'} | ${q.text}`);

// refiners/dedupe.ts: a quotation with a speaker of its own, told inside another source's reported
// statement, is a second attribution: the outer source reports that it was said.
describe('a quotation reported by another source', () => {
  it('keeps the report of the quotation beside the quotation itself', () => {
    const r = run(['The harbour board met on Monday. “We will not sell the pier,” Mara Jensen said, according to the Vardby Courier.']);
    const found = lines(r);
    expect(found.some((l) => /^Vardby Courier \| indirect \|.*We will not sell the pier/.test(l))).toBe(true);
    expect(found.some((l) => /^Mara Jensen \| direct \| We will not sell the pier/.test(l))).toBe(true);
  });

  it('keeps the report when the source comes first', () => {
    const r = run(['The harbour board met on Monday. The Vardby Courier reported that Mara Jensen told the board, “We will not sell the pier.”']);
    const found = lines(r);
    expect(found.some((l) => /^Vardby Courier \| indirect \|.*We will not sell the pier/.test(l))).toBe(true);
    expect(found.some((l) => /^Mara Jensen \| direct \| We will not sell the pier/.test(l))).toBe(true);
  });

  it('still lets a quotation win over its speaker’s own indirect reading', () => {
    const r = run(['The harbour board met on Monday. Mara Jensen said she wants “a pier that islanders can still afford.”']);
    expect(lines(r).filter((l) => /islanders can still afford/.test(l))).toHaveLength(1);
  });
});
