import type { CrossCheck, Figure, Qualifier } from '../../core/types';
import { isPlural, readsAsNoun } from '../../core/figures/refiners/noun-phrase';

// Figures grouped by what they count or measure ("Troops", "Length", "Money (GBP)",
// "Percentages"), so that the numbers a reader wants to compare stand together. A group is never
// named by a bare unit symbol, a verb or an adjective. The same words told twice are one row with
// two mentions. Vague magnitudes ("dozens of") stay in the sheet for the scorers and the hover
// card, but the panel lists only figures a reader can check.

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
// Measures without a dimension, named in words.
const MEASURE_WORDS: Record<string, string> = { points: 'Points', 'basis points': 'Basis points', '°': 'Angles and degrees', dB: 'Loudness', cal: 'Calories', V: 'Voltage', MP: 'Image resolution', bit: 'Data' };

/** The figures the panel lists: all but the vague magnitudes. */
export function listedFigures(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => !f.vague);
}

export function groupFigures(figures: readonly Figure[], checks: readonly CrossCheck[] = []): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  const groupOfFigure = new Map<string, FigureGroup>();
  for (const figure of listedFigures(figures)) {
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

export function groupKey(figure: Figure): { key: string; label: string } {
  switch (figure.kind) {
    case 'money':
    case 'measure': {
      const dimension = figure.normalized?.dimension ?? (figure.kind === 'money' && figure.unit ? `Money (${figure.unit})` : undefined);
      if (dimension) return { key: `dim:${dimension}`, label: dimension };
      const words = figure.unit ? MEASURE_WORDS[figure.unit] : undefined;
      if (words) return { key: `dim:${words}`, label: words };
      return { key: `kind:${figure.kind}`, label: KIND_LABELS[figure.kind] };
    }
    case 'count': {
      const noun = countedNoun(figure);
      if (noun) return { key: `counts:${noun}`, label: capitalise(noun) };
      return { key: 'kind:count', label: KIND_LABELS.count };
    }
    case 'number':
      return { key: 'kind:count', label: KIND_LABELS.count };
    default:
      return { key: `kind:${figure.kind}`, label: KIND_LABELS[figure.kind] };
  }
}

/** The noun a count counts, in the plural ("party" → "parties"), or null when it is no noun. */
export function countedNoun(figure: Figure): string | null {
  const unit = figure.unit?.trim().toLowerCase();
  if (!unit || !/^\p{L}[\p{L}'’ -]*$/u.test(unit) || !readsAsNoun(unit)) return null;
  return isPlural(unit) ? unit : plural(unit);
}

function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** What a figure is about, in a few words: its counted noun or its phrase ("casualty rate"). */
export function figureSubject(figure: Figure): string | null {
  const counts = figure.counts?.trim();
  if (!counts || figure.text.toLowerCase().endsWith(counts.toLowerCase())) return null;
  // "38%, lower than …": an adjective or a verb read as the noun says nothing.
  const last = counts.split(/\s+/).pop()!;
  if (!readsAsNoun(last)) return null;
  return counts;
}

const CUT = 60;

/**
 * A short cut of the figure's clause with the figure marked: the words around it, up to a clause
 * boundary (a comma, semicolon, colon or dash) or about 60 characters on each side.
 */
export function clauseAround(figure: Figure): { before: string; figure: string; after: string } | null {
  const sentence = figure.sentence;
  const at = sentence.indexOf(figure.text);
  if (!sentence || at < 0) return null;
  let before = sentence.slice(Math.max(0, at - CUT), at);
  let after = sentence.slice(at + figure.text.length, at + figure.text.length + CUT);
  const leftBreak = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '), before.lastIndexOf(' — '));
  const cutLeft = leftBreak >= 0 && before.length - leftBreak > 3;
  if (cutLeft) before = before.slice(leftBreak + 2);
  else if (at > CUT) before = `…${before.replace(/^\S*\s/, '')}`;
  const rightBreak = after.search(/[,;:]\s| — /);
  if (rightBreak >= 0) after = after.slice(0, rightBreak);
  else if (at + figure.text.length + CUT < sentence.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before: before.trimStart(), figure: figure.text, after: after.trimEnd() };
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
