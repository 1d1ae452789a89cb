import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('an age alone as the speaker ("the 46-year-old said")', () => {
  it('stands for the person the article named last, as "he" or "she" would', () => {
    const r = run([
      'Harbour pilot Mara Jensen has worked the ferry route for two decades.',
      '"The tides are getting stranger every year," the 46-year-old said.',
      'Tom Okafor, a retired fisherman, disagreed. The 71-year-old said the route has always been hard.',
    ]);
    expect(said(r)).toEqual([
      'Mara Jensen | The tides are getting stranger every year',
      'Tom Okafor | the route has always been hard',
    ]);
    expect(r.sources.map((s) => s.name)).toEqual(['Mara Jensen', 'Tom Okafor']);
  });

  it('skips a photographer credited before "via" and a picture agency', () => {
    const r = run([
      'Mara Jensen, who pilots the night ferry, posted the clip on Thursday.',
      'Tom Okafor via Harbour Images.',
      '"What if the ferry ran all night?" the 46-year-old asked in the clip.',
    ]);
    expect(said(r)).toContain('Mara Jensen | What if the ferry ran all night?');
  });
});
