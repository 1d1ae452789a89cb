import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// refiners/dedupe.ts: a quoted label named inside a position's content ("what they call “…”") is a
// second attribution, not the position's words read twice.
describe('a quoted label inside a position', () => {
  it('keeps both the position and the label', () => {
    const r = run(['The skippers met on Monday. Mara Jensen is seeking to contrast her plan with what they call the mayor’s “harbour of dreams for the few who own the boats.”'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => /^Mara Jensen \| seeking \| to contrast her plan with what they call/.test(l))).toBe(true);
    expect(found.some((l) => /\| call \|.*harbour of dreams for the few/.test(l))).toBe(true);
  });

  it('still lets a quotation win over its own indirect reading', () => {
    const r = run(['The ferry board met on Monday. Mara Jensen criticized the levy, telling reporters: “The harbour cannot pay for this.”'], [], ATTITUDES);
    expect(lines(r).filter((l) => /harbour cannot pay/.test(l))).toHaveLength(1);
  });
});
