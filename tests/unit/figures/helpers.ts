import { findFigures } from '../../../src/core/figures/index';
import { splitSentences } from '../../../src/core/text/sentences';
import type { Figure } from '../../../src/core/types';

/** Figures in a text, read as the pipeline reads them (with sentences, no dates step). */
export function figuresIn(text: string, language = 'en'): Figure[] {
  return findFigures(text, { sentences: splitSentences(text), language });
}

/** The only figure in a text; fails the test when there is not exactly one. */
export function only(text: string, language = 'en'): Figure {
  const figures = figuresIn(text, language);
  if (figures.length !== 1) throw new Error(`expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(figures.map((f) => f.text))}`);
  return figures[0]!;
}

/** [low, high] of each figure, for compact assertions. */
export function values(text: string): [number, number][] {
  return figuresIn(text).map((f) => [f.low, f.high]);
}
