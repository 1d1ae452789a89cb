import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"as X puts it" in the present, after a dash, and after the quotation', () => {
  const intro = 'Tove Arnesen has run the island ferry for twenty years.';

  it('reads "puts it" as "put it", and a dash as the opening comma', () => {
    expect(said(run([intro, 'As Arnesen puts it, “The late boat brings the island home.”']))).toContain('Tove Arnesen | The late boat brings the island home.');
    const dashed = run([intro, 'The board added a late boat — as Arnesen puts it — “to bring the island home after the last show.”']);
    expect(said(dashed)).toContain('Tove Arnesen | to bring the island home after the last show.');
  });

  it('credits a quotation closed on a comma to the "as … put it" aside after it', () => {
    const r = run([intro, 'The board rejected “the collective timetable,” as Arnesen put it, and kept the old one.']);
    expect(said(r)).toContain('Tove Arnesen | the collective timetable');
  });

  it('reads no aside after a quotation that runs on without a comma', () => {
    const r = run([intro, 'The board rejected “the collective timetable” as soon as Arnesen put it to a vote.']);
    expect(said(r).some((l) => l === 'Tove Arnesen | the collective timetable')).toBe(false);
  });
});
