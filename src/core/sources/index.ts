import type { AnalysisContext } from '../context';
import type { Quote, Source } from '../types';

/** The article's sources and what each said, direct and indirect. */
export function extractSources(_ctx: AnalysisContext): { sources: Source[]; quotes: Quote[] } {
  return { sources: [], quotes: [] };
}
