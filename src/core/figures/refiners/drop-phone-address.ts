// Phone numbers and street addresses: "(555) 123-4567", "555-123-4567", "+44 20 7946 0958",
// "10 Downing Street", "1600 Pennsylvania Avenue"; emergency lines ("called 911").

import type { FigureScan, Quantity } from '../model';
import { isWord, tokenAt } from '../token-utils';

const STREET = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way',
  'place', 'pl', 'court', 'ct', 'square', 'sq', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'crescent', 'close', 'row', 'alley', 'plaza']);

// Three-digit emergency and service lines ("called 911", "dial 999", "a 911 dispatcher"): numbers
// to call, told by the words around them, never by the number alone ("911 people" is a count).
const SERVICE_LINES = new Set(['911', '999', '112', '000', '111', '101', '988', '311', '211', '119', '110', '100', '108', '102', '105']);
const CALL_BEFORE = new Set(['call', 'called', 'calling', 'calls', 'dial', 'dialed', 'dialled', 'dialling', 'dialing', 'phoned', 'phone', 'ring', 'rang', 'text', 'texted', 'contact', 'contacted']);
const CALL_AFTER = new Set(['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'dispatch', 'operator', 'operators', 'center', 'centre',
  'centers', 'centres', 'line', 'lines', 'hotline', 'system', 'services', 'service', 'emergency', 'recording', 'recordings', 'tape', 'tapes']);

function isServiceLine(tokens: FigureScan['tokens'], q: Quantity): boolean {
  const atom = q.atoms[0]!;
  if (q.atoms.length !== 1 || !atom.bare || !SERVICE_LINES.has(tokens[atom.first]!.text)) return false;
  const before = tokenAt(tokens, atom.first - 1);
  const after = tokenAt(tokens, atom.last + 1);
  return (before?.type === 'word' && CALL_BEFORE.has(before.lower)) || (after?.type === 'word' && after.gap === 1 && CALL_AFTER.has(after.lower))
    || (isWord(before, 'to') && CALL_BEFORE.has(tokenAt(tokens, atom.first - 2)?.lower ?? ''));
}

export function dropPhonesAndAddresses(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  return quantities.filter((q) => {
    const atom = q.atoms[0]!;
    if (atom.form !== 'digits') return true;
    if (isServiceLine(tokens, q)) return false;
    // "the 90210 ZIP code", "zip code 10001": postal codes.
    if (atom.bare && /^\d{5}$/.test(tokens[atom.first]!.text) && (isWord(tokenAt(tokens, atom.last + 1), 'zip', 'postcode', 'zipcode') || isWord(tokenAt(tokens, atom.first - 1), 'zip', 'code', 'postcode', 'zipcode'))) return false;
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
  // "+44 20 7946 0958"; not "S&P 500 +0.3%" (a signed decimal after an index is a change).
  if (run.some((t, k) => t.text === '+' && run[k + 1]?.type === 'num' && run[k + 1]!.gap === 0 && groups.length >= 2) && groups.every((t) => /^\d+$/.test(t.text))) return true;
  const hasParenArea = run.some((t, k) => t.text === '(' && run[k + 1]?.type === 'num' && run[k + 1]!.text.length === 3 && run[k + 2]?.text === ')');
  if (hasParenArea && groups.length >= 2) return true;
  const hyphens = run.filter((t) => t.text === '-' && t.gap === 0).length;
  return groups.length >= 3 && hyphens >= 2 && groups.every((t) => /^\d{2,4}$/.test(t.text));
}
