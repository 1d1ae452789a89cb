// The intermediate results of the figures step, before they become `Figure`s.

import type { FigureKind, Qualifier } from '../types';
import type { Token } from './lexer';

export type AtomForm = 'digits' | 'words' | 'fraction' | 'ratio' | 'multiplier' | 'vague';

/** A number as printed, without its unit: "11,000", "twenty-five", "one-third", "1.5 million". */
export interface Atom {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  value: number;
  form: AtomForm;
  /** A whole number written without separators or magnitude ("2024", "737"): could be a year or a name. */
  bare: boolean;
  /** The multiplier a magnitude word applied ("million" = 1e6), 1 when none. */
  magnitude: number;
  /** A share of a whole (fractions, "one in five"): a percentage, scored as 0–100. */
  share?: boolean;
  /** A vague magnitude ("dozens of", "tens of millions of"): the span its words allow. */
  vague?: { low: number; high: number };
  /** The printed form of the change it makes ("doubled"), for multipliers. */
  changeVerb?: string;
  extractor: string;
}

/** A figure under construction: atoms with a unit, qualifiers and what they count. */
export interface Quantity {
  /** Token indices, inclusive, from the qualifier to the unit or counted noun. */
  first: number;
  last: number;
  /** The numeric core (for ranges, both ends): what the identifier and date refiners inspect. */
  atoms: Atom[];
  low: number;
  high: number;
  range: boolean;
  kind: FigureKind;
  unit: string | null;
  counts: string | null;
  qualifier?: Qualifier;
  change?: { direction: 'up' | 'down'; verb: string };
  vague?: boolean;
  extractor: string;
  confidence: number;
}

/**
 * A bound on the work: no real article prints this many numbers. Past it, the page is a data
 * dump or hostile, and the parsers stop (the pipeline notes it in the sheet's warnings).
 */
export const MAX_ATOMS = 2000;

/** What every parser and refiner reads. */
export interface FigureScan {
  text: string;
  tokens: Token[];
  decimalComma: boolean;
}
