import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('where the content of a position ends', () => {
  it('ends a participle set off by commas before the main clause\'s verb of saying', () => {
    const r = run(['Councillor Mara Jensen, supporting the ferry plan, said it would help islanders.'], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | supporting | the ferry plan');
  });

  it('ends before a second past-tense cue of the same subject, which is read on its own', () => {
    const r = run(['Councillor Mara Jensen wants the ferry kept in service, and confirmed that she asked the board for a vote.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | wants | the ferry kept in service');
    expect(found.some((l) => l.includes('| wants |') && l.includes('confirmed'))).toBe(false);
  });

  it('keeps a coordinated noun phrase inside the content', () => {
    const r = run(['Councillor Mara Jensen wants new ferries, and fares frozen until May.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | wants | new ferries, and fares frozen until May']);
  });

  it('takes no subject from a phrase led by "despite" or "amid"', () => {
    const r = run(['Despite the harbour owners, local fishermen want the ferry kept.', 'Despite rising fares want the ferry kept.'], [], ATTITUDES);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Despite rising fares');
  });
});
