import { countsLine } from '../../core/figures/describe';
import type { CrossCheck, FactSheet, Figure, Quote } from '../../core/types';
import type { MarkItem } from '../highlights/items';

// What a card says about one item, as plain data (the card renders it; tests read it).

export interface CardModel {
  kind: MarkItem['kind'];
  id: string;
  /** The words as printed. */
  heading: string;
  /** Label/value lines: the normalised value, what it counts, when… */
  facts: { label: string; value: string }[];
  sentence: string | null;
  /** "Quoted from Jane Doe (said)" when the item stands in a quote or attributed statement. */
  attribution: string | null;
  checks: { note: string; verdict: CrossCheck['verdict'] }[];
  /** One line for screen readers. */
  summary: string;
}

const KIND_LABEL: Record<Figure['kind'], string> = {
  count: 'count', percent: 'percentage', 'percentage-points': 'percentage points', money: 'money', measure: 'measure',
  duration: 'duration', age: 'age', ratio: 'ratio', multiplier: 'multiplier', number: 'number',
};

export function cardModel(sheet: FactSheet, item: MarkItem): CardModel | null {
  if (item.kind === 'figure') {
    const figure = sheet.figures.find((f) => f.id === item.id);
    return figure ? figureCard(sheet, figure) : null;
  }
  if (item.kind === 'date') {
    const date = sheet.dates.find((d) => d.id === item.id);
    if (!date) return null;
    const facts = [{ label: 'Date', value: date.interval ? `${date.interval.start} – ${date.interval.end}` : date.value }];
    if (date.relative) facts.push({ label: 'Resolved', value: 'from the publication date' });
    return {
      kind: 'date', id: date.id, heading: date.text, facts, sentence: date.clause || null, attribution: null, checks: [],
      summary: `Date: ${date.text}, ${facts[0]!.value}.`,
    };
  }
  const quote = sheet.quotes.find((q) => q.id === item.id);
  if (!quote) return null;
  const attribution = attributionOf(quote);
  return {
    kind: 'quote', id: quote.id, heading: quote.cueKind === 'attitude' ? 'Position' : quote.direct ? 'Quote' : 'Attributed statement', facts: [],
    sentence: quote.text, attribution, checks: [], summary: `${attribution ?? 'Unattributed statement'}.`,
  };
}

function figureCard(sheet: FactSheet, figure: Figure): CardModel {
  const facts: { label: string; value: string }[] = [{ label: 'Value', value: formatValue(figure) }];
  const counts = countsLine(figure);
  if (counts) facts.push({ label: 'Counts', value: counts });
  facts.push({ label: 'Kind', value: KIND_LABEL[figure.kind] ?? figure.kind });
  if (figure.change) facts.push({ label: 'Change', value: `${figure.change.direction} (${figure.change.verb})` });
  const quote = innermostQuote(sheet.quotes, figure);
  const attribution = quote ? attributionOf(quote) : null;
  const checks = sheet.crossChecks.filter((c) => c.figureIds.includes(figure.id)).map((c) => ({ note: c.note, verdict: c.verdict }));
  const summary = [
    `Figure: ${figure.text}`, `value ${facts[0]!.value}`, counts ? `counts ${counts}` : '', attribution ?? '',
  ].filter(Boolean).join(', ');
  return {
    kind: 'figure', id: figure.id, heading: figure.text, facts, sentence: figure.sentence || null, attribution, checks,
    summary: `${summary}.`,
  };
}

/** The shortest quote or attributed statement whose span holds the item. */
export function innermostQuote(quotes: readonly Quote[], span: { start: number; end: number }): Quote | null {
  let best: Quote | null = null;
  for (const quote of quotes) {
    if (quote.start <= span.start && span.end <= quote.end && (!best || quote.end - quote.start < best.end - best.start)) {
      best = quote;
    }
  }
  return best;
}

export function attributionOf(quote: Quote): string | null {
  if (!quote.speaker) return null;
  // A position (a belief, intention or stance) is held, not said: "Position of X (criticized)".
  const how = quote.cueKind === 'attitude' ? 'Position of' : quote.direct ? 'Quoted from' : 'Attributed to';
  return `${how} ${quote.speaker}${quote.cue ? ` (${quote.cue})` : ''}`;
}

// Made on first use: an Intl formatter costs milliseconds to build, and most pages never show a card.
let plainNumbers: Intl.NumberFormat | null = null;
const plainNumber = (n: number): string => (plainNumbers ??= new Intl.NumberFormat('en', { maximumFractionDigits: 4 })).format(n);

/** The normalised value with its unit: "£48,000,000", "50%", "11,000–12,000 troops". */
export function formatValue(figure: Pick<Figure, 'value' | 'low' | 'high' | 'unit' | 'kind'>): string {
  const single = figure.value !== undefined || figure.low === figure.high;
  const unit = figure.unit;
  const format = (n: number): string => {
    if (unit && /^[A-Z]{3}$/.test(unit)) {
      try {
        return new Intl.NumberFormat('en', {
          style: 'currency', currency: unit, minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2,
        }).format(n);
      } catch {
        return `${plainNumber(n)} ${unit}`;
      }
    }
    return plainNumber(n);
  };
  const amount = single ? format(figure.value ?? figure.low) : `${format(figure.low)}–${format(figure.high)}`;
  if (!unit || /^[A-Z]{3}$/.test(unit)) return amount;
  if (unit === 'percent') return `${amount}%`;
  if (unit === 'percentage-points' || figure.kind === 'percentage-points') return `${amount} percentage points`;
  return `${amount} ${unit}`;
}
