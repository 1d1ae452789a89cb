import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// "after" of "went after Lund" is a preposition, and its object no subject of a clause that a
// coordinated verb ("and called for …") could share.
describe('a subordinator that is a preposition', () => {
  it('gives a coordinated verb the sentence\'s subject, not the preposition\'s object', () => {
    const r = run(['Likewise, Ada Roe went after Dana Lund for following the council on the levy and called for her to quit the race.'], [], { attitudes: true });
    expect(lines(r).some((l) => l.startsWith('Dana Lund |'))).toBe(false);
  });

  it('still reads the subject of a subordinate clause that has a verb', () => {
    const r = run(['Some in the crowd booed, and when Dan Holt thanked the workers and said the port would reopen, nobody cheered.']);
    expect(lines(r).some((l) => l.startsWith('Dan Holt | said | the port would reopen'))).toBe(true);
  });
});
