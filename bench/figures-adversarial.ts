// `npx tsx bench/figures-adversarial.ts`: the figures step on 1 MB of hostile text (long digit
// runs, repeated separators, nested brackets, number words without end, pages full of numbers).
// Prints one line: the best of ten runs (the least disturbed by other work on the machine); the
// bar is 200 ms.

import { adversarialText } from '../tests/unit/figures/adversarial-text';
import { findFigures } from '../src/core/figures/index';

const MB = 1 << 20;
const text = adversarialText(MB);
findFigures(text.slice(0, 20_000)); // warm the JIT so the line measures the step, not compilation
const runs: number[] = [];
for (let run = 0; run < 10; run++) {
  const started = performance.now();
  findFigures(text);
  runs.push(performance.now() - started);
}
const best = Math.round(Math.min(...runs));
console.log(`figures: 1 MB adversarial text in ${best} ms (bar 200 ms)`);
