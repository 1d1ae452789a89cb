// Reads the phrase that names a speaker: a proper name with its titles ("Russian President
// Vladimir Putin"), a possessive owner ("Ruritania's Central Intelligence Bureau"), a
// pronoun, or a description ("the intelligence agency", "a person familiar with the matter",
// "a report by the agency"). Works on one short phrase (bounded by the caller), token by token.

import { isFunctionWordAcronym } from './acronym-filler';
import { isPossessedRoleObject } from './possessed-role-object';
import { isPossessedRolePlace } from './possessed-role-place';
import { isParticipleBeforeName } from './participle-before-name';
import type { SourceKind } from '../types';
import {
  CALENDAR_WORDS, DOCUMENT_NOUNS, FUNCTION_CAPS, NAME_TITLES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, PRONOUNS,
} from './lexicon';
import type { SpeakerRef } from './model';
import { documentOwner } from './parsers/document-source';
import { isDatedModifier } from './time-phrase';
import { namesRecipient } from './document-recipient';
import { isOrdinaryWord, onlyOpensSentences, opensSentence, readsInLowerCase } from './ordinary-words';
import { genderOfGivenName } from './gender';
import { isOpeningWord } from './opening-word';
import { NAME_PARTICLES, titledNameStart } from './titled-name';
import { isNameWord } from './name-word';
import { opensReducedRelative } from './reduced-relative';
import { joinedPronounSpeaker } from './joined-pronoun';
import { joinedNamesSpeaker } from './articled-pair';
import { verbAfterSourceNoun } from './verb-in-description';
import { subordinateAfterVerb } from './subordinate-after-clause';
import { isTitleDescription } from './title-description';
import { isOccupationBeforeName } from './occupation-title';
import { isOfficeTitlePossessive } from './office-possessive';
import { possessiveOfNamedOwner } from './owner-name-possessive';
import { isTitledObjectOfRole } from './title-object';
import { isCollectivePeopleNoun } from './collective-people';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** "The 46-year-old said": an age standing alone is a person, as a noun ("the pilot") is. */
const AGE_NOUN = /^\d{1,3}-year-old$/;

/** Whether a description's head is an age alone ("46-year-old"). */
export function isAgeNoun(head: string | null): boolean {
  return head !== null && AGE_NOUN.test(head);
}
/**
 * "The candidate said", "the senator added": an office held by one person, which in a news story
 * stands for the person the story is following when the article never gave anyone that title.
 * (Only bare: "the GOP nominee", "the Vermont senator" say which one, and are kept as written.)
 */
const OFFICE_NOUN = /^(?:candidate|nominee|senator|president|governor)$/;

/** Whether a description's head is a one-person office ("candidate", "senator"). */
export function isOfficeNoun(head: string | null): boolean {
  return head !== null && OFFICE_NOUN.test(head);
}
const TOKEN = /[^\s]+/g;
/** A personal pronoun that can only be a clause's subject (never a noun's modifier). */
const SUBJECT_PRONOUN = /^(?:he|she|they|we)$/i;
const POSSESSIVE_DETERMINER = /^(?:his|her|their|our|my)$/i;
const EDGE_PUNCT = /^[("'\u201C\u2018[]+|[)"'\u201D\u2019\],.;:!?]+$/g;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['\u2019]s?$/;
const NAME_LINKS = new Set(['de', 'des', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'du', 'del', 'la', 'le', 'dos', 'das', 'of', 'for', 'and', 'on', 'the', '&']);
const DETERMINERS = /^(?:the|a|an|another|one|two|three|four|five|several|some|many|most|other|both|all|its|his|her|their|this|that|these|those|multiple|numerous|few|top|senior)$/i;
const DEFINITE = /^(?:the|this|that|these|those|its|his|her|their)$/i;
const PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'by', 'on', 'to', 'close', 'familiar', 'within', 'inside', 'near', 'published', 'released', 'conducted', 'commissioned', 'who', 'involved', 'briefed', 'speaking', 'about', 'issued',
  // A reduced relative after the head: "veterans interviewed at the rally", "voters surveyed in May".
  'interviewed', 'surveyed', 'polled', 'questioned', 'contacted', 'reached', 'attending', 'gathered', 'living',
  'working', 'based', 'representing', 'prepared']);
const ACRONYM = /^[A-Z][A-Z&.]{1,6}s?$/;
const MAX_TOKENS = 24;
// ("Fortunately", "Arguably", "Similarly" too: -tely, -ably, -ibly and -arly name no one.)
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ically|ally|ously|ively|fully|lessly|ently|antly|edly|ingly|ctly|stly|early|ily|tely|ably|ibly|arly)$/u;
// A lower-case plural noun ("groups", "fact-checkers"), not "-ss" or "-us" words ("press", "status").
const BARE_PLURAL = /^\p{L}[\p{Ll}-]+[^sui'\u2019]s$/u;
/** Containers of documents: "a copy of the memo", "a trove of emails", "a series of polls". */
const CONTAINER_NOUNS = /^(?:copy|copies|batch|batches|trove|cache|set|series|collection|stack|draft|excerpt|excerpts|portion)$/i;
const QUANTITY_NOUNS = /^(?:array|number|group|handful|majority|minority|lot|lots|couple|dozen|dozens|hundreds|thousands|millions|host|range|variety|bunch|plurality|number|chorus|slew|string|coalition|team|panel|pair|trio|band|crowd|cadre|bevy|raft|wave|few)$/i;
// Prepositions that never stand among a noun's modifiers ("after", "into"; not "of", read after the head).
const HEAD_PREPOSITION = /^(?:after|before|during|since|against|between|into|than|through|across|toward|towards|upon|within|without|among|behind|like)$/i;
const HEAD_SUBORDINATOR = /^(?:as|while|when|whenever|because|although|though|whereas|until|unless|once)$/i;
const AS_AMOUNT = /^(?:many|much|few|little|long|far|high|low|well|soon|recently|early|late)$/i;
const NOT_MODIFIER = /^(?:the|a|an|among|in|for|at|on|from|by|with|of|to|after|before|during|under|over|since|as|like|about|against|between|behind|into|than|through|across|toward|towards|upon|within|without|is|are|was|were|that|which|who)$/i;
const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/;
/**
 * Quantifiers that stand alone for people as a subject ("Many believe …", "No one expects …").
 * ("Others" capitalised reads as a plural already; in lower case, "…; others insist", it is one of
 * these.) Negated ones too: "Not everyone is convinced", "Neither wanted to …", "None showed …"
 * (the group holds the view the sentence denies it, as "None of the scholars" does). A number
 * with its article, "The two are vying for …", stands for the people the story has just named.
 */
const QUANTIFIER_PRONOUNS = new Set(['many', 'some', 'both', 'few', 'several', 'most', 'no one', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'many others', 'some others', 'a few',
  'others', 'not everyone', 'not everybody', 'not all', 'neither', 'none', 'the two', 'the three',
  // "Another said, “…”", "“…,” tweeted another": one more of the people just quoted, as "others" is
  // several more. (Not "one": "one could argue" is anyone, no person of the story.)
  'another', 'yet another']);
/** "Another", "yet another" alone: the speaker one more of those just quoted (QUANTIFIER_PRONOUNS). */
const ANOTHER_ALONE = /^(?:yet\s+)?another$/i;
/** Whether a speaker phrase is "another" standing alone, which speaks only by a statement (parsers/attitude.ts). */
export function isAnotherAlone(text: string): boolean {
  return ANOTHER_ALONE.test(text.trim());
}
const NEAR_WHOLE = /^(?:virtually|almost|practically|nearly)\s+(?=(?:no one|nobody|none|everyone|everybody)$)/;
const FOCUS_WORDS = /^(?:even|especially|particularly|notably)$/i;
const CONJUNCTIONS = /^(?:though|as|if|when|while|so|after|before|since|with|without|then)$/i;
/** Finite reporting verbs: a phrase holding one is a clause ("Hale said the council …"), not a speaker. */
const FINITE_REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes']);
const TRAILING_ADVERB = /^\p{Ll}{3,}ly$/u;
/** Nouns and adjectives ending "-ly" that may end a speaker's phrase ("the family", "a key ally"). */
const NOT_ADVERB = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'bully', 'reply', 'only', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'elderly', 'italy']);
const AUXILIARY = /^(?:is|are|was|were|has|have|had|been|become|becomes|became)$/;
/**
 * Words no noun phrase ends with: a subject read on past its own verb ("the spokesman for the
 * school declined to", "a senator who made enemies and").
 */
