import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('shares of respondents inside a longer clause', () => {
  it('reads a share after a relative or subordinating word, with no comma before it', () => {
    expect(lines(run(['The harbour master faces a town in which 58 percent of islanders say the pier is unsafe.'], [], ATTITUDES)))
      .toEqual(['58 percent of islanders | say | the pier is unsafe']);
    expect(lines(run(['Among ferry users the two plans are close, as 44 percent back the toll while 47 percent say the same of the levy.'], [], ATTITUDES)))
      .toContain('47 percent | say | the same of the levy');
  });

  it('reads "as many as" a share, a fraction and a bare count before a verb of saying', () => {
    expect(lines(run(['By the end of the season, as many as 30 percent of the crews said they would not sail again.'], [], ATTITUDES)))
      .toEqual(['as many as 30 percent of the crews | said | they would not sail again']);
    expect(lines(run(['Islanders see the tides as a danger, and three-fourths say the council should build a wall.'], [], ATTITUDES)))
      .toContain('three-fourths | say | the council should build a wall');
    expect(lines(run(['While 80 percent of the fishermen liked the old quay, 37 said the same of the new one.'], [], ATTITUDES)))
      .toContain('37 | said | the same of the new one');
  });

  it('reads a share in an absolute construction with "with"', () => {
    expect(lines(run(['Most islanders still see the mayor as able, with 52 percent saying he is ready for a second term.'], [], ATTITUDES)))
      .toContain('52 percent | saying | he is ready for a second term');
  });

  it('takes a share that opens the sentence before what the speaker reader finds in it', () => {
    expect(lines(run(['Majorities in most coastal towns view the ferry as a lifeline for older residents.'], [], ATTITUDES)))
      .toEqual(['Majorities in most coastal towns | view | the ferry as a lifeline for older residents']);
  });

  it('takes no count of things as a speaker', () => {
    // ("11 coastal councils" before another verb is a count of bodies, not of people asked.)
    const r = run(['The fund is shared between the port, the navy and 11 coastal councils, the ministry announced.'], [], ATTITUDES);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('11');
    expect(lines(run(['The rule was struck down after the port and 12 other towns sued the ministry.'], [], ATTITUDES)).some((l) => /^12/.test(l))).toBe(false);
  });
});

describe('a share "in 10" with its group noun', () => {
  it('is a share of people, not a count of things ("25 other states")', async () => {
    const { embeddedShare } = await import('../../../src/core/sources/parsers/embedded-share');
    expect(embeddedShare('About 9 in 10 island voters ', 'are')?.[1]).toBe('About 9 in 10 island voters');
    expect(embeddedShare('Nine out of 10 ferry users ', 'are')?.[1]).toBe('Nine out of 10 ferry users');
    expect(embeddedShare('Some 25 other harbours ', 'are')).toBeNull();
  });
});
