// PolNeAR development scorer for the sources step ("source F1 on our measure").
//
//   npx tsx eval/polnear-score.ts [--split dev|train] [--limit N] [--verbose] [--statements-only]
//
// Attitudes (beliefs, intentions, stances) are PolNeAR attributions, so the step runs with
// `{ attitudes: true }`; the fact sheet's own quotes leave them out (`--statements-only` scores those).
//
// Reads ../shared/eval/data/polnear-train-dev/data/<split> at run time (never copied into the
// project): each article's text (text/*.txt) and its brat attributions (attributions/*.ann; for
// an article annotated twice, the first file by name). Each article runs through the same core
// as `analyzeText` (paragraphs split on blank lines, no metadata); only the sources step is
// scored, so the script builds the context and calls `extractSources` directly — the step reads
// nothing the earlier steps produce.
//
// The measure. Gold items are the annotated attributions that have both a Content and a Source
// span (attributions without a source are left out; a prediction that matches one of them is
// neither right nor wrong). A predicted quote is paired one-to-one with a gold attribution
// (best fit first) when it covers at least half of the gold content's words (lower-cased word
// tokens, as ../shared/eval/score.mjs counts them). A pair is a true positive when the
// prediction's speaker also NAMES THE ANNOTATED SOURCE:
//   - the gold source span holds a name (a capitalised word that is not a pronoun or a
//     sentence-initial function word): the words of its last name run (before any apposition
//     comma: "Rev. Peter Wherry" of "the Rev. Peter Wherry, of Mayfield …"; and before a relative
//     clause: "Sen. Jim Whelan" of "Sen. Jim Whelan who represents Atlantic City") share a word with
//     the predicted source's name or one of its aliases ("Trump" ~ "Donald Trump"). Titles
//     ("Mr.", "Sen.") are ignored. When the apposition after the first comma is a bare name ("The
//     finance minister, Lou Jiwei,", "One Republican hopeful, Carly Fiorina,"), that name is the
//     source's too, and its last run may match instead.
//   - the gold source is a pronoun or relative pronoun ("he", "she", "they", "who", "I"), whose
//     referent the annotation does not give: the predicted source counts when one of its names
//     or aliases occurs in the article within the 600 characters before the source span — that
//     is, the prediction names someone the pronoun can refer to. (Lenient by design.)
//   - the gold source is a description without a name ("sources", "the president", "experts"):
//     it counts when the predicted name or an alias shares the description's head noun
//     ("a source" ~ "sources"; a bare quantifier, "Some", "most", is its own head; a title word such as "president" counts here only when the predicted
//     name is itself a description without capitals), or, as for pronouns, when the predicted source is named within
//     the 600 characters before it.
// A gold content split by its cue may also be covered by several passages of one predicted
// speaker that each lie inside it (at least 80% of their words) and together cover half of it;
// they then count as one prediction.
// Precision = true positives / predicted quotes (less those paired with a source-less gold item);
// recall = true positives / gold items. Also printed: content-only scores (pairing alone).

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext } from '../src/core/context';
import { extractSources } from '../src/core/sources/index';
import { emptyMeta } from '../src/core/meta';
import { plainTextBlocks } from '../src/core/text/plain-text';
import type { Quote, Source } from '../src/core/types';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'dev';
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const verbose = args.includes('--verbose');
// --statements-only: the fact sheet's own reading (no attitudes), for comparison.
const attitudes = !args.includes('--statements-only');
const ROOT = resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'data', 'polnear-train-dev', 'data', split);

interface GoldAttribution {
  content: string;
  source: string | null;
  sourceStart: number;
  cue: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const tokens = (s: string) => (s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(WORD) ?? []);
const PRONOUN = /^(?:he|she|they|it|i|we|you|who|which|that|his|her|their|its|him|them|me|us|one)$/i;
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'rev', 'president', 'the', 'former', 'retired', 'ret']);
const FUNCTION = new Set(['the', 'a', 'an', 'and', 'but', 'in', 'on', 'of', 'for', 'at', 'to', 'with', 'by', 'from', 'as', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'other', 'another', 'several', 'both', 'all', 'one', 'two', 'three']);

function readAnn(path: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; start: number; text: string }>();
  const events: Map<string, string>[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    // A span's surface text may run over several lines: its continuation lines are not records
    // (and one that starts with "T", "The number …", is not a span).
    if (/^T\d+\t/.test(line)) {
      const [id, info, surface] = line.split('\t');
      const [type, ...offsets] = info!.split(' ');
      const pieces = offsets.join(' ').split(';').map((p) => p.trim().split(' ').map(Number) as [number, number]);
      spans.set(id!, { type: type!, start: pieces[0]![0], text: pieces.map(([a, b]) => text.slice(a, b)).join(' ') || surface || '' });
    } else if (/^E\d+\t/.test(line)) {
      const parts = line.split('\t')[1]!.split(' ');
      events.push(new Map(parts.map((p) => p.split(':') as [string, string])));
    }
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const content = spans.get(e.get('Content') ?? '');
    if (!content) continue;
    const source = spans.get(e.get('Source') ?? '');
    out.push({ content: content.text, source: source?.text ?? null, sourceStart: source?.start ?? -1, cue: spans.get(e.get('Cue') ?? '')?.text ?? '' });
  }
  return out;
}

