import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A quotation inside a quotation that ends where the outer one ends: three apostrophes in the
// two-apostrophe style ("…'Go home,''' said …"), or a single mark and a spaced straight double mark
// ("…'Go home,' " said …"). The outer quotation closes there, and the cue after it names its speaker.
describe('a quotation closing right after an inner one', () => {
  it('closes on the last two of three apostrophes', () => {
    expect(said(run(["''The crowd kept shouting 'Build the bridge,''' said Mayor Alma Rudd of Eastbridge."]))).toEqual([
      "Alma Rudd | The crowd kept shouting 'Build the bridge,'",
    ]);
  });

  it('closes on a straight double mark set off by a space', () => {
    expect(said(run([`"You can lose the vote and still say, 'Well played,' " said Tom Haber, a council member. "That is how it works."`]))).toEqual([
      "Tom Haber | You can lose the vote and still say, 'Well played,'",
      'Tom Haber | That is how it works.',
    ]);
  });

  it('still opens a quotation with a straight double mark before a word', () => {
    expect(said(run([`Tom Haber said the vote was close. "That is how it works," he added.`]))).toEqual([
      'Tom Haber | the vote was close',
      'Tom Haber | That is how it works',
    ]);
  });
});
