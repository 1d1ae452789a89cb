// Whether this page writes 1/11/2025 day first. The outlet's language and host give a default
// (ctx.dayFirst); the page itself settles it when any numeric date on it can only be read one
// way (13/01/2025, 01/13/2025) or when one reading is the publication day.

import { formatYmd, type Ymd } from './calendar';

const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/]|\.\d)/g;
const MAX_SAMPLES = 200;

export function pageIsDayFirst(text: string, published: Ymd | null, fallback: boolean): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  const publishedIso = published ? formatYmd(published, 'day') : null;
  let seen = 0;
  NUMERIC_DATE.lastIndex = 0;
  for (let match = NUMERIC_DATE.exec(text); match && seen < MAX_SAMPLES; match = NUMERIC_DATE.exec(text)) {
    seen++;
    const a = Number(match[1]);
    const b = Number(match[2]);
    const y = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
    else if (publishedIso && a !== b) {
      if (formatYmd({ y, m: b, d: a }, 'day') === publishedIso) dayFirst++;
      else if (formatYmd({ y, m: a, d: b }, 'day') === publishedIso) monthFirst++;
    }
  }
  if (dayFirst === monthFirst) return fallback;
  return dayFirst > monthFirst;
}
