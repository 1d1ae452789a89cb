import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a name label before a quotation in the body', () => {
  it('reads "Name: “…”" in a body paragraph as that person\'s words', () => {
    const r = run([
      'The harbour board met on Monday to set the winter timetable.',
      'Ada Lind: “The tariff will not last the winter, and everyone on the pier knows it.”',
    ]);
    expect(said(r)).toEqual(['Ada Lind | The tariff will not last the winter, and everyone on the pier knows it.']);
  });

  it('leaves a body label without a quotation alone', () => {
    const r = run([
      'The harbour board met on Monday to set the winter timetable.',
      'Ferry Times: the winter timetable starts in November and ends in March.',
    ]);
    expect(said(r)).toEqual([]);
  });
});
