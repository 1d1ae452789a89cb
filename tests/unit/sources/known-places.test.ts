import { describe, expect, it } from 'vitest';
import { knownPlaceName } from '../../../src/core/sources/refiners/known-places';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).sources.map((s) => `${s.name}: ${s.kind}`);

describe('a known place read as a speaker', () => {
  it('is no person when the article gives no person evidence', () => {
    expect(kinds(['Nevada supports the new water compact.'])).toContain('Nevada: organization');
    expect(kinds(['North Korea warned that the drills would be answered.'])).toContain('North Korea: organization');
  });

  it('leaves "he" to the person, not the state', () => {
    const sheet = run(['Ohio wants a recount, the lawyer Per Olsen said on Monday.', 'He said the count was flawed.'], [], { attitudes: true });
    expect(sheet.sources.find((s) => s.name === 'Ohio')?.kind).not.toBe('person');
  });

  it('stays a person when the article names the person in full or calls the name "who"', () => {
    expect(kinds(['Hilda Paris said the vote was rigged.', 'Paris said she would appeal.'])).toContain('Hilda Paris: person');
    expect(knownPlaceName('Denver, who coached the team for a decade, said he was leaving.', 'Denver')).toBe(false);
    expect(knownPlaceName('Denver, 61, said he was leaving.', 'Denver')).toBe(false);
  });

  it('keeps a place after "of" as a place: the "who" is the person before it', () => {
    expect(knownPlaceName('the senator of Nevada, who retired last year, said Nevada wants water.', 'Nevada')).toBe(true);
  });

  it('does not take names outside the list, or a place that is a given name', () => {
    expect(knownPlaceName('Olsen said so.', 'Olsen')).toBe(false);
    expect(knownPlaceName('Virginia said so.', 'Virginia')).toBe(false);
  });

  it('reads two known places joined by "and" as places, and two names as persons', () => {
    expect(kinds(['Utah and Arkansas passed similar bans this spring.', 'Utah and Arkansas said the bans would stand.'])).not.toContain('Utah and Arkansas: person');
    expect(kinds(['Olsen and Brekke said the bans would stand.'])).not.toContain('Olsen and Brekke: organization');
  });
});
