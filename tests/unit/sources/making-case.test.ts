import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('"make the case that / for …": the argument of the clause subject (attitude reading)', () => {
  it('reads the case with open describing words, a recipient, and "for weeks"', () => {
    const r = run([
      'Ann Roe spoke at the pier. Roe has been making the case for weeks that the ferry must keep running.',
      'Tomas Lund met the crews. Lund is making an increasingly urgent and desperate case for the harbour levy.',
      'Mara Jensen wrote to the board. Jensen made the case to the port board that the channel needs dredging.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Ann Roe | making the case | the ferry must keep running');
    expect(lines(r)).toContain('Tomas Lund | making an increasingly urgent and desperate case | the harbour levy');
    expect(lines(r)).toContain('Mara Jensen | made the case | the channel needs dredging');
  });

  it('reads no ability, no figure, no case in court, and stays out of the fact sheet', () => {
    const cases = (r: ReturnType<typeof run>) => lines(r).filter((l) => /case \|/.test(l));
    expect(cases(run(['Few of the crews can still make a plausible case for staying on the pier.'], [], ATTITUDES))).toEqual([]);
    expect(cases(run(['Ann Roe spoke at the pier. Roe made the case for 40 percent more funding.'], [], ATTITUDES))).toEqual([]);
    expect(cases(run(['Ann Roe spoke at the pier. The judge heard the case that the crews brought.'], [], ATTITUDES))).toEqual([]);
    expect(run(['Ann Roe spoke at the pier. Roe has been making the case for weeks that the ferry must keep running.']).quotes).toEqual([]);
  });
});
