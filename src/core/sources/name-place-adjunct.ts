// Where or when a named speaker said it, between the name and the verb: "The Harbour Trust in
// Bergen said …", "Ola Vik in 2019 said …", "The Coast Museum in Oslo in May also said …". After a
// name the phrase tells where the body sits or when it spoke, not which one it is (a name already
// says that), so it is no part of the speaker, as "in a statement" is not (occasion-adjunct.ts).
//
// Only after a name that opens its clause, and only "in" with a capitalised place, a year or a
// month: "Officials in Bergen said" and "the man in the harbour said" keep their phrase, which
// tells which officials, which man; so do a lone plural name ("Democrats in Congress said"), which
// the place narrows to some of them, and a run opened by an article or a quantifier ("An MP in
// Bergen", "Some Vardians in Bergen"), which describes.

import { CALENDAR_WORDS } from './lexicon';
import { NAME_WORD_START } from './name-word';
import { readSpeaker } from './speaker-phrase';
import { affiliatedNameStart } from './affiliated-name-place';
import { MONTH_NAME } from './time-names';

/** A place: up to three capitalised words ("Oslo", "New York", "The Hague"). */
const PLACE = String.raw`${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}`;
/** One or two "in" phrases of place or time right before the verb: "in Oslo", "in Oslo in 2018", "in May". */
const MONTH_ALONE = new RegExp(`^${MONTH_NAME}$`);
const PLACE_OR_TIME_END = new RegExp(String.raw`(?:\s+in\s+(?:${MONTH_NAME}(?:\s+\d{4})?|\d{4}|${PLACE})){1,2}\s*$`, 'u');
/** The capitalised words (and titles) right before the phrase: "Coast Museum", "Ola Vik". */
const NAME_RUN = new RegExp(String.raw`(?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,4}${NAME_WORD_START}[\p{L}.'\u2019-]*$`, 'u');
/** A lone capitalised plural ("Democrats", "Kurds", "Protesters"): the place says which of them. */
const LONE_PLURAL = /^\p{Lu}\p{Ll}+[^s'\u2019]s$/u;
/** A run opened by an article or a quantifier: "An MP", "Some Palestinians" describe, they do not name. */
const DESCRIBING_OPENING = /^(?:A|An|Some|Many|Most|Several|Few|All|Both|Other|Two|Three)\s/;
const THE = /^The\s+/;
/** What may stand before a subject that opens its clause: nothing, a comma or a dash, "and"/"but", "the". */
const CLAUSE_OPENING = /(?:^|[,;:(\u2014\u2013]|\b(?:and|but|But|And))\s*(?:(?:the|The)\s+)?$/;

/** Where the subject ends when a place or time after a name stands right before `end` ("Vik in Oslo| said"), or -1. */
export function namePlaceStart(masked: string, lo: number, end: number): number {
  const from = Math.max(lo, end - 60);
  const m = PLACE_OR_TIME_END.exec(masked.slice(from, end));
  if (!m) return -1;
  const at = from + m.index;
  // (Not a place that is a calendar word alone: "in May" is read as the month above.)
  if (m[0].trim().split(/\s+/).some((w, k, all) => k > 0 && all[k - 1] === 'in' && CALENDAR_WORDS.has(w.toLowerCase()) && !MONTH_ALONE.test(w))) return -1;
  const run = NAME_RUN.exec(masked.slice(Math.max(lo, at - 60), at));
  if (!run || DESCRIBING_OPENING.test(run[0]) || LONE_PLURAL.test(run[0].replace(THE, ''))) return -1;
  const runStart = at - run[0].length;
  const named = readSpeaker(masked, runStart, at);
  if (named?.form !== 'name') return -1;
  // (The name opens its clause: in "a spokesman for Acme in Oslo said" it is the spokesman's employer.)
  // ("Ana Lund from Green Watch in Bergen said": the body a named person speaks for, affiliated-name-place.ts.)
  if (!CLAUSE_OPENING.test(masked.slice(lo, runStart)) && affiliatedNameStart(masked, lo, runStart, at, (before) => CLAUSE_OPENING.test(before)) < 0) return -1;
  return at;
}
