// Normalises the date-times pages print in metadata to ISO 8601, keeping the page's own offset
// (so the day is the day the outlet printed). Returns null for anything it cannot read.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
// 20200413, 20200413T163807Z, 20200413T16:38:07Z
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2}):?(\d{2})(?::?(\d{2}))?Z?)?$/;

export function normalizeDateTime(input: string): string | null {
  const text = input.trim();
  const iso = ISO.exec(text) ?? COMPACT.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    if (!validDay(+year!, +month!, +day!)) return null;
    if (hour === undefined) return `${year}-${month}-${day}`;
    const offset = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${offset}`;
  }
  if (text.length > 80 || !/\d{4}/.test(text) || PARTIAL_DATE.test(text)) return null;
  const numeric = NUMERIC_DAY_FIRST.exec(text);
  if (numeric) return dayFirst(numeric);
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  if (!EXPLICIT_ZONE.test(text)) {
    // No zone printed: the day and time are as written, whatever the reader's own time zone.
    if (date.getFullYear() < 1990 || date.getFullYear() > 2100) return null;
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    return TIME_OF_DAY.test(text) ? `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day;
  }
  if (date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2100) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * "01-11-2023 10:29", "01.11.2023": a numeric day written day first, as everywhere but the US
 * (which writes slashes, left to `Date.parse`); read month first only when the day cannot be a month.
 */
const NUMERIC_DAY_FIRST = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function dayFirst(match: RegExpExecArray): string | null {
  const [, first, second, year, hour, minute, second_] = match;
  const [day, month] = +second! > 12 ? [+first!, +second!].reverse() : [+first!, +second!];
  if (!validDay(+year!, month!, day!)) return null;
  const date = `${year}-${pad(month!)}-${pad(day!)}`;
  return hour === undefined ? date : `${date}T${pad(+hour)}:${minute}:${second_ ?? '00'}`;
}

/**
 * A year or a month without its day ("2017", "2017/01", "03/2019", "March 2019"): `Date.parse`
 * would make the first of the month of it, a day the page never gave. Journals write their
 * issue's month so (`citation_publication_date`), and a later source may have the whole day.
 */
const PARTIAL_DATE = /^(?:\d{4}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{4}|\p{L}+\.?,?\s+\d{4}|\d{4}\s+\p{L}+\.?)$/u;

const EXPLICIT_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\s*$|\b(?:[ECMP][SD]T)\b)/;
const TIME_OF_DAY = /\d{1,2}:\d{2}/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
