// Trains the learned quote check (src/core/sources/refiners/quote-check.json) on the PolNeAR TRAIN
// split only (dev is for the final measurement, test stays held out):
//
//   npx tsx eval/train-quote-check.ts            (~3 min; writes the weights and prints the CV numbers)
//   JUDGED=position,quoted,reported npx tsx eval/train-quote-check.ts --reuse /tmp/train.json
//                                                (other groups judged; the pipeline's output kept for the next try)
//   CALIBRATE=src/core/sources/refiners/quote-check.json npx tsx eval/train-quote-check.ts [--reuse FILE]
//                                                (the confidence alone re-fitted for the committed check, written into it)
//   SPLIT=dev CALIBRATE=src/core/sources/refiners/quote-check.json npx tsx eval/train-quote-check.ts
//                                                (how the committed confidence does on dev; fits and writes nothing)
//
// 1. Runs the sources step on every train article with a check that keeps everything and records
//    the features and the group of every quote (quote-features.ts quoteFeatures, quote-check.ts checkGroup).
// 2. Labels each quote as the shared runner (eval/runners/polnear-attribution.mjs) would score it
//    at source level: positive when it covers >= 50 % of a gold Content's words and its speaker
//    shares a key word with the gold Source (or, for a pronoun or a title-only Source, its stand-in
//    name); negative when it matches nothing or has the wrong speaker. Neutral, and left out of the
//    fit and of the F1: a quote matching a gold attribution without a Source (as the runner); left out
//    of the fit but counted extra, as the runner does: a quoted passage that is a piece of a
//    content another quote matched (see score()).
// 3. Fits a logistic regression (L2, Adam) over binary features seen in >= MIN_COUNT quotes of the
//    judged groups; chooses each group's threshold by 5-fold cross-validation over articles,
//    maximising the source F1 recomputed on the quotes the thresholds keep; then fits on all of train.
//    Positions and reported statements are judged; quotations pass unchecked. Judging reported
//    statements paid once the features said what stands between the cue and the content ("said on
//    Tuesday the", "said to the ferrymen the"): CV F1 without the pieces 0.6266 (positions only) -> 0.6282, PolNeAR
//    train 10339/5588/8021 -> 10323/5475/8037, dev 1256/542/810 -> 1254/527/812. Judging
//    quotations too (JUDGED=position,quoted,reported) leaves them unjudged (threshold 0) and
//    fits the others a little worse (CV 0.6280).
// 4. Calibrates the check's score, group by group, into each kept quote's provenance.confidence
//    (Platt scaling, see "the confidence" below), reported against the parsers' constants by
//    5-fold CV over articles.
// Re-train whenever the parsers or speaker resolution change — and keep the result only if the
// runner says so on train and dev (below).
//
// Round 21 (86b2163; weights still those of 19786ba: train 11366/5279/6994, dev 1341/494/725):
// `EVAL=weights.json … --reuse FILE` gives a weights file's in-sample counts on train, and they are
// the runner's to the unit (11366/5279/6994 for the shipped weights), in seconds. Retrained here:
//   plain (as committed)              CV 0.6477  train 11382/5400/6978 (0.6478)  dev 1346/502/720 (0.6878)
//   STANDIN=skip                      CV 0.6473  train 11381/5385/6979 (0.6482)  dev 1344/498/722 (0.6878)
//   MIN_COUNT=100 L2=0.01 (180 wts)   CV 0.6470  train 11384/5448/6976 (0.6470)  dev 1345/498/721 (0.6882)
//   PRIOR=shipped L2=0.01 / 0.05      train 0.6486 / 0.6491 in-sample (CV not honest: the prior saw every fold)
// Every retrain lowers train in-sample (shipped 0.6494) and moves dev by +0.0003…+0.0007, where
// eval/paired-bootstrap.ts puts the SD of a dev difference at 0.0010–0.0014: the dev "losses" of
// earlier retrains (−0.0004) were noise too. The shipped weights win on train because the rules
// were accepted, round after round, with them in place: a reading they drop costs nothing, so
// rules that make such readings stayed. The plain retrain keeps 166 positions the shipped check
// drops (27 right, 111 wrong, 24 wrong only against a pronoun's stand-in) and drops 43 it keeps
// (8 right): a log-loss fit is not an F1 fit at the threshold. Stronger L2, a higher MIN_COUNT and
// leaving stand-in misses out do not change that (CV falls a little with each).
//
// Round 28 (the confidence): the shipped check, on today's rules, in-sample 0.6540 on train (the
// runner's 11448/5203/6912); a plain retrain CV 0.6427 (no check) -> 0.6525, AUC 0.7868, and
// in-sample 0.6527 at its own threshold: not shipped, as before. Features for a negation or a
// modal before the cue ("did not say", "would argue"), the content's sentence count and a
// sentence end between speaker and cue: CV 0.6524, AUC 0.7870 — nothing the others did not
// already tell, left out. What was new is the confidence: the committed weights calibrated per
// group (CALIBRATE=), CV log loss / Brier against the parsers' constants: positions
// 0.669/0.238 -> 0.593/0.203, quotations 0.474/0.139 -> 0.421/0.129, reported 0.499/0.159 -> 0.443/0.140;
// on dev (SPLIT=dev, measured once): 0.649/0.228 -> 0.571/0.193, 0.436/0.127 -> 0.394/0.118,
// 0.460/0.143 -> 0.410/0.126. No quote is kept or dropped differently (train and dev verbose identical).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../src/core/context';
import { extractDates } from '../src/core/dates/index';
import { extractFigures } from '../src/core/figures/index';
import { emptyMeta } from '../src/core/meta';
import { extractSources } from '../src/core/sources/index';
import { checkGroup, type CheckGroup, type QuoteCheck } from '../src/core/sources/refiners/quote-check';
import { plainTextBlocks } from '../src/core/text/plain-text';
import { requireKit } from './kit';
import { firstAnnotator } from './polnear-annotations';
import { isPronoun, keyWords, readRunnerGold, sourceKey, words, type Gold } from './polnear-runner-gold';

