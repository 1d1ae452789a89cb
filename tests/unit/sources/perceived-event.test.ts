import { describe, expect, it } from 'vitest';
import { run } from './run';

// "viewers see Jame Gumb keep a victim in a pit": an event watched, not a view.
describe('a verb of seeing with a person doing something', () => {
  it('holds no position', () => {
    const r = run(['In the 1991 film, viewers see Ada “the Hawk” Lund keep a prisoner in the cellar of her house.', 'Neighbours saw him leave the harbour office at noon.'], [], { attitudes: true });
    expect(r.quotes.filter((q) => /^see|saw/.test(q.cue ?? ''))).toEqual([]);
  });

  it('leaves a portrayal and a clause', () => {
    const r = run(['Harbour voters see Lund as the stronger candidate.', 'Pilots saw that the pier was failing.'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.cue)).toEqual(['see', 'saw']);
  });
});
