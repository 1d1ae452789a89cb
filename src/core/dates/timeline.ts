// The timeline for the panel: the article's dates in calendar order, each with what happened
// then, the publication date marked. A date told several times (headline, deck and body) is one
// entry; its `what` comes from the body, where the clause says most.

import type { AnalysisContext } from '../context';
import { indexOfSpanAt } from '../text/spans';
import type { BlockKind, DateMention, TextBlock, TimelineEntry } from '../types';

const FRAME_KINDS: ReadonlySet<BlockKind> = new Set(['headline', 'deck', 'byline', 'dateline']);
const MAX_WHAT = 140;

/** The article's dates in calendar order with what happened, the publication date marked. */
export function buildTimeline(ctx: AnalysisContext): TimelineEntry[] {
  const published = ctx.meta.published?.slice(0, 10) ?? null;
  const groups = new Map<string, DateMention[]>();
  for (const mention of ctx.dates) {
    if (mention.vague) continue;
    const group = groups.get(mention.value);
    if (group) group.push(mention);
    else groups.set(mention.value, [mention]);
  }
  const entries: TimelineEntry[] = [];
  let publicationMarked = false;
  for (const [value, mentions] of groups) {
    const best = mentions.find((m) => !FRAME_KINDS.has(blockKindAt(ctx.blocks, m.start) ?? 'paragraph')) ?? mentions[0]!;
    const isPublication = value === published && mentions.some((m) => !m.relative);
    publicationMarked ||= isPublication;
    const entry: TimelineEntry = {
      dateId: best.id,
      value,
      text: best.text,
      what: isPublication && best.clause.trim() === best.text.trim() ? 'The article is published' : shorten(best.clause),
      isPublication,
      dateIds: mentions.map((m) => m.id),
    };
    if (best.interval) entry.interval = best.interval;
    entries.push(entry);
  }
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published) && !publicationMarked) {
    entries.push({ dateId: null, value: published, text: published, what: 'The article is published', isPublication: true });
  }
  return entries.sort((a, b) => compareValues(a, b));
}

/** Calendar order by where each date starts; a coarser date goes before the finer ones inside it. */
function compareValues(a: TimelineEntry, b: TimelineEntry): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.isPublication === b.isPublication ? 0 : a.isPublication ? 1 : -1;
}

function sortKey(entry: TimelineEntry): string {
  const start = entry.interval?.start ?? entry.value;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(start);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}`;
  return start;
}

function blockKindAt(blocks: readonly TextBlock[], offset: number): BlockKind | null {
  return blocks[indexOfSpanAt(blocks, offset)]?.kind ?? null;
}

function shorten(clause: string): string {
  if (clause.length <= MAX_WHAT) return clause;
  const cut = clause.lastIndexOf(' ', MAX_WHAT - 1);
  return `${clause.slice(0, cut > MAX_WHAT / 2 ? cut : MAX_WHAT - 1)}\u2026`;
}
