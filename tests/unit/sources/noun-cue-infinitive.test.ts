import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.filter((q) => q.cueKind === 'attitude').map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a noun cue before an infinitive or a preposition', () => {
  it('keeps the "to" of an infinitive in the content', () => {
    const r = run(['The board was surprised by Mara Jensen’s decision to close the ferry office.'], [], ATTITUDES);
    // (The board's surprise at the decision is a stance of its own: stance-adjective.ts.)
    expect(lines(r)).toEqual([
      'board | surprised | Mara Jensen’s decision to close the ferry office',
      'Mara Jensen | decision | to close the ferry office',
    ]);
  });

  it('leaves out a preposition before its object', () => {
    const r = run(['Islanders welcomed Mara Jensen’s opposition to the fare rise.'], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | opposition | the fare rise');
  });

  it('reads "to" before a noun phrase as the object of a stance only, not where a thing said went', () => {
    const r = run([
      'Mara Jensen threw her support to the ferry union on Friday.',
      'Mara Jensen’s comments to the Harbour Gazette angered the board.',
      'Otto Lind’s angry remarks to the Harbour Gazette drew a rebuke.',
      'Islanders welcomed Tess Moreau’s formal objection to the fare rise.',
      'Otto Lind took his case to the county court in May.',
      'Tess Moreau’s claim to the council seat was upheld on appeal.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | support | the ferry union on Friday');
    expect(lines(r)).toContain('Tess Moreau | objection | the fare rise');
    expect(lines(r).filter((l) => / (comments|remarks|case|claim) \| /.test(l))).toEqual([]);
  });
});
