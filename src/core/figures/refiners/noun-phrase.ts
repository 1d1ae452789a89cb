// The noun phrase a number quantifies, read without a part-of-speech tagger (wink-nlp's English
// model was measured for this and costs a 3.8 MB bundle and ~1.5 s to load: see docs/accuracy.md).
// English gives enough shape for a small chunker:
//   - adjectives and compounds stand before the head noun: "50 previous years", "two gas-only
//     powertrain options", "63000 Model 3 sedans" (a name with its number is a modifier);
//   - a plural noun ends the phrase ("19 fouls proves it", "600 people worldwide"), except the few
//     plurals that modify ("sales figures", "arms deal");
//   - a phrase of singular nouns after a number above one is a compound adjective, and its first
//     noun is the unit counted: "the 12 page document" counts pages, "a 3 cylinder engine" cylinders.
// Every read is bounded (a few tokens), so the step stays linear.

import type { Token } from '../lexer';
import { isPunct, isWord } from '../token-utils';

const STOP = new Set(`a an the this that these those his her its their our your my whose which who whom what
of in on at by for with from to into onto over under about after before during since until than as per via
among across between within without against toward towards around through throughout behind beyond near inside outside along amid amidst despite including like unlike upon versus vs off past plus minus below above
and or but nor so yet if while whilst when where because although though whether
is are was were be been being am has have had having do does did will would shall should can could may might must
said says say told tells reported according added noted estimated announced claimed warned wrote
it he she they we you i them him us me there here
not no also still now then just only even already ago later earlier each apiece more less most least other another
such very too much many few several all both either neither every some any own same
together alone apart respectively instead again overall altogether combined almost nearly roughly approximately worldwide
percent per cent times
up down out away back
year years month months week weeks day days hour hours minute minutes decade decades`.split(/\s+/));
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half', 'first', 'second', 'third', 'last', 'next']);
// Verbs that often follow a counted plural: "people live there", "voters stayed home".
const VERBS = new Set(['live', 'work', 'remain', 'go', 'come', 'face', 'need', 'want', 'die', 'lose', 'get', 'make', 'take',
  'stay', 'leave', 'fled', 'left', 'took', 'made', 'came', 'went', 'got', 'saw', 'lost', 'won', 'rose', 'fell', 'hold', 'held', 'own', 'use',
  'pay', 'paid', 'earn', 'vote', 'support', 'oppose', 'believe', 'think', 'expect', 'agree', 'report', 'show', 'suffer', 'receive', 'attend',
  'apply', 'return', 'arrive', 'run', 'ran', 'fight', 'fought', 'serve', 'wait', 'sit', 'sat', 'stand', 'stood', 'spent', 'spend',
  'struck', 'began', 'broke', 'brought', 'built', 'bought', 'caught', 'chose', 'drove', 'found', 'flew', 'gave', 'grew', 'hid', 'hit', 'hurt',
  'kept', 'knew', 'led', 'met', 'put', 'quit', 'sold', 'sent', 'shot', 'shut', 'sank', 'slept', 'spoke', 'stole', 'swam', 'swore', 'taught',
  'told', 'thought', 'threw', 'wore', 'wrote', 'became', 'become', 'continue', 'finish', 'include', 'includes', 'cost', 'costs', 'mean', 'means']);
// Plurals without an -s, counted as plurals.
const INVARIANT_PLURALS = new Set(['people', 'police', 'staff', 'personnel', 'aircraft', 'cattle', 'sheep', 'fish', 'deer', 'children', 'men', 'women',
  'feet', 'teeth', 'mice', 'geese', 'livestock', 'offspring', 'species', 'series', 'troops', 'crew', 'data', 'media', 'folk', 'faithful']);
// Plurals that modify the noun after them: "sales figures", "arms deal", "news outlets".
const PLURAL_MODIFIERS = new Set(['sales', 'arms', 'sports', 'news', 'goods', 'savings', 'earnings', 'services', 'operations', 'communications',
  'electronics', 'customs', 'human', 'rights', 'women', 'men', 'children', 'parents', 'veterans', 'workers', 'students', 'teachers', 'nurses', 'doctors']);
