// What a figure counts: the noun phrase after it ("11,000 troops", "1,000 deaths", "three
// people", "22 member newspapers", "About 50 percent casualty rate", "half of the voters").
// Without a part-of-speech tagger we read up to four words and stop at function words, verbs,
// numbers and punctuation. A count's unit is the phrase's head noun, lower-cased.

import type { FigureScan, Quantity } from '../model';
import type { Token } from '../lexer';
import { isPunct, isWord, tokenAt } from '../token-utils';

const STOP = new Set(`a an the this that these those his her its their our your my whose which who whom what
of in on at by for with from to into onto over under about after before during since until than as per via
among across between within without against toward towards around through throughout behind beyond near inside outside along amid amidst despite including like unlike upon versus vs off past plus minus below above
and or but nor so yet if while when where because although though whether
is are was were be been being am has have had having do does did will would shall should can could may might must
said says say told tells reported according added noted estimated announced claimed warned wrote
it he she they we you i them him us me there here
not no also still now then just only even already ago later earlier each apiece more less most least other another
such very too much many few several all both either neither every some any own same
together alone apart respectively instead again apiece overall altogether combined
percent per cent times
more than up down out off away back
year years month months week weeks day days hour hours minute minutes decade decades`.split(/\s+/));
const VERBS_AFTER_PLURAL = new Set(['live', 'work', 'remain', 'go', 'come', 'face', 'need', 'want', 'die', 'lose', 'get', 'make', 'take',
  'stay', 'leave', 'fled', 'left', 'took', 'made', 'came', 'went', 'got', 'saw', 'lost', 'won', 'rose', 'fell', 'hold', 'held', 'own', 'use',
  'pay', 'paid', 'earn', 'vote', 'support', 'oppose', 'believe', 'think', 'expect', 'agree', 'report', 'show', 'suffer', 'receive', 'attend',
  'apply', 'return', 'arrive', 'run', 'ran', 'fight', 'fought', 'serve', 'work', 'wait', 'sit', 'sat', 'stand', 'stood', 'spent', 'spend',
  'struck', 'began', 'broke', 'brought', 'built', 'bought', 'caught', 'chose', 'drove', 'found', 'flew', 'gave', 'grew', 'hid', 'hit', 'hurt',
  'kept', 'knew', 'led', 'met', 'put', 'quit', 'sold', 'sent', 'shot', 'shut', 'sank', 'slept', 'spoke', 'stole', 'swam', 'swore', 'taught',
  'told', 'thought', 'threw', 'wore', 'wrote', 'became', 'become', 'continue', 'joined', 'died', 'marched', 'protested', 'gathered']);
// Leading words to step over: "5,000 more troops", "two new cases".
const LEAD = new Set(['more', 'additional', 'extra', 'other', 'new', 'further', 'fewer', 'less', 'total']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'those', 'these', 'this', 'that', 'a', 'an', 'them']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half', 'first', 'second', 'third', 'last', 'next']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function nounWord(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && !STOP.has(token.lower) && !MONTHS.has(token.lower) && !NUMBER_WORDS.has(token.lower) && /^\p{L}/u.test(token.text) && token.text.length > 1;
}

/** Reads a noun phrase starting at token `index`: returns its last token and its words. */
export function readNounPhrase(tokens: readonly Token[], index: number, maxWords = 4): { last: number; words: string[] } | null {
  let i = index;
  const words: string[] = [];
  let last = -1;
  while (words.length < maxWords) {
    const token = tokens[i];
    if (!nounWord(token) || token!.gap === 2) break;
    let word = token!.text;
    let end = i;
    // "cold-weather", "long-range" (at most three parts: hostile pages hyphenate without end)
    for (let parts = 1; parts < 3 && isPunct(tokens[end + 1], '-') && tokens[end + 1]!.gap === 0 && nounWord(tokens[end + 2]) && tokens[end + 2]!.gap === 0; parts++) {
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
    // After a plural the phrase is over when a verb follows: "voters stayed home", "people live there".
    if (/[^s]s$/.test(word.toLowerCase()) && tokens[i] && (/ed$/.test(tokens[i]!.lower) || VERBS_AFTER_PLURAL.has(tokens[i]!.lower))) break;
  }
  return last < 0 ? null : { last, words };
}

export function attachCountedNoun(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  for (const q of quantities) {
    if (q.kind !== 'number' && q.kind !== 'count' && q.kind !== 'percent' && q.kind !== 'ratio') continue;
    let i = q.last + 1;
    const next = tokenAt(tokens, i);
    if (!next || next.gap === 2) continue;
    // "a 12-member panel": the noun glued by a hyphen is what is counted.
    if (q.kind === 'number' && isPunct(next, '-') && next.gap === 0 && nounWord(tokenAt(tokens, i + 1)) && tokens[i + 1]!.gap === 0) {
      const phrase = readNounPhrase(tokens, i + 1, 3);
      if (phrase) {
        q.kind = 'count';
        q.counts = phrase.words.join(' ');
        q.unit = phrase.words[0]!.toLowerCase();
        q.last = phrase.last;
        continue;
      }
    }
    if (next.gap !== 1) continue;
    let viaOf = false;
    if (isWord(next, 'of')) {
      // "half of the voters", "50 percent of its budget", "11,000 of the troops"
      i++;
      viaOf = true;
      let steps = 0;
      while (steps < 2 && tokens[i] && DETERMINERS.has(tokens[i]!.lower)) { i++; steps++; }
    }
    let steps = 0;
    while (!viaOf && steps < 1 && tokens[i] && LEAD.has(tokens[i]!.lower) && tokens[i + 1]?.gap === 1) { i++; steps++; }
    const phrase = readNounPhrase(tokens, i);
    if (!phrase) continue;
    const words = trimVerbs(phrase.words);
    if (words.length === 0) continue;
    q.counts = words.join(' ');
    if (q.kind === 'number' || q.kind === 'count') {
      q.kind = 'count';
      q.unit = words[words.length - 1]!.toLowerCase();
      if (!viaOf) q.last = phrase.last - (phrase.words.length - words.length);
    }
  }
  return quantities;
}

// Trailing words that read as verbs ("troops arrived", "people died"): without them the head is a noun.
const VERBISH = new Set(['died', 'arrived', 'left', 'fled', 'remain', 'remained', 'live', 'lived', 'work', 'worked', 'voted', 'attended', 'signed', 'joined', 'took', 'made', 'came', 'went', 'got', 'saw', 'received', 'lost', 'won', 'rose', 'fell']);
function trimVerbs(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && VERBISH.has(out[out.length - 1]!.toLowerCase())) out.pop();
  if (out.length === 1 && VERBISH.has(out[0]!.toLowerCase())) return [];
  return out;
}
