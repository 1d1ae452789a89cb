// "3 days ago": how old a date is, relative to now, in the panel's language (English).

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const FORMAT = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "5 minutes ago", "yesterday", "3 days ago", "in 2 hours"; null for an unreadable date. */
export function relativeAge(iso: string, now: number): string | null {
  const time = parseDate(iso);
  if (time === null) return null;
  const seconds = (time - now) / 1000;
  const size = Math.abs(seconds);
  if (size < 60) return 'just now';
  for (const [unit, length] of UNITS) {
    if (size >= length) return FORMAT.format(Math.round(seconds / length), unit);
  }
  return 'just now';
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A bare date is a day, not an instant: read it as noon UTC so that no time zone moves its day. */
export function parseDate(iso: string): number | null {
  const time = Date.parse(BARE_DATE.test(iso) ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(time) ? null : time;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const DAY_UTC = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

/** "6 February 2025, 01:32" in the reader's time zone; a bare date without a time. */
export function absoluteDate(iso: string): string {
  const time = parseDate(iso);
  if (time === null) return iso;
  if (BARE_DATE.test(iso)) return DAY_UTC.format(time);
  return `${DAY.format(time)}, ${TIME.format(time)}`;
}
