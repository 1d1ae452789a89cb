// "Surveys of voters taken as they left the polls showed that …", "A Marist poll out Monday showed
// Jones ahead", "A 2014 review by the Civic Federation found that …": a document opening its sentence
// with a post-modifier (a prepositional phrase, a participle, "out Monday", a relative clause) that the
// speaker reader does not take whole, right before a verb of finding. The document (or the owner its
// "by"/"from" phrase names) is the speaker; the whole phrase is what the sheet prints.

import { afterOpening, type Subject } from './clause';
import type { SpeakerRef } from './model';
import { DOCUMENT_NOUNS } from './lexicon';
import { LINK, OPENING_PHRASE } from './modified-subject';
import { documentOwner } from './parsers/document-source';
import { readSpeaker, tokenize } from './speaker-phrase';
import { nominalSpeaker } from './speaker-ref';

/** Verbs a document's finding is told with ("the poll showed", "the review concluded that"). */
export const DOCUMENT_FINDING = /^(?:find|finds|found|show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed|suggest|suggests|suggested|conclude|concludes|concluded)$/;

// What a post-modifier may open with: a preposition, a participle ("taken", "compiled", "relating"),
// "out" ("a poll out Monday") or a relative pronoun ("the polling that was done before the vote").
const MODIFIER_OPENER = /^(?:of|from|by|in|on|at|for|with|about|among|across|since|after|before|during|over|out|that|which|\p{Ll}+ed|\p{Ll}+ing|taken|done|drawn|made|written|shown|given|seen|released|published)$/u;
// No clause break inside the subject: a comma, a colon, a quotation, a bracket or a dash.
const BREAK = /[,;:\uE000()\u2014\u2013"\u201C\u201D]|\s-\s|--/;
// An auxiliary makes a clause of the words ("The poll was taken before …"), except inside a relative
// clause of the phrase ("the polling that was done …").
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do)$/;
const PAST_PARTICIPLE = /^(?:\p{Ll}+ed|taken|done|drawn|made|written|shown|given|seen)$/u;
const AFTER_PASSIVE = /^(?:by|on|in|at|to|for|from|as|of|with|over|during|since|after|before|through|under|between|among|last|this|earlier|late|early|out|\p{Lu}\p{L}*|\p{Ll}+ly)$/u;
/** Words the cue may not follow: the verb of a relative clause ("the poll that showed …"). */
const RELATIVE = /^(?:that|which|who)$/;
// "… and praised efforts to find …": the cue after an infinitive's "to" or a conjunction is no verb of
// the phrase's, and a past tense after a conjunction is the sentence's own second verb.
const NOT_FINITE_BEFORE = /^(?:to|and|or)$/;
const COORDINATED_VERB = /^(?:and|but|or)$/;
const WORD = /\S+/g;
const LAST_WORD = /[\p{L}-]+$/u;
const SURVEY_NAME_END = /^(?:poll|polls|survey|surveys|study|studies|census|audit)$/i;
const DETERMINER = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|one|another|new|latest)$/i;
const FUNCTION_WORD = /^(?:of|to|and|or|but|that|which|who|is|are|was|were|has|have|had|not|he|she|they|it|we|i|you)$/i;
// Besides the lexicon's documents, what records or finds as a document does, though elsewhere the
// word is no speaker ("the inquiry found", "a projection from X shows", "filings made Sunday
// revealed"): only as the subject of a finding verb. (Not photos or graphics: not-a-source.ts reads
// them as picture credits.)
const RECORD_NOUNS = new Set([
  'inquiry', 'inquiries', 'examination', 'examinations', 'projection', 'projections', 'disclosures', 'filings',
  'test', 'tests',
]);
const MAX_HEAD_AT = 6;
const MAX_WORDS = 20;

/**
 * The document phrase opening the sentence before a finding verb at `cue`, or null. Only when a
 * document noun is among its first words and every word after it reads as a post-modifier.
 */
