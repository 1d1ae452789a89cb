// Sentences and clauses over the masked text (quotations blanked), and the subject of a cue:
// the phrase just left of the verb, past commas that set off an apposition
// ("Lena Marsh, director of …, said") or a relative clause ("Sanders, who lost …, said").

import { isDocumentOwnerName } from './owner-apposition';
import type { Span } from '../types';
import { SUBJECT_CUE_FILLER } from './lexicon';
import { isAcronymFiller } from './acronym-filler';
import { isNounInfinitive } from './noun-infinitive';
import { occasionStart } from './occasion-adjunct';
import { namePlaceStart } from './name-place-adjunct';
import type { SpeakerRef } from './model';
// The mask character, local: a module binding read per character is slow in some builds.
const MASK_CHAR = '\uE000';
import { speakerBeforeModifier } from './inverted-modified-subject';
import { isAnotherAlone, readSpeaker } from './speaker-phrase';
import { IRREGULAR_PAST, IRREGULAR_PAST_FORMS } from './main-clause-subject';
import { endsInTitle, isTitleOfBody } from './titled-name';
import { isRoleWithPhrase } from './role-with-phrase';
import { genderOfGivenName } from './gender';
import { isPersonNameSegment } from './named-after-body';
import { openingQuantifier } from './opening-quantifier';
import { modalAsName } from './modal-name';
import { soThatPhrase } from './so-that-subject';
import { thoseWith } from './those-with';
import { quantifierWith } from './quantifier-with';
import { nominalSpeaker } from './speaker-ref';
import { isPositionCue } from './position-cue';
import { objectRelativeSubject } from './object-relative';
import { lexicalGapAfterCue } from './relative-gap-verb';
import { subordinateName } from './subordinate-name';
import { isSubordinateClause } from './subordinate-clause';
import { capitalModifiedHead, capitalModifiedPhrase } from './capital-modifier';
import { agentPluralSubject } from './agent-plural';
import { quotedAppositionSubject } from './quoted-apposition';
import { auxiliaryAsideStart } from './auxiliary-aside';
import { isBareRoleLead } from './bare-role-lead';
import { descriptionAfterContent } from './description-after-content';
import { NAME_WORD_START } from './name-word';
import { subjectsAfterFrontedPhrase } from './fronted-phrase';
import { roleNamedPerson } from './role-named-apposition';
import { isUnclosedPlace } from './unclosed-place';
import { isRoleNameTail } from './role-name-tail';
import { closesSentence } from './closing-attribution';
import { opensParticipleModifier } from './participle-modifier';
import { perceivedObjectStart, perceivedSpeechStart } from './perceived-speech';
import { quotedAsStart } from './quoted-as';
import { descriptionBeforeRelative } from './described-name-relative';
import { describedNameBeforeWho } from './described-name-before-who';
import { descriptionBeforeWho } from './description-before-who';
import { bodyBeforePlaceEnd } from './body-in-place';
import { nameBeforeCompany } from './name-and-company';
import { includedListLength } from './included-list';
import { isOpeningListItem } from './opening-list-item';
import { apposedPairSubject, invertedNameList, nameListSubject } from './name-list-subject';

/** A place written as a name: "Lyon", "Des Moines", "New York City". */
const TITLE_PLACE = '[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}';
/**
 * A leading dateline ("SEOUL – ", "WASHINGTON (AP) — "): stripped from content, skipped before a subject.
 * A straight quote standing alone between spaces is a dash that a wrong character set turned into a
 * quote mark ("LONDON " Acme says"): a real quotation mark touches the words it encloses.
 */
const MONTH_DAY = '(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
export const DATELINE = new RegExp(`^(?:${[
  "[A-Z][A-Z.' ,-]{1,40}?",
  // "DES MOINES, Iowa, Jan. 4 — ", "AMES, Iowa — ": a place in capitals, its state, a date.
  `[A-Z][A-Z.' -]{1,30}?,\\s+(?:[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?(?:,\\s+${MONTH_DAY})?|${MONTH_DAY})`,
  // "Washington (AFP) – ": a place written as a name, with the agency's tag in capitals ("Jane Roe (Democrat) —" is no dateline).
  '[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}\\s*(?=\\([A-Z]{2,8}\\))',
  // "Lyon, France — ": a place written as a name and its country or state, then a dash.
  `${TITLE_PLACE},\\s+${TITLE_PLACE}(?=\\s*[\\u2014\\u2013]+\\s+[A-Z])`,
].join('|')})\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:[\\u2014\\u2013-]+|(?<=\\s)")\\s+`
  // "(CNN)People will …", "Kabul, Afghanistan (CNN)A …": the agency's tag glued to the first word,
  // with or without its place before it and with no dash.
  + `|^(?:${TITLE_PLACE}(?:,\\s+${TITLE_PLACE})?\\s*)?\\([A-Z][A-Za-z]{1,7}\\)(?=[A-Z"\\u201C])`
  // "16:58 In the Netherlands, …": the clock time that heads a live blog's entry.
  + '|^\\d{1,2}:\\d{2}(?:\\s+(?:[A-Z]{2,4}))?\\s+(?=[A-Z])');

// ("v." as in a case name, "Roe v. Wade": the lower-case letter never ends a sentence, as "vs." does not;
// nor do the plural titles before two names, "Sens. Ana Roe and Ben Lund", nor "Pres." and "Cmdr.".)
export const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sens?|Reps?|Govs?|Pres|Cmdr|Gen|Col|Lt|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ret|Rev|Adm|Maj|Gov|Mt|Ft|U\.S|U\.K|U\.N|D\.C|e\.g|i\.e|[A-Z])\.)$/;
/** Abbreviations that end a name ("the U.S.", "Acme Inc.", "John Smith Jr."), unlike a title or an initial. */
const DELEGATE_TITLE = /(?:^|[^,\-\u2013\s])\s+Del\.$/;
const NAME_END = /\b(?:U\.S|U\.K|U\.N|D\.C|Inc|Corp|Co|Ltd|Jr|Sr)\.$/;
const SENTENCE_OPENER = /^(?:He|She|They|It|We|I|The|This|These|Those|There|But|His|Her|Their|Its|Our)\s/;
// "at 8 p.m. EST on Monday": a clock time's "a.m."/"p.m." before its time zone ends no sentence.
const CLOCK_TIME = /\b[ap]\.m\.$/;
const TIME_ZONE = /^(?:E[SD]?T|P[SD]?T|C[SD]?T|M[SD]?T|GMT|UTC|BST|CET|(?:Eastern|Pacific|Central|Mountain)\s+(?:time|Time|Standard|Daylight)\b)(?![\p{L}])/u;
// (".] " too: a bracketed credit, "… lead. [Post.] Next item", ends its sentence.)
const SENTENCE_END = /[.!?\u2026]+[)\]"'\u201D\u2019]*\s+/g;

/**
 * Sentence spans of one block, on masked text: a quotation never splits a sentence, but one
 * that ends with its own full stop ends the sentence when a capital follows.
 */
