import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Holm “drew well …” in the last vote, said Berg.": the quotation right after a bare name is its
// predicate; the words after it belong to that sentence, and the speaker follows the cue.
describe('a quotation that is the predicate of a name, then an inverted cue', () => {
  it('gives the sentence to the speaker after the cue, not to the name that opens it', () => {
    expect(said(run(['Holm “drew quite well from older, working-class voters” in the last vote, said harbour historian Lena Berg.']))).toEqual([
      'Lena Berg | Holm “drew quite well from older, working-class voters” in the last vote',
    ]);
  });

  it('keeps a quoted title inside an apposition as part of it', () => {
    expect(said(run(['Ada Holm, the author of “Slow Boats,” about the old harbour ferries, said the timetable had not changed in years.']))).toEqual([
      'Ada Holm | the timetable had not changed in years',
    ]);
  });
});
