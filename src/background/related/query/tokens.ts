// Words and capitalised names of a text, for query building. Linear scans, bounded input.

export interface Token {
  text: string;
  /** Index of the token in its text. */
  index: number;
  capitalised: boolean;
  /** First word of a sentence (its capital says nothing). */
  sentenceStart: boolean;
  /** The word as printed, with a possessive 's ("King's" in "King's Speech"). */
  printed: string;
}

// Letters (any script), inner apostrophes, hyphens and dots of acronyms ("U.S."); digits kept apart.
const WORD = /[\p{L}][\p{L}\p{M}'’.-]*[\p{L}]|[\p{L}]/gu;
const SENTENCE_END = /[.!?:;"“”]\s*$/;
const MAX_CHARS = 20_000;

export function tokenize(text: string): Token[] {
  const bounded = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const tokens: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(bounded); match; match = WORD.exec(bounded)) {
    const raw = match[0].replace(/['’]s$/, '');
    const between = bounded.slice(last, match.index);
    const first = raw[0]!;
    tokens.push({
      text: raw,
      printed: match[0],
      index: match.index,
      capitalised: first !== first.toLowerCase(),
      sentenceStart: tokens.length === 0 || SENTENCE_END.test(between) || between.includes('\n'),
    });
    last = match.index + match[0].length;
  }
  return tokens;
}

/** Lower case without accents' variation of apostrophes and dots: the key a word is counted by. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(/\./g, '');
}
