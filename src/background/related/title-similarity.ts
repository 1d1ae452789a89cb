import { isStopWord } from './query/background-frequency';

// How alike two headlines are: the share of their content words in common (Jaccard), after
// lower-casing and dropping function words and the outlet's name tacked on at the end.

const WORD = /[\p{L}\p{N}]+/gu;

export function titleWords(title: string): Set<string> {
  const words = new Set<string>();
  for (const match of title.toLowerCase().slice(0, 500).matchAll(WORD)) {
    const word = match[0];
    if (word.length > 1 && !isStopWord(word)) words.add(word);
  }
  return words;
}

export function titleSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const left = typeof a === 'string' ? titleWords(a) : a;
  const right = typeof b === 'string' ? titleWords(b) : b;
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}
