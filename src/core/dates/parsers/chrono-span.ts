// Which of chrono's readings are dates in the annotation guidelines' sense, and which words of
// them: chrono reads "10 on Saturday" as ten o'clock (the 10 is a count), "a Tuesday" as a
// weekday (it is any Tuesday), "the march" as March.

import type { ParsedResult } from 'chrono-node';

// A month alone must be written as one: capitalised ("the march" is not March) or a name no
// other word shares; an abbreviation needs its full stop or a preposition before it ("in Jan").
const FULL_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|january|february|april|june|july|september|october|november|december)(?!\w)/;
const ABBREVIATED_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const FULL_WEEKDAY = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const RELATIVE_WORDS = /\b(?:week|weekend|month|year|quarter|decade|now|ago|later|earlier|before|after)s?\b/i;
const LEADING = /^(?:(?:on|at|in|by|since|from|of|the)\s+|\()+/i;
const TRAILING = /[\s,;:)]+$/;
// "May" alone is usually the verb; as a month it follows a preposition or a direction word.
const MONTH_CONTEXT = /\b(?:in|since|by|until|till|through|from|last|next|this|early|mid|late|of|between|and|to|during|before|after)[\s-]+$/i;
const SLASH_CONTEXT = /\b(?:on|since|by|until|from|through|dated|as of)\s+$/i;
// Any Tuesday, not a date: "on a Tuesday", "every Monday", "Mondays".
const GENERIC_BEFORE = /\b(?:a|an|every|each|any|most|some|one|that|those)\s+$/i;
const TIME_MARKER = /\d[:.]\d|(?<![a-z])[ap]\.?m\b\.?|\b(?:noon|midnight|o'clock)\b|\d\s*h\b|\b(?:morning|afternoon|evening|night|tonight)\b/i;

export interface ChronoSpan {
  index: number;
  text: string;
}

/**
 * The words of a chrono result that are the date; null when it is not one, `generic` for a
 * weekday that means any such day (which makes the weekdays listed after it generic too).
 */
export function dateSpan(result: ParsedResult, sentence: string): ChronoSpan | 'generic' | null {
  let index = result.index;
  let text = result.text;
  const start = result.start;
  // An hour chrono found in a bare number ("10 on Saturday") is not part of the date.
  if (start.isCertain('hour') && !TIME_MARKER.test(text)) {
    const letter = text.search(/[A-Za-z]/);
    if (letter <= 0) return null;
    index += letter;
    text = text.slice(letter);
  }
  const lead = LEADING.exec(text);
  if (lead) {
    index += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(TRAILING, '');
  if (!text) return null;
  const before = sentence.slice(Math.max(0, index - 24), index);
  const hasDay = start.isCertain('day') && start.isCertain('month');
  const hasMonth = start.isCertain('month');
  if (!hasMonth && RELATIVE_WORDS.test(text)) return null;
  if (!hasDay && !start.isCertain('year')) {
    if (hasMonth && !FULL_MONTH.test(text) && !(ABBREVIATED_MONTH.test(text) && MONTH_CONTEXT.test(before))) return null;
    if (hasMonth && /^May\b/.test(text) && !MONTH_CONTEXT.test(before)) return null;
    if (!hasMonth && start.isCertain('weekday')) {
      if (!FULL_WEEKDAY.test(text)) return null;
      if (/days\b/i.test(text) || GENERIC_BEFORE.test(before)) return 'generic';
    }
  }
  if (result.tags().has('parser/SlashDateFormatParser') && !start.isCertain('year') && !SLASH_CONTEXT.test(before)) return null;
  return { index, text };
}

/** "a Tuesday, Wednesday or Sunday": a weekday listed after a generic one is generic too. */
export function continuesGenericList(sentence: string, previousEnd: number, index: number): boolean {
  return /^[\s,]*(?:(?:or|and|and\/or)\s*)?$/i.test(sentence.slice(previousEnd, index));
}
