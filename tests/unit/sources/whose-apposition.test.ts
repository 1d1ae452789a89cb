import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Tom Holt, whose company, Brightline, makes …, said": the name between the commas of a "whose"
// phrase belongs to that relative clause; the speaker is the name the clause describes.
describe('a name inside a "whose" clause before the verb', () => {
  it('gives the statement to the name before "whose"', () => {
    expect(said(run(['Tom Holt, whose newest company, Brightline, makes software for farms, said the rules were unfair to small growers.']))).toEqual([
      'Tom Holt | the rules were unfair to small growers',
    ]);
  });

  it('does the same with a person named inside the clause', () => {
    expect(said(run(['Rosa Diaz, whose sister, Maria, runs the ferry, said the timetable would change.']))).toEqual(['Rosa Diaz | the timetable would change']);
  });

  it('still reads a name after its description', () => {
    expect(said(run(['The editor of the weekly paper, Ana Ortiz, said every mayor was a politician at heart.'])).map((l) => l.split(' | ')[0])).toEqual(['Ana Ortiz']);
  });
});
