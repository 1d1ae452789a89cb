import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('shares of poll respondents with a place or group after them', () => {
  it('reads the share, the plural and the phrase that narrows it as one source', () => {
    const r = run([
      'About 3 in 10 ferry passengers in each port want a later sailing.',
      'Only about half of the islanders from the north coast oppose the new tariff.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'About 3 in 10 ferry passengers in each port | want | a later sailing',
      'Only about half of the islanders from the north coast | oppose | the new tariff',
    ]);
  });

  it('does not read a noun after "each" or "every" as the cue', () => {
    const r = run(['Four in 10 commuters in every state want cheaper fares.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Four in 10 commuters in every state | want | cheaper fares']);
  });

  it('reads a share after a subordinating word, a sized majority and a hyphenated "in"', () => {
    const r = run([
      'The mayor’s rating rose to 41 points, though 32 percent said they had no view of her.',
      'Large majorities of island voters said they would keep the ferry.',
      'Three-in-five harbour pilots said the new quay is too short.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(expect.arrayContaining([
      '32 percent | said | they had no view of her',
      'Large majorities of island voters | said | they would keep the ferry',
      'Three-in-five harbour pilots | said | the new quay is too short',
    ]));
  });
});