const DATA = requireKit('eval/data/polnear-train-dev/data');
// OUT=/tmp/x.json writes the weights elsewhere (for trying several settings side by side).
const OUT = process.env.OUT ?? join(import.meta.dirname, '..', 'src', 'core', 'sources', 'refiners', 'quote-check.json');
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 25);
const L2 = Number(process.env.L2 ?? 1e-3);
// STANDIN=skip leaves out of the fit a wrong speaker scored against the runner's stand-in for a
// pronoun or bare-title gold Source (still counted in the F1): the stand-in is often not the true
// antecedent, so such a miss is no evidence that the reading is wrong.
const SKIP_STANDIN = process.env.STANDIN === 'skip';
// PRIOR=weights.json fits a correction of the shipped check rather than a new one: the fit starts
// from those weights and L2 pulls toward them (not toward 0). The rules were accepted, round after
// round, by measurements taken with the shipped check in place, so they are adapted to it; a model
// fitted afresh changes which of their readings are dropped all at once.
const PRIOR = process.env.PRIOR ? (JSON.parse(readFileSync(process.env.PRIOR, 'utf8')) as { bias: number; weights: Record<string, number> }) : null;
const EPOCHS = 400;
const RATE = 0.05;
const FOLDS = 5;
// SPLIT=dev reads dev instead, for CALIBRATE's report only (nothing is fitted or written on dev).
const SPLIT = process.env.SPLIT ?? 'train';
if (SPLIT !== 'train' && !process.env.CALIBRATE) throw new Error('only CALIBRATE reads another split than train');

// ---------------------------------------------------------------- scoring, as the runner does
interface Pred { text: string; speaker: string | null; block: number; direct: boolean; group: CheckGroup; /** the parser's own constant */ prior?: number }
interface Article { gold: Gold[]; keys: string[][]; preds: Pred[]; features: string[][] }
interface Counts { tp: number; fp: number; fn: number }

/** Of the words of `inner`, the share found in the set `outer`. */
const share = (inner: readonly string[], outer: ReadonlySet<string>) => (inner.length ? inner.filter((w) => outer.has(w)).length / inner.length : 0);
/** A prediction this much inside a gold Content another prediction matched is a piece of that Content. */
const INSIDE = 0.8;

