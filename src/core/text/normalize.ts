// Small text helpers shared by the extractors.

const WHITESPACE_RUN = /\s+/g;

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Curly quotes and apostrophes to straight ones, for comparisons (never for output). */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}
