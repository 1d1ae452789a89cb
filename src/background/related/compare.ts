import { analyzeText } from '../../core/index';
import type { DateMention, FactSheet, Figure } from '../../core/types';
import type { RelatedItem } from '../../shared/messages';

// Figures and dates in another outlet's headline and snippet, set against this article's:
// the core reads their words as it reads the article, and values of the same unit are compared
// ("30 percent" against "50 percent" of a casualty rate).

export type Comparison = RelatedItem['comparisons'][number];

const MAX_PER_ITEM = 3;
const DAY = 86_400_000;
/** Their date and ours are "the same event, told differently" only when this close. */
const DATE_NEAR_DAYS = 14;

export function compareWithArticle(text: string, published: string | null, sheet: FactSheet, outlet: string): Comparison[] {
  if (!text.trim() || (!sheet.figures.length && !sheet.dates.length)) return [];
  const reference = referenceDate(published ?? sheet.meta.published);
  let theirs: FactSheet;
  try {
    theirs = analyzeText(text.slice(0, 2_000), { referenceDate: reference, language: 'en' });
  } catch {
    return [];
  }
  const comparisons: Comparison[] = [];
  for (const figure of theirs.figures) {
    const ours = matchingFigure(figure, sheet.figures);
    if (!ours) continue;
    const same = overlaps(figure, ours);
    // A headline and its snippet often give the same figure twice: say it once.
    if (comparisons.some((c) => c.kind === 'figure' && c.ours === ours.text && c.theirs.toLowerCase() === figure.text.toLowerCase())) continue;
    if (same && comparisons.some((c) => c.kind === 'figure' && c.ours === ours.text)) continue;
    comparisons.push({
      kind: 'figure', theirs: figure.text, ours: ours.text,
      note: same ? `Same figure as this article (${ours.text}).` : `${outlet || 'They'}: ${figure.text}; this article: ${ours.text}.`,
    });
    if (comparisons.length >= MAX_PER_ITEM) return comparisons;
  }
  for (const date of theirs.dates) {
    if (date.precision !== 'day' || date.vague) continue;
    const ours = nearestDate(date, sheet.dates);
    if (!ours) continue;
    const same = ours.value === date.value;
    comparisons.push({
      kind: 'date', theirs: `${date.text} (${date.value})`, ours: `${ours.text} (${ours.value})`,
      note: same ? `Same date as this article (${ours.value}).` : `${outlet || 'They'}: ${date.value}; this article: ${ours.value}.`,
    });
    if (comparisons.length >= MAX_PER_ITEM) break;
  }
  return comparisons;
}

/** Our figure of the same kind and unit, preferring one that counts the same thing, then the nearest value. */
function matchingFigure(theirs: Figure, ours: Figure[]): Figure | null {
  if (!theirs.unit) return null;
  const sameUnit = ours.filter((f) => f.kind === theirs.kind && f.unit === theirs.unit);
  if (!sameUnit.length) return null;
  const counted = theirs.counts ? sameUnit.filter((f) => f.counts && sharesWord(f.counts, theirs.counts!)) : [];
  const pool = counted.length ? counted : sameUnit;
  const middle = (f: Figure): number => (f.low + f.high) / 2;
  return pool.reduce((best, f) => (Math.abs(middle(f) - middle(theirs)) < Math.abs(middle(best) - middle(theirs)) ? f : best));
}

function overlaps(a: Figure, b: Figure): boolean {
  return a.low <= b.high && b.low <= a.high;
}

function nearestDate(theirs: DateMention, ours: DateMention[]): DateMention | null {
  const time = Date.parse(`${theirs.value}T00:00:00Z`);
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const date of ours) {
    if (date.precision !== 'day') continue;
    const distance = Math.abs(Date.parse(`${date.value}T00:00:00Z`) - time);
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best && bestDistance <= DATE_NEAR_DAYS * DAY ? best : null;
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/\W+/).filter((w) => w.length > 2));
  return b.toLowerCase().split(/\W+/).some((w) => words.has(w));
}

/** 12:00 UTC of the publication day, as the core expects; today when unknown. */
function referenceDate(iso: string | null): Date {
  const day = iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : new Date().toISOString().slice(0, 10);
  return new Date(`${day}T12:00:00Z`);
}
