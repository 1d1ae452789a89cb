import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A stance participle after its noun phrase, without "was" or "has been": the agent after "by"
// holds the stance and the noun phrase is what it is about.
describe('reduced passives with their agent', () => {
  it('reads an apposed participle', () => {
    const r = run(['The ferry levy, opposed by the Harbour Workers Union, never came to a vote.'], [], ATTITUDES);
    expect(lines(r)).toContain('Harbour Workers Union | opposed | The ferry levy');
  });

  it('reads a participle right after its noun phrase, with an adverb', () => {
    const r = run(['Officials repeated a figure first reported by the Lakeside Courier.'], [], ATTITUDES);
    expect(lines(r)).toContain('Lakeside Courier | reported | a figure');
  });

  it('does not read a deed as a stance', () => {
    const r = run(['The islanders studied a report released by the Harbour Workers Union.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.includes('| released |'))).toEqual([]);
  });

  it('does not take an adverb for the noun phrase', () => {
    const r = run(['The ferry plan stalled and was then denounced by the Harbour Workers Union.'], [], ATTITUDES);
    expect(lines(r).some((l) => /\| (?:then|stalled)$/.test(l))).toBe(false);
  });
});
