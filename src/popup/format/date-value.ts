// A date mention's ISO value as a reader says it: "2025", "Q1 2025", "January 2025", "11 January 2025".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

const ISO_VALUE = /^(\d{4})(?:-Q([1-4]))?(?:-(\d{2}))?(?:-(\d{2}))?$/;

export function dateValueLabel(value: string): string {
  const match = ISO_VALUE.exec(value);
  if (!match) return value;
  const [, year, quarter, month, day] = match;
  if (quarter) return `Q${quarter} ${year}`;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return value;
  if (day) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year!;
}

/** An interval "11–20 January 2025", or both ends in full when they differ in month or year. */
export function intervalLabel(interval: { start: string; end: string }): string {
  const start = dateValueLabel(interval.start);
  const end = dateValueLabel(interval.end);
  if (start === end) return start;
  const a = start.split(' ');
  const b = end.split(' ');
  if (a.length === 3 && b.length === 3 && a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${b[1]} ${b[2]}`;
  return `${start} – ${end}`;
}
