// A count's figure for someone, told by the verb of a poll, an estimate or a study: "The latest poll
// put Lane on 48 percent", "A Gazette poll this week has Lane at 45 percent to 41 for Berg", "The
// survey gave Lane a ten-point lead", "with a new poll giving Berg a narrow edge". These verbs ("put",
// "have", "give") are no cues of saying, so no reader took the finding and the poll was no source.
// Read only where the verb's object is followed by where it stands: "at"/"on" and a figure, a lead or
// an edge, "ahead", "leading", "tied" (not "the study put the focus on children", "the report has
// a margin of error"). The document is the source, named by its owner as the refiners name it; what
// is said runs from the object to the clause's end.

import type { Attribution } from '../model';
import { documentBefore } from '../document-before';
import { wordCount } from '../quote-spans';
import { contentAfter, sentenceMatches, type Scan } from '../scan';

const EXTRACTOR = 'sources/document-standing';
const VERB = /(?<![\p{L}\p{N}'\u2019-])(put|puts|putting|has|have|had|gives|gave|giving)\s+(?=\S)/gu;
const PARTICIPLE = /ing$/;
const HAVE = /^(?:has|have|had)$/;
const PARTICIPLE_AFTER = /^(?:\p{Ll}+ed|\p{Ll}+en|shown|put|found|given|had|made|kept|left|set|held|come|become|gone|run|won|lost|fallen|risen|grown)\b/u;
/** Nouns of what counts or measures: the documents that put someone at a figure. */
const MEASURES = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'estimate', 'estimates', 'forecast', 'forecasts',
  'projection', 'projections', 'model', 'models', 'average', 'figures', 'data', 'count', 'tally', 'results', 'numbers',
  'analysis', 'census', 'research', 'report', 'reports', 'tracker',
]);
// The object: one to ten words ("Lane's approval during the first four months of the year"), no
// clause in it (no comma, "that", "who", verb of its own: the
// standing that follows is what keeps "has led the party" or "put forward a plan" out).
const OBJECT_WORD = /^(?!(?:that|which|who|whom|been|not|to|and|but|or|no|also|already|just|now)\s)[\p{L}\p{N}'\u2019.&/-]+\s+/u;
const MAX_OBJECT_WORDS = 10;
/** Up to three words before a figure ("at a solid 50 percent", "at just over 30 percent"). */
const BEFORE_FIGURE = String.raw`(?:(?:a|an|the|about|around|roughly|nearly|almost|just|only|over|under|below|above|some|barely|little|more|less|than|\p{Ll}+ly|solid|mere|record)\s+){0,3}`;
// Where the object stands: "at" a figure, "on" a share ("on 55.7 percent", "on 30 per cent", "on
// 23%": "on" and a bare number is a dose or a date), a lead or edge given ("a ten-point lead",
// "a whopping 30-point advantage"), or a standing word ("ahead", "leading Berg by six", "pulling
// even with Berg").
const STANDING = new RegExp(String.raw`^(?:at\s+${BEFORE_FIGURE}[$£€]?\d|on\s+${BEFORE_FIGURE}\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b)|(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,3}(?:lead|advantage|edge)\b|(?:ahead|behind|leading|trailing|tied|level|winning|losing|beating)\b|(?:pulling|drawing|moving)\s+(?:even|ahead|level|within)\b|(?:in|into)\s+(?:first|second|third|fourth|fifth|the\s+lead)\b|(?:up|down)\s+(?:by\s+)?\d)`, 'u');
const MIN_WORDS = 3;
/** The content stops where the sentence goes on to something else. */
const CLAUSE_STOP = /;|\s[\u2014\u2013]\s|\s--\s/;

export function parseDocumentStandings(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of sentenceMatches(scan, VERB)) {
    if (scan.usedCues.has(at)) continue;
    const after = at + m[0].length;
    const rest = masked.slice(after, sentence.end);
    // ("The poll has shown him trailing": "has" is the auxiliary of a verb of finding, read as one.)
    if (HAVE.test(m[1]!) && PARTICIPLE_AFTER.test(rest)) continue;
    if (!objectThenStanding(rest)) continue;
    const speaker = documentBefore(scan, sentence.start, at, PARTICIPLE.test(m[1]!), MEASURES);
    if (!speaker) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, CLAUSE_STOP);
    const content = text.slice(start, end);
    if (wordCount(content, MIN_WORDS) < MIN_WORDS) continue;
    scan.usedCues.add(at);
    scan.found.push({
      start, end, text: content, direct: false, cue: m[1]!, cueStart: at, speaker, block,
      extractor: EXTRACTOR, confidence: 0.6,
    } satisfies Attribution);
  }
}

/** Whether one to ten words of an object, then where it stands, open `rest`. */
function objectThenStanding(rest: string): boolean {
  let at = 0;
  for (let words = 0; words < MAX_OBJECT_WORDS; words++) {
    const word = OBJECT_WORD.exec(rest.slice(at));
    if (!word) return false;
    at += word[0].length;
    if (STANDING.test(rest.slice(at))) return true;
  }
  return false;
}
