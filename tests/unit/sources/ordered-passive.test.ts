import { describe, expect, it } from 'vitest';
import { isOrderedPassive } from '../../../src/core/sources/ordered-passive';
import { run, said } from './run';

// A verb of ordering with no object before its infinitive is a passive: its subject was told.
describe('an order told to its subject', () => {
  it('reads a participle of ordering before an infinitive as a passive', () => {
    expect(isOrderedPassive('urged', ' to stay away from the river')).toBe(true);
    expect(isOrderedPassive('told', ' to leave the harbour by noon')).toBe(true);
    expect(isOrderedPassive('ordered', ' not to return')).toBe(true);
  });

  it('keeps the active, with its object, and verbs whose infinitive is their own act', () => {
    expect(isOrderedPassive('urged', ' ferry crews to stay in port')).toBe(false);
    expect(isOrderedPassive('told', ' to the committee that the pier was safe')).toBe(false);
    expect(isOrderedPassive('asked', ' to speak to the manager')).toBe(false);
    expect(isOrderedPassive('said', ' to be empty')).toBe(false);
    expect(isOrderedPassive(null, ' to stay')).toBe(false);
  });

  it('lists no source for a headline that orders its subject', () => {
    const r = run([
      ['headline', 'Gales batter the coast, ferry passengers urged to stay home'],
      'The harbour master said the ferries would stay in port until Friday.',
    ]);
    expect(r.sources.map((s) => s.name)).toEqual(['harbour master']);
    expect(said(r)).toEqual(['harbour master | the ferries would stay in port until Friday']);
  });
});
