import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Posts pasted from social media carry invisible direction marks (U+202A …) before a quotation;
// they count as spaces, so the quotation still opens its sentence.
describe('an invisible direction mark before a quotation', () => {
  it('does not hide the quotation from its cue', () => {
    expect(said(run(['\u202A\u201DThe old pier has to be rebuilt before the winter comes,\u201D said Jon Krog.']))).toEqual([
      'Jon Krog | The old pier has to be rebuilt before the winter comes',
    ]);
  });
});
