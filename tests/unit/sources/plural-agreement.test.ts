import { describe, expect, it } from 'vitest';
import { fitsPlural } from '../../../src/core/sources/refiners/plural-agreement';
import type { Entity } from '../../../src/core/sources/model';
import { run, said } from './run';

describe('"they" is never one person', () => {
  it('gives "they" no speaker when the only guess is the person named last', () => {
    const r = run([
      'Mayor Ada Lund opened the new ferry pier in Vardby on Monday.',
      'The opening worried many harbour pilots because they believe the channel is too shallow for the larger boats.',
    ], [], { attitudes: true });
    expect(said(r).some((s) => s.startsWith('Ada Lund |') && s.includes('channel'))).toBe(false);
  });

  it('still gives "they" to two people named together', () => {
    const r = run([
      'Ada Lund and Tom Varga met the harbour pilots on Monday.',
      'They said the channel is too shallow for the larger boats.',
    ], [], { attitudes: true });
    expect(said(r).some((s) => /Ada Lund and Tom Varga \|.*channel/.test(s))).toBe(true);
  });

  it('still gives "he" to the person named last', () => {
    const r = run([
      'Mayor Tom Varga opened the new ferry pier in Vardby on Monday.',
      'The opening was late because he believes the channel is too shallow for the larger boats.',
    ], [], { attitudes: true });
    expect(said(r).some((s) => s.startsWith('Tom Varga |') && s.includes('channel'))).toBe(true);
  });

  it('reads a one-word plural name as a group, and a surname beside a full name as one person', () => {
    const person = (names: string[]): Entity => ({ kind: 'person', names, descriptors: [], heads: [], role: null, affiliation: null, firstBlock: 0 });
    const plural = (h: string) => /s$/.test(h);
    expect(fitsPlural(person(['Norwegians']), plural)).toBe(true);
    expect(fitsPlural(person(['Ada Lund and Tom Varga']), plural)).toBe(true);
    expect(fitsPlural(person(['Tom Evans', 'Evans']), plural)).toBe(false);
    expect(fitsPlural(person(['Ada Lund']), plural)).toBe(false);
  });

  it('gives "they" to the pair that holds the person named last, further back', () => {
    const r = run([
      'Ada Lund and Eva Berg said the ferry company never paid them for the hours at the pier.',
      '"We were always on call," Berg said.',
      '"How many hours?" the reporter asked.',
      '"Every weekend, all summer," Lund said.',
      'They said the company owed them for six months of work.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Ada Lund and Eva Berg | the company owed them for six months of work');
  });
});
