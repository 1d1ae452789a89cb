// Durations and ages: "10 years", "three-day", "48-year-old", "29 years old", "aged 48",
// "ninety five years of age", and the news convention "Jane Doe, 48, said".
// A duration followed by "ago" is a relative date (the dates step owns it): no match.

import type { Token } from '../lexer';
import { isPunct, isWord, tokenAt } from '../token-utils';
import { lookupTable } from '../../text/lookup-table';

const UNITS = lookupTable<string>({
  second: 'seconds', seconds: 'seconds', sec: 'seconds', secs: 'seconds',
  minute: 'minutes', minutes: 'minutes', min: 'minutes', mins: 'minutes',
  hour: 'hours', hours: 'hours', hr: 'hours', hrs: 'hours',
  day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', fortnight: 'weeks',
  month: 'months', months: 'months', year: 'years', years: 'years', yr: 'years', yrs: 'years',
  decade: 'decades', decades: 'decades', century: 'centuries', centuries: 'centuries',
});
const RELATIVE_AFTER = new Set(['ago', 'earlier', 'hence']);

export interface DurationMatch {
  index: number;
  kind: 'duration' | 'age';
  unit: string;
  /** Printed as an adjective: "a five-day visit". */
  hyphenated: boolean;
}

export function durationAfter(tokens: readonly Token[], last: number): DurationMatch | null {
  let i = last + 1;
  let hyphenated = false;
  const next = tokenAt(tokens, i);
  if (!next || next.gap === 2) return null;
  if (isPunct(next, '-') && next.gap === 0) { hyphenated = true; i++; }
  const word = tokenAt(tokens, i);
  if (!word || word.type !== 'word' || (hyphenated ? word.gap !== 0 : word.gap !== 1 && !(word.gap === 0 && word.lower.length <= 3))) return null;
  const unit = UNITS[word.lower];
  if (!unit) return null;
  // "48-year-old", "a 2-year-old"
  if (hyphenated && isPunct(tokenAt(tokens, i + 1), '-') && isWord(tokenAt(tokens, i + 2), 'old') && tokens[i + 2]!.gap === 0) {
    return { index: i + 2, kind: 'age', unit, hyphenated: true };
  }
  // "29 years old", "95 years of age"
  if (!hyphenated && isWord(tokenAt(tokens, i + 1), 'old') && tokens[i + 1]!.gap === 1) return { index: i + 1, kind: 'age', unit, hyphenated: false };
  if (!hyphenated && isWord(tokenAt(tokens, i + 1), 'of') && isWord(tokenAt(tokens, i + 2), 'age')) return { index: i + 2, kind: 'age', unit, hyphenated: false };
  const after = tokenAt(tokens, i + 1);
  if (after && after.type === 'word' && RELATIVE_AFTER.has(after.lower) && after.gap === 1) return null;
  if (isWord(after, 'from') && isWord(tokenAt(tokens, i + 2), 'now')) return null;
  return { index: i, kind: 'duration', unit, hyphenated };
}

/** "aged 48", "age 48", "Jane Doe, 48," — an age without a unit word. Returns true when it is one. */
export function isBareAge(tokens: readonly Token[], first: number, last: number, value: number): boolean {
  if (!Number.isInteger(value) || value <= 0 || value >= 120) return false;
  const prev = tokenAt(tokens, first - 1);
  if (isWord(prev, 'aged', 'age', 'ages')) return true;
  // "at the age of 18"
  if (isWord(prev, 'of') && isWord(tokenAt(tokens, first - 2), 'age')) return true;
  const next = tokenAt(tokens, last + 1);
  if (!Number.isInteger(value) || !/^\d{1,3}$/.test(tokens[first]!.text)) return false;
  // "their daughter Maria, who was 10.", "she was 9 when": a person's age at the end of a clause.
  if (isWord(prev, 'was', 'is', 'turned', 'turns') && isWord(tokenAt(tokens, first - 2), 'who', 'he', 'she')
    && (!next || isPunct(next, '.', ',', ';', ')') || isWord(next, 'when', 'and', 'at'))) return true;
  // "Nick Hague 44 has spent …": a two-word name, the age, a verb (copy that dropped its commas).
  const name1 = tokenAt(tokens, first - 2);
  const beforeName = tokenAt(tokens, first - 3);
  if (prev?.type === 'word' && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && name1?.type === 'word' && /^\p{Lu}\p{Ll}+$/u.test(name1.text)
    && !(beforeName?.type === 'word' && /^\p{Lu}/u.test(beforeName.text)) && value >= 5 && value <= 110 && tokens[first]!.gap === 1
    && isWord(next, 'has', 'had', 'is', 'was', 'said', 'says', 'told', 'who', 'died', 'will')) return true;
  // "Smith, 48, said": a capitalised name, a comma, the number, a comma or a full stop.
  const before = tokenAt(tokens, first - 2);
  const after = tokenAt(tokens, last + 1);
  return isPunct(prev, ',') && before !== undefined && before.type === 'word' && /^\p{Lu}/u.test(before.text)
    && (isPunct(after, ',') || (isPunct(after, '.') && after!.gap === 0)) && /^\d{1,3}$/.test(tokens[first]!.text);
}
