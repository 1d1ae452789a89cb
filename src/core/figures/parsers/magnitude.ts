// Magnitude words after a number: "1.5 million", "$4.2bn", "12.9bn", "300k", "2 crore", "5 lakh".
// "m" and "b" are magnitudes only after a currency ("€300m"); elsewhere "300m" is metres.

import type { Atom, FigureScan } from '../model';
import { tokenAt } from '../token-utils';
import { millionsAhead } from '../units/measure';
import { lookupTable } from '../../text/lookup-table';

const WORDS = lookupTable<number>({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5, lac: 1e5,
});
const ABBREVIATIONS = lookupTable<number>({
  k: 1e3, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tr: 1e12,
});
const CURRENCY_ONLY = lookupTable<number>({ m: 1e6, b: 1e9, t: 1e12 });

export function attachMagnitudes(scan: FigureScan, atoms: Atom[], hasCurrencyBefore: (atom: Atom) => boolean): Atom[] {
  const { tokens } = scan;
  for (const atom of atoms) {
    if (atom.form !== 'digits' && atom.form !== 'words') continue;
    let j = atom.last + 1;
    let factor = 1;
    // "1.5 million", "one billion", "3 thousand"; chains like "1 hundred thousand" are rare: one word.
    // "US$1-billion", "a $4-million grant"
    if (tokenAt(tokens, j)?.text === '-' && tokens[j]!.gap === 0 && tokenAt(tokens, j + 1)?.gap === 0 && WORDS[tokens[j + 1]!.lower] !== undefined && WORDS[tokens[j + 1]!.lower]! >= 1e3) j++;
    for (let step = 0; step < 2; step++) {
      const next = tokenAt(tokens, j);
      if (!next || next.type !== 'word') break;
      const word = WORDS[next.lower];
      const glued = (next.gap === 0 || tokens[j - 1]!.text === '-') && atom.form === 'digits';
      if (word !== undefined && next.gap <= 1 && (step === 0 || word > 1e2)) {
        factor *= word;
        atom.last = j;
        j++;
        continue;
      }
      if (step > 0) break;
      // "1.8M": a capital M glued to digits is millions; a small one is metres unless money came first.
      const capitalM = (next.text === 'M' || (next.text === 'm' && millionsAhead(tokens, j))) && glued;
      const abbreviation = ABBREVIATIONS[next.lower] ?? (hasCurrencyBefore(atom) || capitalM ? CURRENCY_ONLY[next.lower] : undefined);
      // "4K", "8K": screen names; "300K", "1.5K" are thousands.
      const screenName = next.text === 'K' && atom.value < 10 && Number.isInteger(atom.value);
      if (abbreviation !== undefined && !screenName && (glued || (next.gap === 1 && next.lower !== 'k' && next.lower !== 't' && next.lower !== 'b'))) {
        factor *= abbreviation;
        atom.last = j;
        j++;
      }
      break;
    }
    if (factor !== 1) {
      atom.value *= factor;
      // "3 million and a half"
      const and = tokenAt(tokens, atom.last + 1);
      const den = tokenAt(tokens, atom.last + 3);
      if (and?.lower === 'and' && tokenAt(tokens, atom.last + 2)?.lower === 'a' && den && (den.lower === 'half' || den.lower === 'quarter')) {
        atom.value += (den.lower === 'half' ? 0.5 : 0.25) * factor;
        atom.last += 3;
      }
      atom.magnitude = factor;
      atom.bare = false;
      if (atom.extractor === 'figures/digits' || atom.extractor === 'figures/number-words') atom.extractor = 'figures/magnitude';
    }
  }
  return atoms;
}
