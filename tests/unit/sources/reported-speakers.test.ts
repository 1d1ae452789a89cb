import { describe, expect, it } from 'vitest';
import { reportedWithin } from '../../../src/core/sources/refiners/reported-speakers';
import type { Attribution } from '../../../src/core/sources/model';
import { run, said } from './run';

describe('"he" after a speaker who reports what another said', () => {
  it('stands for the one who reported it, not the subject of the reported clause', () => {
    const r = run(['Harbour Minister Olav Lund repeated on Monday that Per Holm opposed the new toll. He said the board would wait for the vote.'], [], { attitudes: true });
    expect(said(r)).toContain('Olav Lund | the board would wait for the vote');
  });

  it('still stands for a speaker who opens the main clause after a fronted one', () => {
    const r = run(['After Per Holm asked the mayor who he thought would win, Olav Lund replied that the vote was open. He said the board would wait.'], [], { attitudes: true });
    expect(said(r)).toContain('Olav Lund | the board would wait');
  });
});

describe('reportedWithin', () => {
  const att = (start: number, end: number, speakerStart: number, cueStart: number): Attribution => ({
    start, end, text: '', direct: false, cue: 'said', cueStart, block: 0, extractor: 'test', confidence: 1,
    speaker: { start: speakerStart, end: speakerStart + 3 } as Attribution['speaker'],
  });

  it('marks a speaker inside the content another speaker reports', () => {
    const outer = att(20, 80, 0, 10);
    const inner = att(40, 70, 30, 35);
    expect([...reportedWithin([outer, inner], ' '.repeat(100))]).toEqual([inner]);
  });

  it('marks neither of two that hold each other\'s speaker ("Cruz electrified the crowds …, Stovall said")', () => {
    const first = att(10, 90, 0, 5);
    const second = att(0, 60, 62, 66);
    expect(reportedWithin([first, second], ' '.repeat(100)).size).toBe(0);
  });
});