const CLAUSE_TAIL = /^(?:to|and|or|but|nor|be|been|being|the|a|an|of|for|with|that|those|whether|than|if|can['\u2019]t|cannot|won['\u2019]t|would|will|could|should|can|must|not)$/i;

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let inParens = false;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    // Party and state tags, asides: "Paul D. Ryan (R-Wis.)" reads as "Paul D. Ryan".
    if (inParens || raw.startsWith('(')) {
      inParens = !raw.includes(')');
      continue;
    }
    const lead = raw.length - raw.replace(/^[("\u201C\u2018[]+/, '').length;
    const bare = raw.replace(EDGE_PUNCT, '');
    if (!bare) continue;
    const start = offset + m.index + lead;
    tokens.push({ text: bare, start, end: start + bare.length });
    if (tokens.length > 60) break;
  }
  return tokens;
}

// ("Bashar al-Assad", "Giscard d'Estaing": a particle joined to a capital is a name word too, name-word.ts.)
const isCap = (t: Token) => isNameWord(t.text) && !CALENDAR_WORDS.has(t.text.toLowerCase());
// Months that are surnames too: "Theresa May", "Brian May", "Ai Jun" (not "Washington May 5").
const SURNAME_MONTHS = /^(?:May|June|April|August|Jun)$/;
const isNameCap = (tokens: Token[], i: number) => isCap(tokens[i]!)
  || (SURNAME_MONTHS.test(tokens[i]!.text) && i > 0 && isCap(tokens[i - 1]!) && !/^\d/.test(tokens[i + 1]?.text ?? ''));
// ("the WHO": a function word in capitals is an acronym and keeps its case, acronym-filler.ts.)
const lower = (t: Token) => (isFunctionWordAcronym(t.text) ? t.text : t.text.toLowerCase().replace(/\./g, ''));
// A capital and a full stop is an initial ("Jill A. Martin", "John I. Cole"), never the article or pronoun it spells.
const isInitial = (source: string, t: Token) => /^\p{Lu}$/u.test(t.text) && source[t.end] === '.';

function emptyRef(form: SpeakerRef['form'], text: string, start: number, end: number, kind: SourceKind): SpeakerRef {
  return { form, text, start, end, name: null, owner: null, role: null, affiliation: null, kind, head: null, modifiers: [], definite: false };
}

/** The speaker a short phrase names, or null when the phrase is not a speaker. */
export function readSpeaker(source: string, start: number, end: number): SpeakerRef | null {
  const phrase = source.slice(start, end);
  const tokens = tokenize(phrase, start);
  if (!tokens.length || tokens.length > MAX_TOKENS) return null;
  if (tokens.some((t) => FINITE_REPORTING.has(t.text))) return null;
  // "the former secretary of state aggressively": a manner adverb before the verb is no part of the phrase.
  while (tokens.length > 1 && TRAILING_ADVERB.test(tokens[tokens.length - 1]!.text) && !NOT_ADVERB.has(tokens[tokens.length - 1]!.text)) tokens.pop();
  // "the video of the encounter has become …": an auxiliary outside a relative clause makes a clause, not a speaker.
  const relativeAt = tokens.findIndex((t) => /^(?:who|which|that)$/i.test(t.text));
  if (tokens.some((t, k) => k > 0 && AUXILIARY.test(t.text) && (relativeAt < 0 || k < relativeAt))) return null;
  const ref = readTokens(source, tokens);
  // A phrase the readers take although it runs on into its clause ("the spokesman for the school
  // declined to"): the speaker is its subject. (One they refuse stays refused: the cut is no licence.)
  if (!ref || !CLAUSE_TAIL.test(tokens[tokens.length - 1]!.text)) return ref;
  const cut = subjectEnd(tokens);
  // ("A judge blocked a state law that …": a "that" after a verb's object stands for the object, not
  // for the verb's subject; the object speaks, if anything does.)
  // (A determiner alone, "followed another that …", leaves out the subject's own noun: not this.)
  if (/^that$/i.test(tokens[tokens.length - 1]!.text) && cut < tokens.length - 3 && /ed$/.test(tokens[cut]!.text) && DETERMINERS.test(tokens[cut + 1]!.text)) {
    return readTokens(source, tokens.slice(cut + 1, -1));
  }
  return cut < tokens.length ? readTokens(source, tokens.slice(0, cut)) ?? ref : ref;
}

function readTokens(source: string, all: Token[]): SpeakerRef | null {
  // "Even the senator", "especially his own aides": a word that singles the speaker out is no part
  // of the phrase (nor of a role). (Not "including": ", including a neighbour," is a part of the
  // group named before it, which stays the speaker.)
  // (Not before a conjunction: "Even though …", "even as …" open a clause, which is no phrase to trim.)
  const tokens = all.length > 1 && FOCUS_WORDS.test(all[0]!.text) && !CONJUNCTIONS.test(all[1]!.text) ? all.slice(1) : all;
  const first = tokens[0]!;
  const span = (from: Token, to: Token) => source.slice(from.start, to.end);
  const pronoun = lower(first).replace(/['\u2019](?:s|ve|d|ll|re|m)$/, '');
  if (tokens.length === 1 && PRONOUNS[pronoun]) {
    const kind = PRONOUNS[pronoun] === 'person' ? 'person' : 'other';
    return { ...emptyRef('pronoun', first.text, first.start, first.end, kind), head: pronoun };
  }
  // A possessive is not a subject: "Editor's", "Friday's", "Trump's".
  if (/['\u2019]s$/.test(tokens[tokens.length - 1]!.text)) return null;
  // "Many believe …", "Some say …", "No one expects …": a quantifier standing for a group of people.
  // ("Virtually no one expects …": an adverb of degree before a negative or a whole quantifier.)
  const quantifier = tokens.map(lower).join(' ').replace(NEAR_WHOLE, '');
  if (tokens.length <= 3 && QUANTIFIER_PRONOUNS.has(quantifier) && quantifier.split(' ').length <= 2) {
    return { ...emptyRef('nominal', span(first, tokens[tokens.length - 1]!), first.start, tokens[tokens.length - 1]!.end, 'anonymous'), head: quantifier };
  }
  // "She and her aides": a pronoun joined to a group speaks with it.
  const joined = joinedPronounSpeaker(source, tokens, (rest) => readTokens(source, rest));
  if (joined) return joined;
  // ("The Harbour Trust and the Coast Museum": two names, each with its article, speak together, articled-pair.ts.)
  const names = joinedNamesSpeaker(source, tokens, (side) => readTokens(source, side));
  if (names) return names;
  // ("the Health Secretary": a description first, so that coreference finds the person it describes.)
  const titleRun = tokens.length > 2 && lower(first) === 'the' && tokens.slice(1).every(isCap) && isTitleDescription(tokens.slice(1).map((t) => t.text));
  return (titleRun ? readDescription(source, tokens, span) : null)
    ?? readName(source, tokens, span) ?? readDescription(source, tokens, span) ?? personOfBody(source, tokens, span);
}

/**
 * "Ann Roe of the city's planning board", "Tom Varga of the state delegation": a person's name, then
 * the body described in lower case after "of" (a capitalised body is read with the name). The body is
 * the affiliation.
 */
function personOfBody(source: string, tokens: Token[], span: (a: Token, b: Token) => string): SpeakerRef | null {
  const of = tokens.findIndex((t) => t.text === 'of');
  if (of < 1 || of > 4 || tokens.length - of > 7 || !tokens.slice(0, of).every(isCap)) return null;
  const body = tokens.slice(of + 1);
  if (!body.length || !DEFINITE.test(body[0]!.text) || !/^\p{Ll}[\p{Ll}-]+$/u.test(body[body.length - 1]!.text)) return null;
  if (body.some((t) => PREPOSITIONS.has(lower(t)) || CLAUSE_WORDS.test(t.text))) return null;
  const person = readName(source, tokens.slice(0, of), span);
  if (!person || person.kind !== 'person' || person.role) return null;
  person.affiliation = span(body[0]!, body[body.length - 1]!).replace(/^the\s+/i, '');
  person.end = body[body.length - 1]!.end;
  return person;
}

/**
 * Where the subject of a phrase read on into its clause ends: before a relative pronoun or a past
 * form ("a senator who made enemies and", "the spokesman for the school declined to"). A reduced
 * relative ("officials involved in") and an adjective after an article ("the armed wing") are no verb here.
 */
function subjectEnd(tokens: Token[]): number {
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    if (/^(?:who|which|that)$/.test(word)) return k;
    const adjective = DETERMINERS.test(tokens[k - 1]!.text) || NOT_MODIFIER.test(tokens[k - 1]!.text);
    if (/^\p{Ll}{2,}ed$/u.test(word) && !PREPOSITIONS.has(word) && !adjective) return k;
  }
  return tokens.length;
}

/** A proper name at the end of the phrase, with the titles and role words before it. */
function readName(source: string, tokens: Token[], span: (a: Token, b: Token) => string): SpeakerRef | null {
  let last = tokens.length - 1;
  // "Sen. Bernie Sanders (Vt.)", "Paul D. Ryan (R-Wis.)": party and state tags after a name.
  while (last > 0 && /^\(?[A-Z][\w.-]*\)$/.test(source.slice(tokens[last]!.start - 1, tokens[last]!.end + 1).trim()) && /\(/.test(source.slice(tokens[last]!.start - 1, tokens[last]!.start))) last--;
  if (!isNameCap(tokens, last) || NAME_LINKS.has(lower(tokens[last]!))) return null;
  const titled = titledPerson(source, tokens, last);
  if (titled) return titled;
  let first = last;
  while (first > 0) {
    const prev = tokens[first - 1]!;
    // ("the Port Ellis Sheriff's Office": a title's possessive inside a body's name, office-possessive.ts.)
    if (POSSESSIVE.test(prev.text) && /['\u2019]/.test(prev.text.slice(-2))
      && !isOfficeTitlePossessive(prev.text, tokens.slice(first, last + 1).map((t) => t.text))) break;
    // "Ursula von der Leyen": a run of particles inside the name.
    let link = first - 1;
    while (link > 0 && NAME_PARTICLES.has(tokens[link]!.text)) link--;
    if (link < first - 1 && isCap(tokens[link]!)) first = link;
    else if (isNameCap(tokens, first - 1) || (NAME_LINKS.has(lower(prev)) && first - 1 > 0 && isCap(tokens[first - 2]!))) first--;
    else break;
  }
  // Leading function words ("The", "Meanwhile") are not part of the name.
  while (first < last && FUNCTION_CAPS.has(lower(tokens[first]!)) && !isInitial(source, tokens[first]!) && lower(tokens[first]!) !== 'the') first++;
  // "Afterwards Penny walks …": an ordinary word that opens the sentence is no part of the name.
  // (Not "The": "The Florida senator" keeps its article, which makes the name no person's.)
  while (first < last && lower(tokens[first]!) !== 'the' && isOpeningWord(source, tokens[first]!.start, tokens[first]!.end, span(tokens[first + 1]!, tokens[last]!))) first++;
  let theArticle = false;
  if (first < last && lower(tokens[first]!) === 'the') { theArticle = true; first++; }
  // Titles go to the role: "President Vladimir Putin", "Sen. Bernie Sanders".
  let nameStart = first;
  // (Not a title inside an office's name: "the Attorney General's Office", office-possessive.ts.)
  while (nameStart < last && NAME_TITLES.has(lower(tokens[nameStart]!)) && !ORG_WORDS.has(lower(tokens[nameStart + 1]!)) && !POSSESSIVE.test(tokens[nameStart + 1]!.text)) nameStart++;
  // ("Minister for Public Health Ann Roe": a portfolio after "for" belongs to the title as one after "of" does.)
  if (nameStart > first && /^(?:of|for)$/.test(lower(tokens[nameStart]!))) nameStart = nameAfterOffice(tokens.map((t) => t.text), nameStart + 1, last);
  if (nameStart === first) nameStart = pastDescribingWords(source, tokens, nameStart, last);
  // "Climber Ada Lund posted …": an occupation opening the sentence is the role (occupation-title.ts).
  if (nameStart === first && isOccupationBeforeName(source, tokens[first]!.start, tokens[first]!.end, tokens.slice(first + 1, last + 1).map((t) => t.text))) nameStart++;
  const nameTokens = tokens.slice(nameStart, last + 1);
  // "Ann Roe of Harbour Freight": a person's name, then the body after "of", is the person.
  const bodyOf = personBeforeOf(nameTokens.map((t) => t.text), nameStart > first);
  if (bodyOf > 0 && first === 0) {
    const person = readName(source, tokens.slice(0, nameStart + bodyOf), span);
    if (person && person.kind === 'person' && !person.affiliation) {
      person.affiliation = span(nameTokens[bodyOf + 1]!, nameTokens[nameTokens.length - 1]!);
      person.text = span(tokens[0]!, tokens[last]!);
      person.end = tokens[last]!.end;
      return person;
    }
  }
  // "Officials said", "Police said": a capitalised common noun opening a sentence is a description.
  if (nameTokens.length === 1 && (PERSON_NOUNS.has(lower(nameTokens[0]!)) || ORG_NOUNS.has(lower(nameTokens[0]!)) || DOCUMENT_NOUNS.has(lower(nameTokens[0]!)))) return null;
  if (nameTokens.some((t) => FUNCTION_CAPS.has(lower(t)) && !NAME_LINKS.has(lower(t)) && !isInitial(source, t))) return null;
  if (nameTokens.length === 1 && HONORIFICS.test(nameTokens[0]!.text)) return null;
  // "Significantly, the judge said": a sentence adverb is no name.
  if (nameTokens.length === 1 && ADVERB.test(nameTokens[0]!.text)) return null;
  // "Reached by phone, …", "Inside the hall, …": a word the article also writes in lower case.
  if (nameTokens.length === 1 && nameStart === first && isOrdinaryWord(source, nameTokens[0]!.start, nameTokens[0]!.end)) return null;
  // "Published estimates put …", "Ultimately, that convinced us": a word capitalised only where it opens a sentence.
  if (tokens.length === 1 && onlyOpensSentences(source, nameTokens[0]!.start, nameTokens[0]!.end)) return null;
  // "Chastened by the analyses, Trump revised …": a past participle opening the sentence is no name.
  if (nameTokens.length === 1 && nameStart === first && isOpeningParticiple(source, nameTokens[0]!)) return null;
  if (nameTokens.length === 1 && (FUNCTION_CAPS.has(lower(nameTokens[0]!)) || PRONOUNS[lower(nameTokens[0]!)])) return null;
  const prefix = tokens.slice(0, first);
  // "Mr. Morgan of the Sierra Club": the person, affiliated with the organisation; also with a
  // description of the body between ("Ann Roe of the environmental group The Green Trust").
  // ("press officer Ann Roe from the Harbour Board": lower-case role words before the name, and "from".)
  let of = prefix.length - 1;
  while (of >= 0 && lower(prefix[of]!) !== 'of' && lower(prefix[of]!) !== 'from') of--;
  const described = (t: Token) => lower(t) === 'the' || /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !PREPOSITIONS.has(lower(t)) && !NOT_MODIFIER.test(t.text);
  const roleWord = (t: Token) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !PREPOSITIONS.has(lower(t)) && !CLAUSE_WORDS.test(t.text) && !DETERMINERS.test(t.text);
  const personWords = prefix.slice(0, Math.max(of, 0));
  const roleWords = personWords.findIndex(isCap);
  if (of > 0 && isCap(prefix[of - 1]!) && roleWords >= 0 && roleWords <= 3 && personWords.slice(0, roleWords).every(roleWord)
    && personWords.slice(roleWords).every(isCap) && of - roleWords <= 4 && prefix.length - of <= 6
    // ("Grant from Leeds": after "from", a full name only; one word may be a place's run.)
    && (lower(prefix[of]!) === 'of' || of - roleWords >= 2)
    && (prefix.slice(of + 1).every((t) => lower(t) === 'the') || theArticle && prefix.slice(of + 1).every(described))) {
    const person = readName(source, tokens.slice(0, of), span);
    if (person && person.kind === 'person') {
      person.affiliation = span(tokens[first]!, tokens[last]!);
      person.end = tokens[last]!.end;
      return person;
    }
  }
  if (prefix.length > 7) return null;
  // ("Britain's chancellor of the Exchequer": the name is the role's object; a description, possessed-role-object.ts.)
  if (isPossessedRoleObject(prefix.map((t) => t.text))) return null;
  // ("Epstein's neighbour in both Leeds and York": the run is where the role is held; a description, possessed-role-place.ts.)
  if (isPossessedRolePlace(prefix.map((t) => t.text))) return null;
  if (prefix.some((t) => PREPOSITIONS.has(lower(t)) && !/['\u2019]s?$/.test(t.text)) && !theArticle && !prefix.some((t) => POSSESSIVE.test(t.text))) {
    // "In Washington" is a place adverbial, not a speaker; "the head of X" is handled as a description.
    return null;
  }
  if (prefix.some((t) => CLAUSE_WORDS.test(t.text))) return null;
  if (verbAfterName(source, prefix)) return null;
  // ("One pastor supporting Mr. Cruz": the name is the participle's object; a description, participle-before-name.ts.)
  if (isParticipleBeforeName(prefix.map((t) => t.text))) return null;
  let owner: string | null = null;
  let roleTokens = prefix.concat(tokens.slice(first, nameStart));
  const possessiveAt = prefix.findIndex((t) => /['\u2019]s?$/.test(t.text) && isCap(t));
  if (possessiveAt >= 0 && possessiveAt === prefix.length - 1) {
    let ownerStart = possessiveAt;
    // ("the US Department of Transport's Road Safety …": a body's name runs on through its "of";
    // a person's does not, "Ann Roe of New York's …" is Roe's place.)
    const capital = (t: Token) => isCap(t) && !FUNCTION_CAPS.has(lower(t));
    while (ownerStart > 0) {
      if (capital(prefix[ownerStart - 1]!)) ownerStart--;
      else if (ownerStart > 1 && lower(prefix[ownerStart - 1]!) === 'of' && capital(prefix[ownerStart - 2]!) && ORG_WORDS.has(lower(prefix[ownerStart - 2]!))) ownerStart -= 2;
      else break;
    }
    owner = span(prefix[ownerStart]!, prefix[possessiveAt]!).replace(/['\u2019]s?$/, '');
    roleTokens = prefix.slice(0, ownerStart).concat(tokens.slice(first, nameStart));
  }
  roleTokens = roleTokens.filter((t) => !DETERMINERS.test(t.text) && !HONORIFICS.test(t.text));
  // "A few days before beverage magnate Ann Roe pleaded …": a time phrase before the title is no part of it.
  let timeWord = -1;
  roleTokens.forEach((t, k) => { if (ROLE_OPENING_TIME.test(t.text)) timeWord = k; });
  if (timeWord >= 0) roleTokens = roleTokens.slice(timeWord + 1).filter((t) => !POSSESSIVE_PRONOUN.test(t.text));
  // "Mr. King and Mr. Schultz": two names joined, each without its honorific, as "Ada Lund and Tom Varga" reads.
  const joinedTitle = (t: Token, k: number) => k > 0 && /^(?:and|&)$/.test(lower(nameTokens[k - 1]!)) && HONORIFICS.test(t.text);
  const joined = nameTokens.some(joinedTitle) ? nameTokens.filter((t, k) => !joinedTitle(t, k)).map((t) => t.text).join(' ')
    : span(nameTokens[0]!, nameTokens[nameTokens.length - 1]!);
  // "The U.N. called …": an initialism keeps its last full stop, which the token lost as punctuation.
  const name = INITIALISM.test(nameTokens[nameTokens.length - 1]!.text) && source[nameTokens[nameTokens.length - 1]!.end] === '.' ? `${joined}.` : joined;
  const words = nameTokens.map(lower);
  const isOrg = words.some((w) => ORG_WORDS.has(w)) || (nameTokens.length === 1 && ACRONYM.test(nameTokens[0]!.text))
    || (theArticle && roleTokens.length === 0 && nameTokens.length <= 3 && !nameTokens.some((t) => /^[A-Z]\.$/.test(t.text)));
  const ref = emptyRef('name', span(tokens[0]!, tokens[tokens.length - 1]!), tokens[0]!.start, tokens[tokens.length - 1]!.end, isOrg ? 'organization' : 'person');
  ref.name = name;
  ref.owner = owner;
  if (roleTokens.length) ref.role = source.slice(roleTokens[0]!.start, roleEnd(source, roleTokens[roleTokens.length - 1]!)).replace(/['\u2019]s$/, '');
  ref.definite = theArticle;
  return ref;
}

/**
 * "Ann Roe of Harbour Freight", "Tom Varga of Customs": where "of" stands after a person's name (a
 * given name, or any name after a title, and one or two more capitalised words) with a capitalised
 * body after it, its index in `words`, else -1. (A body's own "of" follows no given name: "Bank of America", "Duke of York".)
 */
function personBeforeOf(words: readonly string[], titled: boolean): number {
  const of = words.indexOf('of');
  if (of < 2 || of > 3 || of === words.length - 1 || (!titled && genderOfGivenName(words[0]!) === null)) return -1;
  const name = words.slice(0, of);
  const body = words.slice(of + 1);
  if (!name.every((w) => /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(w) && !ORG_WORDS.has(w.toLowerCase()))) return -1;
  if (!/^\p{Lu}/u.test(body[0]!) || !body.every((w) => /^\p{Lu}/u.test(w) || NAME_LINKS.has(w.toLowerCase()))) return -1;
  // ("Ann Roe of Ohio and Tom Lund of Iowa": a second person joined after the body is no part of it.)
  if (body.some((w, k) => k > 0 && /^(?:and|&)$/.test(body[k - 1]!) && genderOfGivenName(w) !== null)) return -1;
  return of;
}

// Past forms without "-ed" that open a predicate after a subject: "Reyes went after Paul Lund".
const PREDICATE_PAST_FORMS = /^(?:went|gave|held|took|met|told|beat|left|sent|won|lost|brought|thanked|hit|put|made|struck|sought|drew)$/;

/**
 * "Tom Reyes went after Paul Lund", "Swanson praised evangelist Ed Holm": a name, then a past form,
 * before the name the phrase ends with. The words before that name are a clause, its subject and
 * verb, not a description ("Sanders campaign manager Jeff Weaver"), so the last name is an object
 * and no speaker. (A capitalised word the article also writes in lower case is a description's
 * opening: "Former embattled spokesman …".)
 */
function verbAfterName(source: string, prefix: readonly Token[]): boolean {
  return prefix.some((t, k) => k > 0 && (PREDICATE_PAST_FORMS.test(t.text) || /^\p{Ll}{3,}ed$/u.test(t.text))
    && isCap(prefix[k - 1]!) && !FUNCTION_CAPS.has(lower(prefix[k - 1]!))
    && !readsInLowerCase(source, prefix[k - 1]!.start, prefix[k - 1]!.end) && !onlyOpensSentences(source, prefix[k - 1]!.start, prefix[k - 1]!.end));
}

/** Prepositions of time and company that end a phrase before a title ("days before", "alongside her"). */
const ROLE_OPENING_TIME = /^(?:before|after|during|alongside)$/i;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my|your)$/i;

/** A short capitalised title: "Sen", "Gov", "Lt" (of "Sen.", "Gov.", "Lt."). */
const SHORT_TITLE = /^\p{Lu}\p{Ll}{0,3}$/u;
/**
 * Where a role ends: a title's abbreviation keeps its full stop, which the token lost as
 * punctuation ("Delaware Sen." of "Delaware Sen. Chris Coons", not "Delaware Sen").
 */
function roleEnd(source: string, last: Token): number {
  return source[last.end] === '.' && SHORT_TITLE.test(last.text) && NAME_TITLES.has(lower(last)) ? last.end + 1 : last.end;
}

/** Letters with full stops between them: "U.N", "D.C" (their last full stop read as punctuation). */
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** A capitalised past form ("Chastened", "Disillusioned"), not a given name ("Mohammed"). */
const PAST_FORM = /^\p{Lu}\p{Ll}{3,}ed$/u;

/** "Chastened by …," "Courted, …": a past participle that opens its sentence, followed by a preposition or a comma. */
function isOpeningParticiple(source: string, token: Token): boolean {
  return PAST_FORM.test(token.text) && genderOfGivenName(token.text) === null && opensSentence(source, token.start)
    && /^(?:,|\s+(?:by|with|over|at|about|after|from|in|into|for|to)\s)/.test(source.slice(token.end, token.end + 8));
}

/** Words that make the words before a name a clause, not its description. */
const CLAUSE_WORDS = /^(?:is|was|are|were|be|been|has|have|had|will|would|not|that|which|when|if)$/i;
/** "Meadows recently founded …": a past form or an adverb in the words before a name makes them a clause. */
const VERB_OR_ADVERB = /^\p{Ll}+(?:ed|ly)$/u;
/** "a benediction by Rabbi …": a preposition no title holds ("Secretary of …", "Minister for …" do). */
const NOT_IN_TITLE = /^(?:by|from|with|in|on|after|before|during|about)$/;

/**
 * "New York City Mayor Bill de Blasio", "Department of Correction spokesman Jason Kersten": the
 * person named after a description that ends in a title; the description is the role.
 */
function titledPerson(source: string, tokens: Token[], last: number): SpeakerRef | null {
  const start = titledNameStart(tokens.map((t) => t.text), last, (i) => source.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(','));
  if (start < 0) return null;
  const role = tokens.slice(0, start).filter((t) => !DETERMINERS.test(t.text) && !HONORIFICS.test(t.text));
  // "In Washington Mayor …" is an adverbial; "… said Mayor …" a clause.
  if (!role.length || PREPOSITIONS.has(lower(role[0]!)) || FUNCTION_CAPS.has(lower(role[0]!)) || role.some((t) => CLAUSE_WORDS.test(t.text) || FINITE_REPORTING.has(t.text) || VERB_OR_ADVERB.test(t.text) || NOT_IN_TITLE.test(t.text))) return null;
  // ("A spokesman for Mayor Ola Vik": the titled name is whom the spokesman speaks for, title-object.ts.)
  if (isTitledObjectOfRole(role.map((t) => t.text))) return null;
  const ref = emptyRef('name', source.slice(tokens[0]!.start, tokens[last]!.end), tokens[0]!.start, tokens[last]!.end, 'person');
  ref.name = source.slice(tokens[start]!.start, tokens[last]!.end);
  ref.role = source.slice(role[0]!.start, roleEnd(source, role[role.length - 1]!)).replace(/[,;:]+$/, '');
  return ref;
}

/**
 * "Rival Hillary Clinton", "Billionaire Mark Cuban": words the article also writes in lower case
 * describe the person's name after them, when a name of two words or more follows that has none such
 * ("Supporters of X" is a description, read elsewhere).
 */
function pastDescribingWords(source: string, tokens: Token[], from: number, last: number): number {
  const ordinary = (t: Token) => readsInLowerCase(source, t.start, t.end);
  let k = from;
  while (k < last && ordinary(tokens[k]!)) k++;
  // (A person's name, by a common given name: "Ferry Workers United" stays one name.)
  if (k === from || last - k < 1 || genderOfGivenName(tokens[k]!.text) === null) return from;
  for (let j = k; j <= last; j++) if (!isCap(tokens[j]!) || ordinary(tokens[j]!)) return from;
  return k;
}

/**
 * "Secretary of State John F. Kerry", "Secretary of Homeland Security Jeh Tarrow": the office after a
 * title's "of" (its words from `office` to `last`) belongs to the role; the name is the surname, its
 * initials and one given name before them, as long as the office keeps a word ("Secretary of State
 * Kerry" is Kerry). The index of the name's first word.
 */
export function nameAfterOffice(words: readonly string[], office: number, last: number): number {
  let start = last;
  while (start - 1 > office && /^\p{Lu}\.?$/u.test(words[start - 1]!)) start--;
  return start - 1 > office ? start - 1 : start;
}

/**
 * Bodies named in the plural ("the two ministries said", "several banks warned"); only nouns that are
 * seldom a verb's third person ("the dispute centers on …", "the report states …" are no bodies).
 */
const ORG_PLURALS = /^(?:ministries|agencies|companies|embassies|universities|charities|parties|firms|banks|governments|departments|committees|councils|commissions|groups|organi[sz]ations|unions|regulators|lenders|insurers|airlines|manufacturers|carmakers|automakers|retailers|broadcasters|newspapers|outlets|hospitals|foundations|federations|coalitions|alliances|campaigns|administrations|bureaus|courts|utilities|networks|legislatures|parliaments|militaries|armies|watchdogs)$/;

/** Adverbs and modals no noun phrase holds before its head (not "early", "only", "even": "early voters", "even some allies"). */
const CLAUSE_ADVERB = /^(?:already|also|still|just|never|always|often|soon|then|can|could|should|may|might|must|shall|\p{Ll}{3,}(?:ally|ously|ively|fully|lessly|ently|antly|edly|ingly))$/u;

/**
 * Quantifiers that take a part of a group with "of" ("Some of the women", "Each of the candidates").
 * ("None of the scholars thought a deal was likely", "Neither of them backed the plan": the group's
 * people hold the view they deny, as a reader of the sentence takes it.)
 */
const PARTITIVE = /^(?:some|many|most|several|few|all|both|each|either|none|neither|one|two|three|four|five|half)$/i;
const GROUP_PRONOUNS = /^(?:them|us|those)$/i;
/** Determiners of a plural only: the noun after them is plural, so a word after that noun is a verb. */
const PLURAL_DETERMINERS = /^(?:both|several|many|some|most|all|these|those|two|three|four|five|few|multiple|numerous|other)$/i;
const DISTRIBUTIVE = /^(?:each|every|either)$/i;

/** The last word before the first preposition or reduced relative from `from` on (else the last word): a phrase's head. */
function lastBeforeModifier(tokens: Token[], words: readonly string[], from: number): number {
  for (let j = from; j < tokens.length; j++) if (PREPOSITIONS.has(lower(tokens[j]!)) || opensReducedRelative(words, j)) return j - 1;
  return tokens.length - 1;
}

/** A description: "the intelligence agency", "a US expert", "officials", "a report by X". */
/**
 * Where the last of two coordinated noun phrases starts among a head's modifiers: after "and"/"or"
 * that follows a plural ("private firms and ordinary traders") or a person's noun ("the Vermont
 * senator and presidential candidate": one person with two titles), else 0. (Not after an
 * adjective: "black and white" describes one head.)
 */
const CONJUNCT_PREPOSITION = /^(?:into|over|under|through|across|against|toward|towards|among|between|after|before)$/i;
function lastConjunctStart(modifiers: string[]): number {
  for (let k = modifiers.length - 1; k > 1; k--) {
    if (!/^(?:and|or)$/.test(modifiers[k]!) || !(BARE_PLURAL.test(modifiers[k - 1]!) || PERSON_NOUNS.has(modifiers[k - 1]!.toLowerCase()))) continue;
    // (The first part is held to the same limit, and a preposition in it makes it a clause: "the poll
    // takes into account both Democrats and …".)
    return k > 6 || modifiers.slice(0, k).some((m) => PREPOSITIONS.has(m.toLowerCase()) || CONJUNCT_PREPOSITION.test(m)) ? 0 : k + 1;
  }
  return 0;
}

function readDescription(source: string, tokens: Token[], span: (a: Token, b: Token) => string): SpeakerRef | null {
  // "Some of the women", "Each of the candidates": a part of a group speaks; the group is the head,
  // and no one person is meant ("Many of them" stands for people as "Many" does).
  const partitive = tokens.length > 2 && PARTITIVE.test(tokens[0]!.text) && lower(tokens[1]!) === 'of';
  if (partitive && tokens.length === 3 && GROUP_PRONOUNS.test(tokens[2]!.text)) {
    return { ...emptyRef('nominal', span(tokens[0]!, tokens[2]!), tokens[0]!.start, tokens[2]!.end, 'anonymous'), head: lower(tokens[0]!) };
  }
  // "Each side", "Every candidate": one of a group, whichever it is.
  let i = partitive ? 2 : tokens.length > 1 && DISTRIBUTIVE.test(tokens[0]!.text) ? 1 : 0;
  let definite = false;
  while (i < tokens.length && DETERMINERS.test(tokens[i]!.text)) {
    if (DEFINITE.test(tokens[i]!.text) && !partitive) definite = true;
    i++;
  }
  if (i >= tokens.length) return null;
  // The head is the last word before the first preposition (or the last word).
  const words = tokens.map((t) => t.text);
  let headAt = lastBeforeModifier(tokens, words, i + 1);
  // ("Acme Bank of Canada's chief economist": the "of" belongs to the owner's name; the role after
  // its possessive is the head, owner-name-possessive.ts.)
  const ownerPossessive = possessiveOfNamedOwner(words, i, (w) => PREPOSITIONS.has(w), (w) => PERSON_NOUNS.has(w));
  if (ownerPossessive > 0) {
    i = ownerPossessive;
    headAt = tokens.length - 1;
  }
  // "a wide array of economists", "a group of senators": the people after "of" are the head.
  let modifiersEnd = -1;
  if (QUANTITY_NOUNS.test(tokens[headAt]!.text) && lower(tokens[headAt + 1] ?? tokens[headAt]!) === 'of' && headAt + 2 < tokens.length) {
    let next = tokens.length - 1;
    for (let j = headAt + 3; j < tokens.length; j++) if (PREPOSITIONS.has(lower(tokens[j]!))) { next = j - 1; break; }
    // (Only people or bodies: "an array of instruments" stays an array.)
    const people = lower(tokens[next]!);
    if (PERSON_NOUNS.has(people) || ORG_NOUNS.has(people)) headAt = next;
  } else if (CONTAINER_NOUNS.test(tokens[headAt]!.text) && lower(tokens[headAt + 1] ?? tokens[headAt]!) === 'of' && headAt + 2 < tokens.length) {
    // "a copy of the memo", "a new batch of emails": the document in the container is the head.
    const next = lastBeforeModifier(tokens, words, headAt + 3);
    if (DOCUMENT_NOUNS.has(lower(tokens[next]!))) { modifiersEnd = headAt; headAt = next; }
  }
  const head = lower(tokens[headAt]!).replace(/['\u2019]s?$/, '');
  // (The container's words describe it, not the document: "a redacted copy of the memo".)
  const modifiers = tokens.slice(i, modifiersEnd >= 0 ? modifiersEnd : headAt).map((t) => t.text);
  // ("private Chinese firms and ordinary Chinese traders": with two heads joined, the limit is the last one's.)
  if (modifiers.length - lastConjunctStart(modifiers) > 5) return null;
  if (modifiers.some((m) => /^(?:is|was|are|were|be|has|have|had|will|would|that|which|not)$/i.test(m))) return null;
  // ("The measure comes after health officials": a preposition before the head ends a clause, it
  // modifies no noun; the phrase after it is the description, read from there by the callers.)
  if (modifiers.some((m) => HEAD_PREPOSITION.test(m))) return null;
  // ("Bonds rose as investors", "Stocks fell while traders": a subordinator ends the clause before
  // it, whose subject is the words after it; "as many as 40 voters" is a number, not a clause.)
  if (modifiers.some((m, k) => HEAD_SUBORDINATOR.test(m) && !(/^as$/i.test(m) && AS_AMOUNT.test(modifiers[k + 1] ?? '')) && !(/^as$/i.test(m) && /^as$/i.test(modifiers[k - 2] ?? '')))) return null;
  // "Hasib already hung signs", "users can set orders": an adverb or a modal makes the words a clause,
  // whose subject a name before it may be ("Cruz also lacks …" is Cruz's).
  const adverbAt = modifiers.findIndex((m) => CLAUSE_ADVERB.test(m));
  if (adverbAt >= 0) {
    const before = tokens.slice(0, i + adverbAt);
    return before.length && before.every((t) => /^\p{Lu}[\p{L}.-]*$/u.test(t.text)) ? readName(source, before, span) : null;
  }
  // ("that she learned her mother had …": a subject pronoun and its verb make a clause; the
  // subject of the clause it reports is what follows the verb, when that is a person by a
  // possessive, "her mother", "his two sons"; anything else after the verb is its object.)
  const pronounAt = modifiers.findIndex((m) => SUBJECT_PRONOUN.test(m));
  if (pronounAt >= 0) {
    const rest = tokens.slice(i + pronounAt + 2);
    const kin = rest.length >= 2 && rest.length <= 3 && POSSESSIVE_DETERMINER.test(rest[0]!.text) ? readDescription(source, rest, span) : null;
    return kin && (kin.kind === 'person' || kin.kind === 'anonymous') ? kin : null;
  }
  // "Strada accused the Saudi government …": an article after the phrase's start opens a verb's object.
  if (modifiers.some((m, k) => k > 0 && /^(?:the|a|an)$/i.test(m))) return null;
  // ("The Vermont senator emailed supporters", "The study tested three labels": the noun's own phrase.)
  const verbAt = verbAfterSourceNoun(modifiers, head);
  // ("A bill faced dim odds of passing after the governor": a subordinate clause after the verb is the cue's, subordinate-after-clause.ts.)
  if (verbAt > 0 && subordinateAfterVerb(tokens.slice(i + verbAt + 1).map((t) => t.text))) return null;
  if (verbAt > 0) return readDescription(source, tokens.slice(0, i + verbAt), span);
  let kind: SourceKind;
  // ("One of the first polls" is read as a document elsewhere, with its owner.)
  if (partitive && DOCUMENT_NOUNS.has(head)) return null;
  if (DOCUMENT_NOUNS.has(head)) kind = 'document';
  else if (ORG_NOUNS.has(head) || ORG_PLURALS.test(head)) kind = 'organization';
  else if (PERSON_NOUNS.has(head) || AGE_NOUN.test(head)) kind = definite ? 'person' : 'anonymous';
  // Any short description with a determiner ("the announcer"): the caller decides whether its cue allows it.
  else if (i > 0 && headAt === tokens.length - 1 && tokens.length <= 5 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[headAt]!.text)) {
    // "Both candidates face …", "Several aides warn …": after a plural the last word is their verb; the plural is the head.
    if (headAt > i && BARE_PLURAL.test(tokens[headAt - 1]!.text) && PLURAL_DETERMINERS.test(tokens[i - 1]!.text)) return readDescription(source, tokens.slice(0, headAt), span);
    kind = 'other';
  }
  // A plural without a determiner names a group as well: "Protest groups", "Mrs. Clinton's confidants".
  // (Not a lone lower-case word, "attacks", nor a phrase with an article or preposition before its
  // head, "Among islanders", "behind the Oct. 7 attacks".)
  // (A collective noun of people counts as such a plural: "Committee staff", collective-people.ts.)
  else if (tokens.length <= 8 && headAt <= 4 && (BARE_PLURAL.test(tokens[headAt]!.text) || isCollectivePeopleNoun(tokens[headAt]!.text, tokens[headAt - 1]?.text))
    && (CAPITALISED.test(tokens[0]!.text) || headAt === 1) && /^\p{L}/u.test(tokens[0]!.text)
    && !tokens.slice(0, headAt).some((t) => NOT_MODIFIER.test(t.text))) kind = 'other';
  else return null;
  const titled = personAfterOffice(source, tokens, i, headAt, head, span);
  if (titled) return titled;
  const ref = emptyRef('nominal', span(tokens[0]!, tokens[tokens.length - 1]!), tokens[0]!.start, tokens[tokens.length - 1]!.end, kind);
  ref.head = head;
  ref.modifiers = modifiers;
  ref.definite = definite;
  if (headAt < tokens.length - 1) {
    const rest = tokens.slice(headAt + 1);
    const object = rest.slice(1);
    // "a spokesman for the Pentagon": the affiliation; "a report by the agency": the owner.
    if (kind === 'document') {
      const owner = documentOwner(source, rest);
      // The author speaks through the document: keep the document noun as the phrase's head.
      if (owner) return { ...owner, head };
    }
    // ("council papers released on Tuesday": a day dates the papers; they are named without it.)
    if (isDatedModifier(source.slice(rest[0]!.start, rest[rest.length - 1]!.end))) ref.text = span(tokens[0]!, tokens[headAt]!);
    // ("The Greens' letter to Tom Reed said": whom a document went to is no part of its name, document-recipient.ts.)
    else if (kind === 'document' && namesRecipient(source.slice(rest[0]!.start, rest[rest.length - 1]!.end))) ref.text = span(tokens[0]!, tokens[headAt]!);
    else if (kind !== 'document' && object.length && /^(?:for|of|at|with|from|in)$/.test(lower(rest[0]!)) && object.some(isCap) && !/familiar|close/.test(lower(rest[0]!))) {
      // "director of the X Department at the Y Center": the institution is the last one named.
      const phrase = span(object[0]!, object[object.length - 1]!);
      const at = /\s(?:at|with)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(phrase);
      ref.affiliation = (at ? at[1]! : phrase).replace(/^the\s+/i, '');
    }
  }
  // A capitalised description ("Ruritanian intelligence") names its owner: keep it as an organisation.
  if (kind === 'anonymous' && !definite && modifiers.some((m) => /^\p{Lu}/u.test(m))) ref.kind = 'anonymous';
  return ref;
}

/**
 * "Acting U.S. Attorney for the District of Lund Ada Roe", "minister of mines and energy Tom Roe":
 * an office whose "of"/"for"/"at" phrase ends in a person's name (a known given name and a
 * capitalised surname) names that person; the office is the role, and a capitalised body in
 * the phrase is the affiliation.
 */
function personAfterOffice(source: string, tokens: Token[], from: number, headAt: number, head: string, span: (a: Token, b: Token) => string): SpeakerRef | null {
  const n = tokens.length;
  if (!PERSON_NOUNS.has(head) || /s$/.test(head) || n - headAt < 4 || !/^(?:of|for|at)$/.test(lower(tokens[headAt + 1]!))) return null;
  const given = tokens[n - 2]!;
  const surname = tokens[n - 1]!;
  if (genderOfGivenName(given.text) === null || !/^\p{Lu}\p{Ll}/u.test(surname.text) || ORG_WORDS.has(lower(surname))) return null;
  // (Not after a comma, nor after an abbreviation that the "name" continues: "resident of St. Lawrence Island".)
  if (/[,.]/.test(source.slice(tokens[n - 3]!.end, given.start)) || PLACE_NOUNS.test(surname.text)) return null;
  const body = tokens.slice(headAt + 2, n - 2);
  if (!body.length || body.some((t) => PREPOSITIONS.has(lower(t)) && !/^(?:of|for)$/.test(lower(t)) || CLAUSE_WORDS.test(t.text))) return null;
  // ("a spokesman for Sen. Tom Roe", "a lawyer for the family of Ada Roe": a title or a link before
  // the name makes the person the object of the office, not its holder.)
  const before = lower(body[body.length - 1]!);
  if (NAME_TITLES.has(before) || PERSON_NOUNS.has(before) || NAME_LINKS.has(before) || HONORIFICS.test(body[body.length - 1]!.text)) return null;
  const ref = emptyRef('name', span(tokens[0]!, surname), tokens[0]!.start, surname.end, 'person');
  ref.name = span(given, surname);
  ref.role = source.slice(tokens[from]!.start, roleEnd(source, tokens[n - 3]!));
  const named = body.filter((t) => lower(t) !== 'the');
  if (named.length && named.every((t) => isCap(t) || NAME_LINKS.has(lower(t)))) ref.affiliation = source.slice(named[0]!.start, named[named.length - 1]!.end);
  return ref;
}

/** Words that end a place's name, not a person's: "Lawrence Island", "Gordon River". */
const PLACE_NOUNS = /^(?:Island|Islands|River|Lake|Street|County|Bay|Valley|Mountain|Mountains|Park|Square|Avenue|Road|Hill|Hills|Beach|Falls|Springs|Creek|Harbor|Harbour|Point|Heights)$/;
