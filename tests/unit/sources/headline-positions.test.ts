import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.cueKind ?? 'statement'}`);

describe('positions in headline-ese', () => {
  it('reads no position in a headline, a subhead or a caption', () => {
    const r = run([
      ['headline', 'Harbour board issues new ferry timetable'],
      ['subhead', 'Islanders pressed on fares'],
      ['caption', 'Mara Jensen discusses the timetable at the harbour office'],
      'The new timetable starts in May.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('still reads a statement in a headline and a position in the body', () => {
    const r = run([
      ['headline', 'Ferry fares will rise in May, harbour board says'],
      'Councillor Mara Jensen criticized the fare rise as unfair to islanders.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['harbour board | says | statement', 'Mara Jensen | criticized | attitude']);
  });
});
