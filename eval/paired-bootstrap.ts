// How much of a difference between two PolNeAR runs is noise: a paired bootstrap over articles of
// the source-level F1 (the runner's --verbose listings of the same split, one line per gold item or
// extra: "<article> OK|MISATTR|MISS|EXTRA …").
//
//   node /work/shared/eval/runners/polnear-attribution.mjs --split dev --load-sheets A.json --verbose > A.verbose
//   npx tsx eval/paired-bootstrap.ts A.verbose B.verbose     (prints B − A, its SD and P(B − A > 0))
//
// Why: on dev (84 articles) two versions of the learned check differ by SD ≈ 0.001–0.0014 in F1
// (2,000 resamples), so a retrain's dev change of ±0.0005 says nothing either way.
import { readFileSync } from 'node:fs';

type Counts = [tp: number, fp: number, fn: number];
const LINE = /^(\S+) +(OK|MISS|MISATTR|EXTRA)\b/;

/** Each article's source-level counts, as the runner scores them (a misattribution is FP and FN). */
export function articleCounts(listing: string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const line of listing.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const c = out.get(m[1]!) ?? [0, 0, 0];
    if (m[2] === 'OK') c[0]++;
    else if (m[2] === 'MISS') c[2]++;
    else if (m[2] === 'EXTRA') c[1]++;
    else { c[1]++; c[2]++; }
    out.set(m[1]!, c);
  }
  return out;
}

function f1(counts: ReadonlyMap<string, Counts>, sample: readonly string[]): number {
  let tp = 0, fp = 0, fn = 0;
  for (const id of sample) { const c = counts.get(id); if (c) { tp += c[0]; fp += c[1]; fn += c[2]; } }
  return (2 * tp) / (2 * tp + fp + fn);
}

/** B − A in F1 on all articles, and over `rounds` resamples of the articles: the SD and the share above 0. */
export function pairedBootstrap(a: ReadonlyMap<string, Counts>, b: ReadonlyMap<string, Counts>, rounds = 2000, seed = 12345) {
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  let state = seed;
  // a fixed linear congruential stream: the same listings give the same answer
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const deltas: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample = ids.map(() => ids[Math.floor(random() * ids.length)]!);
    deltas.push(f1(b, sample) - f1(a, sample));
  }
  const mean = deltas.reduce((s, d) => s + d, 0) / rounds;
  const sd = Math.sqrt(deltas.reduce((s, d) => s + (d - mean) ** 2, 0) / rounds);
  return { delta: f1(b, ids) - f1(a, ids), sd, above: deltas.filter((d) => d > 0).length / rounds, articles: ids.length };
}

if (process.argv[1]?.endsWith('paired-bootstrap.ts')) {
  const [fileA, fileB] = process.argv.slice(2);
  if (!fileA || !fileB) throw new Error('usage: npx tsx eval/paired-bootstrap.ts A.verbose B.verbose');
  const r = pairedBootstrap(articleCounts(readFileSync(fileA, 'utf8')), articleCounts(readFileSync(fileB, 'utf8')));
  console.log(`F1 B − A ${r.delta.toFixed(4)}  SD ${r.sd.toFixed(4)}  P(B − A > 0) ${r.above.toFixed(3)}  (${r.articles} articles)`);
}