function analyze(text: string): { quotes: Quote[]; sources: Source[] } {
  // The same paragraphs analyzeText builds, with the sources step alone.
  const { text: joined, blocks } = plainTextBlocks(text);
  const ctx = createContext({ text: joined, blocks, meta: { ...emptyMeta(), language: 'en' }, url: null, referenceDate: new Date('2016-10-01T12:00:00Z') });
  // PolNeAR annotates beliefs, intentions and stances as attributions: ask for them too.
  return extractSources(ctx, { attitudes });
}

function coverage(gold: string, pred: string): number {
  const g = tokens(gold);
  const p = new Set(tokens(pred));
  return g.length ? g.filter((t) => p.has(t)).length / g.length : 0;
}

const stem = (w: string) => w.replace(/(?:es|s)$/, '');

function namesOf(quote: Quote, sources: Source[]): string[] {
  const source = sources.find((s) => s.id === quote.sourceId);
  return [quote.speaker ?? '', ...(source?.aliases ?? [])].filter(Boolean);
}

/** The capitalised name runs of a phrase, lower-cased word tokens without titles. */
function nameRuns(phrase: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  phrase.split(/\s+/).forEach((w, i) => {
    const bare = w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/['\u2019]s$/, '');
    const cap = /^\p{Lu}/u.test(bare) && !PRONOUN.test(bare) && !(i === 0 && FUNCTION.has(bare.toLowerCase()));
    if (cap) run.push(bare);
    else if (run.length) { runs.push(run); run = []; }
  });
  if (run.length) runs.push(run);
  return runs.map((r) => r.flatMap((w) => tokens(w)).filter((w) => !TITLES.has(w))).filter((r) => r.length);
}

// A phrase that is only a name (and its titles): "Lou Jiwei", "Donald J. Trump and Senator Ted Cruz".
const NAME_ONLY = /^(?:\p{Lu}[\p{L}.'\u2019-]*|and|of|de|van|von|al)(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|and|of|de|van|von|al)){0,6}$/u;

function speakerMatches(gold: GoldAttribution, names: string[], text: string): boolean {
  // The source span may go on with a relative clause ("Sen. Jim Whelan who represents Atlantic
  // City"): the names in it are not the source's.
  const segments = gold.source!.split(/\s+(?:who|whose|which)\s+/)[0]!.split(',').map((x) => x.trim()).filter(Boolean);
  const raw = segments[0] ?? gold.source!.trim();
  const words = raw.split(/\s+/);
  const predWords = new Set(names.flatMap((n) => tokens(n)).filter((w) => !TITLES.has(w)).map(stem));
  const named = nameRuns(raw);
  // "The finance minister, Lou Jiwei," / "One Republican hopeful, Carly Fiorina,": a description
  // whose apposition is a bare name — that name is the source's.
  const appositive = segments[1] && NAME_ONLY.test(segments[1]) ? nameRuns(segments[1]) : [];
  const hits = (run: string[] | undefined) => Boolean(run?.some((w) => predWords.has(stem(w))));
  if (appositive.length && hits(appositive[appositive.length - 1])) return true;
  if (named.length) return hits(named[named.length - 1]);
  const window = text.slice(Math.max(0, gold.sourceStart - 600), gold.sourceStart);
  const nearby = () => names.some((n) => {
    const t = tokens(n).filter((w) => !TITLES.has(w) && w.length > 2);
    return t.length > 0 && t.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(window.normalize('NFKD')));
  });
  if (words.length === 1 && PRONOUN.test(words[0]!.replace(/[^\p{L}]/gu, ''))) return nearby();
  const content = tokens(raw).filter((w) => !FUNCTION.has(w));
  // A description made only of function words ("Some", "most", "Both") is its own head.
  const head = content[content.length - 1] ?? tokens(raw).at(-1);
  if (head && predWords.has(stem(head))) return true;
  // A predicted description ("president", "the senator") against a gold one with the same head:
  // titles are left out of predWords so that "President X" never matches "President Y" by the
  // title, but a description that names nobody has nothing else to match on.
  const described = names.filter((n) => !/\p{Lu}/u.test(n));
  if (head && described.some((n) => tokens(n).map(stem).includes(stem(head)))) return true;
  return nearby();
}

let extraParts = 0;
let tp = 0, predicted = 0, neutral = 0, goldCount = 0, found = 0, foundPred = 0;
const textDir = join(ROOT, 'text');
const annDir = join(ROOT, 'attributions');
const annFiles = readdirSync(annDir).sort();
const articles = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
const started = Date.now();
for (const file of articles) {
  const id = file.replace(/\.txt$/, '');
  const ann = annFiles.find((f) => f.startsWith(`${id}_`));
  if (!ann) continue;
  const text = readFileSync(join(textDir, file), 'utf8');
  const gold = readAnn(join(annDir, ann), text);
  const { quotes, sources } = analyze(text);
  const pairs: { g: number; p: number; fit: number }[] = [];
  gold.forEach((g, gi) => quotes.forEach((q, pi) => {
    const c = coverage(g.content, q.text);
    if (c >= 0.5) pairs.push({ g: gi, p: pi, fit: c + 0.5 * coverage(q.text, g.content) });
  }));
  pairs.sort((a, b) => b.fit - a.fit);
  const goldOf = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const { g, p } of pairs) if (!goldOf.has(g) && !usedPred.has(p)) { goldOf.set(g, p); usedPred.add(p); }
  let docExtra = 0;
  // A gold content split by its cue ("“…,” he said, “…”") is one attribution in PolNeAR but two
  // quoted passages for us: the passages of one speaker that lie inside it may cover it together.
  gold.forEach((g, gi) => {
    if (goldOf.has(gi)) return;
    const parts = quotes.map((q, pi) => ({ q, pi })).filter(({ q, pi }) => !usedPred.has(pi) && coverage(q.text, g.content) >= 0.8);
    const bySpeaker = new Map<string, number[]>();
    for (const { q, pi } of parts) bySpeaker.set(q.speaker ?? '', [...(bySpeaker.get(q.speaker ?? '') ?? []), pi]);
    for (const list of bySpeaker.values()) {
      if (list.length < 2 || coverage(g.content, list.map((pi) => quotes[pi]!.text).join(' ')) < 0.5) continue;
      goldOf.set(gi, list[0]!);
      list.forEach((pi) => usedPred.add(pi));
      docExtra += list.length - 1;
      break;
    }
  });
  // …and a passage inside a gold content already matched by the same speaker's other passage.
  quotes.forEach((q, pi) => {
    if (usedPred.has(pi)) return;
    for (const [gi, pj] of goldOf) {
      if (quotes[pj]!.speaker === q.speaker && coverage(q.text, gold[gi]!.content) >= 0.8) { usedPred.add(pi); docExtra++; return; }
    }
  });
  let docTp = 0;
  const docGold = gold.filter((g) => g.source).length;
  let docNeutral = 0;
  gold.forEach((g, gi) => {
    const p = goldOf.get(gi);
    if (!g.source) { if (p !== undefined) docNeutral++; return; }
    if (p === undefined) { if (verbose) console.log(`  miss  [${g.source}] <${g.cue}> ${g.content.slice(0, 90)}`); return; }
    found++;
    const names = namesOf(quotes[p]!, sources);
    if (speakerMatches(g, names, text)) { docTp++; if (verbose) console.log(`  hit   <${quotes[p]!.cue} ${quotes[p]!.provenance.extractor}>`); }
    else if (verbose) console.log(`  who   [${g.source}] got ${JSON.stringify(quotes[p]!.speaker)} <${quotes[p]!.cue} ${quotes[p]!.provenance.extractor}>: ${g.content.slice(0, 70)}`);
  });
  if (verbose) quotes.forEach((q, i) => { if (!usedPred.has(i)) console.log(`  extra [${q.speaker}] <${q.cue} ${q.provenance.extractor}> ${q.text.slice(0, 90)}`); });
  tp += docTp;
  goldCount += docGold;
  neutral += docNeutral;
  predicted += quotes.length;
  foundPred += usedPred.size - docNeutral - docExtra;
  extraParts += docExtra;
  if (verbose) console.log(`${id}: ${docTp}/${docGold} gold, ${quotes.length} predicted`);
}
// The further passages of a split quotation count as one prediction with the first.
predicted -= extraParts;
const precision = tp / Math.max(1, predicted - neutral);
const recall = tp / Math.max(1, goldCount);
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const cp = foundPred / Math.max(1, predicted - neutral);
const cr = found / Math.max(1, goldCount);
console.log(`PolNeAR ${split}: ${articles.length} articles, ${goldCount} gold attributions with a source, ${predicted} predicted (${neutral} on source-less gold), ${Date.now() - started} ms`);
console.log(`content only   P ${(cp * 100).toFixed(1)}  R ${(cr * 100).toFixed(1)}  F1 ${((2 * cp * cr) / Math.max(1e-9, cp + cr) * 100).toFixed(1)}`);
console.log(`source F1      P ${(precision * 100).toFixed(1)}  R ${(recall * 100).toFixed(1)}  F1 ${(f1 * 100).toFixed(1)}`);
