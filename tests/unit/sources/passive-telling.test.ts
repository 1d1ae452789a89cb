import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// The subject of a passive verb of telling is the one told: "Ferry crews were told that …" names
// no teller, so the crews are no speaker. The active form still reads.
describe('a passive verb of telling', () => {
  it('makes no speaker of the one told', () => {
    const r = run(['Ferry crews were told that the night sailings would end in May.', 'New pilots are often warned that the harbour mouth silts up.'], []);
    expect(lines(r).some((l) => l.startsWith('Ferry crews') || l.startsWith('New pilots'))).toBe(false);
  });

  it('still reads the active form', () => {
    const r = run(['Harbourmaster Ines Vogt told ferry crews that the night sailings would end in May.'], []);
    expect(lines(r).some((l) => /Vogt \| told \| .*night sailings/.test(l))).toBe(true);
  });
});
