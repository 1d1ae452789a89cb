import type { AnalysisContext } from '../context';
import type { Figure } from '../types';

/** Every figure in the analysed text, in text order. */
export function extractFigures(_ctx: AnalysisContext): Figure[] {
  return [];
}
