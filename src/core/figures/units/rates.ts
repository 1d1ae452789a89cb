// Rates: an amount per something ("$58.24 per barrel", "$14.95 a month", "$1,100 per square foot",
// "11 feet per century", "$500,000 to $1 million a year", "$40 per capita"). The unit becomes
// "USD per barrel", so that a price is never compared with a total. After "a"/"an" only units of
// time and the usual denominators count ("a month", "an ounce"); after "per" or "/" any noun does.

import type { FigureScan, Quantity } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';
import { lookupTable } from '../../text/lookup-table';

const A_RATE = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'night', 'share', 'barrel',
  'ounce', 'tonne', 'ton', 'pound', 'gallon', 'litre', 'liter', 'kilo', 'kilogram', 'head', 'person', 'piece', 'unit', 'seat', 'ticket',
  'game', 'season', 'episode', 'visit', 'mile', 'kilometre', 'kilometer', 'dose', 'pill', 'bottle', 'pack', 'meal', 'household']);
const SPECIAL = lookupTable<string>({ capita: 'person', annum: 'year', head: 'person', cent: '', feet: 'foot', people: 'person', hr: 'hour', yr: 'year', sq: 'square' });

function singular(word: string): string {
  const w = word.toLowerCase();
  if (SPECIAL[w] !== undefined) return SPECIAL[w]!;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/** "per square foot", "a month", "/kWh" after token `last`: the denominator and its last token. */
export function rateAfter(tokens: FigureScan['tokens'], last: number): { per: string; index: number } | null {
  const next = tokenAt(tokens, last + 1);
  if (!next || next.gap === 2) return null;
  let i: number;
  let anyNoun: boolean;
  if (isWord(next, 'per') && next.gap === 1) { i = last + 2; anyNoun = true; }
  else if (isWord(next, 'a', 'an') && next.gap === 1) { i = last + 2; anyNoun = false; }
  else if (isPunct(next, '/') && next.gap === 0) { i = last + 2; anyNoun = true; }
  else return null;
  const word = tokenAt(tokens, i);
  if (!word || word.type !== 'word' || word.gap === 2 || (next.text === '/' && word.gap !== 0)) return null;
  // "per cent" is a percentage, read elsewhere.
  if (word.lower === 'cent' || word.lower === 'centum') return null;
  // "per square foot", "per sq ft", "per metric ton"
  const second = tokenAt(tokens, i + 1);
  if (isWord(word, 'square', 'sq', 'cubic', 'metric') && second?.type === 'word' && second.gap === 1) {
    return { per: `${singular(word.text)} ${singular(second.text)}`.replace(/^sq /, 'square '), index: i + 1 };
  }
  const per = singular(word.text);
  if (!per || (!anyNoun && !A_RATE.has(per))) return null;
  // "a year earlier", "a day after": a relative date follows, not a rate.
  if (!anyNoun && isWord(second, 'earlier', 'ago', 'later', 'after', 'before', 'since', 'on', 'of', 'in', 'to')) return null;
  return { per, index: i };
}

export function attachRates(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  for (const q of quantities) {
    if (q.kind !== 'money' && q.kind !== 'measure') continue;
    if (q.unit === null || q.unit.includes(' per ') || q.unit === 'mph' || q.unit === 'km/h' || q.unit === 'bpd') continue;
    const rate = rateAfter(scan.tokens, q.last);
    if (!rate) continue;
    q.unit = `${q.unit} per ${rate.per}`;
    q.last = rate.index;
  }
  return quantities;
}
