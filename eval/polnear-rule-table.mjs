// Which rule is right how often on PolNeAR: each predicted quote of a saved sheets file, as the runner scores it.
//
//   node eval/polnear-rule-table.mjs /tmp/train.jsonl train [--dump /tmp/preds.jsonl]
//
// Mirrors polnear-attribution.mjs's matching (keep the two in step) and prints OK / MISATTR / EXTRA /
// NEUTRAL counts by extractor, by extractor and kind, and by cue for positions; --dump writes one
// JSON line per prediction (outcome, extractor, cue, text, paragraph, and inGold: the largest share
// of its words inside any gold content, high for a passage PolNeAR joined to a neighbouring one).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';

const SHARED = resolve(process.env.FOOTNOTE_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const { words } = await import(join(SHARED, 'eval', 'runners', 'lib.mjs'));
const [sheetsFile, split = 'train', ...rest] = process.argv.slice(2);
const dumpIdx = rest.indexOf('--dump'); const dump = dumpIdx >= 0 ? rest[dumpIdx + 1] : null;
const DIR = join(SHARED, 'eval', 'data', 'polnear-train-dev', 'data');
const readText = (p) => readFileSync(p, 'utf8');
const annFiles = readdirSync(join(DIR, split, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
function parseAnn(path, text) {
  const T = {}; const atts = [];
  for (const line of readText(path).split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0])) {
      const [type, ...r] = cols[1].split(' ');
      const spans = r.join(' ').split(';').map((s) => s.trim().split(' ').map(Number));
      T[cols[0]] = { type, spans, text: spans.map(([a, b]) => text.slice(a, b)).join(' ') };
    } else if (/^E\d+$/.test(cols[0])) {
      atts.push(Object.fromEntries(cols[1].trim().split(/\s+/).map((kv) => kv.split(':'))));
    }
  }
  return atts.map((a) => {
    const contents = Object.keys(a).filter((k) => /^Content\d*$/.test(k)).map((k) => T[a[k]]).filter(Boolean);
    const source = a.Source ? T[a.Source] : null;
    return { content: contents.map((c) => c.text).join(' '), start: Math.min(...contents.flatMap((c) => c.spans.map((s) => s[0]))),
      source: source ? source.text : null, sourceStart: source ? source.spans[0][0] : null };
  }).filter((a) => a.content.trim());
}
const STOP = new Set(`a an the of and or for to in on at by with from as that this these those said says say told according
mr mrs ms miss dr prof sir sen senator rep representative gov governor president presidential secretary chairman chairwoman chair
ceo spokesman spokeswoman spokesperson director minister leader candidate nominee former vice deputy general attorney judge
he she they it we i you him her them his hers their theirs its our us me my your who whom which one ones some`.split(/\s+/));
const PRONOUN = new Set('he she they it we i you him her them his their its our this that who one'.split(' '));
const NOT_NAME = new Set(`The A An In On At But And Or If When While After Before As For From With Without By Of To Since Then This That These Those
It He She They We I You His Her Their Our Its There Here What Who Why How Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April May June July August September October November December Another One Some Many
Most All Both Other Such Each Every No Not Yet So Also Even Still However Meanwhile Yes`.split(/\s+/));
const keyWords = (s) => words(s).filter((w) => !STOP.has(w));
const isPronoun = (s) => { const w = words(s); return w.length > 0 && w.every((x) => PRONOUN.has(x)); };
const hasName = (s) => String(s).split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !NOT_NAME.has(w.replace(/[^\p{L}]/gu, '')));
function nameBefore(text, pos) {
  const runs = [...text.slice(0, pos).matchAll(/\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu)];
  for (let i = runs.length - 1; i >= 0; i--) {
    const ws = runs[i][0].split(/\s+/).filter((w) => !NOT_NAME.has(w.replace(/[^\p{L}]/gu, '')));
    if (ws.length) return ws.join(' ');
  }
  return null;
}
function sourceKey(att, all, text) {
  const own = keyWords(att.source);
  if (own.length && !isPronoun(att.source)) return { words: own, via: null };
  const prev = all.filter((b) => b.source && b.sourceStart < att.sourceStart && keyWords(b.source).length && !isPronoun(b.source) && hasName(b.source))
    .sort((x, y) => y.sourceStart - x.sourceStart)[0];
  const name = prev ? prev.source : nameBefore(text, att.sourceStart);
  return { words: name ? keyWords(name) : [], via: name };
}
const coverage = (gw, ps) => (gw.length ? gw.filter((t) => ps.has(t)).length / gw.length : 0);
const speakerOf = (q) => { const s = q.speaker ?? q.source ?? null; return typeof s === 'string' ? s : s?.name ?? null; };
const out = []; 
for (const line of readText(sheetsFile).trim().split('\n')) {
  const { file, sheet } = JSON.parse(line);
  const id = basename(file).slice(0, -4);
  const ann = annFiles.find((a) => a.slice(0, a.lastIndexOf('_')) === id);
  const text = readText(file);
  const gold = ann ? parseAnn(join(DIR, split, 'attributions', ann), text) : [];
  const preds = (sheet.quotes ?? []).filter((q) => q && typeof q.text === 'string' && q.text.trim());
  const predSets = preds.map((q) => new Set(words(q.text)));
  const predWords = preds.map((q) => words(q.text));
  const used = new Set(); const status = new Array(preds.length).fill('EXTRA'); const goldOf = new Array(preds.length).fill(null);
  const match = (g) => {
    const gw = words(g.content), gs = new Set(gw);
    let best = -1, bestCov = 0.5, bestPrec = -1;
    predSets.forEach((ps, j) => {
      if (used.has(j)) return;
      const c = coverage(gw, ps); if (c < bestCov) return;
      const prec = predWords[j].length ? predWords[j].filter((w) => gs.has(w)).length / predWords[j].length : 0;
      if (c > bestCov || prec > bestPrec) { best = j; bestCov = c; bestPrec = prec; }
    });
    if (best >= 0) used.add(best);
    return best;
  };
  for (const g of gold.filter((g) => g.source)) {
    const j = match(g); if (j < 0) continue;
    const key = sourceKey(g, gold, text);
    const sp = new Set(keyWords(speakerOf(preds[j]) ?? ''));
    status[j] = key.words.some((w) => sp.has(w)) ? 'OK' : 'MISATTR'; goldOf[j] = g.source + (key.via ? ` → ${key.via}` : '');
  }
  for (const g of gold.filter((g) => !g.source)) { const j = match(g); if (j >= 0) status[j] = 'NEUTRAL'; }
  const body = sheet.text ?? sheet.body ?? '';
  const goldSets = gold.map((g) => new Set(words(g.content)));
  preds.forEach((q, j) => {
    const pw = predWords[j];
    const inGold = pw.length ? Math.max(0, ...goldSets.map((gs) => pw.filter((w) => gs.has(w)).length / pw.length)) : 0;
    // the sentence around the quote, from the sheet's text
    let s = q.start ?? 0, e = q.end ?? s;
    let a = body.lastIndexOf('\n', s); a = a < 0 ? 0 : a + 1; let b = body.indexOf('\n', e); if (b < 0) b = body.length;
    out.push({ id, status: status[j], ex: (q.provenance?.extractor ?? '?').replace('sources/', ''), cue: q.cue ?? '', kind: q.cueKind ?? (q.direct ? 'direct' : 'indirect'),
      conf: q.provenance?.confidence, speaker: speakerOf(q), start: q.start, end: q.end, gold: goldOf[j], inGold: Math.round(inGold * 100) / 100, text: q.text, para: body.slice(a, b) });
  });
}
const tab = (keyf, title, min = 1) => {
  const m = new Map();
  for (const r of out) { const k = keyf(r); if (k == null) continue; const c = m.get(k) ?? { OK: 0, MISATTR: 0, EXTRA: 0, NEUTRAL: 0 }; c[r.status]++; m.set(k, c); }
  console.log(`\n== ${title}\n${'key'.padEnd(40)}   n    OK  MIS  EXT  NEU  ok%`);
  [...m].map(([k, c]) => [k, c, c.OK + c.MISATTR + c.EXTRA + c.NEUTRAL]).filter(([, , n]) => n >= min).sort((x, y) => y[2] - x[2])
    .forEach(([k, c, n]) => console.log(`${String(k).slice(0, 40).padEnd(40)} ${String(n).padStart(4)} ${String(c.OK).padStart(5)} ${String(c.MISATTR).padStart(4)} ${String(c.EXTRA).padStart(4)} ${String(c.NEUTRAL).padStart(4)} ${(100 * c.OK / Math.max(1, n - c.NEUTRAL)).toFixed(0).padStart(4)}`));
};
const totals = out.reduce((t, r) => (t[r.status]++, t), { OK: 0, MISATTR: 0, EXTRA: 0, NEUTRAL: 0 });
console.log('totals', JSON.stringify(totals));
tab((r) => r.ex, 'by extractor');
tab((r) => `${r.ex}/${r.kind}`, 'by extractor/kind', 30);
tab((r) => (r.ex === 'attitude' || r.kind === 'attitude' ? `${r.ex}:${r.cue.toLowerCase()}` : null), 'attitude by cue', 15);
if (dump) writeFileSync(dump, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