/**
 * Source-level counts of the kept predictions, and each prediction's outcome (1 right, 0 wrong, -1
 * neutral). Neutral, besides a match of a gold attribution without a Source (as the runner): a
 * piece of a content the annotators joined and another prediction matched — the second passage of
 * "“A,” said X. “B.”", or a direct quotation by the same speaker in the same paragraph as a
 * matched one. They are quotes a reader needs, so the check learns neither to keep nor to drop
 * them; but the runner counts them extra, and so do the counts here, so that the F1 the
 * thresholds are chosen by is the scorer's (CV 0.6038 where it read 0.6282 without them; the
 * PolNeAR train run reads 0.6044).
 */
function score(article: Article, kept: readonly number[]): Counts & { outcome: Map<number, number> } {
  const preds = kept.map((j) => article.preds[j]!);
  const predSets = preds.map((p) => new Set(words(p.text)));
  const predWords = preds.map((p) => words(p.text));
  const used = new Set<number>();
  const outcome = new Map<number, number>();
  const matched: Set<string>[] = [];
  const match = (g: Gold) => {
    const gw = words(g.content), gs = new Set(gw);
    let best = -1, bestCov = 0.5, bestPrec = -1;
    predSets.forEach((ps, j) => {
      if (used.has(j)) return;
      const c = gw.length ? gw.filter((t) => ps.has(t)).length / gw.length : 0;
      if (c < bestCov) return;
      const prec = share(predWords[j]!, gs);
      if (c > bestCov || prec > bestPrec) { best = j; bestCov = c; bestPrec = prec; }
    });
    if (best >= 0) { used.add(best); matched.push(gs); }
    return best;
  };
  let tp = 0, fp = 0, fn = 0;
  article.gold.forEach((g, i) => {
    if (!g.source) return;
    const j = match(g);
    if (j < 0) { fn++; return; }
    const speaker = new Set(keyWords(preds[j]!.speaker ?? ''));
    const right = article.keys[i]!.some((w) => speaker.has(w));
    const standIn = !keyWords(g.source).length || isPronoun(g.source);
    outcome.set(kept[j]!, right ? 1 : SKIP_STANDIN && standIn ? -2 : 0);
    if (right) tp++; else { fp++; fn++; }
  });
  // a prediction matching an attribution without a Source is neutral: taken here, neither right nor wrong
  for (const g of article.gold) if (!g.source) match(g);
  const quotedBy = new Set(preds.filter((p, j) => used.has(j) && p.direct).map((p) => `${p.block}|${p.speaker}`));
  kept.forEach((k, j) => {
    if (used.has(j)) { if (!outcome.has(k)) outcome.set(k, -1); return; }
    const p = preds[j]!;
    const piece = p.direct && (quotedBy.has(`${p.block}|${p.speaker}`) || matched.some((gs) => share(predWords[j]!, gs) >= INSIDE));
    if (piece) { outcome.set(k, -1); fp++; }
    else { fp++; outcome.set(k, 0); }
  });
  return { tp, fp, fn, outcome };
}

