import type { AnalysisContext } from '../context';
import type { TimelineEntry } from '../types';

/** The article's dates in calendar order with what happened, the publication date marked. */
export function buildTimeline(_ctx: AnalysisContext): TimelineEntry[] {
  return [];
}
