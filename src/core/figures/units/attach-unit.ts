// Turns an atom into a quantity by reading its unit: money, percent, measure, duration or age,
// "N times" and "N-fold" multipliers, or a hyphenated count noun ("a 12-member panel").
// Atoms with no unit become counts or bare numbers; the counted noun comes later.

import type { Atom, FigureScan, Quantity } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';
import { currencyAfter, currencyBefore } from './currency';
import { durationAfter, isBareAge } from './duration';
import { measureAfter } from './measure';
import { percentAfter } from './percent';
import { isAdjectiveLike } from '../refiners/noun-phrase';

const COMPARATIVE_AFTER_TIMES = new Set(['as', 'more', 'less', 'higher', 'lower', 'larger', 'bigger', 'greater', 'faster', 'slower', 'the', 'that', 'what', 'over', 'smaller', 'longer', 'worse', 'better', 'cheaper', 'likelier', 'likely', 'stronger', 'deadlier', 'heavier']);

function base(atom: Atom): Quantity {
  return {
    first: atom.first, last: atom.last, atoms: [atom], low: atom.value, high: atom.value, range: false,
    kind: 'number', unit: null, counts: null, extractor: atom.extractor, confidence: 0.8,
  };
}

export function attachUnit(scan: FigureScan, atom: Atom): Quantity {
  const q = readUnit(scan, atom);
  // "millions of dollars": the unit read, the span the words allow.
  if (atom.vague) {
    q.low = atom.vague.low * (q.low / atom.value);
    q.high = atom.vague.high * (q.high / atom.value);
    q.range = true;
    q.vague = true;
    q.confidence = 0.6;
  }
  return q;
}

function readUnit(scan: FigureScan, atom: Atom): Quantity {
  const { tokens } = scan;
  const q = base(atom);
  if (atom.form === 'multiplier') {
    q.kind = 'multiplier';
    q.unit = 'times';
    q.confidence = 0.7;
    if (atom.changeVerb) q.change = { direction: atom.value >= 1 ? 'up' : 'down', verb: atom.changeVerb };
    return q;
  }
  // "1/4 mile", "½ teaspoon": a printed fraction with a unit is an amount of that unit.
  if (atom.share && atom.extractor === 'figures/fraction') {
    const measure = measureAfter(tokens, atom.last, false);
    const duration = measure ? null : durationAfter(tokens, atom.last);
    if (measure || duration) {
      q.low = q.high = atom.value / 100;
      q.last = (measure ?? duration)!.index;
      q.kind = measure ? 'measure' : 'duration';
      q.unit = measure ? measure.unit : duration!.unit;
      q.extractor = measure ? 'figures/measure' : 'figures/duration';
      return q;
    }
  }
  if (atom.share) {
    // "one-third", "one in five", "3/4 of": shares are percentages.
    q.kind = atom.form === 'ratio' ? 'ratio' : 'percent';
    q.unit = 'percent';
    const after = percentAfter(tokens, atom.last);
    if (after && after.kind === 'percent') q.last = after.index; // "one in five percent" never; harmless
    return q;
  }
  if (atom.form === 'ratio') {
    q.kind = 'ratio';
    q.unit = 'ratio';
    return q;
  }
  const before = currencyBefore(tokens, atom.first);
  if (before) {
    q.first = before.index;
    q.kind = 'money';
    q.unit = before.code;
    q.extractor = 'figures/money';
    q.confidence = 0.95;
    // "$5 million dollars" (sic) or "US$5 USD": swallow a repeated currency.
    const repeat = currencyAfter(tokens, atom.last, atom.magnitude > 1);
    if (repeat && repeat.code === before.code) q.last = repeat.index;
    return q;
  }
  const after = currencyAfter(tokens, atom.last, atom.magnitude > 1);
  if (after) {
    q.low = q.high = atom.value * after.factor;
    return withUnit(q, { last: after.index, kind: 'money', unit: after.code, extractor: 'figures/money', confidence: 0.9 });
  }
  const percent = percentAfter(tokens, atom.last);
  if (percent) {
    return withUnit(q, { last: percent.index, kind: percent.kind, unit: percent.unit, extractor: 'figures/percent', confidence: 0.95 });
  }
  const duration = durationAfter(tokens, atom.last);
  if (duration) {
    const extractor = duration.kind === 'age' ? 'figures/age' : 'figures/duration';
    return withUnit(q, { last: duration.index, kind: duration.kind, unit: duration.unit, extractor, confidence: 0.9 });
  }
  const measure = measureAfter(tokens, atom.last, atom.form === 'digits');
  if (measure) {
    return withUnit(q, { last: measure.index, kind: 'measure', unit: measure.unit, extractor: 'figures/measure', confidence: 0.9 });
  }
  // "50 previous years", "five consecutive days", "three straight months": a duration past adjectives.
  const skipped = adjectivesAfter(tokens, atom.last);
  if (skipped > atom.last) {
    const later = durationAfter(tokens, skipped);
    // "2.1 last year" is a date: past adjectives, a duration is a plural one ("50 previous years").
    if (later && !later.hyphenated && later.kind === 'duration' && /s$/.test(tokens[later.index]!.lower) && atom.value !== 1) {
      return withUnit(q, { last: later.index, kind: 'duration', unit: later.unit, extractor: 'figures/duration', confidence: 0.85 });
    }
  }
  const times = tokenAt(tokens, atom.last + 1);
  if (isWord(times, 'times') && times!.gap === 1) {
    q.last = atom.last + 1;
    const next = tokenAt(tokens, atom.last + 2);
    q.kind = next && COMPARATIVE_AFTER_TIMES.has(next.lower) ? 'multiplier' : 'count';
    q.unit = 'times';
    q.extractor = 'figures/multiplier';
    return q;
  }
  // "threefold", "3-fold"
  if (isPunct(times, '-') && times!.gap === 0 && isWord(tokenAt(tokens, atom.last + 2), 'fold')) {
    q.last = atom.last + 2;
    q.kind = 'multiplier';
    q.unit = 'times';
    q.extractor = 'figures/multiplier';
    return q;
  }
  if (atom.form === 'digits' && isBareAge(tokens, atom.first, atom.last, atom.value)) {
    q.kind = 'age';
    q.unit = 'years';
    q.extractor = 'figures/age';
    return q;
  }
  return q;
}

/** What a unit after the number makes of a quantity: its kind and unit, its span to the unit's token, who read it and how surely. */
type UnitReading = Pick<Quantity, 'last' | 'kind' | 'unit' | 'extractor' | 'confidence'>;

/** The quantity with the unit read after its number. */
function withUnit(q: Quantity, reading: UnitReading): Quantity {
  return Object.assign(q, reading);
}

/** The last of up to two adjectives right after token `last` ("previous", "consecutive"), or `last`. */
function adjectivesAfter(tokens: FigureScan['tokens'], last: number): number {
  let i = last;
  for (let k = 0; k < 2; k++) {
    const next = tokenAt(tokens, i + 1);
    if (!next || next.type !== 'word' || next.gap !== 1 || !isAdjectiveLike(next.text) || !/^\p{Ll}/u.test(next.text)) break;
    i++;
  }
  return i;
}

export { currencyBefore };
