import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/context';
import { emptyMeta } from '../../../src/core/meta';
import { createScan } from '../../../src/core/sources/scan';
import { afterOwner } from '../../../src/core/sources/refiners/owned-name';
import { findMentions } from '../../../src/core/sources/refiners/person-mentions';
import { joinBlocks } from '../../../src/core/text/plain-text';
import { run, said } from './run';

function mentionsOf(paragraph: string) {
  const { text, blocks } = joinBlocks([['paragraph', paragraph]]);
  const ctx = createContext({ text, blocks, meta: { ...emptyMeta(), language: 'en', authors: [] }, url: null, referenceDate: new Date('2026-03-04T12:00:00Z') });
  return findMentions(createScan(ctx));
}

describe('a body’s possessive before a person’s name (owned-name.ts)', () => {
  it('reads the person after the possessive, and "he" goes back to that person', () => {
    const r = run([
      'The Harbour Union’s Pelle Varga, an organiser in Lund, said the strike would go on.',
      '“The ferries will stop at dawn,” Kim Ostberg told reporters.',
      'Among the dockers, anger had been building for weeks, Varga said.',
      '“We will be back at the table,” he said.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Pelle Varga | We will be back at the table');
  });

  it('keeps the owner and its "The" out of the person’s name', () => {
    const [m] = mentionsOf('The HDU’s Kesh Varga has seen the strike grow.');
    expect(m).toMatchObject({ name: 'Kesh Varga', person: true, roleWords: 'hdu' });
  });

  it('keeps a body’s unit with its owner', () => {
    const [m] = mentionsOf('Vardby’s Harbour Police said the road was closed.');
    expect(m).toMatchObject({ name: 'Vardby’s Harbour Police', person: false });
  });

  it('finds the words after the last possessive that two words follow', () => {
    expect(afterOwner(['The', 'ACLU’s', 'Ada', 'Lund'], 0)).toBe(2);
    expect(afterOwner(['Harbour', 'Lines’', 'Ada', 'Lund'], 0)).toBe(2);
    // (One word after it is no full name: "Trump’s Twitter".)
    expect(afterOwner(['Lund’s', 'Harbour'], 0)).toBe(-1);
    expect(afterOwner(['Ada', 'Lund'], 0)).toBe(-1);
  });
});
