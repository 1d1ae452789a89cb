import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';

const subject = (sentence: string, cue: string) => subjectBefore(sentence, 0, sentence.indexOf(cue))?.speaker;

// A "who" after a phrase that ends on a place refers to the person, not to the place: the town read
// alone looks like a surname ("Brantwood"), so the phrase's place must not be taken for the speaker.
describe('a relative "who" after a place', () => {
  it('refers to the person before a description that ends on a town and its region', () => {
    const s = subject('The hall filled early, with Nora Vell, a baker from Brantwood, Ohio, who said the fees were too high.', 'said the');
    expect(s?.text).toBe('Nora Vell');
    expect(s?.role).toBe('baker from Brantwood');
  });

  it('refers to the person before a description that ends on a town', () => {
    expect(subject('The hall filled early, with Nora Vell, a baker from Brantwood, who said the fees were too high.', 'said the')?.text).toBe('Nora Vell');
  });

  it('refers to the person named with her town and region', () => {
    expect(subject('The meeting drew Nora Vell of Brantwood, Ohio, who said the fees were too high.', 'said the')?.text).toBe('Nora Vell');
  });

  it('refers to the person before a party and a state', () => {
    expect(subject('The bill was opposed by Senator Carl Dunmore, Democrat of Ohio, who said it went too far.', 'said it')?.text).toBe('Senator Carl Dunmore');
  });

  it('keeps a person named after "of" in a description: a backer of a senator is no place', () => {
    const s = subject('The plan was praised by Mayor Ann Lisk, a longtime backer of Sen. Carl Dunmore, who has since called for a vote.', 'called');
    expect(s?.text).toContain('Carl Dunmore');
    expect(s?.text).not.toContain('Ann Lisk');
  });
});