// ---------------------------------------------------------------- the articles, read by the pipeline
function readArticles(): Article[] {
  const dates = new Map<string, string>();
  for (const l of readFileSync(join(DATA, 'metadata.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const c = l.split('\t');
    if (c[0] === SPLIT) dates.set(c[1]!, c[5]!);
  }
  const dir = join(DATA, SPLIT);
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const articles: Article[] = [];
  for (const f of readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const id = f.slice(0, -4);
    const raw = readFileSync(join(dir, 'text', f), 'utf8');
    const ann = firstAnnotator(anns, id);
    const gold = ann ? readRunnerGold(join(dir, 'attributions', ann), raw) : [];
    const { text, blocks } = plainTextBlocks(raw);
    const ctx = createContext({ text, blocks, meta: { ...emptyMeta(), language: 'en' }, url: null, referenceDate: new Date(dates.get(id) ?? '2016-11-01') });
    ctx.dates = extractDates(ctx);
    ctx.figures = extractFigures(ctx);
    const bySpan = new Map<string, { features: string[]; block: number; group: CheckGroup; prior: number }>();
    const record: QuoteCheck = (features, a) => { bySpan.set(`${a.start}:${a.end}`, { features: [...features()], block: a.block, group: checkGroup(a), prior: a.confidence }); return true; };
    const { quotes } = extractSources(ctx, { attitudes: true, quoteCheck: record });
    const seen = quotes.map((q) => bySpan.get(`${q.start}:${q.end}`)!);
    articles.push({
      gold, keys: gold.map((g) => (g.source ? sourceKey(g, gold, raw).words : [])),
      preds: quotes.map((q, j) => ({ text: q.text, speaker: q.speaker, block: seen[j]!.block, direct: q.direct, group: seen[j]!.group, prior: seen[j]!.prior })),
      features: seen.map((x) => x.features),
    });
  }
  return articles;
}

// Reading train takes a minute or more: `--reuse FILE` keeps what it read, for trying other labels,
// groups or fits on the same output (delete the file whenever the pipeline changes).
const reuse = process.argv.includes('--reuse') ? process.argv[process.argv.indexOf('--reuse') + 1]! : null;
const articles: Article[] = reuse && existsSync(reuse) ? JSON.parse(readFileSync(reuse, 'utf8')) : readArticles();
if (reuse && !existsSync(reuse)) writeFileSync(reuse, JSON.stringify(articles));
// DUMP=FILE writes each prediction's outcome (1 right, 0 wrong, -1 neutral, -2 a stand-in miss left out) and stops.
if (process.env.DUMP) {
  writeFileSync(process.env.DUMP, JSON.stringify(articles.map((a) => { const { outcome } = score(a, a.preds.map((_, j) => j)); return a.preds.map((_, j) => outcome.get(j)); })));
  process.exit(0);
}

// ---------------------------------------------------------------- the model
interface Model { bias: number; weights: Map<string, number> }
/** The groups the check judges; the others pass unchecked (see quote-check.ts). */
const JUDGED: readonly CheckGroup[] = (process.env.JUDGED ?? 'position,reported').split(',') as CheckGroup[];
const judged = (p: Pred) => JUDGED.includes(p.group);

function examples(set: readonly Article[]) {
  const out: { features: string[]; label: number }[] = [];
  for (const a of set) {
    const { outcome } = score(a, a.preds.map((_, j) => j));
    a.features.forEach((features, j) => { const o = outcome.get(j)!; if (o >= 0 && judged(a.preds[j]!)) out.push({ features, label: o }); });
  }
  return out;
}

function fit(set: readonly Article[]): Model {
  const data = examples(set);
  const seen = new Map<string, number>();
  for (const x of data) for (const f of x.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const names = [...seen].filter(([f, n]) => n >= MIN_COUNT || PRIOR?.weights[f] !== undefined).map(([f]) => f);
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = data.map((x) => Int32Array.from(x.features.filter((f) => index.has(f)).map((f) => index.get(f)!)));
  // The bias is weight 0, on for every row. With a prior the fit starts from it and L2 pulls toward it.
  const w = new Float64Array(names.length + 1);
  const center = new Float64Array(names.length + 1);
  if (PRIOR) { names.forEach((f, i) => { center[i + 1] = PRIOR.weights[f] ?? 0; }); center[0] = PRIOR.bias; w.set(center); }
  const grad = new Float64Array(w.length);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  // Full-batch Adam on the mean log loss (+ L2): it scales each step to its feature, so rare and
  // common features converge together where plain gradient descent overshoots on the common ones.
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    grad.fill(0);
    data.forEach((x, r) => {
      let z = w[0]!;
      for (const i of rows[r]!) z += w[i + 1]!;
      const err = 1 / (1 + Math.exp(-z)) - x.label;
      grad[0] = grad[0]! + err;
      for (const i of rows[r]!) grad[i + 1] = grad[i + 1]! + err;
    });
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! / data.length + (i > 0 ? L2 * (w[i]! - center[i]!) : 0);
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      const mHat = m[i]! / (1 - 0.9 ** epoch), vHat = v[i]! / (1 - 0.999 ** epoch);
      w[i] = w[i]! - (RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const bias = w[0]!;
  return { bias, weights: new Map(names.map((f, i) => [f, w[i + 1]!])) };
}

function zScore(model: Model, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}
const predict = (model: Model, features: readonly string[]) => 1 / (1 + Math.exp(-zScore(model, features)));

const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
// EVAL=weights.json: that file's in-sample counts on train over the position thresholds, then stop.
if (process.env.EVAL) {
  const w = JSON.parse(readFileSync(process.env.EVAL, 'utf8')) as { bias: number; thresholds: Record<string, number>; weights: Record<string, number> };
  const model: Model = { bias: w.bias, weights: new Map(Object.entries(w.weights)) };
  for (const t of [0.14, 0.18, 0.2, 0.22, 0.24, 0.26, 0.3, 0.34]) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const a of articles) {
      const kept = a.preds.map((_, j) => j).filter((j) => { const g = a.preds[j]!.group; const th = g === 'position' ? t : w.thresholds[g]; return th === undefined || predict(model, a.features[j]!) >= th; });
      const s = score(a, kept); c.tp += s.tp; c.fp += s.fp; c.fn += s.fn;
    }
    console.error(`${process.env.EVAL} position ${t.toFixed(2)}: F1 ${f1(c).toFixed(4)} TP ${c.tp} FP ${c.fp} FN ${c.fn}${t === w.thresholds.position ? '  <- its own' : ''}`);
  }
  process.exit(0);
}
// ---------------------------------------------------------------- the confidence
// Each kept quote's provenance.confidence is its chance of being right (words and speaker, as the
// runner scores it), read from the check's score z by a per-group logistic calibration
// p = 1 / (1 + e^-(a z + b)) (Platt scaling): the check's weights were fitted on positions and
// reported statements only, so a quotation's z ranks but is not a probability, and the
// quotations' own (a, b) make it one. Fitted on the quotes the check keeps, as they are labelled
// once the dropped ones are gone; neutral quotes (pieces of a matched content) are left out.
type Platt = [number, number];
interface Scored { z: number; label: number; prior: number; fold: number }

function fitPlatt(rows: readonly Scored[]): Platt {
  // Newton's method on the two parameters, a little ridge so that a group all right or all wrong stays finite.
  let a = 1, b = 0;
  for (let it = 0; it < 30; it++) {
    let ga = 0.01 * (a - 1), gb = 0.01 * b, haa = 0.01, hab = 0, hbb = 0.01;
    for (const r of rows) {
      const p = 1 / (1 + Math.exp(-(a * r.z + b)));
      const e = p - r.label, v = p * (1 - p);
      ga += e * r.z; gb += e; haa += v * r.z * r.z; hab += v * r.z; hbb += v;
    }
    const det = haa * hbb - hab * hab;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return [Math.round(a * 1000) / 1000, Math.round(b * 1000) / 1000];
}
const platt = ([a, b]: Platt, z: number) => 1 / (1 + Math.exp(-(a * z + b)));

/** The kept quotes of each group with their score and outcome. */
function scoredByGroup(zOf: (a: Article, j: number) => number, keptOf: (a: Article, i: number) => number[]): Map<CheckGroup, Scored[]> {
  const out = new Map<CheckGroup, Scored[]>();
  articles.forEach((a, i) => {
    const kept = keptOf(a, i);
    const { outcome } = score(a, kept);
    for (const j of kept) {
      const label = outcome.get(j)!;
      if (label < 0) continue;
      const p = a.preds[j]!;
      const list = out.get(p.group) ?? [];
      list.push({ z: zOf(a, j), label, prior: p.prior ?? 0.5, fold: i % FOLDS });
      out.set(p.group, list);
    }
  });
  return out;
}

/** Mean log loss and Brier score of probabilities against labels. */
function loss(rows: readonly Scored[], prob: (r: Scored) => number): string {
  let ll = 0, brier = 0;
  for (const r of rows) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, prob(r)));
    ll -= Math.log(r.label ? p : 1 - p);
    brier += (p - r.label) ** 2;
  }
  return `log loss ${(ll / rows.length).toFixed(4)}, Brier ${(brier / rows.length).toFixed(4)}`;
}

