// Seasons: "last summer", "this spring", "the fall of 2023", "winter 2024", "in the summer".
// Northern meteorological seasons (the outlets in scope are mostly northern); the value is the
// season's year, with the months as the interval. Winter belongs to the year of its January.

import { compareYmd, monthEnd, monthStart, type Ymd } from '../calendar';
import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';
import type { Period } from '../periods';

const NAME = 'dates/season';

const PATTERN =
  /\b(?:(this\s+past|this|last|next|coming)\s+|(?:(in|during|since|by|until|through|over)\s+)?(the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})(?![\d%]))?\b/gi;

type Season = 'spring' | 'summer' | 'fall' | 'winter';

export const seasonParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const match of input.text.matchAll(PATTERN)) {
      const [whole, direction, preposition, the, word, year] = match;
      const season = (word!.toLowerCase() === 'autumn' ? 'fall' : word!.toLowerCase()) as Season;
      // "the fall" is usually a verb or a collapse ("the fall of Kabul") unless a year or a time
      // preposition makes it a season; a bare season word needs one of these too.
      if (!direction && !year && !(the && preposition)) continue;
      let start = match.index;
      let text = whole;
      if (preposition) {
        start += preposition.length + 1;
        text = text.slice(preposition.length).trimStart();
      }
      out.push({
        start: input.offset + start,
        end: input.offset + start + text.length,
        text,
        extractor: NAME,
        confidence: year ? 0.9 : 0.7,
        resolve: (env) => resolveSeason(env, season, direction?.toLowerCase().replace(/\s+/g, ' ') ?? null, year ? Number(year) : null),
      });
    }
    return out;
  },
};

function seasonPeriod(season: Season, year: number): Period {
  switch (season) {
    case 'spring':
      return { start: monthStart(year, 3), end: monthEnd(year, 5) };
    case 'summer':
      return { start: monthStart(year, 6), end: monthEnd(year, 8) };
    case 'fall':
      return { start: monthStart(year, 9), end: monthEnd(year, 11) };
    case 'winter':
      return { start: monthStart(year - 1, 12), end: monthEnd(year, 2) };
  }
}

function resolveSeason(env: ResolveEnv, season: Season, direction: string | null, year: number | null): Resolution | null {
  const result = (y: number, relative: boolean): Resolution => ({
    ...seasonPeriod(season, y), value: String(y), precision: 'year', interval: true, relative, explicitYear: !relative,
  });
  if (year !== null) return result(year, false);
  // "during the winter" in a clause without tense is any winter ("heating is cut during the winter").
  if (direction === null && env.tense() === 'neutral') return null;
  const ref: Ymd = env.ref;
  const years = [ref.y - 1, ref.y, ref.y + 1, ref.y + 2].map((y) => ({ y, period: seasonPeriod(season, y) }));
  const ended = years.filter((s) => compareYmd(s.period.end, ref) < 0);
  const started = years.filter((s) => compareYmd(s.period.start, ref) <= 0);
  const notEnded = years.filter((s) => compareYmd(s.period.end, ref) >= 0);
  const notStarted = years.filter((s) => compareYmd(s.period.start, ref) > 0);
  const tense = env.tense();
  let y: number;
  if (direction === 'last' || direction === 'this past') y = ended[ended.length - 1]!.y;
  else if (direction === 'next' || direction === 'coming') y = notStarted[0]!.y;
  // "this summer" is the current year's, whatever the clause's tense.
  else if (direction === 'this') y = season === 'winter' && ref.m >= 9 ? ref.y + 1 : ref.y;
  else if (tense === 'past') y = started[started.length - 1]!.y;
  else if (tense === 'future') y = notEnded[0]!.y;
  else y = season === 'winter' && ref.m === 12 ? ref.y + 1 : ref.y;
  return result(y, true);
}
