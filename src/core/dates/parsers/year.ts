// Years on their own: "in 2019", "the 2024 election", "2019-21", "(2023)". A four-digit number is
// a year when the words around it say so; "2,000 troops" never gets here (the comma), and
// "2000 troops", "1600 Pennsylvania Avenue" or "at 1400 GMT" are turned away by what follows.

import type { DateCandidate, DateParser, ParseInput } from '../candidate';

const NAME = 'dates/year';

const PATTERN = /(?<![\w$£€¥#.,\/\u2013-])(1\d{3}|2[01]\d{2})(?:\s?[-\u2013]\s?(\d{4}|\d{2}))?(?![\w%\u00B0]|[.,:\/-]\d)/g;
// The year of a calendar date chrono turned down as impossible ("February 29, 2022").
const AFTER_MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2})?,?\s*$/i;

// Words before a number that make it a year even outside 1900–2099.
const STRONG_BEFORE =
  /\b(?:in|since|by|until|till|through|from|to|during|of|before|after|between|circa|c\.|early|mid|late|year|years|fiscal|summer|winter|spring|fall|autumn|season|class|born|died|founded|established|est\.|and|or)[\s-]*$/i;
// Centuries past are rarer than counts: they need a word that can only introduce a year.
const OLD_YEAR_BEFORE = /\b(?:in|since|during|circa|c\.|born|died|founded|established|built|year)\s*$/i;
const WEAK_BEFORE_REJECT = /(?:\b(?:at|about|around|some|nearly|almost|over|under|than|least|most|up\s+to|no\.|number|no|only|just|all|each|per|x)\s*$|[A-Z][\w&]*\s+$)/;
const MONTH_OR_SENTENCE_START = /(?:^|[.!?:;(\u201C"]\s*|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|In|By|Since|From|Until|The|And|Of)\s+)$/;
// Nouns a number counts ("2000 troops"). News style writes counts with a comma ("2,000"), so a
// bare four-digit number is a year unless a count noun follows (a plural verb would not do:
// "2024 marks the anniversary").
const AFTER_COUNT =
  /^\s+(?:people|persons|troops|soldiers|workers|employees|jobs|students|residents|deaths|cases|homes|houses|votes|voters|members|children|women|men|patients|refugees|migrants|dollars|euros|pounds|yen|points|words|pages|calories|vehicles|cars|flights|passengers|visitors|fans|users|customers|shares|signatures|participants|officers|staff|firefighters|civilians|prisoners|hostages|casualties|arrests|incidents|items|pieces|copies|rooms|beds|seats|schools|companies|firms|stores|sites|acres|hectares|barrels|animals|birds|trees|times)\b/i;
const AFTER_UNIT =
  /^\s*(?:percent|per\b|pc\b|hours|hrs|h\b|gmt|utc|local\s+time|km|kg|mph|kph|mw|gw|kw|ft|m\b|mm|cm|lb|lbs|ml|kcal|calories|people|police|staff|personnel|cattle|feet|metres|meters|miles|yards|acres|tons|tonnes|units|rpm|cc|[A-Z][a-z]+\s+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct)\b)/i;

export const yearParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    const { text } = input;
    for (const match of text.matchAll(PATTERN)) {
      const year = Number(match[1]);
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      if (AFTER_UNIT.test(after) || AFTER_COUNT.test(after) || AFTER_MONTH_DAY.test(before)) continue;
      const strong = year >= 1800 ? STRONG_BEFORE.test(before) : OLD_YEAR_BEFORE.test(before);
      if (year < 1800 && !strong) continue;
      if (!strong) {
        if (year < 1900 || year > 2099) continue;
        if (WEAK_BEFORE_REJECT.test(before) && !MONTH_OR_SENTENCE_START.test(before)) continue;
      }
      let end: number | null = null;
      if (match[2]) {
        end = match[2].length === 2 ? Math.floor(year / 100) * 100 + Number(match[2]) : Number(match[2]);
        if (end <= year || end - year > 100) continue;
      }
      const last = end;
      out.push({
        start: input.offset + match.index,
        end: input.offset + match.index + match[0].length,
        text: match[0],
        extractor: NAME,
        confidence: strong ? 0.9 : 0.75,
        rangeable: last === null,
        resolve: () => ({
          start: { y: year, m: 1, d: 1 },
          end: last === null ? { y: year, m: 1, d: 1 } : { y: last, m: 12, d: 31 },
          precision: 'year',
          interval: last !== null,
          intervalValues: last === null ? undefined : { start: String(year), end: String(last) },
          relative: false,
          explicitYear: true,
        }),
      });
    }
    return out;
  },
};
