// The figures step reads tokens, not characters: parsers and refiners look one or two tokens
// left and right, and the space between two tokens decides whether they belong together
// ("F-16" vs "16 F-16s", "300k" vs "300 K-pop fans"). One linear pass over the text.

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

// A digit run with its separators is one token ("1,000.5", "1.000,5", "192.168.1.2"); the
// digits parser decides what it means. No nested quantifier can backtrack: each separator must
// be followed by a digit.
const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;
const NEWLINE = /\n/;

export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    const raw = match[0];
    const between = start > previousEnd ? text.slice(previousEnd, start) : '';
    const gap = between === '' ? 0 : NEWLINE.test(between) ? 2 : 1;
    tokens.push({
      type: match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'punct',
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      gap,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}
