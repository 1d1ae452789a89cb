import { describe, expect, it } from 'vitest';
import { isNarratorGroup } from '../../../src/core/sources/narrator-group';
import { run } from './run';

// "We Brits love …" in the article's own words is the writer's voice: the group after "we" holds no
// position as a source. Inside a quotation it is the quoted speaker's. Our own sentences.
const ATTITUDES = { attitudes: true };

describe('the writer’s own group is no holder (narrator-group.ts)', () => {
  it('reads "we" and a noun', () => {
    expect(isNarratorGroup('We Islanders')).toBe(true);
    expect(isNarratorGroup('we ferry riders')).toBe(true);
    expect(isNarratorGroup('Islanders')).toBe(false);
    expect(isNarratorGroup('Wes Roe')).toBe(false);
  });

  it('finds no holder in the narration, and keeps the quoted speaker', () => {
    expect(run(['We Islanders love a long ferry ride on a summer evening.'], [], ATTITUDES).sources.map((s) => s.name)).toEqual([]);
    const quoted = run(['“We Islanders love a long ferry ride,” Ann Roe said.'], [], ATTITUDES);
    expect(quoted.sources.map((s) => s.name)).toEqual(['Ann Roe']);
  });

  it('still reads a group in the narration', () => {
    expect(run(['Islanders want a later ferry on Sundays.'], [], ATTITUDES).sources.map((s) => s.name)).toEqual(['Islanders']);
  });
});
