import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "… from Ada Lund, a harbour pilot, who said …": the "who" is the person the description describes.
describe('a name and a lower-case description before "who"', () => {
  it('gives the statement to the named person', () => {
    expect(said(run(['The new quay drew fire from Ada Lund, the harbour master, who said it would silt up within a year.'])))
      .toContain('Ada Lund | it would silt up within a year');
    expect(said(run(['“It is too late,” said Otto Lind, a former ferry captain, who added that the timetable was never tested.'])))
      .toContain('Otto Lind | the timetable was never tested');
  });

  it('leaves a description of no person, or no name, to the other readings', () => {
    const lines = said(run(['The levy drew fire from the harbour, a local landmark, who said it would fail.'])).join('; ');
    expect(lines).not.toContain('harbour | it would fail');
  });
});
