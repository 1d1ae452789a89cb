// Only the neighbourhood of a number can hold a figure. One regular-expression pass finds the
// anchors (a digit, a number word, a fraction or multiplier word); the lexer then reads a window
// around each, and prose without numbers costs next to nothing.

import type { Span } from '../types';
import { isSpace } from './lexer';

const WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundreds?', 'thousands?', 'millions?', 'billions?', 'trillion', 'dozens?', 'half', 'halves', 'thirds?', 'quarters?', 'fourths?', 'fifths?',
  'sixths?', 'sevenths?', 'eighths?', 'ninths?', 'tenths?', 'twice', 'thrice', 'doubl(?:e|ed|es|ing)', 'tripl(?:e|ed|es|ing)',
  'trebled?', 'quadrupl(?:e|ed|es|ing)', 'halv(?:e|ed|ing)', '[a-z]+fold', 'crores?', 'lakhs?',
];
// Case-insensitive words between word boundaries; digits and vulgar fractions anywhere. No
// quantifier can backtrack across more than one word.
const ANCHOR = new RegExp(`[0-9½⅓⅔¼¾⅕⅛]+|\\b(?:${WORDS.join('|')})\\b`, 'gi');
// Window sizes: qualifiers and change verbs sit a few words before, units and nouns a few after.
const BEFORE = 100;
const AFTER = 140;
const SNAP = 40;

export function findRegions(text: string, maxAnchors: number): Span[] {
  const regions: Span[] = [];
  let anchors = 0;
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(text); match && anchors < maxAnchors; match = ANCHOR.exec(text)) {
    anchors++;
    const start = Math.max(0, match.index - BEFORE);
    const end = Math.min(text.length, match.index + match[0].length + AFTER);
    const last = regions[regions.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else regions.push({ start, end });
  }
  // Widen each window to whole words (bounded), so a window never starts inside a word.
  for (const region of regions) {
    let s = region.start;
    while (s > 0 && region.start - s < SNAP && !isSpace(text.charCodeAt(s - 1))) s--;
    region.start = s > 0 && !isSpace(text.charCodeAt(s - 1)) ? region.start : s;
    let e = region.end;
    while (e < text.length && e - region.end < SNAP && !isSpace(text.charCodeAt(e))) e++;
    region.end = e;
  }
  return regions;
}
