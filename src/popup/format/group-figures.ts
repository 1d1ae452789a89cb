import type { CrossCheck, Figure, Qualifier } from '../../core/types';

// Figures grouped by what they count ("troops", "casualty rate"), so that the numbers a reader
// wants to compare stand together. The same words told twice are one row with two mentions.

export interface FigureRow {
  /** The first mention's id, and every mention's, in text order. */
  ids: string[];
  figure: Figure;
}

export interface FigureGroup {
  key: string;
  label: string;
  rows: FigureRow[];
  /** Cross-checks whose first figure is in this group. */
  checks: CrossCheck[];
}

const KIND_LABELS: Record<Figure['kind'], string> = {
  count: 'Counts', percent: 'Percentages', 'percentage-points': 'Percentage points', money: 'Amounts of money',
  measure: 'Measures', duration: 'Durations', age: 'Ages', ratio: 'Ratios', multiplier: 'Multiples', number: 'Other numbers',
};

export function groupFigures(figures: readonly Figure[], checks: readonly CrossCheck[] = []): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  const groupOfFigure = new Map<string, FigureGroup>();
  for (const figure of figures) {
    const { key, label } = groupKey(figure);
    let group = groups.get(key);
    if (!group) {
      group = { key, label, rows: [], checks: [] };
      groups.set(key, group);
    }
    const text = normalise(figure.text);
    const same = group.rows.find((row) => normalise(row.figure.text) === text);
    if (same) same.ids.push(figure.id);
    else group.rows.push({ ids: [figure.id], figure });
    groupOfFigure.set(figure.id, group);
  }
  for (const check of checks) {
    const group = check.figureIds.map((id) => groupOfFigure.get(id)).find((g) => g !== undefined);
    group?.checks.push(check);
  }
  return [...groups.values()];
}

function groupKey(figure: Figure): { key: string; label: string } {
  const counts = figure.counts?.trim();
  if (counts) return { key: `counts:${counts.toLowerCase()}`, label: capitalise(counts) };
  const unit = figure.unit?.trim();
  if (unit && unit !== 'percent') return { key: `unit:${unit.toLowerCase()}`, label: capitalise(unit) };
  return { key: `kind:${figure.kind}`, label: KIND_LABELS[figure.kind] };
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const QUALIFIER_LABELS: Record<Qualifier, string> = {
  about: 'approximate', 'at-least': 'at least', 'at-most': 'at most', 'more-than': 'more than',
  'less-than': 'less than', 'up-to': 'up to', nearly: 'nearly', exactly: 'exactly',
};

/** Short tags that qualify a figure: "approximate", "range", "up (rose)". */
export function figureTags(figure: Figure): string[] {
  const tags: string[] = [];
  if (figure.qualifier) tags.push(QUALIFIER_LABELS[figure.qualifier]);
  if (figure.value === undefined && figure.low !== figure.high) tags.push('range');
  if (figure.change) tags.push(`${figure.change.direction === 'up' ? '▲' : '▼'} ${figure.change.verb}`);
  return tags;
}
