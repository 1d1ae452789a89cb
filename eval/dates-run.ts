// Shared by the dates development scorers: run the dates step alone on a sentence with a fixed
// reference day, exactly as the pipeline does (same context, same sentence splitting).

import { createContext } from '../src/core/context';
import { extractDates } from '../src/core/dates/index';
import { emptyMeta } from '../src/core/meta';
import type { DateMention } from '../src/core/types';

export function datesIn(text: string, referenceDay: string, dayFirst = false): DateMention[] {
  const meta = { ...emptyMeta(), language: dayFirst ? 'en-GB' : 'en-US', published: referenceDay };
  const ctx = createContext({
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    meta,
    url: null,
    referenceDate: new Date(`${referenceDay}T12:00:00Z`),
  });
  return extractDates(ctx);
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A pass rate as "k/n = p%". */
export function rate(pass: number, total: number): string {
  return `${pass}/${total} = ${total ? ((100 * pass) / total).toFixed(1) : '0.0'}%`;
}
