// Learns the English words that news text writes in lower case (src/core/sources/ordinary-words.json)
// from the PolNeAR TRAIN split's texts only: a word seen in lower case at least MIN_LOWER times and
// capitalised inside a sentence at most MAX_CAPITAL_SHARE as often. The speaker reader asks it about
// a lone capitalised word that opens a sentence on a page that never writes it otherwise ("Published
// estimates put …", "Please explain …"): the page alone cannot tell that word from a name said once
// ("Cruz openly admitted …"); the learned casing can. Names keep their capital inside sentences
// ("said Cruz", "Ted Cruz"), so they stay out. Re-train after changing the thresholds:
//
//   npx tsx eval/train-ordinary-words.ts          (writes src/core/sources/ordinary-words.json)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireKit } from './kit';

const DIR = join(requireKit('eval/data/polnear-train-dev/data'), 'train', 'text');
const OUT = join(import.meta.dirname, '..', 'src', 'core', 'sources', 'ordinary-words.json');
const MIN_LOWER = 5;
const MAX_CAPITAL_SHARE = 0.1;

const WORD = /\p{L}[\p{L}'\u2019-]*/gu;
const lower = new Map<string, number>();
const capital = new Map<string, number>();
const add = (counts: Map<string, number>, word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(DIR, file), 'utf8');
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (/^\p{Ll}/u.test(word)) {
      add(lower, word);
      continue;
    }
    // Inside a sentence: after a lower-case word or a comma (as the reader counts it on a page).
    let i = m.index! - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i >= 0 && i < m.index! - 1 && (text[i] === ',' || /\p{Ll}/u.test(text[i]!))) add(capital, word.toLowerCase());
  }
}

const words = [...lower].filter(([w, n]) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && n >= MIN_LOWER && (capital.get(w) ?? 0) <= n * MAX_CAPITAL_SHARE)
  .map(([w]) => w).sort();
writeFileSync(OUT, JSON.stringify({
  about: `Words PolNeAR train writes in lower case (>= ${MIN_LOWER} times, capitalised inside a sentence <= ${MAX_CAPITAL_SHARE} as often). Trained by eval/train-ordinary-words.ts; re-run it to re-train.`,
  words: words.join(' '),
}) + '\n');
console.error(`${words.length} words -> ${OUT}`);
