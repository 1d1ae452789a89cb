import { describe, expect, it } from 'vitest';
import { inDefiningRelative } from '../../../src/core/sources/defining-relative';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);
const at = (text: string, cue: string) => inDefiningRelative(text, text.indexOf(cue));

// A defining relative clause picks its holder out by the stance: it tells which people are meant.
describe('positions in a defining relative clause', () => {
  it('finds "who" or "that" as the subject of the cue, with auxiliaries and adverbs between', () => {
    expect(at('Ferry riders who want a later crossing filled the hall.', 'want')).toBe(true);
    expect(at('The owners who have long opposed the toll met on Friday.', 'opposed')).toBe(true);
    expect(at('A dock union that now favors the plan sent a letter.', 'favors')).toBe(true);
  });

  it('leaves a clause set off by a comma, a question and a main clause alone', () => {
    expect(at('Mara Lund, who backs the plan, spoke first.', 'backs')).toBe(false);
    expect(at('Who wants a later crossing?', 'wants')).toBe(false);
    expect(at('The harbor board wants a later crossing.', 'wants')).toBe(false);
    expect(at('Lund said that the board wants a later crossing.', 'wants')).toBe(false);
  });

  it('drops the position of the class, keeps the named holder\'s and the statement', () => {
    const r = run([
      'Ferry riders who want a later crossing packed the meeting, and Mara Lund, who backs the plan, welcomed them.',
      'Skippers who said the pier was unsafe were ignored.',
      'Ola Berg opposes the toll.',
    ], [], ATTITUDES);
    const got = lines(r);
    expect(got.some((l) => l.includes('| want |'))).toBe(false);
    expect(got).toContain('Mara Lund | backs | the plan');
    expect(got.some((l) => l.includes('| said | the pier was unsafe'))).toBe(true);
    expect(got).toContain('Ola Berg | opposes | the toll');
  });
});
