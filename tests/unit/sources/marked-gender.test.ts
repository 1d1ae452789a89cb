import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// (Charlie: a given name the lexicon gives either gender, so the speaker's is unmarked; Maria: a woman's.)
const ATTITUDES = { attitudes: true };
// (The ad's own stance, "attacking the plan", ad-stance.ts, is no pronoun's: the last person's reading is asked for.)
const last = (paragraphs: string[]) => said(run(paragraphs, [], ATTITUDES)).filter((l) => !l.startsWith('ad |')).slice(-1);

describe('a pronoun and the gender the article marks (marked-gender.ts)', () => {
  it('takes the person of the marked gender in its paragraph over a speaker of no marked gender', () => {
    expect(last([
      '“The vote will be close,” the pollster Charlie Varro wrote this week.',
      'Many in the party follow the lead of Rep. Nora Fell, who is challenging a sitting senator. Last month, she released an ad attacking the plan.',
    ])).toEqual(['Nora Fell | an ad attacking the plan']);
  });

  it('keeps a speaker whose gender the article marks', () => {
    expect(last([
      '“The vote will be close,” the pollster Maria Varro wrote this week.',
      'Many in the party follow the lead of Rep. Nora Fell, who is challenging a sitting senator. Last month, she released an ad attacking the plan.',
    ])).toEqual(['Maria Varro | an ad attacking the plan']);
  });

  it('takes no one of the other gender', () => {
    expect(last([
      '“The vote will be close,” the pollster Charlie Varro wrote this week.',
      'Many in the party follow the lead of Rep. Tom Fell, who is challenging a sitting senator. Last month, she released an ad attacking the plan.',
    ])).toEqual(['Charlie Varro | an ad attacking the plan']);
  });

  it('keeps the followed speaker when a pronoun of that gender stands before the other person', () => {
    expect(last([
      '“The vote will be close,” the pollster Charlie Varro wrote this week.',
      'After her piece ran, many in the party followed the lead of Rep. Nora Fell, who is challenging a sitting senator. Last month, she released an ad attacking the plan.',
    ])).toEqual(['Charlie Varro | an ad attacking the plan']);
  });
});
