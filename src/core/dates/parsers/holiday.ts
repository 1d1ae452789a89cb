// Holidays a news story dates things by: "on Christmas Day", "since Thanksgiving", "before
// Easter", "New Year's Eve 2023". Fixed-date holidays and the ones computed from the calendar
// (US federal holidays by their rule, Easter by the Gregorian computus). A holiday word is read
// as a date only when it is one: with "Day"/"Eve" in its name, a year, or a time preposition
// before it ("a Christmas tree" is not a date).

import { addDays, daysBetween, daysInMonth, weekdayOf, type Ymd } from '../calendar';
import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';

const NAME = 'dates/holiday';

type Rule = (y: number) => Ymd;

const fixed = (m: number, d: number): Rule => (y) => ({ y, m, d });
/** The n-th weekday of a month (n = -1: the last). */
const nth = (n: number, weekday: number, m: number): Rule => (y) => {
  if (n > 0) {
    const first = weekdayOf({ y, m, d: 1 });
    return { y, m, d: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekdayOf({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - weekday + 7) % 7) };
};

function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

const thanksgiving = nth(4, 4, 11);

// Names with their own "Day"/"Eve" need no preposition; bare ones ("Christmas") do.
const HOLIDAYS: ReadonlyArray<{ pattern: string; rule: Rule; named: boolean }> = [
  { pattern: "new\\s+year['\u2019]?s\\s+eve", rule: fixed(12, 31), named: true },
  { pattern: "new\\s+year['\u2019]?s(?:\\s+day)?", rule: fixed(1, 1), named: true },
  { pattern: 'christmas\\s+eve', rule: fixed(12, 24), named: true },
  { pattern: 'christmas\\s+day', rule: fixed(12, 25), named: true },
  { pattern: 'christmas', rule: fixed(12, 25), named: false },
  { pattern: 'boxing\\s+day', rule: fixed(12, 26), named: true },
  { pattern: "valentine['\u2019]?s\\s+day", rule: fixed(2, 14), named: true },
  { pattern: "st\\.?\\s+patrick['\u2019]?s\\s+day", rule: fixed(3, 17), named: true },
  { pattern: 'fourth\\s+of\\s+july|july\\s+fourth', rule: fixed(7, 4), named: true },
  { pattern: 'halloween', rule: fixed(10, 31), named: false },
  { pattern: "veterans['\u2019]?\\s+day", rule: fixed(11, 11), named: true },
  { pattern: 'juneteenth', rule: fixed(6, 19), named: true },
  { pattern: 'bastille\\s+day', rule: fixed(7, 14), named: true },
  { pattern: 'labou?r\\s+day', rule: nth(1, 1, 9), named: true },
  { pattern: 'memorial\\s+day', rule: nth(-1, 1, 5), named: true },
  { pattern: 'thanksgiving(?:\\s+day)?', rule: thanksgiving, named: false },
  { pattern: 'black\\s+friday', rule: (y) => addDays(thanksgiving(y), 1), named: true },
  { pattern: 'cyber\\s+monday', rule: (y) => addDays(thanksgiving(y), 4), named: true },
  { pattern: "martin\\s+luther\\s+king(?:\\s+jr\\.?)?(?:['\u2019]s)?\\s+day|mlk\\s+day", rule: nth(3, 1, 1), named: true },
  { pattern: "presidents['\u2019]?\\s+day", rule: nth(3, 1, 2), named: true },
  { pattern: "mother['\u2019]?s\\s+day", rule: nth(2, 0, 5), named: true },
  { pattern: "father['\u2019]?s\\s+day", rule: nth(3, 0, 6), named: true },
  { pattern: 'election\\s+day', rule: (y) => addDays(nth(1, 1, 11)(y), 1), named: true },
  { pattern: 'good\\s+friday', rule: (y) => addDays(easter(y), -2), named: true },
  { pattern: 'easter\\s+sunday', rule: easter, named: true },
  { pattern: 'easter', rule: easter, named: false },
];

// "before Thanksgiving", "ahead of Christmas": the coming one, even in a past-tense clause.
const UPCOMING_BEFORE = /\b(?:before|ahead\s+of|until|till|by|in\s+time\s+for)\s+$/i;
const UPCOMING_WITHIN_DAYS = 90;
const PREPOSITION = /\b(?:on|at|by|before|after|since|until|till|over|during|around|through|of|for|from|to|and|ahead\s+of)\s+$/i;
const PATTERN = new RegExp(
  `\\b(?:(last|next|this|previous|past|coming)\\s+)?(${HOLIDAYS.map((h) => `(${h.pattern})`).join('|')})(?:,?\\s+(\\d{4})(?![\\d%]))?(?![\\w-])`,
  'gi',
);

export const holidayParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const match of input.text.matchAll(PATTERN)) {
      const index = HOLIDAYS.findIndex((_, i) => match[3 + i] !== undefined);
      const holiday = HOLIDAYS[index];
      if (!holiday) continue;
      const direction = match[1]?.toLowerCase() ?? null;
      const year = match[3 + HOLIDAYS.length] ? Number(match[3 + HOLIDAYS.length]) : null;
      const before = input.text.slice(Math.max(0, match.index - 12), match.index);
      // Capitalised, as a proper name is; and a date only in a date's position.
      if (!/^[A-Z]/.test(match[2]!) && !direction) continue;
      if (!holiday.named && !direction && year === null && !PREPOSITION.test(before)) continue;
      out.push({
        start: input.offset + match.index,
        end: input.offset + match.index + match[0].length,
        text: match[0],
        extractor: NAME,
        confidence: holiday.named || year !== null ? 0.85 : 0.7,
        rangeable: true,
        resolve: (env) => resolveHoliday(env, holiday.rule, direction, year, UPCOMING_BEFORE.test(before)),
      });
    }
    return out;
  },
};

function resolveHoliday(
  env: ResolveEnv, rule: Rule, direction: string | null, year: number | null, upcoming: boolean,
): Resolution {
  if (year !== null) {
    const day = rule(year);
    return { start: day, end: day, precision: 'day', relative: false, explicitYear: true };
  }
  const options = [env.ref.y - 1, env.ref.y, env.ref.y + 1].map(rule);
  const offset = (day: Ymd): number => daysBetween(env.ref, day);
  const tense = env.tense();
  let day: Ymd;
  if (direction === 'last' || direction === 'previous' || direction === 'past') day = [...options].reverse().find((d) => offset(d) < 0)!;
  else if (direction === 'next' || direction === 'coming') day = options.find((d) => offset(d) > 0)!;
  else if (direction === 'this') day = options[1]!;
  else if (upcoming && options.some((d) => offset(d) >= 0 && offset(d) <= UPCOMING_WITHIN_DAYS)) {
    day = options.find((d) => offset(d) >= 0)!;
  }
  else if (tense === 'past') day = [...options].reverse().find((d) => offset(d) <= 1)!;
  else if (tense === 'future') day = options.find((d) => offset(d) >= 0)!;
  else day = options.reduce((best, d) => (Math.abs(offset(d)) < Math.abs(offset(best)) ? d : best));
  return { start: day, end: day, precision: 'day', relative: true, yearImplied: true };
}