export function sentencesOf(masked: string, block: Span, terminalQuoteEnds: readonly number[]): Span[] {
  const cuts: { end: number; next: number }[] = [];
  const text = masked.slice(block.start, block.end);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const at = block.start + m.index;
    const next = at + m[0].length;
    const after = masked[next];
    if (after === undefined || !/[\p{Lu}\d\uE000"\u201C\u2018(]/u.test(after)) continue;
    const before = masked.slice(Math.max(block.start, at - 6), at + 1);
    // "… attacks in the U.S. He says …": after an abbreviation that ends a name (never a title or an
    // initial), a pronoun or an article can only open a new sentence.
    if (ABBREVIATIONS.test(before) && !(NAME_END.test(before) && SENTENCE_OPENER.test(masked.slice(next, next + 8)))) continue;
    if (CLOCK_TIME.test(before) && TIME_ZONE.test(masked.slice(next, next + 20))) continue;
    // "said Del. Ana Vik": the title of a delegate, not the state, which follows a comma or a party ("Dover, Del.", "D-Del.").
    if (DELEGATE_TITLE.test(masked.slice(Math.max(block.start, at - 8), at + 1))) continue;
    cuts.push({ end: at + m[0].trimEnd().length, next });
  }
  for (const end of terminalQuoteEnds) {
    if (end <= block.start || end >= block.end) continue;
    let next = end;
    while (next < block.end && /\s/.test(masked[next]!)) next++;
    if (next > end && /[\p{Lu}\uE000"\u201C]/u.test(masked[next] ?? '')) cuts.push({ end, next });
  }
  cuts.sort((x, y) => x.end - y.end);
  const out: Span[] = [];
  let start = block.start;
  for (const cut of cuts) {
    if (cut.end <= start) continue;
    out.push({ start, end: cut.end });
    start = cut.next;
  }
  if (block.end > start) out.push({ start, end: block.end });
  return out;
}

export interface Subject {
  speaker: SpeakerRef;
  /** Where the whole subject phrase begins (apposition included): content before a trailing cue ends here. */
  phraseStart: number;
}

/** Academic and professional letters after a name ("Lena Roe, MD, PhD, …"): never the person. */
const DEGREE = /^\s*(?:Ph\.?D|M\.?D|D\.?O|MPH|MSPH|DrPH|M\.?Sc?|B\.?Sc|M\.?A|B\.?A|MBA|MBBS|J\.?D|LLM|R\.?N|DDS|DVM|EdD|PsyD|PharmD|MPP|MPA|MFA|CPA|FACP|FRCP)\.?\s*$/;
const STATE_ABBREVIATION = /^\s*(?:(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.)\s*$/;
/** A party and state tag: "D-Ore.", "R-Texas", "I-Vt.". */
const PARTY_TAG = /^\s*[RDI]-[A-Z][A-Za-z]{1,13}\.?\s*$/;
// A description ending on a place ("a nurse from Monsey") and a bare name after it ("New York").
// A place after its preposition, closing a phrase: "from Monsey", "of Ava", "outside Des Moines".
const PLACE_PHRASE = String.raw`(?:from|in|of|near|outside)\s+${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}\s*$`;
const PLACE_TAIL = new RegExp(String.raw`^\s*(?:(?:a|an|the|\p{Ll})[^]*\s)?${PLACE_PHRASE}`, 'u');
const BARE_PLACE = new RegExp(String.raw`^\s*${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}\s*$`, 'u');
// A role's object that opens a list: "manager for the UK", "head of Europe" (lower-case role words before it).
const CAP_RUN = String.raw`${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}`;
const LIST_HEAD = new RegExp(String.raw`\s\p{Ll}+\s+(?:for|of|in|across)\s+(?:the\s+)?${CAP_RUN}\s*$`, 'u');
// The list's last items: "Ireland and Nordics", "the Middle East and Africa".
const LIST_END = new RegExp(String.raw`^\s*(?:the\s+)?${CAP_RUN}\s+(?:and|&)\s+(?:the\s+)?${CAP_RUN}\s*$`, 'u');
// Bracketed material that is not the subject: a relative clause, an age, an "including …" aside.
const PARENTHETICAL = /^(?:who|which|including|\d)/i;
// A description between commas that the lexicon does not know: "a truck driver from Ava".
// (Not an adverbial: "on Sunday", "last week".)
const LOWER_DESCRIPTION = /^\s*(?!(?:on|in|at|for|with|by|after|before|during|under|over|about|to|since|as|last|this|next|early|late|earlier|later)\b)(?:(?:a|an|the)\s+)?\p{Ll}/u;
// ("even though", "even if", "even as" open a clause as "though", "if", "as" do.)
const LEADING_LINK = /^(?:and|but|or|so|while|as|because|though|although|when|then|meanwhile|yet|where|whereas|since|after|before|if|also|however|now|still|instead|later|earlier|indeed|moreover|even\s+(?:though|if|as|when))\s+/i;
const RELATIVE = /^(?:who|which|that)\b/i;
const MAX_LEFT = 220;
/** A day skipped between the subject and its verb ("Priebus Thursday told"; not "last week": "the bill passed last week found support" is read elsewhere). */
const TIME_FILLER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;
/** A lower-case noun, then a past participle ending the subject: "forecast released". */
const DATED_PARTICIPLE_END = /(?<=\s\p{Ll}{3,})(?<!\s(?:has|have|had|was|were|is|are|been|who|which|that|and|but))(\s+\p{Ll}{2,}ed)$/u;

/** "went on to", "has gone on to", "goes on to" right before a verb of saying: the saying goes on, the subject is before it. */
// (Not after "who": "the mayor, who went on to say …" is read whole by the relative's own path.)
const GONE_ON_TO = /(?<!\bwho)\s(?:go|goes|went|gone|going)\s+on\s+to\s+$/;
/**
 * "are quick to", "was careful to", "were at pains to" right before a verb of saying: a manner of
 * the saying, its subject before it ("Aides to Lund are quick to point out that …"). Not "eager
 * to" or "keen to": those want a saying that has not happened ("are keen to announce more tax cuts").
 */
const QUICK_TO = /(?<!\bwho)\s(?:is|are|was|were|be|been)\s+(?:(?:all|always|also|not|very)\s+)?(?:quick|careful|prompted|at\s+pains)\s+to\s+$/;

/** What `subjectOrInfinitive` gives for a cue that is an infinitive on the noun before it ("software to | forecast"). */
export const NOUN_INFINITIVE = 'noun-infinitive';

/** The subject of the cue at `cue`, reading left within the sentence starting at `from`. */
export function subjectBefore(masked: string, from: number, cue: number): Subject | null {
  const subject = subjectOrInfinitive(masked, from, cue);
  return subject === NOUN_INFINITIVE ? null : subject;
}

/**
 * subjectBefore, read once, telling "no subject here" (null) apart from an infinitive on a noun
 * ("…, weather models to forecast storms", noun-infinitive.ts): a cue with no subject at all, for
 * which the parsers look for none elsewhere.
 */
export function subjectOrInfinitive(masked: string, from: number, cue: number): Subject | null | typeof NOUN_INFINITIVE {
  const subject = readSubjectBefore(masked, from, cue);
  return subject && isNounInfinitive(subject.speaker) ? NOUN_INFINITIVE : subject;
}

/** Whether the segment before the last is a name and nothing else ("…, Ann Roe, a nurse said."). */
function nameAloneBefore(masked: string, segments: readonly Span[]): boolean {
  const before = segments.length > 1 ? segments[segments.length - 2]! : null;
  const read = before ? readSegment(masked, before) : null;
  return read?.speaker.form === 'name' && !masked.slice(read.speaker.end, before!.end).trim();
}

function readSubjectBefore(masked: string, from: number, cue: number): Subject | null {
  // ("WASHINGTON — Ada Lund met …, touting …": a dateline is no name for the clause after it to describe.)
  const dateline = DATELINE.exec(masked.slice(from, Math.min(cue, from + 80)));
  if (dateline) from += dateline[0].length;
  // ("“…,” the man could be heard saying": "be heard" only tells how the words came, perceived-speech.ts.)
  // ("Moss was quoted as saying …": so does "was quoted as", quoted-as.ts.)
  const perceived = perceivedSpeechStart(masked, from, cue);
  const quoted = perceived < 0 ? quotedAsStart(masked, from, cue) : -1;
  if (perceived >= 0) cue = perceived;
  else if (quoted >= 0) cue = quoted;
  // ("Microphones picked up Ann Lowe saying, “…”": the name perceived is the subject, perceived-speech.ts.)
  const perceivedName = perceived < 0 ? perceivedObjectStart(masked, from, cue) : -1;
  if (perceivedName >= 0) from = perceivedName;
  const lo = Math.max(from, cue - MAX_LEFT);
  // ("The judge went on to say …": "went on to" only carries the saying on; the subject is before it.)
  const goneOn = GONE_ON_TO.exec(masked.slice(lo, cue)) ?? QUICK_TO.exec(masked.slice(lo, cue));
  let end = goneOn ? lo + goneOn.index : cue;
  let relative = false;
  let timed = false;
  // Skip auxiliaries and adverbs between subject and verb: "Jones also noted", "she has long said".
  for (let guard = 0; guard < 6; guard++) {
    let wordEnd = end;
    while (wordEnd > lo && /\s/.test(masked[wordEnd - 1]!)) wordEnd--;
    let wordStart = wordEnd;
    while (wordStart > lo && !/\s/.test(masked[wordStart - 1]!)) wordStart--;
    const word = masked.slice(wordStart, wordEnd).toLowerCase();
    // ("The authority in a statement said": where it was said is no part of who said it, occasion-adjunct.ts.)
    // ("The Coast Museum in Oslo said": where a named body sits is no part of it either, name-place-adjunct.ts.)
    const occasion = wordStart === wordEnd || SUBJECT_CUE_FILLER.has(word) ? -1 : Math.max(occasionStart(masked, lo, wordEnd), namePlaceStart(masked, lo, wordEnd));
    if (occasion > lo) { end = occasion; continue; }
    // ("The federation did, however, admit …": the aside after an auxiliary, auxiliary-aside.ts.)
    const aside = auxiliaryAsideStart(masked, lo, end);
    if (aside > lo) { end = aside; continue; }
    if (wordStart === wordEnd || !SUBJECT_CUE_FILLER.has(word)) break;
    if (isAcronymFiller(masked, wordStart, wordEnd)) break;
    // ("Theresa May said": a capitalised "May" inside the sentence is a name, not the modal.)
    if (word === 'may' && /\p{Lu}/u.test(masked[wordStart]!) && /\p{Lu}[\p{L}.'\u2019-]*\s+$/u.test(masked.slice(Math.max(lo, wordStart - 30), wordStart))) break;
    if (word === 'who') relative = true;
    if (TIME_FILLER.test(word)) timed = true;
    // ("Both want …", "But all see …": a quantifier opening its clause is the subject, not a filler.)
    const quantifier = openingQuantifier(masked, from, wordStart, wordEnd, cue);
    if (quantifier) return quantifier;
    // ("Will believes …": a capitalised modal before a finite verb is a given name.)
    const modal = modalAsName(masked, wordStart, wordEnd, cue);
    if (modal) return modal;
    end = wordStart;
  }
  while (end > lo && /\s/.test(masked[end - 1]!)) end--;
  // ("A forecast released Thursday suggests …": a participle before the time adjunct modifies the
  // noun before it, which is the subject, not "forecast released".)
  const dated = timed ? DATED_PARTICIPLE_END.exec(masked.slice(Math.max(lo, end - 40), end)) : null;
  if (dated) end -= dated[1]!.length;
  // "The losses led the French manufacturer to announce …": the object of a causative verb speaks.
  const caused = CAUSED_TO.exec(masked.slice(lo, end));
  const causedAt = caused ? lo + caused.index + caused[0].length - caused[1]!.length - caused[2]!.length : -1;
  const causedSpeaker = caused ? readSpeaker(masked, causedAt, causedAt + caused[1]!.trimEnd().length) : null;
  // ("Holm left the meeting to tell reporters": "left" also departs, and then the sentence's
  // subject speaks; only people are left to wonder.)
  const departed = !!caused && LEFT.test(caused[0]) && causedSpeaker?.kind !== 'person' && causedSpeaker?.kind !== 'anonymous';
  if (caused && !departed) {
    if (!causedSpeaker || causedSpeaker.form === 'pronoun' && causedSpeaker.kind !== 'person') return null;
    return { speaker: causedSpeaker, phraseStart: causedAt };
  }
  // "Rep. Paul Hendry (D-Ore.) said": a party or state tag is not an apposition.
  // ("Gov. John Kasich (R-OH), said": a party tag with its comma, too.)
  // ("Sen. Tom Weld (a Democrat so young he was mistaken for an intern) says": an aside in brackets.)
  const tag = /\s*\([^()\uE000]{1,30}\)$|\s*\([RDI][-\u2013][A-Z][\w.]{0,8}\),$|(?<=\p{Lu}[\p{L}.'\u2019-]*)\s+\([^()\uE000;]{31,120}\)$/u.exec(masked.slice(Math.max(lo, end - 130), end));
  if (tag) end -= tag[0].length;
  if (end <= lo) return null;
  // "Lena Marsh, director of …, said": a comma before the verb closes an apposition.
  // (or a spaced hyphen: "Some economists - including two on the board - warn").
  let closedApposition = /[,\u2014\u2013)]$/.test(masked[end - 1]!) || (masked[end - 1] === '-' && masked[end - 2] === ' ');
  // ("Sue Roe, star of “The Long Tide,” is not sure": an apposition closed inside its quoted title.)
  if (masked[end - 1] === MASK_CHAR) return quotedAppositionSubject(masked, lo, end);
  if (/[;:\uE000(]$/.test(masked[end - 1]!)) return null;
  const segments = splitSegments(masked, lo, end);
  // ("…, one of the larger firms, including Orbit, Zenix and Quell, said": an example list names no
  // speaker; the subject is read before it, included-list.ts.)
  const included = closedApposition ? includedListLength(masked, segments) : 0;
  if (included) {
    segments.splice(segments.length - included);
    closedApposition = segments.length > 1;
  }
  // ("…, a nurse in Vardby, Ohio said": the comma after the place is left out, unclosed-place.ts.)
  if (!closedApposition && isUnclosedPlace(masked, segments)) {
    segments.pop();
    closedApposition = true;
  }
  // ("Sen. Ada Lund, D-Ore., said": a party and state tag between commas is no apposition, as it is
  // none in brackets; read as one, the tag became a name and the speaker. Only right after the
  // subject: "lawmakers on the panel, led by Ada Lund, R-Wis., said" is the apposition's.)
  if (closedApposition && segments.length === 2 && PARTY_TAG.test(masked.slice(segments[segments.length - 1]!.start, segments[segments.length - 1]!.end))) {
    segments.pop();
    closedApposition = false;
  }
  // "…, speaking in Wilmington, N.C., warned": a state abbreviation belongs to the place before it.
  while (closedApposition && segments.length > 2 && STATE_ABBREVIATION.test(masked.slice(segments[segments.length - 1]!.start, segments[segments.length - 1]!.end))) segments.pop();
  // "…, a nurse from Monsey, New York, said": a place name after "from Monsey" goes with it.
  while (closedApposition && segments.length > 2 && PLACE_TAIL.test(masked.slice(segments[segments.length - 2]!.start, segments[segments.length - 2]!.end))
    && BARE_PLACE.test(masked.slice(segments[segments.length - 1]!.start, segments[segments.length - 1]!.end))
    // ("…, the director of the Bureau of Investigation, James B. Comey, said": a person, named-after-body.ts.)
    && !isPersonNameSegment(masked.slice(segments[segments.length - 1]!.start, segments[segments.length - 1]!.end))) segments.pop();
  // "…, country manager for the UK, Ireland and Nordics, said": a list after a role's preposition
  // runs on past its comma; its last items, joined by "and", are no name of the speaker.
  if (closedApposition && segments.length > 2 && LIST_HEAD.test(masked.slice(segments[segments.length - 2]!.start, segments[segments.length - 2]!.end))
    && LIST_END.test(masked.slice(segments[segments.length - 1]!.start, segments[segments.length - 1]!.end))) segments.pop();
  // ("…, who works … as Programme Officer, Mobilization and Outreach, says": the title runs on past its
  // comma; the relative clause's person speaks, role-name-tail.ts. Not when a comma follows the cue word,
  // "…, says, …": then the cue is an aside and the segments before it are read as they were.)
  const cueOpensAside = /^[^\s,]+,/.test(masked.slice(cue, cue + 30));
  if (closedApposition && segments.length > 2 && !cueOpensAside && isRoleNameTail(masked.slice(segments[segments.length - 2]!.start, segments[segments.length - 2]!.end),
    masked.slice(segments[segments.length - 1]!.start, segments[segments.length - 1]!.end))) segments.pop();
  if (!segments.length) return null;
  const seg0 = segments[segments.length - 1]!;
  // "the bill, which critics said was unfair": the speaker of a relative clause whose verb has no object.
  // ("… by the Harbour Fund, a local charity which said …": the name the description stands beside speaks.)
  const describedRole = !closedApposition && segments.length >= 2 ? descriptionBeforeRelative(masked.slice(seg0.start, seg0.end), relative) : null;
  const describedName = describedRole ? trailingName(masked, segments[segments.length - 2]!) : null;
  if (describedName?.speaker.form === 'name') {
    describedName.speaker.role ??= describedRole;
    return describedName;
  }
  const gapped = closedApposition ? null : relativeGapSubject(masked, seg0, cue);
  if (gapped) return gapped;
  if (closedApposition && relative && masked[end - 1] === ',') {
    // ("… Ann Roe, a nurse from Ava, Ohio, who said …": "who" is the nurse, not the place.)
    const placed = personBeforePlace(masked, segments);
    if (placed) return placed;
    // "… drew fire from Sen. Tom Smith, who said …": the name before the relative clause.
    const named = readSegment(masked, seg0);
    // ("… from Mira Holt, the Green MP for Eastbridge, who said …": the description's person speaks.)
    const described = named?.speaker.form === 'name' && segments.length > 1 ? describedPerson(masked, segments[segments.length - 2]!, seg0, true) : null;
    if (described) return described;
    if (named?.speaker.form === 'name') return named;
    // ("… from Ada Lund, a harbour pilot, who said …": the person a lower-case description describes.)
    const namedBefore = named && segments.length > 1 ? describedNameBeforeWho(masked, segments[segments.length - 2]!, seg0, trailingName) : null;
    if (namedBefore) return namedBefore;
    // ("… attacks by Mayor Ola Vik and allies, who claim …": the named person the group is with, name-and-company.ts.)
    // ("The remark worried some analysts, who pointed out …": with no name, the description that ends
    // the clause, description-before-who.ts; a lone description before the comma is read whole.)
    if (!named) return trailingName(masked, seg0) ?? nameBeforeCompany(masked, seg0.start, seg0.end) ?? descriptionBeforeWho(masked, seg0, null, trailingDescription);
    if (segments.length < 2) return descriptionBeforeWho(masked, seg0, named, trailingDescription);
  }
  if (closedApposition) {
    if (segments.length < 2) return null;
    // ("Mark Ruiz, a farmer, and Anna Bell, a teacher, said": the two speak together, name-list-subject.ts.)
    const pair = apposedPairSubject(masked, segments, (seg) => readSegment(masked, seg));
    if (pair) return pair;
    const role = namedFromPlace(masked, seg0) ?? readSegment(masked, seg0);
    // "The company's chief executive, Alan Frost, told …": the name is the speaker, the description its role.
    if (role?.speaker.form === 'name' && role.speaker.kind === 'person') {
      const described = readSegment(masked, segments[segments.length - 2]!);
      // (Or a title read as a name: "VFI Chief Executive, Tomas Varrick, said" names Varrick; so does
      // "Minister of Harbour Works, Ada Lund, said", an office and its body.)
      const titled = described?.speaker.form === 'name' && (endsInTitle(described.speaker.name ?? '') || isTitleOfBody(described.speaker.text));
      // ("Another, Pelco, announced …": a lone "another" counts one more of those just named and
      // describes no one, speaker-phrase.ts; the name speaks, with no role.)
      if (described && isAnotherAlone(described.speaker.text)) return role;
      if (described && (described.speaker.form === 'nominal' && described.speaker.kind !== 'document' || titled)) {
        // "Ana Ortiz, the editor of the town's paper, The Harbour Star, said": after a person's name
        // and a description ending in a phrase of its own ("of the town's paper"), the second name
        // names that phrase's noun; the first name is the speaker. So after a role with no article
        // ("Ada Lind, Director of the Fraud Prevention agency, Brightwell, compared …": the second
        // name is the agency's, role-with-phrase.ts), and after a title read as a name with the body
        // it heads ("…, Director of Public Prosecutions, …").
        const named = (!titled || isTitleOfBody(described.speaker.text)) && segments.length > 2 ? personBeforeDescription(masked, segments[segments.length - 3]!, segments[segments.length - 2]!) : null;
        if (named) return named;
        role.speaker.role ??= masked.slice(described.speaker.start, described.speaker.end).replace(/^(?:a|an|the)\s+/i, '');
        role.phraseStart = described.phraseStart;
        return role;
      }
      // "One delegate not on the slate, Kelly Roe, told …": a description the lexicon cannot read,
      // opening the sentence with a determiner, is the named person's description all the same; so is a
      // role with no article, "Former area councillor, Seabata Moeketsi, said" (bare-role-lead.ts).
      const lead = segments[segments.length - 2]!;
      const leadText = masked.slice(lead.start, lead.end);
      // ("…, the national government delegate in Valencia, Ana Roig, told …": after the content, a
      // lower-case description before the name is the person's too, description-after-content.ts.)
      const opening = segments.length === 2 && lead.start === lo && (DESCRIPTION_OPENING.test(leadText) || isBareRoleLead(leadText));
      const afterContent = opening || described ? -1 : descriptionAfterContent(leadText, masked.slice(Math.max(0, lead.start - 40), lead.start));
      if (!described && (opening || afterContent >= 0) && /\s/.test(role.speaker.name ?? '')) {
        const from = Math.max(0, afterContent);
        role.speaker.role ??= leadText.slice(from).trim().replace(/^(?:a|an|the)\s+/i, '');
        role.phraseStart = lead.start + from + leadText.slice(from).search(/\S/);
        return role;
      }
    }
    // ("One of her colleagues, member of parliament Ada Lund, said": the name after a role with a phrase
    // of its own is the person the description before it describes, role-named-apposition.ts.)
    const roleNamed = role?.speaker.form === 'nominal' && segments.length === 2 ? roleNamedPerson(masked, seg0) : null;
    const roleDescribed = roleNamed ? readSegment(masked, segments[0]!) : null;
    if (roleNamed && roleDescribed?.speaker.form === 'nominal' && roleDescribed.speaker.kind !== 'document' && roleDescribed.speaker.kind !== 'organization') {
      return { speaker: roleNamed, phraseStart: roleDescribed.phraseStart };
    }
    if (role?.speaker.form === 'nominal') return appositionOwner(masked, segments, segments.length - 2, role.speaker);
    const text = masked.slice(seg0.start, seg0.end).trim();
    if (PARENTHETICAL.test(text)) return appositionOwner(masked, segments, segments.length - 2, null);
    // Any other description between commas ("Democrat of California", "the agency that oversees …"),
    // not a clause ("Islanders marched on the town hall").
    if (!quotedPredicate(masked, segments) && !APPOSITION_VERB.test(text) && !(APPOSITION_CLAUSE.test(text) && INVERTED_SAYING.test(masked.slice(cue, cue + 60))) && !NAMED_CLAUSE.test(text) && wordCount(text) <= maxAppositionWords(text, SAYING.test(masked.slice(cue, cue + 12)))) {
      return appositionOwner(masked, segments, segments.length - 2, { ...emptyRole(seg0), text });
    }
    return whoseClauseOwner(masked, segments);
  }
  // ("Tom Hale, Ellen Ward and Peter Kim said": a list of people's names is the subject, name-list-subject.ts.)
  const list = nameListSubject(masked, segments, (seg) => readSegment(masked, seg));
  if (list) return list;
  // ("… lamented the “disheartened” state of the campaign and criticized …": a phrase that ends in a
  // conjunction is the object of a verb before it, the coordinated verb's subject lies further left.)
  // ("Hale, who Beck called …": a subject of the relative clause's own holds the position.)
  const inner = segments.length > 1 ? objectRelativeSubject(masked, seg0) : null;
  if (inner) return inner;
  const read = readSegment(masked, seg0);
  // ("The mayor met rights activists who …": "who" stands for the phrase that ends before it, not
  // for a clause's subject that the reading stops at.)
  let segEnd = seg0.end;
  while (segEnd > seg0.start && /\s/.test(masked[segEnd - 1]!)) segEnd--;
  const clauseBeforeWho = relative && !!read && read.speaker.end < segEnd;
  const head = read && (TRAILING_CONJUNCTION.test(read.speaker.text) || clauseBeforeWho) ? null : read;
  if (head && RELATIVE.test(masked.slice(seg0.start, seg0.end)) && segments.length > 1) {
    return appositionOwner(masked, segments, segments.length - 2, null) ?? trailingName(masked, segments[segments.length - 2]!);
  }
  // "The National Rifle Association, which has endorsed Trump": after its comma the segment opens
  // with a space; "which" then stands for the body named before the comma (not a place or a person).
  if (head && /^which$/i.test(masked.slice(seg0.start, seg0.end).trim()) && segments.length > 1) {
    const body = trailingBody(masked, segments[segments.length - 2]!);
    if (body) return body;
  }
  // "… many voters who oppose …": a restrictive "who" refers to the phrase that ends the clause before it.
  if (!head && relative && !closedApposition) return trailingName(masked, seg0) ?? trailingDescription(masked, seg0);
  // "Another islander who worked at the pier and who did not want to be named said": the phrase
  // before a restrictive "who" clause is the subject.
  if (!head && !closedApposition) {
    const who = RESTRICTIVE_WHO.exec(masked.slice(seg0.start, seg0.end));
    const lead = who ? readSegment(masked, { start: seg0.start, end: seg0.start + who.index }) : null;
    if (lead && lead.speaker.form !== 'pronoun' && lead.speaker.kind !== 'document') return lead;
    const restricted = restrictedHead(masked, seg0);
    if (restricted) return restricted;
  }
  // "…, in which he compared", "… before they knew": a personal pronoun right before the verb.
  if (!head && !closedApposition) {
    const pronoun = TRAILING_PRONOUN.exec(masked.slice(seg0.start, seg0.end));
    if (pronoun) {
      const at = seg0.end - pronoun[0].length + pronoun[0].search(/\S/);
      const speaker = readSpeaker(masked, at, at + pronoun[1]!.length);
      if (speaker) return { speaker, phraseStart: at };
    }
  }
  // "But loyalists were adamant …": a lone plural of an agent noun the lexicon does not list.
  if (!head && !closedApposition) {
    const agents = agentPluralSubject(masked, seg0);
    if (agents) return agents;
  }
  // "Those over 60 say …": "those" with a phrase of its own is the group that speaks.
  if (!head && !closedApposition) {
    const those = thoseWith(masked, seg0) ?? quantifierWith(masked, seg0);
    if (those) return those;
  }
  // "… so small that housing advocates believe …": the phrase after "so … that" is the subject.
  if (!head && !closedApposition) {
    const phrase = soThatPhrase(masked, seg0);
    const result = phrase ? readSegment(masked, phrase) : null;
    if (result && result.speaker.form !== 'pronoun') return result;
  }
  // "In December the company said …", "On Friday Smith told …": a fronted phrase of time or place
  // without its comma; the subject is the phrase after it (fronted-phrase.ts). (A description read
  // whole, "In December officials", loses the phrase too.)
  if (!closedApposition && (!head || head.speaker.form === 'nominal')) {
    for (const span of subjectsAfterFrontedPhrase(masked, seg0)) {
      const found = readSegment(masked, span);
      if (found && found.phraseStart === span.start) return found;
    }
  }
  // "It came as no surprise when Charles Barkley called …": the subject after the last subordinator.
  if (!head && !closedApposition) {
    const after = afterSubordinator(masked, seg0, SAYING.test(masked.slice(cue, cue + 12)), FINDING.test(masked.slice(cue, cue + 12)), isPositionCue(masked, cue));
    if (after) return after;
  }
  if (!head) {
    // "Lena Marsh, who …, said" / "Quina Marsh, 25, said": the clause between commas is not the subject.
    if (segments.length > 1 && PARENTHETICAL.test(masked.slice(seg0.start, seg0.end).trim())) {
      return appositionOwner(masked, segments, segments.length - 2, null)
        // ("… opposition from the EPP, which along with other parties has insisted …": a body too.)
        ?? (/^who\b/i.test(masked.slice(seg0.start, seg0.end).trim()) ? trailingName(masked, segments[segments.length - 2]!)
          : /^which\b/i.test(masked.slice(seg0.start, seg0.end).trim()) ? trailingBody(masked, segments[segments.length - 2]!) : null);
    }
    return null;
  }
  // "Kay Lund, director at Civic Watch, a group that favors …": a body described before a restrictive
  // "that" is the subject of the clause's verb, not the person the apposition before it describes;
  // the body named at the end of that apposition is the one described, if it is no person.
  if (head.speaker.form === 'nominal' && head.speaker.kind === 'organization' && RESTRICTIVE_THAT_END.test(masked.slice(seg0.start, seg0.end)) && segments.length > 1) {
    const body = trailingName(masked, segments[segments.length - 2]!);
    // ("president of USTelecom, a trade association that …": a one-word name after a role's "of",
    // "at" or "for", which the reader takes for a person's, is the body the description describes;
    // not the end of a name, "Democracy for America".)
    if (body?.speaker.kind === 'person' && !/\s/.test(body.speaker.text) && /\s\p{Ll}+\s+(?:of|at|for)\s+$/u.test(masked.slice(segments[segments.length - 2]!.start, body.phraseStart))) {
      body.speaker.kind = 'organization';
      return body;
    }
    return body && body.speaker.kind !== 'person' ? body : head;
  }
  // ("…, a study by the council found": a document is no apposition of the clause before it.)
  const aDocument = head.speaker.kind === 'document' && /^(?:a|an|the)\s/i.test(head.speaker.text);
  // ("Mrs. Clinton, these people said, would …": a verb set off by commas is an aside; the words
  // before its subject open the content, they are no name the subject describes.)
  const aside = /^[^\s,]+,/.test(masked.slice(cue, cue + 30));
  // ("…, including younger voters, and few express …": a phrase after a comma and a conjunction opens
  // a clause of its own; it describes nothing before it.)
  const conjoined = CONJUNCTION_OPENING.test(masked.slice(seg0.start, seg0.end));
  // ("…, an aide said Thursday.": a description whose verb closes the sentence describes no name in the statement before it, closing-attribution.ts.)
  // (Not right after a name alone between commas: "…, Ann Roe, a nurse said." is still Roe's.)
  const closing = closesSentence(masked.slice(cue, cue + 40)) && !nameAloneBefore(masked, segments);
  if (head.speaker.form === 'nominal' && !aDocument && !aside && !conjoined && !closing && segments.length > 1 && !head.speaker.head?.endsWith('s')) {
    const owner = appositionOwner(masked, segments, segments.length - 2, head.speaker);
    if (owner) return owner;
  }
  return head;
}

const TRAILING_CONJUNCTION = /\s(?:and|or|but)$/i;
/** A segment that a coordinating conjunction opens (", and few …", ", but most …"). */
const CONJUNCTION_OPENING = /^\s*(?:and|but|or|yet|while|whereas)\s/i;

// A description that opens a sentence: a determiner or a number, then a lower-case noun ("One delegate not on …").
// ("Ruiz's running mate, Gov. Ana Holt, plans …": a name's possessive is a determiner too, after a
// linking word as well, "But Lund's closest ally, Sen. Per Vik, …".)
const DESCRIPTION_OPENING = /^\s*(?:(?:But|And|Yet|So|Still|Meanwhile)\s+)?(?:A|An|The|One|Another|Two|Three|Four|Five|Several|His|Her|Their|Its|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['\u2019]s?)\s+\p{Ll}[^]*$/u;

// A causative verb, its object, and the infinitive's "to": "led the company to", "forced Jones to".
// ("…, leaving some to question whether …", "left many to wonder if …": who is left asks.)
const CAUSED_TO = /\b(?:led|leads|lead|leading|prompted|prompts|prompting|forced|forces|forcing|pushed|pushes|caused|causes|spurred|spurs|compelled|compels|drove|drives|persuaded|convinced|leaving|leaves|left)\s+((?:[^\s,;:\uE000]+\s+){1,6})(to)$/;
const LEFT = /^(?:leaving|leaves|left)\s/;
const SAYING = /^(?:said|says|told|tells|added|warned|announced|stated|reported|confirmed|denied|noted|wrote|argued|claimed|insisted)\b/;
// A document's verbs of finding: "shows", "found", "suggested".
const FINDING = /^(?:show|shows|showed|shown|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed)\b/;
const RESTRICTIVE_WHO = /\s+who\s/;
// A restrictive clause on a subject: "that" with its verb straight after ("A study that appeared in
// the journal found"), or "whose" ("Parents whose children attend the school say"). (Not "that" with a
// clause of its own after it, "… that the council …", which may be a complement, not a relative.)
const RESTRICTIVE_THAT = new RegExp(String.raw`\s+(?:that\s+(?!(?:the|a|an|he|she|it|they|we|i|you|this|these|those|his|her|their|its|our|my|your|there|some|many|most|all|no|one|if|is|was|are|were|would|will|could|should|may|might|can|must|not)\b)(?=\p{Ll}+(?:ed|s)\s|(?:has|have|had|${IRREGULAR_PAST})\s)|whose\s+\p{Ll})`, 'u');

const RESTRICTIVE_THAT_END = /^\s*(?:a|an|the)\s[^]*\sthat\s*$/i;
const CLAUSE_VERB_LINK = /\s(?:and|or|to)\s*$/;
const LEAD_VERB = /(?<!\b(?:the|a|an|its|their|his|her)\s)\b\p{Ll}{2,}ed\b/u;

/**
 * "Ada Lund, whose town, Vardby, is expected to flood, argues …": a "whose" clause, with commas of its
 * own, between a name and its verb; the name before it is the subject.
 */
function whoseClauseOwner(masked: string, segments: Span[]): Subject | null {
  for (let i = segments.length - 2; i >= 1 && i >= segments.length - 4; i--) {
    if (!WHOSE.test(masked.slice(segments[i]!.start, segments[i]!.end))) continue;
    const owner = readSegment(masked, segments[i - 1]!);
    if (owner?.speaker.form !== 'name' || OPENING_PREPOSITION_OR_OF.test(masked.slice(segments[i - 1]!.start, segments[i - 1]!.end))) return null;
    return owner;
  }
  return null;
}

/** The subject before a restrictive "that" or "whose" clause on it: a description or a name, the whole lead. */
function restrictedHead(masked: string, seg: Span): Subject | null {
  const text = masked.slice(seg.start, seg.end);
  const rel = RESTRICTIVE_THAT.exec(text);
  if (!rel || rel.index === 0) return null;
  // ("a union that has left the federation and endorsed …", "a pastor whose plan to announce …": a
  // cue after "and", "or" or "to" belongs to the relative clause, not to the subject's own clause.)
  if (CLAUSE_VERB_LINK.test(text)) return null;
  const leadText = text.slice(0, rel.index);
  // (A lead with a verb of its own is a clause: "the aide cited an analysis that showed …".)
  if (LEAD_VERB.test(leadText) || leadText.trim().split(/\s+/).length > 7) return null;
  const lead = readSegment(masked, { start: seg.start, end: seg.start + rel.index });
  if (!lead || lead.speaker.form === 'pronoun' || lead.speaker.kind === 'other') return null;
  // (The lead is the whole phrase before the clause: "the plan that …" in "Voters oppose the plan that …" is an object.)
  if (/\S/.test(masked.slice(seg.start, lead.phraseStart).replace(/^\s*(?:and|but|so|yet)\s+/i, ''))) return null;
  // ("whose" speaks of people and bodies, not of documents.)
  if (/^\s+whose/.test(rel[0]) && lead.speaker.kind === 'document') return null;
  return lead;
}
const TRAILING_PRONOUN = /\s((?:he|she|they|we|I)(?:['\u2019](?:s|d|ll|ve|re|m))?)\s*$/;
// ("and" after a name joins two names: "Hezbollah and Iran say".)
const SUBORDINATOR = /\b(?:as|when|where|while|after|before|because|since|if|although|though|whereas|until|once|why|how|that|which|whom|(?<![\p{Lu}][\p{L}.'\u2019-]*\s)(?:and|but))\s+/giu;

// A bare plural description: "health officials", "experts" (lower case, no article, a plural head).
const BARE_PLURAL = /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?s$/u;
// (Not after a relative pronoun: "which critics said nothing about" leaves its object in the gap.)
const RELATIVE_WORD = /^(?:that|which|whom)$/;

/** The name, pronoun or known description after the last subordinating word of a long segment. */
function afterSubordinator(masked: string, seg: Span, saying: boolean, finding = false, position = false): Subject | null {
  const slice = masked.slice(seg.start, seg.end);
  let at = -1;
  SUBORDINATOR.lastIndex = 0;
  let word = '';
  for (let m = SUBORDINATOR.exec(slice); m; m = SUBORDINATOR.exec(slice)) { at = m.index + m[0].length; word = m[0].trim().toLowerCase(); }
  if (at <= 0) return null;
  const found = readSegment(masked, { start: seg.start + at, end: seg.end });
  // ("… when the budget watchdog said": a description with an article, of a body or a person, will do too;
  // so will one with a possessive, "… after her campaign said", "… as his spokesman said"; not after a
  // relative, whose clause lacks its object: "the day that her mother fears so much".)
  // (Only before a verb of saying or of a position the readers know, "as the board agreed to …",
  // "that the Democrats do not want …": "while the appeals court met" reports nothing.)
  // ("… comes after health officials said": before a verb of saying, a bare plural will do as well.)
  // ("… after a state commission found that …": a body, described with its article, tells what it
  // found as a document does; a person who finds something has discovered it, not reported it.)
  const bodyFinding = finding && found?.speaker.kind === 'organization';
  const rest = slice.slice(at);
  const article = /^(?:the|a|an)\s/i.test(rest);
  const described = found?.speaker.form === 'nominal' && (
    ((saying || position) && (article || (!RELATIVE_WORD.test(word) && (/^(?:his|her|their|its)\s/i.test(rest) || BARE_PLURAL.test(found.speaker.text)))))
    || (bodyFinding && article));
  // ("… after a CNN poll showed …", "… as the survey found …", "when the report said …": a
  // document tells what it found or says.)
  if ((finding || saying) && found?.speaker.kind === 'document') return found;
  if (!found || found.speaker.kind === 'other' || found.speaker.kind === 'document' || !(described || /^[\p{Lu}]|^(?:he|she|they|we|i)\b/u.test(slice.slice(at)))) return null;
  if (found.speaker.form === 'pronoun' && !/^(?:he|she|they|we|i)$/.test(found.speaker.head ?? '')) return null;
  return found;
}

/**
 * "the bill, which critics said was unfair", "a job that many economists say is the future", "the
 * business, which friends described as miserable": after a relative pronoun, a verb of saying whose
 * own clause lacks its subject (a finite verb, "as", "to be" follows it straight away) says what the
 * relative pronoun stands for; the phrase between pronoun and verb is its speaker, a bare plural too.
 */
export function relativeGapSubject(masked: string, seg: Span, cue: number): Subject | null {
  // ("a deadline that officials said went unnoticed": a lexical verb after a verb of saying too.)
  if (!gapAfterCue(masked, cue) && !lexicalGapAfterCue(masked, cue)) return null;
  const lead = RELATIVE_LEAD.exec(masked.slice(seg.start, seg.end));
  if (!lead) return null;
  const from = seg.start + lead.index + lead[0].length;
  const found = readSegment(masked, { start: from, end: seg.end });
  if (!found || found.speaker.kind === 'document' || found.speaker.kind === 'other' && found.speaker.form !== 'name') return null;
  // (Its own words only: "that the state's lawyers said" is read whole, "which he said" as a pronoun.)
  if (found.phraseStart > from + 1) return null;
  // A name is one speaker and takes "says", "said", never a bare "say": "that New York state is …"
  // reads "state" as a noun, not a verb of saying.
  if (found.speaker.form === 'name' && isBareVerb(/^\S+/.exec(masked.slice(cue, cue + 20))?.[0] ?? '')) return null;
  return found;
}

/** Whether the cue at `cue` is followed straight by its clause's verb ("said was", "described as"): its object is missing. */
export function gapAfterCue(masked: string, cue: number): boolean {
  return GAP_AFTER_CUE.test(masked.slice(cue, cue + 40));
}

// A verb's base form (not "says", "said", "told", "thought"): the verb of a plural subject.
const BARE_VERB = /^(?!.*(?:s|ed)$)(?!(?:said|told|thought|wrote|felt|knew|held|found|put)$)\p{Ll}+$/u;

/** Whether `word` is a verb's base form, the verb of a plural subject ("say", "state", not "says", "said"). */
export function isBareVerb(word: string): boolean {
  return BARE_VERB.test(word);
}

// The verb of saying, then the relative clause's verb: "said was", "say would", "described as", "considered to be".
const GAP_AFTER_CUE = /^\S+\s+(?:(?:also|now|still|never|only)\s+)?(?:is|was|are|were|will|would|could|can|may|might|should|must|has|had|have|as|to\s+be)\s/;
// A relative pronoun opening the last words of the segment: "…, which critics", "… that many economists",
// "Ann Roe, who police say admitted …" ("who" the reported clause's subject, the police the speakers);
// a free relative too ("praised what residents believe is …"), else the clause before it is read as the subject.
const RELATIVE_LEAD = /(?:^|\s)(?:which|whom|who|that|what)\s+(?=(?:[^\s,;:]+\s+){0,4}[^\s,;:]+\s*$)/i;

// A name (with its titles) that ends a clause: "… drew fire from Sen. Tom Smith".
const TRAILING_NAME = new RegExp(String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Rev)\.\s+)?${NAME_WORD_START}[\p{L}'\u2019.-]*(?:\s+${NAME_WORD_START}[\p{L}'\u2019.-]*){0,4}\s*$`, 'u');

/**
 * "The plan drew fire from Sen. Tom Smith, who said …": the relative pronoun refers to the name that
 * ends the clause before it, whatever that clause's own subject.
 */
function trailingName(masked: string, seg: Span): Subject | null {
  const slice = masked.slice(seg.start, seg.end);
  const m = TRAILING_NAME.exec(slice.length > 120 ? slice.slice(-120) : slice);
  if (!m) return null;
  const from = seg.start + slice.length - m[0].length;
  // "… with Senator Ann Roe of Vermont, who …": the person before "of" and her state, not the state.
  const of = /\p{Lu}[\p{L}.'\u2019-]*\s+of\s+$/u.exec(masked.slice(Math.max(seg.start, from - 60), from));
  if (of) {
    const person = trailingName(masked, { start: seg.start, end: from - of[0].length + of[0].search(/\s+of\s+$/) });
    if (person?.speaker.kind === 'person') return person;
  }
  const speaker = readSpeaker(masked, from, from + m[0].trimEnd().length);
  return speaker && speaker.form === 'name' ? { speaker, phraseStart: from } : null;
}

// A place closing a phrase: "a nurse from Ava", "Ann Roe of Ava, Ohio" (its region after the comma).
const PLACE_END = new RegExp(String.raw`\s${PLACE_PHRASE}`, 'u');

// A full name, then where the person is from: "Ana Ruiz from Belgium", "Tom Lee from the Bronx".
const NAME_FROM_PLACE = new RegExp(String.raw`^\s*${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){1,3}(?=\s+from\s+(?:the\s+)?${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}\s*$)`, 'u');

/**
 * "The group's co-leader, Ana Ruiz from Belgium, told …": an apposition of a name and where the
 * person is from names the speaker; the place is no part of the name.
 */
function namedFromPlace(masked: string, seg: Span): Subject | null {
  const m = NAME_FROM_PLACE.exec(masked.slice(seg.start, seg.end));
  if (!m) return null;
  const read = readSegment(masked, { start: seg.start, end: seg.start + m[0].length });
  return read?.speaker.form === 'name' && read.speaker.kind === 'person' ? read : null;
}

/**
 * "… Ann Roe, a nurse from Ava, Ohio, who said …", "… Ann Roe of Ava, Ohio, who said …": a "who"
 * after a phrase that ends on a place refers to the person the phrase describes or names: the name
 * before the phrase's comma (with the phrase as her role), the name before "of"/"from", or the
 * description itself.
 */
function personBeforePlace(masked: string, segments: readonly Span[]): Subject | null {
  let last = segments.length - 1;
  let withRegion = false;
  if (last >= 1 && BARE_PLACE.test(masked.slice(segments[last]!.start, segments[last]!.end)) && PLACE_END.test(masked.slice(segments[last - 1]!.start, segments[last - 1]!.end))) {
    last--;
    withRegion = true;
  }
  if (last < 0) return null;
  const seg = segments[last]!;
  const place = PLACE_END.exec(masked.slice(seg.start, seg.end));
  // ("a backer of Sen. Ted Cruz, who": after "of" a name is as often a person's; a place has its region
  // after the comma, "of Ava, Ohio", or follows one capitalised word, "Democrat of Ohio".)
  if (!place || /^\s+of\s/.test(place[0]) && !withRegion && !/^\s*\p{Lu}\p{Ll}+$/u.test(masked.slice(seg.start, seg.start + place.index))) return null;
  // (Only a phrase between commas or a place with its region: in "… drew fire from Councillor Mara
  // Jensen, who" the capitalised words after "from" are a person's.)
  if (last === 0 && !withRegion) return null;
  const lead: Span = { start: seg.start, end: seg.start + place.index };
  // A phrase between commas describes the person named before it: "Jeff Roe, Republican of Ohio, who".
  const owner = last >= 1 ? trailingName(masked, segments[last - 1]!) : null;
  if (owner?.speaker.kind === 'person') {
    owner.speaker.role ??= masked.slice(seg.start, seg.end).trim().replace(/^(?:a|an|the)\s+/i, '');
    return owner;
  }
  // Else a name with its place: "… drew Ann Roe of Ava, Ohio, who" (not a name inside a description,
  // "at the University of Ava in Ohio").
  const named = trailingName(masked, lead);
  if (named?.speaker.kind === 'person' && !/(?:^|\s)(?:of|at|for|the|in|from)\s+$/i.test(masked.slice(lead.start, named.phraseStart))) return named;
  const described = readSegment(masked, lead);
  // ("who" speaks of people: any description will do, "a dentist from Ava".)
  if (!described || described.speaker.form !== 'nominal' || described.speaker.kind === 'document') return null;
  return described;
}

/** The organisation named at the end of a clause, for a "which" after it (not a place: "Hong Kong, which …"). */
function trailingBody(masked: string, seg: Span): Subject | null {
  const named = trailingName(masked, seg);
  if (!named) return null;
  if (named.speaker.kind === 'organization') return named;
  // ("… the Riverside Trust in Leeds, which says …": the body before where it sits, body-in-place.ts.)
  const bodyEnd = bodyBeforePlaceEnd(masked, seg.start, named.phraseStart);
  const body = bodyEnd > seg.start ? trailingName(masked, { start: seg.start, end: bodyEnd }) : null;
  return body?.speaker.kind === 'organization' ? body : null;
}

// A plural description that ends a clause: "… there are many voters", "… among party leaders".
const LAST_WORDS = /(?:\S+\s+){0,3}\S+\s*$/;

// "… asked the mayor about several workers who said", "… helped convince some harbour officials who
// thought": a determiner after a lower-case word opens the noun phrase; the verb or preposition
// before it belongs to the clause, not to the description "who" refers to. (Not after a word that
// leads into a noun phrase, "all the voters", "members of the board", "officials at the agency".)
const PHRASE_DETERMINER = /^(?:the|a|an|some|many|several|most|few|his|her|their|its|our|these|those|other)$/;
const LEADS_INTO_PHRASE = /^(?:all|both|half|nearly|almost|only|just|even|of|for|at|in|from|among)$/;

/** Whether the words run from outside a noun phrase into it: a lower-case word, then a determiner. */
function crossesPhraseStart(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (PHRASE_DETERMINER.test(words[i]!) && /^\p{Ll}+$/u.test(words[i - 1]!) && !LEADS_INTO_PHRASE.test(words[i - 1]!)) return true;
  }
  return false;
}

// A plural common noun ("agreements", not "class", "status", "politics").
const PLURAL_NOUN = /^\p{Ll}{3,}(?<!ss|us|is|ics)s$/u;

/**
 * Whether a plural noun stands two words or more before the head: "confidentiality agreements
 * female employees" is a verb's two objects, not one phrase (a plural modifies only the noun right
 * after it: "rights activists", "sports fans").
 */
function pluralInside(words: readonly string[]): boolean {
  // ("activists and voters", "delegates or superdelegates": two plurals joined are one group;
  // "millions of frustrated voters": a quantity's plural heads its phrase.)
  return words.slice(0, -2).some((w, k) => PLURAL_NOUN.test(w) && !/^(?:and|or|nor|of)$/.test(words[k + 1]!));
}

function trailingDescription(masked: string, seg: Span): Subject | null {
  const slice = masked.slice(Math.max(seg.start, seg.end - 80), seg.end);
  const m = LAST_WORDS.exec(slice);
  if (!m) return null;
  const words = m[0].trim().split(/\s+/);
  // The longest tail that reads as a description of people: "many voters" before "voters".
  for (let k = words.length; k >= 1; k--) {
    // ("… met human rights activists who": a tail that opens on a past verb holds its object after it.)
    if (crossesPhraseStart(words.slice(-k)) || pluralInside(words.slice(-k)) || IRREGULAR_PAST_FORMS.test(words[words.length - k]!)) continue;
    const tail = words.slice(-k).join(' ');
    const from = seg.end - slice.length + slice.lastIndexOf(tail);
    const speaker = readSpeaker(masked, from, from + tail.length);
    // ("who" speaks of people: any description will do, "a ferry captain who promises …"; the one
    // that ends right before it, not the subject of a clause the tail holds, "mayor met activists".)
    if (speaker && speaker.form === 'nominal' && speaker.kind !== 'document' && speaker.end === from + tail.length) return { speaker, phraseStart: from };
  }
  return null;
}

const NAMED_CLAUSE = new RegExp(String.raw`^${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*)*\s+\p{Ll}+ed\s`, 'u');
// A finite verb makes the bracketed words a clause of their own, not an apposition — unless a
// relative pronoun introduces it: "a Democrat who has refused to …" is still a description.
const APPOSITION_VERB = /^(?:(?!who\s|that\s)[\w'\u2019-]+\s+){0,3}(?:is|was|are|were|has|have|had|will|would|said|says)\b/i;
// Further in, an auxiliary and a participle make a clause too: in "Lisbon, Brno, St Gallen and Gent
// have also been removed from the list, said Ana Roe" the words after "Lisbon," are the clause's
// coordinated subject and its verb, not an apposition of "Lisbon" (the speaker follows the cue).
// A relative or subordinating word before the auxiliary keeps it inside a description ("the judge
// who had been named …", "angry at how the board has treated him"). Only before a verb of saying
// with its speaker after it: before another verb ("A coalition of unions, lawyers and the city has
// won in court, highlighting …") the list is the subject and its first phrase still reads as its head.
const INVERTED_SAYING = /^(?:said|says|told|added|wrote|writes|stated|noted|warned)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.?\s+)?\p{Lu}/u;
const APPOSITION_CLAUSE = /^(?:(?!(?:who|whom|whose|that|which|where|when|how|what|why|after|before|since|because|if|while)\s)[\p{L}\d'\u2019.-]+\s+){4,14}(?:has|have|had|is|are|was|were)\s+(?:(?:also|not|never|already|now|all|since|just|both)\s+){0,2}(?:been|\p{Ll}{3,}ed)\s/iu;

// An apposition that opens with an article is a noun phrase whatever follows it: "the 2016 GOP
// frontrunner nationally and polling leader in South Carolina by a wide margin after winning …",
// "a top operative who played a major role in … and is now running …". Before a verb of saying it
// may run long (up to the comma before the cue); a bare run of words that long, or one before any
// other verb ("…, signed up as a delegate"), is more likely a clause of its own.
const ARTICLE_LED = /^(?:a|an|the)\s/i;
function maxAppositionWords(text: string, saying: boolean): number {
  return saying && ARTICLE_LED.test(text) ? 40 : 20;
}

/**
 * "Holm “drew well with older voters” in the last vote, said Berg": a quotation right after a bare
 * name is that name's predicate, and the words after it are the sentence's adjunct, not an
 * apposition of the name. (After "the co-author of “Going Viral,” about …" they still are.)
 */
function quotedPredicate(masked: string, segments: Span[]): boolean {
  if (segments.length < 2) return false;
  const last = segments[segments.length - 1]!;
  const before = segments[segments.length - 2]!;
  if (masked[last.start - 1] !== MASK_CHAR || !/^\s*$/.test(masked.slice(before.end, masked.indexOf(MASK_CHAR, before.end)))) return false;
  return readSegment(masked, before)?.speaker.form === 'name';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function emptyRole(seg: Span): SpeakerRef {
  return nominalSpeaker('', seg.start, seg.end, 'other', null);
}

function splitSegments(masked: string, lo: number, hi: number): Span[] {
  const out: Span[] = [];
  let start = lo;
  let blank = true;
  let quoted = false;
  const close = (end: number) => {
    if (end > start && !blank && !quoted) out.push({ start, end });
    blank = true;
    quoted = false;
  };
  for (let i = lo; i < hi; i++) {
    const ch = masked[i]!;
    // ("Boasting 108,000 residents": a thousands separator is no clause break.)
    if (ch === ',' && THOUSANDS.test(masked.slice(Math.max(lo, i - 1), i + 5))) continue;
    if (SEPARATORS.has(ch) || (ch === '-' && masked[i - 1] === ' ' && masked[i + 1] === ' ')) {
      close(i);
      start = i + 1;
    } else if (ch === MASK_CHAR) {
      quoted = true;
    } else if (blank && ch !== ' ' && ch !== '\n') {
      blank = false;
    }
  }
  close(hi);
  return out;
}

const THOUSANDS = /^\d,\d{3}(?!\d)/;
const SEPARATORS = new Set([',', ';', ':', '\u2014', '\u2013', MASK_CHAR]);

function readSegment(masked: string, seg: Span): Subject | null {
  let start = seg.start;
  while (start < seg.end && /\s/.test(masked[start]!)) start++;
  // "(She says …)": a parenthesis that opens the sentence is no part of its subject.
  if (masked[start] === '(' && !masked.slice(start, seg.end).includes(')')) start++;
  for (let guard = 0; guard < 3; guard++) {
    const m = LEADING_LINK.exec(masked.slice(start, seg.end));
    if (!m) break;
    start += m[0].length;
  }
  let end = seg.end;
  while (end > start && /\s/.test(masked[end - 1]!)) end--;
  if (end <= start) return null;
  if (RELATIVE.test(masked.slice(start, end)) && end - start <= 6) {
    const ref = readSpeaker(masked, start, end);
    return ref ? { speaker: ref, phraseStart: start } : null;
  }
  const speaker = readSpeaker(masked, start, end);
  return speaker ? { speaker, phraseStart: start } : null;
}

// A phrase opening with a preposition, or a participle and its lower-case object ("Appearing on").
// ("Per" only before a lower-case word: "Per his aides", not the given name in "Per Holm".)
const OPENING_ADVERBIAL = /^\s*(?:(?:In|On|At|Among|Amid|During|After|Before|Under|Over|About|Despite|Following|Throughout|Inside|Outside|Near|Unlike|Like|For|From|With|Without|Since|Until|Through|Across|Against|Within)\s|Per\s+\p{Ll}|\p{Lu}\p{Ll}+ing\s+\p{Ll})/u;
// A fronted phrase of time or manner, closed by its comma: "Last May", "Most recently", "Two years
// later". Read as a name ("May") or a quantifier ("Most"), it would own the description after it.
const OPENING_TIME = /^\s*(?:(?:Last|Next|This|Early|Late)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter|week|month|year|weekend)|\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s+(?:\p{Ll}{2,}ly|ago|later|earlier))\s*$/u;
const WHOSE = /^\s*whose\s/i;
/** A comparison set off by commas: ", like many other groups,", ", unlike her rivals,". */
const COMPARISON_ASIDE = /^\s*(?:like|unlike)\s/i;
/** A segment that opens with a preposition is a phrase ("in Dover", "after the vote"), not a name or a description. */
const OPENING_PREPOSITION = /^\s*(?:in|on|at|for|from|with|by|after|before|during|under|over|about|to)\s/i;
const OPENING_PREPOSITION_OR_OF = /^\s*(?:in|on|at|for|from|with|by|after|before|during|under|over|about|to|of)\s/i;
// A role noun phrase whose preposition governs a name: "editor of", "a pollster for", "chief economist at".
// (Not an example or a comparison: ", like Ann Roe,", ", including Ann Roe,".)
const ROLE_BEFORE_NAME = /^\s*(?:(?:a|an|the)\s+)?(?!(?:like|including|than|from|with|in|on|by|to|about|against|toward|towards)\s)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?:of|for|at)\s+(?:the\s+)?$/iu;
const PREPOSITION_BEFORE = /\S\s+(?:in|into|to|of|for|with|from|by|on|at|like|than|about|against|toward|towards)\s+$/;
// An article and a town that open a description: "An Aurora" of "An Aurora, Illinois, meat company".
const ARTICLE_TOWN = new RegExp(String.raw`^\s*(?:An?|an?|The|the)\s+${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}\s*$`, 'u');
// A phrase ending on a town: "a campaign stop in Onawa", "who lost a son in Aurora".
const TOWN_END = new RegExp(String.raw`\s(?:in|from|of|near|outside)\s+${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}\s*$`, 'u');

/**
 * Whether a bare name after a town is its state: a word or two, no title, and not a given name
 * and a surname ("Senator Harry Reid", "Tom Bell" are people; "Iowa", "New Hampshire" are not).
 */
function isStateName(text: string, name: SpeakerRef): boolean {
  const words = text.trim().split(/\s+/);
  if (name.role || words.length > 2 || !BARE_PLACE.test(text)) return false;
  return words.length === 1 || genderOfGivenName(words[0]!) === null;
}

/** A description a conjunction joins to the one before it: "and a resident of Vardby". */
const JOINED_DESCRIPTION = /^\s*and\s+(?:a|an)\s+\S/u;

/** The name an apposition (or relative clause) belongs to: the segment before it must end in a name. */
function appositionOwner(masked: string, segments: Span[], index: number, role: SpeakerRef | null): Subject | null {
  for (let i = index; i >= 0 && i >= index - 4; i--) {
    // ("… listened while Rob Ruiz, the former minister, opined": the name after the subordinator.)
    const seg = subordinateName(masked, segments[i]!) ?? segments[i]!;
    // "Appearing on Fox, the senator said", "Among voters, however, 61 percent said": an opening
    // adverbial owns no description.
    if (i === 0 && (OPENING_ADVERBIAL.test(masked.slice(seg.start, seg.end)) || OPENING_TIME.test(masked.slice(seg.start, seg.end)))) return null;
    // "…, Jane Roe: a local lawyer said …": a semicolon or colon ends a clause; what follows describes no one before it.
    const next = segments[i + 1];
    if (next && /[;:]/.test(masked[next.start - 1]!)) return null;
    // ("The union, like many other groups, which …, said": a comparison between commas, right before
    // the verb or a relative clause on it, is an aside on the subject before it, which speaks. Not
    // before a description: "Some economists, like Ann Roe, a fellow at …," names who speaks.)
    if (i > 0 && COMPARISON_ASIDE.test(masked.slice(seg.start, seg.end)) && (i === segments.length - 1 || /^\s*(?:which|who)\s/i.test(masked.slice(segments[i + 1]!.start, segments[i + 1]!.end)))) continue;
    const found = readSegment(masked, seg);
    // ("When the family moved back, the mother refused": a subordinate clause describes no one.)
    if (found && isSubordinateClause(masked, seg, found.speaker.end)) return null;
    // "… in Ames, Iowa, the senator said", "…, who lost a son in Aurora, Colorado, in May, said": the
    // state after a town closes the phrase before it, and describes no one.
    if (found?.speaker.form === 'name' && i > 0 && TOWN_END.test(masked.slice(segments[i - 1]!.start, segments[i - 1]!.end)) && isStateName(masked.slice(seg.start, seg.end), found.speaker)) continue;
    // ("An Aurora, Illinois, meat company said": an article, a town and its state that open the clause
    // modify the description after them; the description is the subject, the state no one. After a
    // name, "Ann Roe, a Dover, Del., nurse," they are the name's apposition.)
    if (found?.speaker.form === 'name' && i === 1 && ARTICLE_TOWN.test(masked.slice(segments[i - 1]!.start, segments[i - 1]!.end)) && isStateName(masked.slice(seg.start, seg.end), found.speaker)) return null;
    // "of Ashton, Md.": a state abbreviation after a place is part of the apposition.
    if (found?.speaker.form === 'name' && /^\s*[A-Z][a-z]{0,4}\.\s*$/.test(masked.slice(seg.start, seg.end))) continue;
    // "Lena Roe, MD, PhD, Medical Director": the degrees after the name belong to it.
    if (DEGREE.test(masked.slice(seg.start, seg.end))) continue;
    // "Tom Holt, whose company, Brightline, makes …, said": a name right after a "whose" phrase is
    // that phrase's apposition, inside the relative clause; the speaker is the name before "whose".
    if (found?.speaker.form === 'name' && i > 1 && WHOSE.test(masked.slice(segments[i - 1]!.start, segments[i - 1]!.end))) {
      const owner = readSegment(masked, segments[i - 2]!);
      return owner?.speaker.form === 'name' ? owner : null;
    }
    if (found?.speaker.form === 'name' && i > 0) {
      // "Ada Lund, the Green MP for Eastbridge, who backs the plan, said": a capitalised description
      // between a person's name and a relative clause is her role, not a body that speaks.
      const owner = describedPerson(masked, segments[i - 1]!, seg);
      if (owner) return owner;
    }
    if (found?.speaker.form === 'name') {
      // The segment before an apposition holds only the name (and its titles): "In Washington" is not one.
      if (OPENING_PREPOSITION.test(masked.slice(seg.start, seg.end))) return null;
      // ("… into towns like Dover, the campaign team is aiming": a name that a preposition governs,
      // late in its segment, is that phrase's object, not a name the description describes.)
      const named = found.speaker.name ? masked.lastIndexOf(found.speaker.name, found.speaker.end) : -1;
      // (Only before a description that can be the subject itself; ", like Ann Roe, a fellow at …,"
      // names an example, and "An email from Ann Roe, meanwhile, reveals" has no description.)
      // ("Ann Roe, editor of The Register, a weekly paper, said": the name is the object of a role's
      // preposition, the description after it is that body's; the person is further back.)
      if (role && i > 0 && named > seg.start && ROLE_BEFORE_NAME.test(masked.slice(seg.start, named))) continue;
      if (role?.head && named > seg.start && PREPOSITION_BEFORE.test(masked.slice(seg.start, named))) {
        // ("A survey from Lakewatch, a data startup, finds …": a document's owner owns the description
        // and speaks through the document, owner-apposition.ts.)
        return isDocumentOwnerName(found.speaker, masked.slice(seg.start, named)) ? found : null;
      }
      if (role && (!found.speaker.role || !found.speaker.role.includes(' '))) {
        // The apposition right after the name is the role: "Jane Roe, 59, a nurse, of Ashton" → "nurse" / "59".
        const first = i < index ? segments[i + 1]! : role;
        const own = masked.slice(first.start, first.end).trim();
        const text = /^(?:a|an|the|[a-z])/.test(own) ? own : masked.slice(role.start, role.end).trim();
        found.speaker.role = text.replace(/^(?:a|an|the)\s+/i, '');
        if (role.affiliation) found.speaker.affiliation = role.affiliation;
      }
      found.speaker.end = Math.max(found.speaker.end, role?.end ?? found.speaker.end);
      return found;
    }
    if (found?.speaker.form === 'pronoun') return role ? null : found;
    // "…, shopping centres and schools, the city's emergency service said": a list item the lexicon
    // does not know as a source owns no apposition.
    if (role && found?.speaker.form === 'nominal' && found.speaker.kind === 'other') return null;
    // ("Ada Lind, an organizer at the network, and a resident of Vardby, in Norway, told me": a second
    // description joined by "and" describes the same person as the first; the owner is further back.)
    if (found?.speaker.form === 'nominal' && i > 1 && JOINED_DESCRIPTION.test(masked.slice(seg.start, seg.end))) continue;
    if (found?.speaker.form === 'nominal') {
      // "Michael Mulgrew, president of the union, which represents …, said": the description is an apposition.
      const owner = i > 0 ? readSegment(masked, segments[i - 1]!) : null;
      if (owner?.speaker.form === 'name' && !/^\s*(?:in|on|at|for|from|with|by|after|before|during)\s/i.test(masked.slice(segments[i - 1]!.start, segments[i - 1]!.end))) {
        if (!owner.speaker.role || !owner.speaker.role.includes(' ')) owner.speaker.role = masked.slice(found.speaker.start, found.speaker.end).replace(/^(?:a|an|the)\s+/i, '');
        return owner;
      }
      // "Officials at Homeland Security Investigations, a division of …, said".
      return found;
    }
    const text = masked.slice(seg.start, seg.end).trim();
    // Skip further bracketed material: ages, party tags, another relative clause, a description
    // ("Paul Porter, a truck driver from Ava, Mo., who …, said").
    if (!/^(?:who|which|including|\d|[A-Z]-|(?:of|from)\s+\p{Lu})/iu.test(text) && !(LOWER_DESCRIPTION.test(text) && !APPOSITION_VERB.test(text))) return null;
  }
  return null;
}

/** A description with a phrase of its own after its head: "the editor of the town's paper". */
const DESCRIPTION_WITH_PHRASE = /^\s*(?:the|a|an)\s+[^,]*\s(?:of|for|at)\s+[^,]+$/i;

/** The person named (in full) in `nameSeg`, before a description `descriptionSeg` with a phrase of its own. */
function personBeforeDescription(masked: string, nameSeg: Span, descriptionSeg: Span): Subject | null {
  const description = masked.slice(descriptionSeg.start, descriptionSeg.end);
  if (!DESCRIPTION_WITH_PHRASE.test(description) && !isRoleWithPhrase(description)) return null;
  if (OPENING_PREPOSITION.test(masked.slice(nameSeg.start, nameSeg.end))) return null;
  const owner = readSegment(masked, nameSeg);
  if (owner?.speaker.form !== 'name' || owner.speaker.kind !== 'person' || !/\s/.test(owner.speaker.name ?? '')) return null;
  owner.speaker.role ??= description.trim().replace(/^(?:a|an|the)\s+/i, '');
  return owner;
}

/**
 * The person a capitalised description beginning with an article describes, when the segment
 * before it is that person's name alone: "Ada Lund, the Green MP for Eastbridge, who …" → Ada Lund,
 * role "Green MP for Eastbridge". (An article never opens a name of its own; without one, "Ada
 * Lund, Acme Corp, which …" may be a list.)
 */
function describedPerson(masked: string, nameSeg: Span, descriptionSeg: Span, endsClause = false): Subject | null {
  const description = masked.slice(descriptionSeg.start, descriptionSeg.end).trim();
  if (!/^(?:the|a|an)\s+\p{Lu}/u.test(description)) return null;
  // (Or, before a relative clause, the name that ends the clause before: "… drew fire from Ada Lund".)
  if (!endsClause && OPENING_PREPOSITION.test(masked.slice(nameSeg.start, nameSeg.end))) return null;
  const owner = endsClause ? trailingName(masked, nameSeg) : readSegment(masked, nameSeg);
  if (owner?.speaker.form !== 'name' || owner.speaker.kind !== 'person') return null;
  if (!owner.speaker.role || !owner.speaker.role.includes(' ')) owner.speaker.role = description.replace(/^(?:a|an|the)\s+/i, '');
  return owner;
}

/** The speaker named right after an inverted cue: "…,” said Lena Marsh, director of …". */
export function subjectAfter(masked: string, cueEnd: number, sentenceEnd: number): Subject | null {
  const hi = Math.min(sentenceEnd, cueEnd + 200);
  TOKEN.lastIndex = cueEnd;
  let start = -1;
  let end = -1;
  let count = 0;
  // Words up to a comma, a quotation, a full stop that is not an abbreviation, or an adverbial.
  // ("…, said Ann Roe of the Food and Drug Administration": an "and" inside a body's capitalised name,
  // after the preposition or article that opens it, is no end of the phrase.)
  let inBody = false;
  for (let m = TOKEN.exec(masked); m && m.index < hi && count < 16; m = TOKEN.exec(masked), count++) {
    const word = m[0];
    if (word.includes(MASK_CHAR)) break;
    const joinsName: boolean = inBody && (word === 'and' || word === '&') && /^\s+\p{Lu}/u.test(masked.slice(m.index + word.length, m.index + word.length + 3));
    if (start >= 0 && AFTER_STOP.test(word) && !joinsName) break;
    // ("…, says a report highlighting the rise": a participle with its object ends the phrase.)
    if (start >= 0 && opensParticipleModifier(masked.slice(m.index, m.index + 60))) break;
    inBody = BODY_OPENING.test(word) || (inBody && (/^\p{Lu}/u.test(word) || joinsName));
    // "“…,” adding that its value quadrupled": a clause follows the cue, no inverted subject.
    if (start < 0 && /^(?:that|to)$/.test(word)) return null;
    if (start < 0) start = m.index;
    const bare = word.replace(/[,;:.]+$/, '');
    end = m.index + bare.length;
    if (/[,;:]$/.test(word)) break;
    // ("said Del. Ana Vik": a delegate's title opens the phrase; the state "Del." closes one.)
    if (/\.$/.test(word) && !ABBREVIATIONS.test(word) && !(word === 'Del.' && start === m.index)) break;
  }
  if (start < 0 || end <= start) return null;
  const speaker = readSpeaker(masked, start, end) ?? speakerBeforeModifier(masked, start, end);
  if (!speaker || speaker.form === 'pronoun') return null;
  const tail = masked.slice(end, hi);
  // ("…, said Tom Hale, Ellen Ward and Peter Kim.": the names the list after the first joins speak with it, name-list-subject.ts.)
  const list = speaker.form === 'name' ? invertedNameList(masked, { speaker, phraseStart: start }, masked.slice(end, sentenceEnd), end, (from, to) => {
    const ref = readSpeaker(masked, from, to);
    return ref ? { speaker: ref, phraseStart: from } : null;
  }) : null;
  if (list) return list;
  // "…, said the group's board president, Jane Roe.": a description, then the name it describes.
  // (A person's description only: "the harbour board, Vardby Port" names a body, not its spokesperson.)
  if (speaker.form === 'nominal' && (speaker.kind === 'person' || speaker.kind === 'anonymous')) {
    const named = inverseApposition(masked, end, tail);
    if (named) {
      named.role ??= masked.slice(speaker.start, speaker.end).replace(/^(?:a|an|the)\s+/i, '');
      return { speaker: named, phraseStart: start };
    }
  }
  // ", director of …" after the name: the role.
  const role = /^,\s+((?:a|an|the|[a-z])[^;:\uE000]*?)(?=[,.;]?\s*$|,\s+(?:who|adding|saying|noting)\b|[;:\uE000])/.exec(tail);
  if (role && speaker.form === 'name' && !speaker.role && !NOT_A_ROLE.test(role[1]!)) speaker.role = role[1]!.replace(/^(?:a|an|the)\s+/i, '').replace(/[.,]$/, '');
  return { speaker, phraseStart: start };
}

// What follows the name's comma without describing the person: an adverbial clause or phrase
// ("…, while being interviewed", "…, in a statement", "…, of course", "…, referring to …"). ("…, with
// the Sierra Club" and "…, from the ministry" say whom the person is with, and stay.)
const NOT_A_ROLE = /^(?:while|when|whenever|after|before|as|because|since|though|although|if|unless|until|once|including|of\s+course|in|on|at|during|without|through|via|referring|speaking|citing|pointing|arguing|responding|asked|according)\b/i;

// A name alone between the comma and the sentence's end (or the next comma): "…, Jane Roe.", with
// the small particles a surname may carry ("…, Ada von Lund", "…, Ursula von der Leyen").
const NAME_PARTICLE = String.raw`(?:(?:de|des|van|von|der|den|da|di|du|del|dos|das|bin|ibn|al|la|le)\s+){0,2}`;
const APPOSED_NAME = new RegExp(String.raw`^,\s+((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?${NAME_WORD_START}[\p{L}'\u2019.-]*(?:\s+${NAME_PARTICLE}${NAME_WORD_START}[\p{L}'\u2019.-]*){1,3})(?=\s*(?:[.!?;]|,|$))`, 'u');

/** The person named right after an inverted description: ", Ruth Kessler" in "said the board president, Ruth Kessler". */
function inverseApposition(masked: string, end: number, tail: string): SpeakerRef | null {
  const m = APPOSED_NAME.exec(tail);
  if (!m) return null;
  const from = end + m[0].length - m[1]!.length;
  const named = readSpeaker(masked, from, from + m[1]!.replace(/\.$/, '').length);
  return named?.form === 'name' && named.kind === 'person' && !named.role ? named : null;
}

const TOKEN = /\S+/g;
/** Words that open a body's name after a person's: "of the …", "from …", "for the …". */
const BODY_OPENING = /^(?:of|from|for|at|the)$/;
const AFTER_STOP = /^(?:on|in|at|during|after|before|while|when|as|last|this|earlier|told|to|because|but|and|adding|saying|noting|who|which|that|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$/;

const TIME_OPENING = /^\s*\p{Lu}\p{Ll}+\s+(?:(?:later|earlier|before|after|ago)\s*|(?:before|after|to|with|since|until)\s[^,\uE000;:]{1,60}),\s+/u;
// ("Like Corwin, Menard …", "Among the critics, Ruiz …": a preposition's phrase before the subject, too.)
const INTRODUCTORY = /^\s*(?:In|At|On|After|During|Before|When|While|Since|Despite|With|From|Throughout|Earlier|Later|Last|This|Like|Unlike|Among|Amid|Against|Besides|Beyond|Across|Under|Alongside|Following|Without|Along)\b[^,\uE000;:]{1,80},\s+/;
/**
 * A capitalised preposition that opens a sentence opens its adverbial, never its subject: "Like
 * Corwin, …", "Besides attacking …, Trump …". ("Under" stays out: "Under Secretary Ruiz" is a title.)
 */
const CAPITAL_PREPOSITION = /^(?:Like|Unlike|Among|Amid|Against|Besides|Beyond|Across|Alongside|Following|Despite|Throughout|Without|Along|Including|Except)(?:\s|$)/;
/** That adverbial, closed by its comma: "Like Corwin, ", "Unlike most of the board, ". */
const PREPOSITION_OPENING = /^\s*(?:Like|Unlike|Among|Amid|Against|Besides|Beyond|Across|Alongside)\s[^,\uE000;:]{1,60},\s+/;

// The name or pronoun that opens a sentence, before its first lower-case word (the verb).
const OPENING_SUBJECT = new RegExp(String.raw`^\s*(?:(?:But|And|So|Yet|Still|Then|Now|Meanwhile|Instead|Later|Earlier|Also)\b,?\s+)?((?:He|She|They|We|I)|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Rev)\.\s+)?${NAME_WORD_START}[\p{L}'\u2019.-]*(?:\s+(?:${NAME_WORD_START}[\p{L}'\u2019.-]*|of|de|van|von)){0,5})(?=(?:['\u2019](?:s|d|ll|ve|re))?\s+\p{Ll}|,\s)`, 'u');

/**
 * The subject a participle or coordinated verb shares: the name or personal pronoun that opens
 * the sentence ("Clinton posted a comment, saying …" → Clinton). Null for anything else.
 */
export function openingSubject(masked: string, sentenceStart: number, limit: number): Subject | null {
  sentenceStart = afterOpening(masked, sentenceStart, limit);
  const own = subjectOpening(masked, sentenceStart, limit, false);
  if (own) return own;
  // "In a speech on Friday, Sanders claimed …", "At an event in Ames, Iowa, on Sunday, Clinton …":
  // an opening adverbial (of up to three commas) before the subject, which a verb must follow.
  const intro = INTRODUCTORY.exec(masked.slice(sentenceStart, Math.min(limit, sentenceStart + 120)));
  if (!intro) return null;
  let from = sentenceStart + intro[0].length;
  for (let guard = 0; guard < 3 && from < limit; guard++) {
    const found = subjectOpening(masked, from, limit, true);
    if (found) return found;
    const comma = /^[^,\uE000;:]{1,60},\s+/.exec(masked.slice(from, Math.min(limit, from + 80)));
    if (!comma) return null;
    from += comma[0].length;
  }
  return null;
}

/**
 * Where a sentence's subject may start: after a dateline ("WASHINGTON — ") and after an opening word
 * with an adverb or a preposition's phrase before a comma ("Hours later, Trump …", "Shortly before the
 * vote, she …", "Prior to the apology, Carson …").
 */
export function afterOpening(masked: string, sentenceStart: number, limit: number): number {
  const dateline = DATELINE.exec(masked.slice(sentenceStart, Math.min(limit, sentenceStart + 80)));
  if (dateline) sentenceStart += dateline[0].length;
  const time = TIME_OPENING.exec(masked.slice(sentenceStart, Math.min(limit, sentenceStart + 80)));
  if (time) return sentenceStart + time[0].length;
  const phrase = PREPOSITION_OPENING.exec(masked.slice(sentenceStart, Math.min(limit, sentenceStart + 80)));
  return phrase ? sentenceStart + phrase[0].length : sentenceStart;
}

// "Democratic presidential candidate Bernie Sanders", "Harbour board chairman Per Vik": lower-case
// words (no verb among them) between a capitalised word and a name.
const TITLE_RUN = /^\s+((?:(?!(?:told|tells|says|said|and|or|but|of|to|in|on|at|for|with|by|from|that|the|a|an)\s)[a-z][a-z-]*(?<!ed|s)\s+){1,3})(?=\p{Lu})/u;
// (The name may close before an apposition's comma: "Democratic candidate Ann Roe, like the mayor, has …".)
const NAME_AFTER_TITLE = new RegExp(String.raw`^${NAME_WORD_START}[\p{L}'\u2019.-]*(?:\s+${NAME_WORD_START}[\p{L}'\u2019.-]*){0,3}(?=\s+\p{Ll}|,\s)`, 'u');

function subjectOpening(masked: string, from: number, limit: number, verbAfter: boolean): Subject | null {
  const slice = masked.slice(from, Math.min(limit, from + 120));
  const lead = OPENING_SUBJECT.exec(slice);
  if (!lead || CAPITAL_PREPOSITION.test(lead[1]!)) return null;
  const start = from + lead.index + lead[0].length - lead[1]!.length;
  let end = start + lead[1]!.length;
  const rest = masked.slice(end, Math.min(limit, end + 120));
  if (verbAfter && !/^(?:['\u2019](?:s|d|ll|ve|re))?\s+\p{Ll}/u.test(rest)) return null;
  // ("With the losses of Ann Rowe in 1980, Bo Lund in 1984, and …": an item of the opening's list, opening-list-item.ts.)
  if (verbAfter && isOpeningListItem(rest)) return null;
  // "Noting that …": a participle opening the sentence is no subject.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(lead[1]!) && /^\s+\p{Ll}/u.test(rest)) return null;
  const described = capitalModifiedHead(masked, lead[1]!, start, end) ?? capitalModifiedPhrase(masked, lead[1]!, start, end);
  if (described) return { speaker: described, phraseStart: start };
  const titles = TITLE_RUN.exec(rest);
  const name = titles ? NAME_AFTER_TITLE.exec(rest.slice(titles[0].length)) : null;
  const titled = name ? readSpeaker(masked, start, end + titles![0].length + name[0].length) : null;
  const speaker = titled?.form === 'name' ? titled : readSpeaker(masked, start, end);
  if (!speaker || speaker.form === 'nominal' || (speaker.form === 'pronoun' && speaker.kind !== 'person' && speaker.head !== 'they' && speaker.head !== 'we')) return null;
  return { speaker, phraseStart: start };
}

const WITH_PHRASE = /\bwith\s+((?:[^\s,;:\uE000]+\s+){1,8})$/;

/** "…, with 47 percent saying …", "… with Trump calling …": an absolute construction's subject. */
export function withSubject(masked: string, sentenceStart: number, cue: number): Subject | null {
  const lead = masked.slice(Math.max(sentenceStart, cue - 80), cue);
  const m = WITH_PHRASE.exec(lead);
  if (!m) return null;
  const start = cue - m[1]!.length;
  const speaker = readSpeaker(masked, start, start + m[1]!.trimEnd().length);
  if (!speaker || speaker.form === 'pronoun' && speaker.kind !== 'person') return null;
  if (speaker.form === 'nominal' && speaker.kind === 'document') return null;
  return { speaker, phraseStart: start };
}
