import { describe, expect, it } from 'vitest';
import { inCitationLine } from '../../../src/core/sources/refiners/citation-line';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };
const on = (text: string, word: string) => inCitationLine(text, text.indexOf(word));

describe('a reference list entry', () => {
  it('reads a numbered entry with bare initials and a cited year as a citation', () => {
    const text = 'References\n12. Varga AB, Lund C, Orr T, et al. Harbour silt rises in a two-year field study. J Coast Res. 2019;35(2):101–9.\n';
    expect(on(text, 'in a two-year')).toBe(true);
  });

  it('reads an author-date entry with "In:" as a citation', () => {
    const text = 'Varga, A. B., & Lund, C. (2021). Wake damage on soft banks. In: Proceedings of the Harbour Works Meeting, 44–51.';
    expect(on(text, 'In: Proceedings')).toBe(true);
  });

  it('leaves a news paragraph alone, even one naming a study and its year', () => {
    const text = 'Ada Lund said in 2019 that the silt was rising. Varga, a harbour engineer, said in a study that the banks were failing.';
    expect(on(text, 'said in a study')).toBe(false);
    expect(on(text, 'said in 2019')).toBe(false);
  });

  it('gives the fact sheet no source from an entry, and keeps the statement above the list', () => {
    const r = run([
      'Tom Varga said the harbour silt was rising faster than expected.',
      'Orr KT et al. Trial of the selective ZX4 blocker QT2586 for the control of silt in a randomized placebo-controlled phase IIb study. Harb Eng Rev. 2018;12(4):33–40.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual(['Tom Varga | the harbour silt was rising faster than expected']);
  });
});
