import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const hopes = (r: ReturnType<typeof run>) => r.quotes.filter((q) => /hope/.test(q.cue ?? '')).map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('"in hopes of / in the hope that": the hope of the clause\'s subject (attitude reading)', () => {
  it('reads a gerund after "of" and a clause after "that"', () => {
    const r = run([
      'The ferry strike entered its second week. Tomas Lund toured the harbour towns in hopes of winning over the crews.',
      'The pier was closed. Judge Ada Roe sent the levy back to the council in the hope that both sides would settle their differences.',
    ], [], ATTITUDES);
    expect(hopes(r)).toEqual([
      'Tomas Lund | in hopes of | winning over the crews',
      'Ada Roe | in the hope that | both sides would settle their differences',
    ]);
  });

  it('ends a gerund at its comma', () => {
    const r = run(['The talks stalled. Mara Jensen called the union twice in hopes of a quick deal, though none came.'], [], ATTITUDES);
    expect(hopes(r).map((l) => l.split(' | ')[2])).toEqual(['a quick deal']);
  });

  it('reads no thing as the one who hopes, no opening phrase, and stays out of the fact sheet', () => {
    expect(hopes(run(['The budget was tight. Millions of dollars went into research in hopes of finding a cheaper fuel.'], [], ATTITUDES))).toEqual([]);
    expect(hopes(run(['In hopes of a quick deal, Mara Jensen called the union on Friday.'], [], ATTITUDES))).toEqual([]);
    expect(run(['The strike went on. Tomas Lund toured the harbour towns in hopes of winning over the crews.']).quotes).toEqual([]);
  });
});
