import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "… into towns like Dover, the campaign team is aiming …": a name that a preposition governs, late
// in its segment, is that phrase's object; the description after its comma is the subject, not
// Dover's apposition.
describe('a name after a preposition before a described subject', () => {
  it('keeps the description as the subject', () => {
    const speakers = run(['Sending the mayor, her husband, and her daughter into towns like Dover, the campaign team is aiming to win the county.'], [], { attitudes: true })
      .quotes.map((q) => q.speaker);
    expect(speakers).not.toContain('Dover');
  });

  it('still gives a name its description', () => {
    expect(said(run(['Secretary of State Ada Lund, the longest-serving member of the cabinet, said the treaty would hold.'])).map((l) => l.split(' | ')[0])).toEqual(['Ada Lund']);
  });

  it('still reads a name set off as an example, and a name before an adverb between commas', () => {
    expect(said(run(['Some defenders of free trade, like Ann Roe Bell, a senior fellow at the Harbor Institute, also acknowledge that the town suffered.'])).map((l) => l.split(' | ')[0])).toEqual(['Ann Roe Bell']);
    expect(said(run(['An email from Ann Roe Bell, meanwhile, reveals that the town suffered.'])).map((l) => l.split(' | ')[0])).toEqual(['Ann Roe Bell']);
  });
});
