import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('positions of a passive subject and of a cue that is rarely one', () => {
  it('reads a negated or contracted be before a participle as passive: the subject holds no view', () => {
    expect(lines(run(['Mara Jensen isn\'t expected to attend the harbour vote.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['The ferry crews were not widely expected to back the new tide table.'], [], ATTITUDES))).toEqual([]);
  });

  it('keeps the active verb', () => {
    expect(lines(run(['Mara Jensen expected the harbour vote to fail.'], [], ATTITUDES))).toEqual([
      'Mara Jensen | expected | the harbour vote to fail',
    ]);
  });

  it('does not read "speaking to" an audience as a position, and reads the clause\'s own verb instead', () => {
    expect(lines(run(['Mara Jensen will speak to the harbour board on Friday.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['Mara Jensen, speaking to reporters on the pier, praised the ferry crews.'], [], ATTITUDES))).toEqual([
      'Mara Jensen | praised | the ferry crews',
    ]);
  });
});
