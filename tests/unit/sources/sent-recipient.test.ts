import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// The pipeline's setting: "emailed" with a noun object is read by the attitude parsers.
const ATTITUDES = { attitudes: true };

describe('the recipient of "emailed" is no content', () => {
  it('keeps the thing sent of a double object as the content', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'The port spokesman Tomas Berg emailed supporters a plea to write to the council.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual(['Tomas Berg | a plea to write to the council']);
  });

  it('drops "emailed" with only a recipient and a time, and "tweeted at" a person', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'Its chair, Lena Vos, emailed the mayor and his advisers in March 2019, warning them of the storm.',
      'The ferry captain Arno Dahl tweeted at the governor on Sunday night.',
    ], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.cue === 'emailed' || q.cue === 'tweeted')).toEqual([]);
  });

  it('leaves a clause, a purpose or a quotation after the recipient alone', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'Its chair, Lena Vos, emailed reporters that the pier would reopen in May.',
      'Arno Dahl emailed the mayor, “The crossing is not safe.”',
    ], [], ATTITUDES);
    expect(said(r)).toEqual([
      'Lena Vos | the pier would reopen in May',
      'Arno Dahl | The crossing is not safe.',
    ]);
  });
});
