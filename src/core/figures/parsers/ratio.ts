// Ratios: "one in five" (a share, 20 %), "1 in 4", "three out of 10", and "3:1".
// Runs over atoms already read, joining two of them; "10:30" is a time of day and is left alone.

import type { Atom, FigureScan } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';

export function combineRatios(scan: FigureScan, atoms: Atom[]): Atom[] {
  const { tokens } = scan;
  const byFirst = new Map<number, Atom>();
  for (const atom of atoms) byFirst.set(atom.first, atom);
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    if (a.form !== 'digits' && a.form !== 'words') { out.push(a); continue; }
    // "one in five", "one out of every four"
    let j = a.last + 1;
    let joined = false;
    if (isWord(tokenAt(tokens, j), 'in')) { j++; joined = true; }
    else if (isWord(tokenAt(tokens, j), 'out') && isWord(tokenAt(tokens, j + 1), 'of')) { j += 2; joined = true; }
    if (joined) {
      if (isWord(tokenAt(tokens, j), 'every')) j++;
      const b = byFirst.get(j);
      if (b && (b.form === 'digits' || b.form === 'words') && a.value > 0 && a.value < b.value && Number.isInteger(a.value) && Number.isInteger(b.value) && b.value <= 1e6 && !(b.bare && b.value >= 1000)) {
        out.push({ first: a.first, last: b.last, value: (a.value / b.value) * 100, form: 'ratio', bare: false, magnitude: 1, share: true, extractor: 'figures/ratio' });
        while (k + 1 < atoms.length && atoms[k + 1]!.first <= b.last) k++;
        continue;
      }
    }
    // "2-to-1", "3 to 1 margin" when hyphenated
    if (isPunct(tokenAt(tokens, a.last + 1), '-') && isWord(tokenAt(tokens, a.last + 2), 'to') && isPunct(tokenAt(tokens, a.last + 3), '-') && tokens[a.last + 1]!.gap === 0 && tokens[a.last + 3]!.gap === 0) {
      const b = byFirst.get(a.last + 4);
      if (b && b.value > 0 && tokens[b.first]!.gap === 0) {
        out.push({ first: a.first, last: b.last, value: a.value / b.value, form: 'ratio', bare: false, magnitude: 1, extractor: 'figures/ratio' });
        while (k + 1 < atoms.length && atoms[k + 1]!.first <= b.last) k++;
        continue;
      }
    }
    // "3:1": a colon between two numbers, unless the right side has two digits (a time).
    const colon = tokenAt(tokens, a.last + 1);
    const right = tokenAt(tokens, a.last + 2);
    if (a.form === 'digits' && isPunct(colon, ':') && colon!.gap === 0 && right?.type === 'num' && right.gap === 0 && right.text.length === 1 && !isPunct(tokenAt(tokens, a.last + 3), ':')) {
      const b = byFirst.get(a.last + 2);
      if (b && b.value > 0) {
        out.push({ first: a.first, last: b.last, value: a.value / b.value, form: 'ratio', bare: false, magnitude: 1, extractor: 'figures/ratio' });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
