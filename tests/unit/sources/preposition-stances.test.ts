import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('verb + preposition stances (attitude reading)', () => {
  it('reads "take issue with", "allude to", "speak out/up about|for" and "vote in favor of" with the clause subject as holder', () => {
    const r = run([
      'Harbour master Ines Kowal took issue with the council’s dredging budget.',
      'The ferry union alluded to a strike during the winter timetable talks.',
      'Retired skipper Tomas Brandt spoke out for a lower mooring fee.',
      'The island tenants spoke up about the broken heating in their flats.',
      'The harbour board voted in favor of the new breakwater on Tuesday.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ines Kowal | took issue with | the council’s dredging budget',
      'ferry union | alluded to | a strike during the winter timetable talks',
      'Tomas Brandt | spoke out for | a lower mooring fee',
      'island tenants | spoke up about | the broken heating in their flats',
      'harbour board | voted in favor of | the new breakwater on Tuesday',
    ]);
  });

  it('does not read the phrase without its preposition, as a noun, or in a passive', () => {
    const r = run([
      'The harbour master took the issue to the full council in March.',
      'Her issue with the dredging contract was never settled.',
      'The strike was alluded to in the minutes of the meeting.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('leaves them out of the default reading (the fact sheet)', () => {
    const r = run(['Harbour master Ines Kowal took issue with the council’s dredging budget.']);
    expect(r.quotes).toEqual([]);
  });
});
