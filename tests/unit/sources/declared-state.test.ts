import { describe, expect, it } from 'vitest';
import { isDeclaredState } from '../../../src/core/sources/declared-state';
import { run } from './run';

// Declaring a state puts it in force: an act, not a statement.
describe('a state declared', () => {
  it('reads states put in force', () => {
    expect(isDeclaredState('declared', ' a state of emergency over the floods')).toBe(true);
    expect(isDeclaredState('declares', ' martial law in the north')).toBe(true);
    expect(isDeclaredState('declared', ' bankruptcy last year')).toBe(true);
    expect(isDeclaredState('declared', ' a three-day curfew')).toBe(true);
  });

  it('leaves words declared', () => {
    expect(isDeclaredState('declared', ' that the pier was safe')).toBe(false);
    expect(isDeclaredState('declared', ' victory on Sunday')).toBe(false);
    expect(isDeclaredState('declared', ' his candidacy')).toBe(false);
    expect(isDeclaredState('said', ' a state of emergency was needed')).toBe(false);
  });

  it('lists no source for the act, and keeps the outlet that reported it', () => {
    const r = run(['Last week the province declared a state of emergency over the fires, reported the Vardby Courier.']);
    const names = r.sources.map((s) => s.name);
    expect(names).not.toContain('province');
    expect(names).toContain('Vardby Courier');
  });
});
