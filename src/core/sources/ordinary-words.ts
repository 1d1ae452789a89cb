// A capitalised word that opens a sentence may be an ordinary word ("Reached by phone, …",
// "Sometimes …", "Inside the hall, …") rather than a name. The article itself tells which: an
// ordinary word also appears in lower case, and is never capitalised inside a sentence, whereas a
// name ("Price", "Young") keeps its capital wherever it stands. One linear pass per text. Where the
// page gives no evidence either way, a casing learned from news text decides (ordinary-words.json).

import learned from './ordinary-words.json';

const WORD = /\p{L}[\p{L}'\u2019-]*/gu;
/**
 * A word inside a sentence: after a lower-case word or a comma (not after a full stop, a colon or a
 * quotation). A line break ends a line that needs no full stop (a heading, a button, a list item:
 * "Related stories\nStay informed with …"), so a word that opens a line opens a sentence.
 */
function midSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i === at - 1 || i < 0 || text[i] === '\n') return false;
  const before = text[i]!;
  return before === ',' || before !== before.toUpperCase();
}

/** A word of four letters or more: title case capitalises these, and leaves "to", "on", "the" small. */
const LONG_WORD = /\p{L}{4,}/gu;
/** How many long words a line needs, and what share of them capitalised, to read as a title-case heading. */
const MIN_TITLE_WORDS = 3;
const TITLE_SHARE = 0.8;

/**
 * Whether the line from `start` to `end` is set in title case ("Costumes For Adults to DIY on the
 * Cheap This Year"): its capitals after "to" or "the" are the heading's style, not names inside a
 * sentence.
 */
function isTitleCaseLine(text: string, start: number, end: number): boolean {
  let words = 0;
  let capitals = 0;
  for (const m of text.slice(start, end).matchAll(LONG_WORD)) {
    words++;
    if (m[0][0] !== m[0][0]!.toLowerCase()) capitals++;
  }
  return words >= MIN_TITLE_WORDS && capitals >= TITLE_SHARE * words;
}

/** Whether the word at `at` stands inside a sentence of a line that is not a title-case heading. */
function midSentenceOfProse(text: string, at: number): boolean {
  if (!midSentence(text, at)) return false;
  const start = text.lastIndexOf('\n', at) + 1;
  const found = text.indexOf('\n', at);
  return !isTitleCaseLine(text, start, found < 0 ? text.length : found);
}

interface Casing {
  /** Words seen in lower case. */
  lower: Set<string>;
  /** Capitalised words seen inside a sentence, with how often. */
  midCapital: Map<string, number>;
}

// The last few texts read (the masked text and the plain one, of this page and the one before): the readers
// ask many times about one text, so each is read once.
const cache = new Map<string, Casing>();
const CACHE_SIZE = 4;

function casingOf(text: string): Casing {
  const known = cache.get(text);
  if (known) return known;
  const casing: Casing = { lower: new Set(), midCapital: new Map() };
  // (Whether the current line is a title-case heading, read once per line.)
  let lineEnd = -1;
  let titleLine = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const first = word[0]!;
    if (first !== first.toUpperCase()) {
      casing.lower.add(word);
      continue;
    }
    if (!midSentence(text, m.index)) continue;
    if (m.index > lineEnd) {
      const found = text.indexOf('\n', m.index);
      lineEnd = found < 0 ? text.length : found;
      titleLine = isTitleCaseLine(text, text.lastIndexOf('\n', m.index) + 1, lineEnd);
    }
    if (!titleLine) casing.midCapital.set(word, (casing.midCapital.get(word) ?? 0) + 1);
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, casing);
  return casing;
}

/**
 * Whether the capitalised word at `start` reads, in this text, as an ordinary word and not a name.
 * Only in a sentence-case sentence, where a lower-case word follows: a headline in title case
 * ("Hacker Who Revealed …") capitalises every word.
 */
