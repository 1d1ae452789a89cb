import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('title-cased headlines: plural subjects and phrasal cues', () => {
  it('reads a present-tense cue without -s after a plural noun ("New Surveys Reveal …")', () => {
    const r = run([
      ['headline', 'New Surveys Reveal Ferry Riders Want Later Sailings'],
      ['headline', 'Harbour Pilots Explain Why The Winter Timetable Failed'],
    ]);
    expect(said(r)).toEqual([
      'New Surveys | Ferry Riders Want Later Sailings',
      'Harbour Pilots | Why The Winter Timetable Failed',
    ]);
  });

  it('reads a cue whose preposition the headline capitalises, or whose preposition it leaves in lower case', () => {
    expect(said(run([['headline', 'Mayor Okafor Calls For Inquiry Into Ferry Contract']]))).toEqual(['Okafor | Inquiry Into Ferry Contract']);
    expect(said(run([['headline', 'Mayor Okafor Calls for Inquiry after Audit of Ferry Contract']]))).toEqual([
      'Okafor | Inquiry after Audit of Ferry Contract',
    ]);
  });

  it('leaves a base-form word after a singular noun, or a noun that only looks plural, alone', () => {
    expect(said(run([['headline', 'Harbour Board Report Shows Nothing New On Fares']]))).toEqual([]);
    expect(said(run([['headline', 'Congress Hearing Draws Crowd Of Ferry Riders']]))).toEqual([]);
  });
});
