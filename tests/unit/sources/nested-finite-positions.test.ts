import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A position whose content runs on into a second verb of the same speaker holds two positions:
// the second one stays beside the first. An infinitive there ("plans to publish") is one position.
describe('a finite verb inside the same speaker\'s position', () => {
  it('keeps the second verb a relative clause\'s content runs on into', () => {
    const r = run(['Councillor Ida Brandt, who endorsed the ferry levy in May, repeated those doubts on Monday.'], [], ATTITUDES);
    expect(lines(r)).toEqual([
      // (The relative clause's content now ends at its closing comma: relative-aside-stance.test.ts.)
      'Ida Brandt | endorsed | the ferry levy in May',
      'Ida Brandt | repeated | those doubts on Monday',
    ]);
  });

  it('still reads an infinitive inside as part of the one position', () => {
    const r = run(['The Harbour Trust plans to quietly publish a survey of mooring fees in June.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Harbour Trust | plans | to quietly publish a survey of mooring fees in June']);
  });
});
