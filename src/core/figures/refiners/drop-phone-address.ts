// Phone numbers and street addresses: "(555) 123-4567", "555-123-4567", "+44 20 7946 0958",
// "10 Downing Street", "1600 Pennsylvania Avenue".

import type { FigureScan, Quantity } from '../model';
import { tokenAt } from '../token-utils';

const STREET = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way',
  'place', 'pl', 'court', 'ct', 'square', 'sq', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'crescent', 'close', 'row', 'alley', 'plaza']);

export function dropPhonesAndAddresses(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  return quantities.filter((q) => {
    const atom = q.atoms[0]!;
    if (atom.form !== 'digits') return true;
    if (isPhonePart(tokens, atom.first) || isPhonePart(tokens, q.atoms[q.atoms.length - 1]!.first)) return false;
    // "1600 Pennsylvania Avenue": a whole number, one to three capitalised words, a street word.
    if (atom.bare && q.kind !== 'money' && q.kind !== 'percent') {
      for (let k = 1; k <= 4; k++) {
        const word = tokenAt(tokens, atom.last + k);
        if (!word || word.type !== 'word' || word.gap !== 1 || !/^\p{Lu}/u.test(word.text)) break;
        if (k > 1 && STREET.has(word.lower)) return false;
      }
    }
    return true;
  });
}

const JOINERS = new Set(['-', '.', '(', ')', '+']);

/** A digit group that belongs to a phone number: "+44 20 …", "(555) 123-4567", "555-123-4567". */
function isPhonePart(tokens: FigureScan['tokens'], index: number): boolean {
  // Cheap test first: a phone number's groups are joined by marks glued to them.
  const prev = tokens[index - 1];
  const next = tokens[index + 1];
  const glued = (t: FigureScan['tokens'][number] | undefined) => t !== undefined && t.type === 'punct' && JOINERS.has(t.text);
  if (!glued(prev) && !glued(next) && !(next?.type === 'num' && next.gap === 1) && !(prev?.type === 'num' && tokens[index]!.gap === 1)) return false;
  const joins = (t: FigureScan['tokens'][number] | undefined): boolean => t !== undefined && (t.type === 'num' || (t.type === 'punct' && JOINERS.has(t.text)));
  let i = index;
  while (i > 0 && index - i < 12 && joins(tokens[i - 1]) && tokens[i]!.gap <= 1) i--;
  let j = index;
  while (j + 1 < tokens.length && j - index < 12 && joins(tokens[j + 1]) && tokens[j + 1]!.gap <= 1) j++;
  const run = tokens.slice(i, j + 1);
  const groups = run.filter((t) => t.type === 'num');
  if (run.some((t, k) => t.text === '+' && run[k + 1]?.type === 'num' && run[k + 1]!.gap === 0 && groups.length >= 2)) return true;
  const hasParenArea = run.some((t, k) => t.text === '(' && run[k + 1]?.type === 'num' && run[k + 1]!.text.length === 3 && run[k + 2]?.text === ')');
  if (hasParenArea && groups.length >= 2) return true;
  const hyphens = run.filter((t) => t.text === '-' && t.gap === 0).length;
  return groups.length >= 3 && hyphens >= 2 && groups.every((t) => /^\d{2,4}$/.test(t.text));
}