/** Fits each group's calibration, reporting it against the parsers' constants by 5-fold CV over articles. */
function calibrate(groups: Map<CheckGroup, Scored[]>): Record<string, Platt> {
  const fitted: Record<string, Platt> = {};
  for (const [group, rows] of [...groups].sort()) {
    const cv = new Map<Scored, number>();
    for (let k = 0; k < FOLDS; k++) {
      const ab = fitPlatt(rows.filter((r) => r.fold !== k));
      for (const r of rows) if (r.fold === k) cv.set(r, platt(ab, r.z));
    }
    fitted[group] = fitPlatt(rows);
    const right = rows.filter((r) => r.label).length;
    console.error(`confidence ${group}: ${rows.length} kept quotes, ${(right / rows.length).toFixed(3)} right; parser's constant ${loss(rows, (r) => r.prior)}; check's raw p ${loss(rows, (r) => 1 / (1 + Math.exp(-r.z)))}; calibrated (CV) ${loss(rows, (r) => cv.get(r)!)}; a, b = ${fitted[group]!.join(', ')}`);
    const sorted = [...rows].sort((x, y) => cv.get(x)! - cv.get(y)!);
    const bins = Array.from({ length: 5 }, (_, q) => sorted.slice(Math.floor((q * sorted.length) / 5), Math.floor(((q + 1) * sorted.length) / 5)));
    console.error(`  by fifths of the CV confidence, mean confidence / share right: ${bins.map((b) => `${(b.reduce((s, r) => s + cv.get(r)!, 0) / b.length).toFixed(2)}/${(b.filter((r) => r.label).length / b.length).toFixed(2)}`).join('  ')}`);
  }
  return fitted;
}

