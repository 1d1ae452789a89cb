import { describe, expect, it } from 'vitest';
import { isCircumstanceStatement } from '../../../src/core/sources/circumstance-content';
import { run } from './run';

// A statement whose content is only where or when it was made ("Five pier rules announced in the
// Queen's Speech", a headline's passive) says nothing of anyone's, as a position of that shape is an
// act (circumstance-content.ts). Our own sentences.
describe('a statement that is only a circumstance', () => {
  it('finds no source in a headline whose verb has only a place phrase after it', () => {
    const r = run([['headline', 'Five pier rules announced in first Queen’s Speech of new council'], 'The harbour board met on Monday.']);
    expect(r.sources.map((s) => s.name)).toEqual([]);
  });

  it('reads one short phrase and no clause', () => {
    expect(isCircumstanceStatement('says', 'amid new border incursions')).toBe(true);
    // (A clause after the phrase, with no "that": a comma, a verb or a long content keeps it.)
    expect(isCircumstanceStatement('said', 'in an email the cost of the pier came to about 58,000 pounds')).toBe(false);
    expect(isCircumstanceStatement('said', 'after the vote, the mayor plans a recount')).toBe(false);
    expect(isCircumstanceStatement('said', 'Around 19 ferries failed to sail')).toBe(false);
  });

  it('keeps a statement with its clause after the place phrase', () => {
    const r = run(['The council announced in a statement on Monday that the pier would close.']);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['council | the pier would close']);
  });
});
