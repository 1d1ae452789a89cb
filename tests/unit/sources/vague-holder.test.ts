import { describe, expect, it } from 'vitest';
import { isVaguePhrase } from '../../../src/core/sources/refiners/vague-holder';
import { run, said } from './run';

const names = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).sources.map((s) => s.name);

// A subject that only counts people, or a share of them, names no one a reader could list as a
// source; what it holds or said is still reported, with the count as its holder.
describe('a vague count as the holder', () => {
  it('reads bare quantifiers, indefinite pronouns, shares and denied groups as vague', () => {
    for (const phrase of ['many', 'Some', 'the others', 'Everyone', 'no one', 'most of us', 'far fewer people',
      'many in Vardby', 'some on her staff', 'Roughly half', '36% of new ferry riders', 'about 3 in 10 islanders', 'the bottom 90 percent', 'None of the dockers involved']) {
      expect(isVaguePhrase(phrase), phrase).toBe(true);
    }
  });

  it('keeps a counted group with a noun of its own, and names', () => {
    for (const phrase of ['some economists', 'two loggers', 'most Republicans', 'half a dozen protesters', 'some 500 residents',
      'one of the pilots', 'Mostly Harmless', 'Allstate', 'Others who have sailed with him']) {
      expect(isVaguePhrase(phrase), phrase).toBe(false);
    }
  });

  it('lists no source for the count, and keeps its position and its statement', () => {
    const paragraphs = [
      'Many believe the new breakwater will fail within a decade.',
      'Others said the harbour board had ignored the fishermen.',
      'Harbour master Ingrid Solberg said the breakwater would hold.',
    ];
    expect(names(paragraphs)).toEqual(['Ingrid Solberg']);
    const r = run(paragraphs, [], { attitudes: true });
    expect(said(r)).toContain('Many | the new breakwater will fail within a decade');
    expect(said(r)).toContain('Others | the harbour board had ignored the fishermen');
    expect(r.quotes.find((q) => q.speaker === 'Many')?.sourceId).toBeNull();
  });

  it('lists an anonymous group with a noun', () => {
    expect(names(['Some fishermen said the harbour board had ignored them.']).some((n) => /fishermen/.test(n))).toBe(true);
  });
});
