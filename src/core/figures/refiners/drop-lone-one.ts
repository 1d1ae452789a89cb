// The word "one" alone is not a figure ("one of the", "one reason", "no one"): only inside a
// fraction, ratio or range, or with a unit that makes it an amount ("one percent", "one million").

import type { Quantity } from '../model';

export function dropLoneOne(quantities: Quantity[]): Quantity[] {
  return quantities.filter((q) => {
    if (q.range || q.atoms.length !== 1) return true;
    const atom = q.atoms[0]!;
    if (atom.form !== 'words' || atom.value !== 1 || atom.magnitude !== 1) return true;
    return q.kind === 'percent' || q.kind === 'money' || q.kind === 'measure' || q.kind === 'percentage-points';
  });
}
