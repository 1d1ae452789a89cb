// The figures step reads tokens, not characters: parsers and refiners look one or two tokens
// left and right, and the space between two tokens decides whether they belong together
// ("F-16" vs "16 F-16s", "300k" vs "300 K-pop fans"). One pass over the character codes, no
// regular expression: pages can be megabytes of hostile text.

export type TokenType = 'num' | 'word' | 'punct';

export interface Token {
  type: TokenType;
  /** As printed. */
  text: string;
  /** Lower case, for vocabulary look-ups. */
  lower: string;
  start: number;
  end: number;
  /** What separates it from the previous token: 0 nothing, 1 spaces, 2 a line break (a new block). */
  gap: 0 | 1 | 2;
}

const LETTER = /[\p{L}\p{M}]/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0
    || code === 0x2009 || code === 0x202f || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0xfeff;
}

function isLetter(text: string, index: number, code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 0xc0) return false;
  return LETTER.test(text[index]!);
}

// One-character strings are shared, not sliced: hostile pages are mostly punctuation and digits.
const CHARS: string[] = [];
function charAt(code: number): string {
  return (CHARS[code] ??= String.fromCharCode(code));
}

/**
 * Tokens: a digit run with its separators is one token ("1,000.5", "1.000,5", "192.168.1.2"; the
 * digits parser decides what it means); a word, with inner apostrophes ("Korea's"); any other
 * character, a run of the same mark counting once (",,,,", "((((").
 */
export function lex(text: string, maxNumbers = Infinity, regions: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }]): Token[] {
  const tokens: Token[] = [];
  let numbers = 0;
  for (const region of regions) {
    // Windows are separate pieces of text: nothing joins across their edges.
    if (lexRange(text, region.start, region.end, tokens, 2, maxNumbers - numbers, (n) => { numbers += n; })) break;
  }
  return tokens;
}

/** Lexes text[from, to) onto `tokens`; returns true when the number budget ran out. */
function lexRange(text: string, from: number, to: number, tokens: Token[], firstGap: 0 | 1 | 2, budget: number, spend: (n: number) => void): boolean {
  const length = to;
  let i = from;
  let numbers = 0;
  let gap: 0 | 1 | 2 = firstGap;
  let exhausted = false;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10) gap = 2;
      else if (gap === 0) gap = 1;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    if (isDigit(code)) {
      // A bound on the work: past this many numbers the page is a data dump; stop reading it.
      if (++numbers > budget) { exhausted = true; break; }
      type = 'num';
      i++;
      for (;;) {
        while (i < length && isDigit(text.charCodeAt(i))) i++;
        const separator = text.charCodeAt(i);
        if ((separator === 44 || separator === 46) && i + 1 < length && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (isLetter(text, i, code)) {
      type = 'word';
      i++;
      for (;;) {
        while (i < length && isLetter(text, i, text.charCodeAt(i))) i++;
        const apostrophe = text.charCodeAt(i);
        if ((apostrophe === 39 || apostrophe === 0x2019) && i + 1 < length && isLetter(text, i + 1, text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else {
      type = 'punct';
      i++;
      // A surrogate pair is one character.
      if (code >= 0xd800 && code <= 0xdbff && i < length) i++;
      else while (i < length && text.charCodeAt(i) === code) i++;
    }
    const raw = i - start === 1 && code < 0x3000 ? charAt(code) : text.slice(start, i);
    tokens.push({ type, text: raw, lower: type === 'word' ? raw.toLowerCase() : raw, start, end: i, gap });
    gap = 0;
  }
  spend(numbers);
  return exhausted;
}