// Adjectives that stand between a number and its noun; with the shapes below they cover most.
const ADJECTIVES = new Set(['previous', 'new', 'more', 'additional', 'extra', 'other', 'further', 'fewer', 'less', 'total', 'consecutive', 'straight',
  'full', 'whole', 'entire', 'separate', 'different', 'successive', 'major', 'minor', 'small', 'large', 'big', 'key', 'top', 'leading', 'young',
  'old', 'local', 'foreign', 'domestic', 'international', 'national', 'federal', 'senior', 'junior', 'former', 'current', 'existing', 'remaining',
  'few', 'many', 'last', 'next', 'past', 'recent', 'early', 'late', 'long', 'short', 'high', 'low', 'good', 'bad', 'best', 'worst', 'real',
  'main', 'single', 'double', 'same', 'similar', 'various', 'rare', 'common', 'public', 'private', 'total', 'average', 'net', 'gross', 'annual',
  'monthly', 'weekly', 'daily', 'yearly', 'quarterly', 'hourly', 'cheaper', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'fewer', 'worth']);
const ADJECTIVE_SHAPE = /(?:ous|ive|ful|less|able|ible|ic|ical|ish|est|ly)$/;

function nounish(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && !STOP.has(token.lower) && !MONTHS.has(token.lower) && !NUMBER_WORDS.has(token.lower)
    && /^\p{L}/u.test(token.text) && token.text.length > 1;
}

export function isAdjectiveLike(word: string): boolean {
  const w = word.toLowerCase();
  return ADJECTIVES.has(w) || (w.length > 4 && (ADJECTIVE_SHAPE.test(w) || /[^e]ed$/.test(w)));
}

/**
 * Whether a word read as what a figure counts can be a noun: not an adjective nor a verb's -ing or
 * -ed form ("38%, lower …", "22 years running"), which say nothing about what is counted.
 */
export function readsAsNoun(word: string): boolean {
  return !isAdjectiveLike(word) && !/(?:ing|ed)$/i.test(word);
}

