// Figures alone on the annotated gold pages (../shared/eval/gold, read at run time, never copied),
// in-process: the whole pipeline runs once per page, and only `figures` is scored, with the rule of
// ../shared/eval/score.mjs (each distinct value once per page, within 1 %, optional gold items
// neither missed nor extra). A quick loop for the figures step; score.mjs stays the reference.
//
//   npx tsx eval/figures-pages.ts [--verbose] [--only seed,zyte-emirates] [--dump FILE.jsonl]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/index';
import type { Figure } from '../src/core/types';
import { requireKit } from './kit';

const EVAL = requireKit('eval');
if (!existsSync(join(EVAL, 'gold'))) {
  console.log(`figures-pages: ${join(EVAL, 'gold')} not found (the evaluation kit lives beside the project)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : null;
const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1]! : null;

interface GoldFigure { text: string; value?: number; low?: number; high?: number; optional?: boolean }
type Key = [number, number];
const keyOf = (f: { value?: number; low?: number; high?: number }): Key | null => {
  const low = Number(f.low ?? f.value);
  const high = Number(f.high ?? f.value ?? low);
  return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null;
};
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01 * Math.abs(b), 0.01);
const same = (a: Key, b: Key) => close(a[0], b[0]) && close(a[1], b[1]);
function distinct<T extends { k: Key }>(items: T[]): T[] {
  const out: T[] = [];
  for (const item of items) if (!out.some((o) => same(o.k, item.k))) out.push(item);
  return out;
}

let tp = 0, fp = 0, fn = 0;
let ms = 0;
const dumped: string[] = [];
for (const name of readdirSync(join(EVAL, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(EVAL, 'gold', name), 'utf8'));
  if (only && !only.includes(gold.id)) continue;
  const { document } = parseHTML(readFileSync(join(EVAL, '..', gold.page), 'utf8'));
  const t0 = performance.now();
  const sheet = analyzeDocument(document as unknown as Document, { url: gold.url }).sheet;
  ms += performance.now() - t0;
  const figures: Figure[] = sheet.figures ?? [];
  if (dump) dumped.push(JSON.stringify({ id: gold.id, body: sheet.body, figures }));
  const g = distinct((gold.figures as GoldFigure[]).map((f) => ({ f, k: keyOf(f)! })));
  const p = distinct(figures.map((f) => ({ f, k: keyOf(f) })).filter((x): x is { f: Figure; k: Key } => x.k !== null));
  const used = new Set<number>();
  let ptp = 0, pfp = 0, pfn = 0;
  const lines: string[] = [];
  for (const x of g) {
    const i = p.findIndex((y, j) => !used.has(j) && same(y.k, x.k));
    if (i >= 0) { used.add(i); if (!x.f.optional) ptp++; } else if (!x.f.optional) { pfn++; lines.push(`miss  "${x.f.text}"`); }
  }
  p.forEach((y, j) => { if (!used.has(j)) { pfp++; lines.push(`extra "${y.f.text}" (${y.k.join('–')}) in "${y.f.sentence.slice(0, 140)}"`); } });
  tp += ptp; fp += pfp; fn += pfn;
  console.log(`${gold.id.padEnd(24)} tp ${ptp} fp ${pfp} fn ${pfn}`);
  if (verbose) for (const line of lines) console.log(`   ${line}`);
}
const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
console.log(`figures P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / (P + R || 1)).toFixed(1)} (${tp}/${fp}/${fn}); ${Math.round(ms)} ms in analyzeDocument`);
if (dump) writeFileSync(dump, `${dumped.join('\n')}\n`);
