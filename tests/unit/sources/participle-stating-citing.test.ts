import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('"stating" and "citing" after a comma read like "saying"', () => {
  it('gives what a participle "citing" names to the subject of the clause before it', () => {
    const r = run(['The harbor board rejected the offer, citing the cost of dredging the channel.'], [], ATTITUDES);
    expect(lines(r)).toContain('harbor board | the cost of dredging the channel');
    expect(lines(r)).toContain('harbor board | the offer');
  });

  it('reads "stating that …" after a statement as a second statement of its speaker', () => {
    const r = run(['Mayor Lena Ortiz spoke on Tuesday, stating that the budget was balanced.'], [], ATTITUDES);
    expect(lines(r)).toContain('Lena Ortiz | the budget was balanced');
  });
});
