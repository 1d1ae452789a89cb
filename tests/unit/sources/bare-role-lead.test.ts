import { describe, expect, it } from 'vitest';
import { run } from './run';
import { isBareRoleLead } from '../../../src/core/sources/bare-role-lead';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('a role with no article before a name between commas', () => {
  it('describes the named person, who speaks ("Former ward clerk, Tumelo Rasebe, said …")', () => {
    const r = run([
      'Water runs short in the valley again',
      'Former ward clerk, Tumelo Rasebe, said the pumps had been broken since March.',
    ]);
    expect(speakerOf(r, 'pumps had been broken')).toBe('Tumelo Rasebe');
  });

  it('reads a one-word role and a hyphenated one', () => {
    expect(isBareRoleLead('Spokesperson')).toBe(true);
    expect(isBareRoleLead('Former co-founder')).toBe(true);
    expect(isBareRoleLead('Police spokesman')).toBe(true);
  });

  it('leaves adjuncts, plurals and phrases with an article or a preposition', () => {
    expect(isBareRoleLead('Speaking to reporters')).toBe(false);
    expect(isBareRoleLead('Like other teachers')).toBe(false);
    expect(isBareRoleLead('Local residents')).toBe(false);
    expect(isBareRoleLead('Separately')).toBe(false);
    expect(isBareRoleLead('Head of the council')).toBe(false);
    expect(isBareRoleLead('Yesterday afternoon')).toBe(false);
  });
});
