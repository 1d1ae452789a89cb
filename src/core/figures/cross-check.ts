import type { AnalysisContext } from '../context';
import type { CrossCheck } from '../types';

/** Relations between the article's figures that the text makes explicit. */
export function crossCheckFigures(_ctx: AnalysisContext): CrossCheck[] {
  return [];
}