export function documentSubject(masked: string, sentenceStart: number, cue: number): Subject | null {
  let start = afterOpening(masked, sentenceStart, cue);
  start += LINK.exec(masked.slice(start, cue))![0].length;
  const opening = OPENING_PHRASE.exec(masked.slice(start, cue));
  if (opening) start += opening[0].length;
  const phrase = masked.slice(start, cue);
  if (!phrase.trim() || BREAK.test(phrase)) return null;
  const words: { text: string; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(phrase); m; m = WORD.exec(phrase)) {
    words.push({ text: m[0], end: start + m.index + m[0].length });
    if (words.length > MAX_WORDS) return null;
  }
  const headAt = words.findIndex((w, k) => k <= MAX_HEAD_AT && (DOCUMENT_NOUNS.has(w.text.toLowerCase()) || RECORD_NOUNS.has(w.text.toLowerCase())));
  if (headAt < 0) return null;
  const noun = words[headAt]!.text.toLowerCase();
  const rest = words.slice(headAt + 1).map((w) => w.text);
  if (rest.length && !MODIFIER_OPENER.test(rest[0]!)) return null;
  // "records compiled by …", "a poll released Tuesday": a passive participle goes on with a preposition
  // or a time; one with an object is the sentence's own verb ("a bill faced dismal prospects").
  if (rest.length > 1 && PAST_PARTICIPLE.test(rest[0]!) && !AFTER_PASSIVE.test(rest[1]!)) return null;
  if (rest.length && (RELATIVE.test(rest[rest.length - 1]!) || NOT_FINITE_BEFORE.test(rest[rest.length - 1]!))) return null;
  if (rest.some((w, k) => k > 0 && COORDINATED_VERB.test(rest[k - 1]!) && /^\p{Ll}+ed$/u.test(w))) return null;
  if (words.some((w) => AUXILIARY.test(w.text)) && !rest.some((w) => RELATIVE.test(w))) return null;
  const end = words[words.length - 1]!.end;
  const headEnd = words[headAt]!.end;
  // ("Filings made on Sunday revealed …": a bare plural, which the reader takes for no speaker or a name.)
  const bare = headAt === 0 && /s$/.test(noun);
  // ("A Reuters rolling poll": a determiner and a few describing words the reader does not take.)
  const described = !bare && DETERMINER.test(words[0]!.text) && headAt <= 4 && !words.slice(1, headAt).some((w) => FUNCTION_WORD.test(w.text));
  const read = bare ? bareNoun(masked, start, headEnd, noun) : readSpeaker(masked, start, headEnd) ?? (described ? bareNoun(masked, start, headEnd, noun) : null);
  if (!read || read.form !== 'nominal' || read.head !== noun || read.kind !== 'document' && !RECORD_NOUNS.has(noun)) return null;
  const head = { ...read, kind: 'document' as const };
  // "A review by the Civic Federation": the owner its phrase names, when it names one.
  const owner = rest.length ? documentOwner(masked, tokenize(masked.slice(headEnd, end), headEnd)) : null;
  const speaker = owner ? { ...owner, head: noun } : head;
  return { speaker: { ...speaker, text: masked.slice(start, end), end }, phraseStart: start };
}

/**
 * Whether a speaker is a document: read as one, headed by a document noun, or a name that ends in
 * a survey's noun ("a new Harbour Gazette/Island University Poll", which the reader takes for a
 * body's name). (Only a survey's: "The Washington Post", "the Drudge Report" are bodies that find and
 * show as people do, "The Post showed restraint".)
 */
export function namesDocument(speaker: SpeakerRef): boolean {
  if (speaker.kind === 'document' || DOCUMENT_NOUNS.has(speaker.head ?? '')) return true;
  const last = speaker.form === 'name' ? LAST_WORD.exec(speaker.name ?? '') : null;
  return Boolean(last && SURVEY_NAME_END.test(last[0]));
}

function bareNoun(masked: string, start: number, end: number, noun: string): SpeakerRef {
  return nominalSpeaker(masked.slice(start, end), start, end, 'document', noun);
}