// CALIBRATE=weights.json: that file's check (weights and thresholds kept as they are) gets its
// confidence calibration, written back into it. With SPLIT=dev it reports instead how well the
// file's own calibration does there, and writes nothing.
if (process.env.CALIBRATE) {
  const file = process.env.CALIBRATE;
  const w = JSON.parse(readFileSync(file, 'utf8')) as { bias: number; thresholds: Record<string, number>; weights: Record<string, number>; confidence?: Record<string, Platt> };
  const model: Model = { bias: w.bias, weights: new Map(Object.entries(w.weights)) };
  const zOf = (a: Article, j: number) => zScore(model, a.features[j]!);
  const keptOf = (a: Article) => a.preds.map((_, j) => j).filter((j) => { const th = w.thresholds[a.preds[j]!.group]; return th === undefined || predict(model, a.features[j]!) >= th; });
  const groups = scoredByGroup(zOf, keptOf);
  if (SPLIT !== 'train') {
    for (const [group, rows] of [...groups].sort()) {
      const ab = w.confidence?.[group];
      const right = rows.filter((r) => r.label).length;
      console.error(`${SPLIT} confidence ${group}: ${rows.length} kept quotes, ${(right / rows.length).toFixed(3)} right; parser's constant ${loss(rows, (r) => r.prior)}; shipped ${ab ? loss(rows, (r) => platt(ab, r.z)) : 'none'}`);
    }
    process.exit(0);
  }
  w.confidence = calibrate(groups);
  writeFileSync(file, JSON.stringify(w, null, 1) + '\n');
  console.error(`calibration -> ${file}`);
  process.exit(0);
}
const THRESHOLDS = Array.from({ length: 31 }, (_, i) => i * 0.02);

