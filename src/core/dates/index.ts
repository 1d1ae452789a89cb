import type { AnalysisContext } from '../context';
import type { DateMention } from '../types';

/** Every date in the analysed text, resolved against the reference date, in text order. */
export function extractDates(_ctx: AnalysisContext): DateMention[] {
  return [];
}
