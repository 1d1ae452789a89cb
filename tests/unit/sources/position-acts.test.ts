import { describe, expect, it } from 'vitest';
import { isCircumstanceOnly } from '../../../src/core/sources/circumstance-content';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// Positions that are acts: a verb with only a place or a time after it, or any verb with a short
// object. Neither says what the subject believes, wants or stands for.
describe('positions that are only an act', () => {
  it('drops a position whose content is only where or when', () => {
    const r = run([
      'Mara Jensen celebrated in Vardby with her crew on Sunday.',
      'Jensen testified before the harbour committee last spring.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('keeps a stance about something, a clause after the phrase and a phrasal cue', () => {
    expect(isCircumstanceOnly('agreed', 'on a new tide table for the ferries')).toBe(false);
    expect(isCircumstanceOnly('argued', 'in a letter that the pier was unsafe')).toBe(false);
    expect(isCircumstanceOnly('ripped into', 'the port board for the delay')).toBe(false);
    expect(isCircumstanceOnly('celebrated', 'in Vardby with her crew')).toBe(true);
    expect(isCircumstanceOnly('reported', 'from the harbour office')).toBe(true);
  });

  it('drops finding oneself somewhere, and keeps finding something to be so', () => {
    expect(isCircumstanceOnly('found', 'herself in charge of the night ferry')).toBe(true);
    expect(isCircumstanceOnly('finds', 'itself at the centre of the toll dispute')).toBe(true);
    expect(isCircumstanceOnly('found', 'the toll plan unworkable')).toBe(false);
    expect(isCircumstanceOnly('blamed', 'herself for the delay')).toBe(false);
  });

  it('reads any verb of a person only with an object of five words or more', () => {
    const r = run([
      'Mara Jensen rebuffed two offers.',
      'Jensen later congratulated the ferry crew on their rescue.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | congratulated | the ferry crew on their rescue']);
  });
});
