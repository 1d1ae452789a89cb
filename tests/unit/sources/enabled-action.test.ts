import { describe, expect, it } from 'vitest';
import { isEnabledAction } from '../../../src/core/sources/enabled-action';
import { run } from './run';

// What a product or a rule lets someone do is no position of theirs, and the phrase that holds the
// causative is no holder. Our own sentences.
const ATTITUDES = { attitudes: true };

describe('an action let or helped is no position (enabled-action.ts)', () => {
  it('reads "let" and "help" with their object before the cue', () => {
    expect(isEnabledAction('The ferry app lets riders ')).toBe(true);
    expect(isEnabledAction('a tool that helps small crews ')).toBe(true);
    expect(isEnabledAction('helping them to ')).toBe(true);
    expect(isEnabledAction('Ferry riders ')).toBe(false);
    // (A decision once helped is one taken: the past tense is left alone.)
    expect(isEnabledAction('Her brother helped her ')).toBe(false);
  });

  it('finds no holder in a feature of an app, nor in the verb coordinated with it', () => {
    const r = run(['Harbour Pass lets riders highlight a crossing on the map and point it to a friend.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).toEqual([]);
  });

  it('still reads a wish', () => {
    const r = run(['Ferry riders want a later crossing on Sundays.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).toEqual(['Ferry riders']);
  });
});
