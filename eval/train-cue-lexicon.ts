// Learns the cue lexicon of positions (src/core/sources/learned-cues.json) from the PolNeAR TRAIN
// split only (dev is for choosing thresholds, test stays held out). For each cue head — a verb
// lemma, with the particle or preposition a phrasal cue ends on ("call for"), or a short stance
// phrase ("critical of") — it counts:
//   n      occurrences annotated as (inside) a Cue span,
//   seen   occurrences of the same forms in the text where a verb may stand (not after a
//          determiner or a preposition: "the attack", "of support" are nouns),
//   np / clause / inf   what the annotated content that follows starts with: a noun phrase, a
//          that-clause (or a clause without "that"), a to-infinitive,
//   short  how many of those contents are 1–5 words ("attacked Machado" → "Machado").
// Only entries with n >= MIN_N and n / seen >= MIN_RATIO are written (the reader applies its own,
// stricter thresholds, chosen on dev). Re-train after changing the rules below:
//
//   npx tsx eval/train-cue-lexicon.ts            (writes src/core/sources/learned-cues.json)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflect } from '../src/core/sources/attitude-lexicon';
import { requireKit } from './kit';
import { firstAnnotator, readAttributions } from './polnear-annotations';

const DIR = join(requireKit('eval/data/polnear-train-dev/data'), 'train');
const OUT = join(import.meta.dirname, '..', 'src', 'core', 'sources', 'learned-cues.json');
const MIN_N = 3;
const MIN_RATIO = 0.15;

// Words before the head that are not part of it: auxiliaries, negation, adverbs ("has long opposed").
const FILLER = /^(?:has|have|had|is|was|are|were|be|been|being|will|would|could|can|should|may|might|must|do|does|did|not|n['’]t|never|also|now|then|still|just|already|even|again|once|first|later|to|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t|\p{Ll}+ly)$/u;
const PARTICLES = new Set(['for', 'of', 'on', 'to', 'about', 'against', 'at', 'with', 'in', 'out', 'up', 'into', 'behind', 'over']);
const NOUN_BEFORE = /(?:^|\s)(?:the|a|an|his|her|their|its|our|my|your|this|these|those|of|for|with|by|from|in|on|at|that)\s+$/i;

interface Stat { n: number; seen: number; np: number; clause: number; inf: number; short: number }

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];

/** The attributions with a cue and a content, as the lexicon learns from them. */
function parse(path: string, text: string) {
  return readAttributions(path, text).filter((a) => a.cue && a.content);
}

const texts = readdirSync(join(DIR, 'text')).filter((f) => f.endsWith('.txt')).sort();
const anns = readdirSync(join(DIR, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const vocabulary = new Map<string, number>();
const corpus: { text: string; atts: ReturnType<typeof parse> }[] = [];
for (const f of texts) {
  const id = f.slice(0, -4);
  const ann = firstAnnotator(anns, id);
  if (!ann) continue;
  const text = readFileSync(join(DIR, 'text', f), 'utf8');
  for (const w of words(text)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  corpus.push({ text, atts: parse(join(DIR, 'attributions', ann), text) });
}

/** The lemma whose forms include `form` and that the corpus uses most, else the form itself. */
function lemmaOf(form: string): string {
  const candidates = new Set([form]);
  for (const [suffix, repl] of [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e']] as const) {
    if (form.endsWith(suffix)) candidates.add(form.slice(0, -suffix.length) + repl);
  }
  if (/([bdgmnprt])\1(?:ed|ing)$/.test(form)) candidates.add(form.replace(/([bdgmnprt])\1(?:ed|ing)$/, '$1'));
  candidates.delete(form);
  // A base form the corpus uses ("accuse" for "accused"); the form itself when none is ("critical").
  const fits = [...candidates].filter((c) => c.length > 2 && inflect(c).includes(form) && vocabulary.has(c));
  fits.sort((a, b) => (vocabulary.get(b) ?? 0) - (vocabulary.get(a) ?? 0) || a.length - b.length);
  return fits[0] ?? form;
}

/** The head of a cue span: "has long been critical of" → "critical of"; "called for" → "call for". */
function headOf(cue: string): string | null {
  let ws = words(cue);
  while (ws.length > 1 && FILLER.test(ws[0]!)) ws = ws.slice(1);
  if (ws.length === 1) return /^\p{Ll}{3,}$/u.test(ws[0]!) && !FILLER.test(ws[0]!) ? lemmaOf(ws[0]!) : null;
  if (ws.length === 2 && PARTICLES.has(ws[1]!)) return `${lemmaOf(ws[0]!)} ${ws[1]}`;
  return null;
}

const stats = new Map<string, Stat>();
const stat = (k: string) => stats.get(k) ?? stats.set(k, { n: 0, seen: 0, np: 0, clause: 0, inf: 0, short: 0 }).get(k)!;
for (const { atts } of corpus) {
  for (const a of atts) {
    const head = headOf(a.cue!.text);
    if (!head) continue;
    const s = stat(head);
    s.n++;
    if (a.content!.start < a.cue!.end) continue; // content before the cue ("…, she said")
    const first = words(a.content!.text)[0] ?? '';
    if (first === 'that') s.clause++;
    else if (first === 'to') s.inf++;
    else if (/^(?:he|she|they|we|i|it|there|the\s)/.test(a.content!.text.toLowerCase()) && /\s(?:is|was|are|were|will|would|has|had|have|can|could|should|did)\s/.test(a.content!.text)) s.clause++;
    else s.np++;
    if (words(a.content!.text).length <= 5) s.short++;
  }
}

// How often each head's forms appear where a verb may stand, whether annotated or not.
const keys = [...stats.keys()].filter((k) => stats.get(k)!.n >= MIN_N);
for (const key of keys) {
  const [verb, particle] = key.split(' ');
  const forms = [...new Set([...inflect(verb!), verb!])].join('|');
  const re = new RegExp(`(?<![\\p{L}’'-])(?:${forms})${particle ? `\\s+${particle}` : ''}(?![\\p{L}’'-])`, 'gu');
  const s = stats.get(key)!;
  for (const { text } of corpus) {
    for (const m of text.matchAll(re)) if (!NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) s.seen++;
  }
  s.seen = Math.max(s.seen, s.n);
}

const kept = Object.fromEntries(keys.map((k) => [k, stats.get(k)!] as const)
  .filter(([, s]) => s.n / s.seen >= MIN_RATIO)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([k, s]) => [k, [s.n, s.seen, s.np, s.clause, s.inf, s.short]]));
writeFileSync(OUT, `${JSON.stringify({
  about: 'Cue heads of PolNeAR train (first annotator per article): [annotated, seen as a possible verb, content np, clause, to-infinitive, 1-5 words]. Trained by eval/train-cue-lexicon.ts; re-run it to re-train.',
  minN: MIN_N, minRatio: MIN_RATIO, cues: kept,
}, null, 0).replace(/\],"/g, '],\n"')}\n`);
console.log(`${corpus.length} articles, ${stats.size} heads, ${Object.keys(kept).length} kept → ${OUT}`);
