import { describe, expect, it } from 'vitest';
import { isVaguePhrase } from '../../../src/core/sources/refiners/vague-holder';
import { run } from './run';

// A bare "people" names no one in particular, as "many" does.
describe('a bare "people" as holder', () => {
  it('reads "people" alone, and with a place, as vague', () => {
    expect(isVaguePhrase('people')).toBe(true);
    expect(isVaguePhrase('People in the harbour town')).toBe(true);
    expect(isVaguePhrase('far fewer people')).toBe(true);
    expect(isVaguePhrase('people smugglers')).toBe(false);
    expect(isVaguePhrase('Harbour People')).toBe(false);
  });

  it('keeps the quote and lists no source', () => {
    const r = run(['What far fewer people know is that the lighthouse was empty for a decade. People felt the story was odd.'], [], { attitudes: true });
    expect(r.sources).toEqual([]);
  });
});