export function isOrdinaryWord(text: string, start: number, end: number): boolean {
  return /^\s+\p{Ll}/u.test(text.slice(end, end + 4)) && readsInLowerCase(text, start, end);
}

/**
 * Whether the capitalised word at `start` is one this text also writes in lower case and never
 * capitalises inside a sentence ("Rival" of "Rival Hillary Clinton"), wherever it stands.
 */
export function readsInLowerCase(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const casing = casingOf(text);
  return casing.lower.has(word.toLowerCase()) && !casing.midCapital.has(word);
}

/** What may stand between a sentence's end and its first word: spaces, opening quotes and brackets (a straight quote may close). */
const OPENING = /[\s\u201C\u2018([]/;
/** Words news text writes in lower case, learned from PolNeAR train (eval/train-ordinary-words.ts). */
const LEARNED = new Set(learned.words.split(' '));

/** Whether the word at `start` opens a sentence (or the text, or a paragraph). */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENING.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;]/.test(text[i]!);
}

/**
 * Whether the capitalised word at `start` opens a sentence, the text never capitalises it inside
 * one, and news text writes it in lower case: "Published estimates put …", "Ultimately, that
 * convinced us …", "Please explain …". A page may name a speaker once, at a sentence's start
 * ("Cruz openly admitted …"), so the page's casing alone cannot tell; the learned casing can.
 */
export function onlyOpensSentences(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}[\p{Ll}-]+$/u.test(word) || !LEARNED.has(word.toLowerCase()) || !opensSentence(text, start)) return false;
  return timesMidSentence(casingOf(text), word) === 0;
}

/**
 * Whether the capitalised word at `start` is one this text never capitalises inside a sentence and
 * writes in lower case, or news text does (learned casing): "Given" of "Given his past comments, …".
 * Where it stands is the caller's question (parsers/attitude.ts asks it of a sentence's first word).
 */
export function neverCapitalisedInside(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}[\p{Ll}-]+$/u.test(word)) return false;
  const casing = casingOf(text);
  const low = word.toLowerCase();
  return (LEARNED.has(low) || casing.lower.has(low)) && timesMidSentence(casing, word) === 0;
}

/** How often the text capitalises `word` inside a sentence, its possessive ("Calder's") included. */
function timesMidSentence(casing: Casing, word: string): number {
  return (casing.midCapital.get(word) ?? 0) + (casing.midCapital.get(`${word}'s`) ?? 0) + (casing.midCapital.get(`${word}\u2019s`) ?? 0);
}

/**
 * Whether the text names `word` inside a sentence somewhere outside `from`–`to` and never writes it
 * in lower case: a one-word label "Calder: …" over a story that quotes Calder, not a kicker
 * ("Coronavirus: …", "Letters: …"). One pass over the text for all the labels of a page, and one
 * over the span.
 */
export function namedOutside(text: string, word: string, from: number, to: number): boolean {
  const casing = casingOf(text);
  if (casing.lower.has(word.toLowerCase())) return false;
  let outside = timesMidSentence(casing, word);
  if (!outside) return false;
  // (Counted the way casingOf counts: the same word, or its possessive, inside a sentence.)
  const span = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(span); m && outside > 0; m = WORD.exec(span)) {
    if (m[0].replace(/['\u2019]s$/, '') === word && midSentenceOfProse(text, from + m.index)) outside--;
  }
  return outside > 0;
}

/**
 * Whether the capitalised word at `start` is a common noun this text only capitalises where it opens a
 * sentence: the text (or news text at large) writes it, or its plural, in lower case, and never
 * capitalises it inside a sentence ("Climber" of "Climber Ada Lund posted …" beside "the climbers").
 */
export function readsAsCommonNoun(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const casing = casingOf(text);
  if (timesMidSentence(casing, word) > 0) return false;
  const low = word.toLowerCase();
  return casing.lower.has(low) || casing.lower.has(`${low}s`) || LEARNED.has(low);
}
