import { monthNumber } from './month-names';

// Calendar days written in running text, in the forms pages print them: "3 March 2019",
// "March 3, 2019", "3. März 2019", "martes 17 de marzo de 2020", "03.03.2019", "3/17/2020",
// "2019-03-03", "2019年3月3日". Only whole days count (a month and year is no publication day).

export interface FoundDay {
  /** YYYY-MM-DD */
  day: string;
  index: number;
  end: number;
  /** Written with a two-digit year ("8.5.12"): a day only where the page marks it as its date line. */
  shortYear?: boolean;
}

const WORD = String.raw`([\p{L}]{3,12}\.?)`;
const YEAR = String.raw`((?:19|20)\d{2})(?![\d])`;
const PATTERNS: { regex: RegExp; read: (match: RegExpExecArray, monthFirst: boolean, after: string) => [number, number, number] | null; shortYear?: boolean }[] = [
  // 3 March 2019, 3. März 2019, 17 de marzo de 2020, 8.Dezember 2010, 26 Mai, 2008, 21. Jan. 2022
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s*(?:de\s+)?${WORD},?\s*(?:de\s+|del\s+)?${YEAR}`, 'gu'),
    read: (m) => named(m[3]!, m[2]!, m[1]!),
  },
  // 26, Abril, 2022: the day, month and year set apart by commas (a CMS's date line), both commas
  // required, so "page 3, March 2020" is no day
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2}),\s*${WORD},\s*${YEAR}`, 'gu'),
    read: (m) => named(m[3]!, m[2]!, m[1]!),
  },
  // March 3, 2019; Mar. 16 2020; Monday Nov 23, 2020
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}`, 'gu'),
    read: (m) => named(m[3]!, m[1]!, m[2]!),
  },
  // 2019-03-03, 2019/03/03, 2019.03.03
  {
    regex: /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
    read: (m) => [+m[1]!, +m[3]!, +m[4]!],
  },
  // 2020. február 19. (Hungarian writes the year first, then the month's name); 2020. 2. 19. (Korean, Hungarian)
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}.])${YEAR}\.\s+(?:${WORD}|(\d{1,2})\.)\s*(\d{1,2})\.(?!\d)`, 'gu'),
    read: (m) => (m[2] ? named(m[1]!, m[2], m[4]!) : [+m[1]!, +m[3]!, +m[4]!]),
  },
  // 19-Feb-2020 (tables, Indian and Irish outlets)
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})-${WORD}-${YEAR}`, 'gu'),
    read: (m) => named(m[3]!, m[2]!, m[1]!),
  },
  // 2019年3月3日, 2019년 3월 3일
  {
    regex: /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
    read: (m) => [+m[1]!, +m[2]!, +m[3]!],
  },
  // 03.03.2019, 4. 2. 2022, 17/03/2019, 3/17/2019 (month first only where the page's language writes it so)
  {
    regex: /(?<![\d.,/])(\d{1,2})([./])\s?(\d{1,2})\2\s?((?:19|20)\d{2})(?![\d])/g,
    read: (m, monthFirst, after) => {
      const a = +m[1]!;
      const b = +m[3]!;
      if (a > 12) return [+m[4]!, b, a];
      // "01.21.2020": American sites write the dotted form month first too; only where no day-first reading exists.
      if (b > 12) return [+m[4]!, a, b];
      if (m[2] === '.') return [+m[4]!, b, a];
      return monthFirst && !EUROPEAN_TIME.test(after) ? [+m[4]!, a, b] : [+m[4]!, b, a];
    },
  },
  // 8.5.12, 02.12.19: a German, Swiss or Dutch date line with a two-digit year, day first unless
  // only the month-first reading is a day ("01.21.20"). 11/08/23: an American one, in the order
  // the page's language writes the slashed form. Last, so a four-digit year is never read as
  // two; not before ".5" (a version, an address).
  {
    regex: /(?<![\d.,/:])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?!\d|[./]\d)/g,
    read: (m, monthFirst) => {
      const short = +m[4]!;
      const year = short < 40 ? 2000 + short : short >= 90 ? 1900 + short : 0;
      const a = +m[1]!;
      const b = +m[3]!;
      if (a > 12) return [year, b, a];
      if (b > 12 || (m[2] === '/' && monthFirst)) return [year, a, b];
      return [year, b, a];
    },
    shortYear: true,
  },
];

/**
 * A time in Greenwich or central European time after the day ("06/01/2026 - 13:55 GMT+1",
 * "02/11/2023 02:00pm GMT"): an English page from Britain or Europe, which writes the day first
 * even where its language tag is a bare "en". American pages print their times in ET or PT.
 */
const EUROPEAN_TIME = /^\s*[-–,|]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:GMT|BST|CET|CEST|WET|WEST|EET|EEST|IST)(?![\p{L}])/iu;

function named(year: string, monthWord: string, day: string): [number, number, number] | null {
  const month = monthNumber(monthWord);
  return month ? [+year, month, +day] : null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDay([year, month, day]: [number, number, number]): string | null {
  if (year < 1990 || year > 2040 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every whole calendar day written in `text`, in order, at most `limit` of them. */
export function findDays(text: string, monthFirst = false, limit = 200): FoundDay[] {
  const found: FoundDay[] = [];
  for (const { regex, read, shortYear } of PATTERNS) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    let count = 0;
    while ((match = regex.exec(text)) && count++ < limit) {
      const end = match.index + match[0].length;
      const parts = read(match, monthFirst, text.slice(end, end + 32));
      const day = parts ? isoDay(parts) : null;
      if (!day) continue;
      if (found.some((other) => match!.index < other.end && end > other.index)) continue;
      found.push(shortYear ? { day, index: match.index, end, shortYear } : { day, index: match.index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index).slice(0, limit);
}

/** Pages in US English write 3/4/2019 for March 4th; everyone else for April 3rd. */
export function writesMonthFirst(language: string | null): boolean {
  return !!language && /^en(?:-us)?$/i.test(language.trim());
}
