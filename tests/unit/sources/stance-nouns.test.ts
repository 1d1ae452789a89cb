import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A stance named as a noun with its holder's possessive: "her attacks on …", "his endorsement of …".
describe('stance nouns with a possessive holder', () => {
  it('reads the object of "attacks on"', () => {
    const r = run(['Voters cheered Councillor Ida Brandt\'s attacks on the ferry board.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ida Brandt | attacks | the ferry board');
  });

  it('reads the object of "embrace of"', () => {
    const r = run(['Mayor Tom Lee spoke at the pier.', 'His embrace of the new harbour tax surprised the council.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Tom Lee | embrace | the new harbour tax'))).toBe(true);
  });
});
