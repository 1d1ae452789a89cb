import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a participle inside a reported clause of another subject is no reading of the reporter', () => {
  it('drops "yelling" (and the "ignoring" inside it) after "said the guards had followed …"', () => {
    const r = run(['Coach Hilda Marsh said the guards had followed her swimmers around the arena, yelling at them to stay off the benches while ignoring the home team.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('Hilda Marsh | said |') && l.includes('the guards had followed'))).toBe(true);
    expect(found.some((l) => /\| (?:yelling|ignoring) \|/.test(l))).toBe(false);
  });

  it('keeps a participle after a clause whose subject is a pronoun: the speaker again', () => {
    const r = run(['Councillor Ada Brinkley said she had spent the winter on the harbour, criticizing the board for its delays.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Ada Brinkley | criticizing |'))).toBe(true);
  });

  it('keeps a participle that cites the reporter\'s evidence', () => {
    const r = run(['Councillor Ada Brinkley said the board is losing the town\'s trust, pointing to three missed deadlines this spring.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Ada Brinkley | pointing to |'))).toBe(true);
  });

  it('keeps a participle after "warned that …": the reporter goes on', () => {
    const r = run(['Councillor Ada Brinkley warned that several towns have cut their ferry services too early, criticizing the board for its silence.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Ada Brinkley | criticizing |'))).toBe(true);
  });
});
