// "Hallworth said she supports gun control — including … — and “because I am,” adding …": a
// quotation coordinated after an indirect content is a statement of its own. The indirect content
// ends before its "and" (", and “", "— and “", " and “"), and the quoted passage is a direct
// quote of the same speaker and cue (the guidelines count each quoted passage on its own), when
// the passage speaks in the first person: a quoted predicate of the reported clause stays in it.

import type { Attribution } from '../model';
import { isFragment, isTitle, MASK, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import type { Scan } from '../scan';
import { firstEndingAfter } from '../../text/spans';

// (Read as the direct-quote parser reads a quoted passage: it is one.)
const EXTRACTOR = 'sources/direct-quote';
// The coordinator and the quotation's opening mark (masked), after some content of its own.
const AND_QUOTE = new RegExp(`(?:\\s*[,\\u2014\\u2013]|\\s)\\s*(?:and|but)\\s+(?=${MASK})`, 'g');
// The speaker's own voice early in the passage ("because I don't agree …", "we'll see …"): the
// quotation changes person, so it cannot go on with the reported clause ("said it was open and
// “committed to every viewpoint”" is one content, as annotators mark it).
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|[Ww]e|[Mm]y|[Oo]ur|us|me)(?![\p{L}])/u;
const OPENING_WORDS = /^(?:\S+\s+){0,9}\S*/;
// After the quotation only the content's end: punctuation (a participle or second cue already cut it).
const NOTHING_AFTER = /^[\s,.;:!?)]*$/;

/** The quotation coordinated after an indirect content in `start`–`end`, and where the content stops. */
export function coordinatedQuote(scan: Scan, start: number, end: number): { cut: number; region: QuoteRegion } | null {
  const slice = scan.masked.slice(start, end);
  AND_QUOTE.lastIndex = 0;
  for (let m = AND_QUOTE.exec(slice); m; m = AND_QUOTE.exec(slice)) {
    const at = start + m.index + m[0].length;
    const region = scan.regions[firstEndingAfter(scan.regions, at)];
    if (!region || region.start !== at || region.end > end) continue;
    if (!NOTHING_AFTER.test(scan.masked.slice(region.end, end))) continue;
    // "said the plan was “dead” and “unworkable”": a fragment or a title coordinates inside the clause.
    if (isFragment(scan.text, region) || isTitle(scan.text, region)) continue;
    if (!FIRST_PERSON.test(OPENING_WORDS.exec(scan.text.slice(region.innerStart, region.innerEnd))![0])) continue;
    // Some words of the indirect content's own before the coordinator.
    if (!/\p{L}+\s+\p{L}+/u.test(slice.slice(0, m.index).replaceAll(MASK, ''))) continue;
    return { cut: start + m.index, region };
  }
  return null;
}

/** The quoted passage as a direct quote of the indirect statement's speaker and cue. */
export function coordinatedAttribution(scan: Scan, region: QuoteRegion, statement: Attribution): Attribution {
  const { cue, cueStart, speaker, confidence } = statement;
  return quotedAttribution(scan.text, region, { cue, cueStart, speaker, extractor: EXTRACTOR, confidence });
}