// Cross-validation by article: each article's quotes are scored by a model that never saw it.
const probs = new Map<Article, number[]>();
for (let k = 0; k < FOLDS; k++) {
  const model = fit(articles.filter((_, i) => i % FOLDS !== k));
  articles.forEach((a, i) => { if (i % FOLDS === k) probs.set(a, a.features.map((f, j) => (judged(a.preds[j]!) ? predict(model, f) : 1))); });
}
function counts(thresholds: ReadonlyMap<CheckGroup, number>): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const a of articles) {
    const p = probs.get(a)!;
    const s = score(a, a.preds.map((_, j) => j).filter((j) => p[j]! >= (thresholds.get(a.preds[j]!.group) ?? 0)));
    c.tp += s.tp; c.fp += s.fp; c.fn += s.fn;
  }
  return c;
}
// Each group's threshold in turn, the others held, twice round. The curve is flat near its top:
// thresholds within TIE of the best F1 count as equal, and the lowest of them is taken, so the
// check drops no more of the rules' readings than it has to.
const TIE = 0.0005;
const chosen = new Map<CheckGroup, number>(JUDGED.map((g) => [g, 0]));
const none = counts(chosen);
for (let round = 0; round < 2; round++) {
  for (const group of JUDGED) {
    const totals = THRESHOLDS.map((t) => ({ t, ...counts(new Map([...chosen, [group, t]])) }));
    const top = Math.max(...totals.map(f1));
    const best = totals.find((x) => f1(x) >= top - TIE)!;
    chosen.set(group, best.t);
    if (round === 1) for (const x of totals) console.error(`${group} threshold ${x.t.toFixed(2)}  F1 ${f1(x).toFixed(4)}  TP ${x.tp} FP ${x.fp} FN ${x.fn}${x === best ? '  <- chosen' : ''}`);
  }
}
const best = counts(chosen);
console.error(`train 5-fold CV source F1 ${f1(none).toFixed(4)} (no check) -> ${f1(best).toFixed(4)} at ${[...chosen].map(([g, t]) => `${g} ${t.toFixed(2)}`).join(', ')} (TP ${best.tp} FP ${best.fp} FN ${best.fn})`);

// The source F1 moves little with the model, since only the quotes near the threshold count: a new
// feature's worth shows first in how well the cross-validated probabilities rank the judged quotes
// (AUC) and in their mean log loss.
{
  const ranked: { p: number; label: number }[] = [];
  for (const a of articles) {
    const { outcome } = score(a, a.preds.map((_, j) => j));
    const p = probs.get(a)!;
    a.features.forEach((_, j) => { const o = outcome.get(j)!; if (judged(a.preds[j]!) && o >= 0) ranked.push({ p: p[j]!, label: o }); });
  }
  ranked.sort((x, y) => x.p - y.p);
  let rankSum = 0, positives = 0, loss = 0;
  ranked.forEach((x, i) => {
    if (x.label) { rankSum += i + 1; positives++; }
    loss -= Math.log(Math.min(1 - 1e-12, Math.max(1e-12, x.label ? x.p : 1 - x.p)));
  });
  const negatives = ranked.length - positives;
  const auc = (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
  console.error(`train 5-fold CV on ${ranked.length} judged quotes: AUC ${auc.toFixed(4)}, log loss ${(loss / ranked.length).toFixed(4)}`);
}

const model = fit(articles);
const round = (x: number) => Math.round(x * 1000) / 1000;
const weights = Object.fromEntries([...model.weights].filter(([, w]) => Math.abs(w) >= 0.005).sort((a, b) => b[1] - a[1]).map(([f, w]) => [f, round(w)]));
const shipped: Model = { bias: round(model.bias), weights: new Map(Object.entries(weights)) };
const keptByShipped = (a: Article) => a.preds.map((_, j) => j).filter((j) => predict(shipped, a.features[j]!) >= (chosen.get(a.preds[j]!.group) ?? 0));
writeFileSync(OUT, JSON.stringify({
  about: 'Logistic quote check trained on PolNeAR train by eval/train-quote-check.ts (features: quote-features.ts quoteFeatures); thresholds by group, by 5-fold CV over articles. Re-run it to re-train.',
  // a group whose best threshold keeps everything is left unjudged
  bias: shipped.bias, thresholds: Object.fromEntries([...chosen].filter(([, t]) => t > 0)), weights,
  confidence: calibrate(scoredByGroup((a, j) => zScore(shipped, a.features[j]!), keptByShipped)),
}, null, 1) + '\n');
console.error(`${Object.keys(weights).length} weights -> ${OUT}`);
