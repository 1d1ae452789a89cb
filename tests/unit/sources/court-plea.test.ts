import { describe, expect, it } from 'vitest';
import { isCourtPlea } from '../../../src/core/sources/court-plea';
import { run } from './run';

// A plea entered in court is a step of the trial; pleading with someone begs.
const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a plea in court', () => {
  it('reads guilty, not guilty and no contest as a plea', () => {
    expect(isCourtPlea('pleaded', ' guilty to two counts of fraud')).toBe(true);
    expect(isCourtPlea('pleads', ' not guilty on Friday')).toBe(true);
    expect(isCourtPlea('pled', ' no contest to the charge')).toBe(true);
    expect(isCourtPlea('pleading', ' innocent')).toBe(true);
  });

  it('keeps begging, and other verbs', () => {
    expect(isCourtPlea('pleaded', ' with the council to keep the ferry running')).toBe(false);
    expect(isCourtPlea('pleaded', ' for calm after the storm')).toBe(false);
    expect(isCourtPlea('admitted', ' guilty conduct')).toBe(false);
    expect(isCourtPlea(null, ' guilty')).toBe(false);
  });

  it('drops the defendant and keeps the one who begs', () => {
    const r = run([
      'Harbour developer Tomas Berg pleaded guilty on Tuesday to bribing a port official.',
      'His lawyer, Ines Falk, pleaded with the judge to spare him a prison term.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ines Falk | pleaded | with the judge to spare him a prison term']);
  });
});
