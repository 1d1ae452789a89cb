// Which rule is right how often on PolNeAR: each predicted quote of a saved sheets file, as the runner scores it.
//
//   npx tsx eval/polnear-rule-table.ts /tmp/train.jsonl train [--dump /tmp/preds.jsonl]
//
// Mirrors polnear-attribution.mjs's matching (keep the two in step; the gold and its speaker keys are
// polnear-runner-gold.ts's) and prints OK / MISATTR / EXTRA / NEUTRAL counts by extractor, by
// extractor and kind, and by cue for positions; --dump writes one JSON line per prediction (outcome,
// extractor, cue, text, paragraph, and inGold: the largest share of its words inside any gold
// content, high for a passage PolNeAR joined to a neighbouring one).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { requireKit } from './kit';
import { keyWords, readRunnerGold, sourceKey, words, type Gold } from './polnear-runner-gold';

type Status = 'OK' | 'MISATTR' | 'EXTRA' | 'NEUTRAL';
// A saved sheet's quote, read loosely: sheets of older versions name the speaker differently.
interface SheetQuote {
  text: string; speaker?: string | { name?: string } | null; source?: string | { name?: string } | null;
  start?: number; end?: number; cue?: string; cueKind?: string; direct?: boolean;
  provenance?: { extractor?: string; confidence?: number };
}
interface Row {
  id: string; status: Status; ex: string; cue: string; kind: string; conf: number | undefined; speaker: string | null;
  start: number | undefined; end: number | undefined; gold: string | null; inGold: number; text: string; para: string;
}

const [sheetsFile = '', split = 'train', ...rest] = process.argv.slice(2);
const dumpIdx = rest.indexOf('--dump');
const dump = dumpIdx >= 0 ? rest[dumpIdx + 1] : null;
const DIR = requireKit('eval/data/polnear-train-dev/data');
const readText = (p: string) => readFileSync(p, 'utf8');
const annFiles = readdirSync(join(DIR, split, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const coverage = (gw: string[], ps: Set<string>) => (gw.length ? gw.filter((t) => ps.has(t)).length / gw.length : 0);
const speakerOf = (q: SheetQuote): string | null => { const s = q.speaker ?? q.source ?? null; return typeof s === 'string' ? s : s?.name ?? null; };
const out: Row[] = [];
for (const line of readText(sheetsFile).trim().split('\n')) {
  const { file, sheet } = JSON.parse(line) as { file: string; sheet: { quotes?: SheetQuote[]; text?: string; body?: string } };
  const id = basename(file).slice(0, -4);
  const ann = annFiles.find((a) => a.slice(0, a.lastIndexOf('_')) === id);
  const text = readText(file);
  const gold: Gold[] = ann ? readRunnerGold(join(DIR, split, 'attributions', ann), text) : [];
  const preds = (sheet.quotes ?? []).filter((q) => q && typeof q.text === 'string' && q.text.trim());
  const predSets = preds.map((q) => new Set(words(q.text)));
  const predWords = preds.map((q) => words(q.text));
  const used = new Set<number>();
  const status: Status[] = new Array(preds.length).fill('EXTRA');
  const goldOf: (string | null)[] = new Array(preds.length).fill(null);
  const match = (g: Gold) => {
    const gw = words(g.content), gs = new Set(gw);
    let best = -1, bestCov = 0.5, bestPrec = -1;
    predSets.forEach((ps, j) => {
      if (used.has(j)) return;
      const c = coverage(gw, ps); if (c < bestCov) return;
      const pw = predWords[j]!;
      const prec = pw.length ? pw.filter((w) => gs.has(w)).length / pw.length : 0;
      if (c > bestCov || prec > bestPrec) { best = j; bestCov = c; bestPrec = prec; }
    });
    if (best >= 0) used.add(best);
    return best;
  };
  for (const g of gold.filter((g) => g.source)) {
    const j = match(g); if (j < 0) continue;
    const key = sourceKey(g, gold, text);
    const sp = new Set(keyWords(speakerOf(preds[j]!) ?? ''));
    status[j] = key.words.some((w) => sp.has(w)) ? 'OK' : 'MISATTR'; goldOf[j] = g.source + (key.via ? ` → ${key.via}` : '');
  }
  for (const g of gold.filter((g) => !g.source)) { const j = match(g); if (j >= 0) status[j] = 'NEUTRAL'; }
  const body = sheet.text ?? sheet.body ?? '';
  const goldSets = gold.map((g) => new Set(words(g.content)));
  preds.forEach((q, j) => {
    const pw = predWords[j]!;
    const inGold = pw.length ? Math.max(0, ...goldSets.map((gs) => pw.filter((w) => gs.has(w)).length / pw.length)) : 0;
    // the paragraph around the quote, from the sheet's text
    const start = q.start ?? 0;
    const a = body.lastIndexOf('\n', start) + 1;
    const b = body.indexOf('\n', q.end ?? start);
    out.push({
      id, status: status[j]!, ex: (q.provenance?.extractor ?? '?').replace('sources/', ''), cue: q.cue ?? '', kind: q.cueKind ?? (q.direct ? 'direct' : 'indirect'),
      conf: q.provenance?.confidence, speaker: speakerOf(q), start: q.start, end: q.end, gold: goldOf[j] ?? null,
      inGold: Math.round(inGold * 100) / 100, text: q.text, para: body.slice(a, b < 0 ? body.length : b),
    });
  });
}
const emptyCounts = (): Record<Status, number> => ({ OK: 0, MISATTR: 0, EXTRA: 0, NEUTRAL: 0 });
const pad = (v: string | number, n: number) => String(v).padStart(n);
const tab = (keyf: (r: Row) => string | null, title: string, min = 1) => {
  const m = new Map<string, Record<Status, number>>();
  for (const r of out) {
    const k = keyf(r);
    if (k == null) continue;
    const c = m.get(k) ?? emptyCounts();
    c[r.status]++;
    m.set(k, c);
  }
  console.log(`\n== ${title}\n${'key'.padEnd(40)}   n    OK  MIS  EXT  NEU  ok%`);
  [...m].map(([k, c]) => ({ k, c, n: c.OK + c.MISATTR + c.EXTRA + c.NEUTRAL })).filter((row) => row.n >= min).sort((x, y) => y.n - x.n)
    .forEach(({ k, c, n }) => console.log(`${k.slice(0, 40).padEnd(40)} ${pad(n, 4)} ${pad(c.OK, 5)} ${pad(c.MISATTR, 4)} ${pad(c.EXTRA, 4)} ${pad(c.NEUTRAL, 4)} ${pad((100 * c.OK / Math.max(1, n - c.NEUTRAL)).toFixed(0), 4)}`));
};
const totals = out.reduce((t, r) => (t[r.status]++, t), emptyCounts());
console.log('totals', JSON.stringify(totals));
tab((r) => r.ex, 'by extractor');
tab((r) => `${r.ex}/${r.kind}`, 'by extractor/kind', 30);
tab((r) => (r.ex === 'attitude' || r.kind === 'attitude' ? `${r.ex}:${r.cue.toLowerCase()}` : null), 'attitude by cue', 15);
if (dump) writeFileSync(dump, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