export function isPlural(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]$/, '');
  const last = w.split('-').pop()!;
  return INVARIANT_PLURALS.has(last) || (/[^s'’]s$/.test(last) && !/(?:us|is)$/.test(last) && last.length > 2);
}

function capitalised(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && /^\p{Lu}/u.test(token.text);
}

/** "Model 3", "Model S", "Galaxy S23": a capitalised word and a short code or number, one modifier. */
function nameWithCode(tokens: readonly Token[], index: number): number {
  const word = tokens[index];
  const code = tokens[index + 1];
  if (!capitalised(word) || !code || code.gap !== 1) return -1;
  if (code.type === 'num' && /^\d{1,3}$/.test(code.text)) return index + 1;
  if (code.type === 'word' && /^[A-Z][A-Z0-9]?$/.test(code.text)) return index + 1;
  return -1;
}

export interface NounPhrase {
  /** Index of its last token. */
  last: number;
  /** Its words as printed ("North Korean troops"). */
  words: string[];
  /** The noun counted: the head, or the first noun of a singular compound ("page" in "12 page document"). */
  head: string;
}

/** Reads the noun phrase starting at token `index`, or null when none starts there. */
export function readNounPhrase(tokens: readonly Token[], index: number, maxWords = 4, countAboveOne = true): NounPhrase | null {
  let i = index;
  const words: string[] = [];
  let last = -1;
  let sawName = false;
  while (words.length < maxWords) {
    const token = tokens[i];
    if (!token || token.gap === 2) break;
    // "Model 3 sedans", "Model S and Model X vehicles"
    const codeEnd = nameWithCode(tokens, i);
    if (codeEnd >= 0) {
      let end = codeEnd;
      let text = `${token.text} ${tokens[codeEnd]!.text}`;
      const joiner = tokens[end + 1];
      const nextEnd = isWord(joiner, 'and', 'or') ? nameWithCode(tokens, end + 2) : -1;
      if (nextEnd >= 0) { text += ` ${joiner!.text} ${tokens[end + 2]!.text} ${tokens[nextEnd]!.text}`; end = nextEnd; }
      words.push(text);
      sawName = true;
      last = end;
      i = end + 1;
      if (tokens[i]?.gap !== 1) break;
      continue;
    }
    if (!nounish(token)) break;
    // After a noun, a participle or a verb starts the predicate: "12 page document labeled …".
    // (A base-form verb after a singular noun is more often a compound: "a 40 page report".)
    if (words.length > 0 && !sawName && (/[^e]ed$/.test(token.lower) || (VERBS.has(token.lower) && isPlural(words[words.length - 1]!)))) break;
    let word = token.text;
    let end = i;
    // "cold-weather", "gas-only", "long-range" (at most three parts: hostile pages hyphenate without end)
    for (let parts = 1; parts < 3 && isPunct(tokens[end + 1], '-') && tokens[end + 1]!.gap === 0 && tokens[end + 2]?.type === 'word' && tokens[end + 2]!.gap === 0; parts++) {
      word += `-${tokens[end + 2]!.text}`;
      end += 2;
    }
    // "members' spending": a plural possessive modifies the noun after it.
    if (isPunct(tokens[end + 1], "'", '’') && tokens[end + 1]!.gap === 0 && tokens[end + 2]?.gap === 1 && /s$/i.test(word)) {
      word += tokens[end + 1]!.text;
      end += 1;
    }
    words.push(word);
    last = end;
    i = end + 1;
    if (tokens[i]?.gap !== 1) break;
    // A plural ends the phrase, unless it is one that modifies ("sales figures").
    if (isPlural(word) && !/['’]$/.test(word) && !PLURAL_MODIFIERS.has(word.toLowerCase())) break;
    // "voters stayed home", "people live there"
    if (/[^e]ed$/.test(tokens[i]!.lower) || (VERBS.has(tokens[i]!.lower) && isPlural(word))) break;
  }
  // A phrase that ends on an adjective has no noun: "600 people worldwide almost" never gets here,
  // but "some 60 of the embattled 737 jets" would end on "embattled".
  while (words.length > 0 && isAdjectiveLike(words[words.length - 1]!) && !/\s/.test(words[words.length - 1]!)) {
    words.pop();
    last = -2;
  }
  if (words.length === 0) return null;
  if (last === -2) last = endOfWords(tokens, index, words.length);
  const plain = words.filter((w) => !/\s/.test(w));
  const lastWord = words[words.length - 1]!;
  let head = lastWord;
  // "the 12 page document": singular nouns after a number above one; the first is the unit counted.
  const firstPlain = words.findIndex((w) => !/\s/.test(w) && !isAdjectiveLike(w));
  if (countAboveOne && plain.length >= 2 && !isPlural(lastWord) && firstPlain >= 0 && firstPlain < words.length - 1
    && /^\p{Ll}/u.test(words[firstPlain]!) && !isPlural(words[firstPlain]!)) {
    head = words[firstPlain]!;
  }
  return { last, words, head };
}

/** The last token of the first `count` phrase words from `index` (re-read after trimming). */
function endOfWords(tokens: readonly Token[], index: number, count: number): number {
  let i = index;
  let end = index;
  for (let k = 0; k < count; k++) {
    const codeEnd = nameWithCode(tokens, i);
    if (codeEnd >= 0) {
      end = codeEnd;
      if (isWord(tokens[end + 1], 'and', 'or') && nameWithCode(tokens, end + 2) >= 0) end = nameWithCode(tokens, end + 2);
    } else {
      end = i;
      while (isPunct(tokens[end + 1], '-') && tokens[end + 1]!.gap === 0 && tokens[end + 2]?.type === 'word' && tokens[end + 2]!.gap === 0) end += 2;
      if (isPunct(tokens[end + 1], "'", '’') && tokens[end + 1]!.gap === 0) end += 1;
    }
    i = end + 1;
  }
  return end;
}
