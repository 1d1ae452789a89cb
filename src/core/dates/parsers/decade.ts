// Decades: "the 1990s", "the early 2000s", "the '80s". Vague in the annotation guidelines'
// sense; the value is the decade as ISO 8601 writes it (`199`), the interval its ten years.
// Ages ("in their 30s") have two digits and no apostrophe, so they never match.

import type { DateCandidate, DateParser, ParseInput } from '../candidate';

const NAME = 'dates/decade';

const PATTERN = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(1[0-9]|20)(\d)0|['\u2019](\d)0)['\u2019]?s\b/gi;

export const decadeParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const match of input.text.matchAll(PATTERN)) {
      // A bare "'80s" is read in the century a reader would: before 30 is this century.
      const century = match[2] ?? (Number(match[4]) < 3 ? '20' : '19');
      const decade = Number(`${century}${match[3] ?? match[4]}`) * 10;
      out.push({
        start: input.offset + match.index,
        end: input.offset + match.index + match[0].length,
        text: match[0],
        extractor: NAME,
        confidence: 0.7,
        resolve: () => ({
          start: { y: decade, m: 1, d: 1 },
          end: { y: decade + 9, m: 12, d: 31 },
          precision: 'year',
          value: String(decade / 10),
          interval: true,
          relative: false,
          vague: true,
          explicitYear: true,
        }),
      });
    }
    return out;
  },
};
