// Small look-ahead / look-behind helpers over the token list. Every helper reads a bounded
// number of tokens, so the step stays linear however hostile the page.

import type { Token } from './lexer';

export function tokenAt(tokens: readonly Token[], index: number): Token | undefined {
  return index >= 0 && index < tokens.length ? tokens[index] : undefined;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && token.type === 'word' && (words.length === 0 || words.includes(token.lower));
}

export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
  return token !== undefined && token.type === 'punct' && (marks.length === 0 || marks.includes(token.text));
}

/** A phrase as lower-case token texts, e.g. ["more", "than"]; "-" matches a hyphen. */
export type Phrase = readonly string[];

export function phrases(list: readonly string[]): Phrase[] {
  return list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
}

/**
 * The longest phrase that ends right before `index` (tokens joined by at most spaces, never a
 * line break). Returns the index of its first token, or -1.
 */
export function phraseBefore(tokens: readonly Token[], index: number, list: readonly Phrase[]): { first: number; phrase: Phrase } | null {
  for (const phrase of list) {
    const first = index - phrase.length;
    if (first < 0) continue;
    if (tokens[index] && tokens[index]!.gap === 2) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      const token = tokens[first + k]!;
      if (token.lower !== phrase[k] || (k > 0 && token.gap === 2)) { ok = false; break; }
    }
    if (ok) return { first, phrase };
  }
  return null;
}

/** The longest phrase that starts at `index`. Returns the index of its last token, or -1. */
export function phraseAt(tokens: readonly Token[], index: number, list: readonly Phrase[]): { last: number; phrase: Phrase } | null {
  for (const phrase of list) {
    const last = index + phrase.length - 1;
    if (last >= tokens.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      const token = tokens[index + k]!;
      if (token.lower !== phrase[k] || (k > 0 && token.gap === 2)) { ok = false; break; }
    }
    if (ok) return { last, phrase };
  }
  return null;
}
