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
});
