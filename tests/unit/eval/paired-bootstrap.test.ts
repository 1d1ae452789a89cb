import { describe, expect, it } from 'vitest';
import { articleCounts, pairedBootstrap } from '../../../eval/paired-bootstrap';

// Listings in the runner's --verbose form, made up: two articles, one gold item each way.
const before = [
  'harbour-ferry OK   [Mara Jensen] "the ferry would run again" got speaker "Mara Jensen"',
  'harbour-ferry MISATTR [the captain] "the dock was closed" got speaker "Mara Jensen"',
  'harbour-ferry EXTRA "at the start" speaker "Mara Jensen"',
  'mill-vote MISS [Ola Berg] "the mill should stay open"',
  'source (found + speaker)       72.8    65.2  68.8  1/2/2',
].join('\n');
const after = [
  'harbour-ferry OK   [Mara Jensen] "the ferry would run again" got speaker "Mara Jensen"',
  'harbour-ferry MISATTR [the captain] "the dock was closed" got speaker "Mara Jensen"',
  'mill-vote OK   [Ola Berg] "the mill should stay open" got speaker "Ola Berg"',
].join('\n');

describe('the paired bootstrap over articles', () => {
  it('counts a misattribution as both an extra and a miss, and skips the summary lines', () => {
    const counts = articleCounts(before);
    expect(counts.get('harbour-ferry')).toEqual([1, 2, 1]);
    expect(counts.get('mill-vote')).toEqual([0, 0, 1]);
    expect(counts.size).toBe(2);
  });

  it('reports the change on all articles and how often a resample keeps its sign', () => {
    const r = pairedBootstrap(articleCounts(before), articleCounts(after), 200);
    // before: 2·1 / (2·1 + 2 + 2) = 1/3; after: 2·2 / (2·2 + 1 + 1) = 2/3
    expect(r.delta).toBeCloseTo(1 / 3);
    expect(r.articles).toBe(2);
    expect(r.above).toBeGreaterThan(0.5);
  });

  it('sees no change between a run and itself', () => {
    const r = pairedBootstrap(articleCounts(before), articleCounts(before), 50);
    expect(r.delta).toBe(0);
    expect(r.sd).toBe(0);
    expect(r.above).toBe(0);
  });
});
