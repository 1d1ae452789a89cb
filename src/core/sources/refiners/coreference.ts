// Resolves each speaker phrase to an entity: a name to the person or organisation already met
// (surname → full name, acronym → full name), "he"/"she" to the most recent fitting person,
// "they"/"it" to the most recent organisation, "the agency" to the organisation it describes,
// "a source"/"officials" to one anonymous source per kind of description.

import { escapeRegExp } from '../../text/escape-regexp';
import { ORG_NOUNS, ORG_WORDS } from '../lexicon';
import type { Attribution, Entity, SpeakerRef } from '../model';
import { parentEpithetPronoun } from '../parent-epithet';
import { genderOfAnyGivenName, genderOfGivenName, genderOfWord, gendersOf, namesAgree, type Gender } from '../gender';
import { gendersByPronoun } from '../pronoun-gender';
import { blockAtOrAfter, sentenceOf, type Scan } from '../scan';
import { isAgeNoun, isOfficeNoun } from '../speaker-phrase';
import { acronymOf, isAcronym, mostWords, normName, sameKey, stemOfHead as stem } from './names';
import { NameIndex, SEVERAL_WORDS } from './name-index';
import { lastMentionBefore, type Mention } from './person-mentions';
import { personEvidence, type PersonEvidence } from './person-evidence';
import { reportedWithin } from './reported-speakers';
import { reportingAttributions } from './reporter-pronoun';
import { namesAGroup, pluralHeads } from './plural-names';
import { askerNamedAt, isQuestionPut } from './question-asker';
import { lookupTable } from '../../text/lookup-table';
import { findInterviewTurns, speaksForInterviewee } from '../interview-turns';
import { isNarratorPronoun } from './narrator-pronoun';
import { isRoleHead, titledEarlier } from './titled-earlier';
import { headsBody, namesBody } from './body-head';
import { firstFullNames } from './first-full-names';
import { fullNameOfGiven } from './given-name-full';
import { NAME_WORD_START } from '../name-word';
import { companyNamedBefore } from '../company-antecedent';
import { leadsFiniteVerb } from './finite-subject';
import { groupNamedBefore, type GroupName } from './group-antecedent';
import { pairedPeopleBefore, pluralPeopleBefore, type NamedPair, type PluralPeople } from './plural-antecedent';
import { frontedClausePlural } from './fronted-clause-plural';
import { fitsPlural, leadsGroupBefore, pairHolds } from './plural-agreement';
import { isFrontedSubordinate } from './fronted-subordinate';
import { isMentionedOnly, pronounBefore } from './mentioned-only';
import { coupleBefore, isCoupleWord } from './couple-antecedent';
import { ownedBodyBefore } from './owned-body-antecedent';
import { introducesOne, isOneDescribedPerson } from './described-person';
import { introducedPersons } from './introduced-persons';
import { titledSingleNames } from './titled-single-names';
import { marksOtherGender } from './mention-gender';
import { introducedBeforeQuote } from './introduced-before-quote';
import { nameBeforeApposition } from './apposed-name';
import { isCleftFocus } from './cleft-focus';
import { descriptionSubjectBefore } from './description-subject';
import { inCaptionAside } from './caption-aside';
import { ownsThingSubject } from './owned-subject';
import { holdsOtherOffice } from './other-office';
import { isGenderUnmarked, isMarkedAs } from './marked-gender';
import { mostSalientTitled } from './salient-titled';
import { kinBySurname } from './kin-surname';
import { roleHolderNearby } from './role-holder-nearby';

const ORG_COMPATIBLE = lookupTable<RegExp>({
  agency: /\b(?:agency|service|administration|bureau|office|department|commission|authority|intelligence)\b/i,
  ministry: /\bministry\b/i,
  department: /\b(?:department|ministry|office)\b/i,
  company: /\b(?:inc|corp|corporation|company|co|group|ltd|llc|plc|holdings|technologies|motors|airlines)\b/i,
  firm: /\b(?:inc|corp|corporation|company|co|group|ltd|llc|plc|partners|associates)\b/i,
  campaign: /\bcampaign\b/i,
  government: /\b(?:government|administration|ministry|cabinet|kremlin|white house)\b/i,
  administration: /\b(?:administration|white house)\b/i,
  military: /\b(?:army|navy|forces|military|command|pentagon|ministry of defen[cs]e)\b/i,
  group: /\b(?:group|organization|organisation|association|coalition|alliance|network)\b/i,
  court: /\bcourt\b/i,
  committee: /\bcommittee\b/i,
  police: /\bpolice\b/i,
  university: /\buniversity|college|institute\b/i,
});

interface State {
  entities: Entity[];
  /** The names of `entities`, for `findByName`. */
  names: NameIndex;
  lastUse: number[];
  /** Like `lastUse`, without the speakers of clauses inside another statement ("Kang repeated that China opposed …"). */
  mainUse: number[];
  /** Where each entity's quotations continued over later paragraphs begin (refiners/continuation.ts). */
  continued: { start: number; block: number }[][];
  byRef: Map<SpeakerRef, number>;
  mentions: readonly Mention[];
  scan: Scan;
  /** Names of persons by their phrase that the article treats as bodies (settled-kinds.ts): organisations from the start. */
  bodies: ReadonlySet<string>;
  /** Where the askers of quoted questions are named (question-asker.ts): no subject for a later pronoun. */
  askers?: (pos: number) => boolean;
  /** Entities a speaker phrase brought in as someone new without a name, "a spokesperson for …" (described-person.ts). */
  unnamedOnes: WeakSet<Entity>;
  /** Where the contents of the attributions start, in order, and the furthest end up to each: a name in one is the speaker's matter, no subject of the text. */
  contents?: { starts: number[]; reach: number[] };
}

/** Extractors whose speaker only put a question: not the subject the next pronoun goes back to. */
const ASKED_ONLY = new Set(['sources/asked-by']);

export function resolveSpeakers(scan: Scan, attributions: Attribution[], mentions: readonly Mention[], bodies: ReadonlySet<string> = new Set()): Entity[] {
  const entities: Entity[] = [];
  const state: State = { entities, names: NameIndex.over(entities, (name) => keyOf(entities, name)), lastUse: [], mainUse: [], continued: [], byRef: new Map(), mentions, scan, bodies, unnamedOnes: new WeakSet() };
  const nested = reportedWithin(attributions, scan.masked);
  state.askers = askerNamedAt(attributions);
  state.contents = contentSpans(attributions);
  const reporters = reportingAttributions(attributions, scan.masked);
  const ordered = [...attributions].sort((a, b) => (a.speaker?.start ?? a.cueStart) - (b.speaker?.start ?? b.cueStart));
  const interview = scan.attitudes ? findInterviewTurns(scan.text, scan.blocks) : null;
  // The interviewee: the first person the headline or the introduction names.
  let intervieweeEntity: number | undefined;
  const interviewee = (): number => {
    if (intervieweeEntity === undefined) {
      // (A full name: the "Q" of "Q&A" is no one.)
      const m = mentions.find((mention) => mention.person && mention.block < interview!.firstTurn && /\S\s+\S/.test(mention.name));
      intervieweeEntity = m ? entityForMention(state, m, m.block) : -1;
    }
    return intervieweeEntity;
  };
  const turns = attributions.filter((a) => a.extractor === SPEAKER_LABEL && a.direct && a.speaker);
  // Two cues may read one phrase ("The agency issued a statement, saying …"): one entity for it.
  const bySpan = new Map<string, number>();
  for (const a of ordered) {
    if (!a.speaker) continue;
    const span = `${a.speaker.start}:${a.speaker.end}`;
    const known = state.byRef.get(a.speaker) ?? bySpan.get(span);
    // ("A: I think …" in a printed interview: the one interviewed, whoever was named last; "Malone:
    // … I think …" in a transcript's turn: the one the turn is labelled with.)
    const answered = a.speaker.form !== 'pronoun' ? -1
      : interview && speaksForInterviewee(interview, a.block, a.speaker.head) ? interviewee()
      : turnSpeaker(state, turns, a.speaker);
    let entity = known ?? (answered >= 0 ? answered : undefined) ?? reporterOf(state, a, reporters.get(a)) ?? resolve(state, a.speaker, a.block);
    // The looser reading keeps a pronoun it cannot resolve by the rules: the person named last
    // before it is the best guess ("I", "we" in a quoted speaker's account, "they" for a group).
    // (Not the writer's own "I" or "we" outside quotations, narrator-pronoun.ts: the page's author is no source.)
    if ((entity === undefined || entity < 0) && scan.attitudes && a.speaker.form === 'pronoun' && !(answered < 0 && isNarratorPronoun(scan, a.speaker, a.block))) entity = nearestNamed(state, a.speaker.start, a.block, a.speaker.head);
    // (Not for "they" when that guess is one person: no speaker rather than the wrong one, refiners/plural-agreement.ts.)
    const guess = entity !== undefined && entity >= 0 ? state.entities[entity]! : null;
    if (guess && a.speaker.form === 'pronoun' && a.speaker.head === 'they' && known === undefined
      && !fitsPlural(guess, isPluralHead) && !leadsGroupBefore(scan.masked, a.speaker.start, guess)) {
      // (Further back than the guess looks: only a pair that holds the person it guessed.)
      entity = mostRecent(state, a.speaker.start, a.block - 6, (e) => e.kind === 'person' && pairHolds(e, guess));
    }
    if (entity === undefined || entity < 0) continue;
    state.byRef.set(a.speaker, entity);
    bySpan.set(span, entity);
    a.entity = entity;
    if (a.speaker.form === 'nominal' && introducesOne(a.speaker.text)) state.unnamedOnes.add(state.entities[entity]!);
    state.lastUse[entity] = Math.max(state.lastUse[entity] ?? -1, a.speaker.start);
    // (The one who asked a question, "Asked by a reporter whether …, Holm said", is no antecedent
    // for the "he" or "she" after it: the one asked answers and goes on.)
    // (Nor is one who asked a question in quotation marks, refiners/question-asker.ts.)
    if (!nested.has(a) && !ASKED_ONLY.has(a.extractor) && !isQuestionPut(a)) state.mainUse[entity] = Math.max(state.mainUse[entity] ?? -1, a.speaker.start);
    // (A quotation continued over paragraphs keeps its speaker in view where it goes on: "She added …"
    // after four paragraphs of it is hers, however far back "She said:" stood.)
    if (a.extractor === CONTINUATION && a.direct) (state.continued[entity] ??= []).push({ start: a.start, block: a.block });
  }
  return state.entities;
}

const SPEAKER_LABEL = 'sources/speaker-label';
const CONTINUATION = 'sources/continuation';

/** The entity of the labelled turn ("Malone: …") that holds a first-person singular pronoun, else -1. */
function turnSpeaker(state: State, turns: readonly Attribution[], ref: SpeakerRef): number {
  if (!/^(?:i|me|my|myself)$/i.test(ref.head ?? ref.text)) return -1;
  const turn = turns.find((t) => t.start <= ref.start && ref.start < t.end);
  const entity = turn?.speaker ? state.byRef.get(turn.speaker) : undefined;
  return entity ?? -1;
}

/** "Most residents said they think …": the speaker of the reporting clause, when the pronoun fits it. */
function reporterOf(state: State, a: Attribution, reporter: Attribution | undefined): number | undefined {
  if (reporter?.entity === undefined || !a.speaker) return undefined;
  const e = state.entities[reporter.entity]!;
  if (e.mergedInto !== undefined) return undefined;
  const head = (a.speaker.head ?? a.speaker.text).toLowerCase();
  if (head === 'they') {
    const group = e.kind !== 'person' || e.names.some((n) => /\s(?:and|&)\s/.test(n)) || (!e.names.length && e.heads.some(isPluralHead));
    return group ? reporter.entity : undefined;
  }
  return e.kind === 'person' && agrees(state, e, head) ? reporter.entity : undefined;
}

function resolve(state: State, ref: SpeakerRef, block: number): number {
  if (ref.form === 'name') return resolveName(state, ref, block);
  if (ref.form === 'pronoun') return resolvePronoun(state, ref, block);
  return resolveDescription(state, ref, block);
}

/** Normalised names, computed once per string (names repeat across an article). */
const keyCache = new WeakMap<readonly Entity[], Map<string, string>>();

function keyOf(entities: readonly Entity[], name: string): string {
  let cache = keyCache.get(entities);
  if (!cache) keyCache.set(entities, (cache = new Map()));
  let key = cache.get(name);
  if (key === undefined) cache.set(name, (key = normName(name)));
  return key;
}

/**
 * The entity that bears `name` (the same name, its surname or fuller form, its acronym), or -1.
 * `index` holds the names of `entities`, so that only the entities it gives are compared.
 */
export function findByName(entities: readonly Entity[], index: NameIndex, name: string, kind?: string, firstFullName?: (surname: string) => string | undefined): number {
  const key = keyOf(entities, name);
  const live = index.candidates(name).filter((i) => !entities[i]!.mergedInto);
  const first = (ok: (e: Entity) => boolean) => live.find((i) => ok(entities[i]!)) ?? -1;
  let found = first((e) => e.names.some((n) => keyOf(entities, n) === key));
  if (found >= 0) return found;
  // (A surname is one person, not the pair "Xi and Mr. Obama" that ends with it.)
  const pair = (n: string) => /\s(?:and|&)\s/.test(n);
  found = first((e) => (e.kind === 'person' || kind === 'person') && e.names.some((n) => pair(n) === pair(name) && sameKey(keyOf(entities, n), key))
    && !(key.includes(' ') && !pair(name) && anotherPerson(entities, e, key, name, firstFullName)));
  if (found >= 0) return found;
  if (isAcronym(name)) {
    const upper = name.replace(/\./g, '');
    return first((e) => e.names.some((n) => n.includes(' ') && acronymOf(n) === upper));
  }
  if (SEVERAL_WORDS.test(name)) {
    const acronym = acronymOf(name);
    return first((e) => e.names.some((n) => n.length <= 8 && isAcronym(n) && acronym === n.replace(/\./g, '')));
  }
  return -1;
}

/**
 * A full name that is another person than the one `e` stands for, although they share the surname:
 * "Tom Ebeling" beside "Betsy Ebeling"; "Melania Trump" beside a "Trump" the article first names
 * "Donald Trump".
 */
function anotherPerson(entities: readonly Entity[], e: Entity, key: string, name: string, firstFullName?: (surname: string) => string | undefined): boolean {
  const full = e.names.filter((n) => keyOf(entities, n).includes(' ') && !/\s(?:and|&)\s/.test(n));
  if (full.length) return !full.some((n) => sameKey(keyOf(entities, n), key));
  const first = firstFullName?.(name.slice(name.lastIndexOf(' ') + 1));
  return first !== undefined && !sameKey(keyOf(entities, first), key);
}

function resolveName(state: State, ref: SpeakerRef, block: number): number {
  const name = ref.name!;
  const kind = ref.kind === 'person' && state.bodies.has(name) ? 'organization' : ref.kind;
  let index = findByName(state.entities, state.names, name, kind, (surname) => fullNames(state).get(surname));
  // ("Nadia Okafor is pipetting …", then "Nadia explains": the given name alone is the person named in full.)
  const full = index < 0 && kind === 'person' && !fullNames(state).has(name) ? fullNameOfGiven(state.mentions, name, ref.start) : null;
  if (full) {
    index = findByName(state.entities, state.names, full, kind);
    if (index < 0) index = addNamed(state, { kind, names: [full], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: block });
    // (Met as "Trump" before: the full name joins it, so the given name is never its only other name.)
    else if (!state.entities[index]!.names.includes(full)) { state.entities[index]!.names.push(full); state.names.add(index, full); }
  }
  if (index < 0) {
    index = state.entities.push({
      kind, names: [], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: block,
    }) - 1;
  }
  const entity = state.entities[index]!;
  if (!entity.names.includes(name)) {
    entity.names.push(name);
    state.names.add(index, name);
  }
  if (ref.owner) entity.descriptors.push(`${ref.owner}\u2019s ${name}`);
  if (ref.role && !entity.role) entity.role = ref.role;
  if (ref.affiliation && !entity.affiliation) entity.affiliation = ref.affiliation;
  if (entity.kind !== kind && kind === 'organization' && entity.names.length === 1) entity.kind = kind;
  return index;
}

/** "he"/"she": a speaker or subject in this paragraph, else a speaker or person in the two before. */
function resolvePronoun(state: State, ref: SpeakerRef, block: number): number {
  const pos = ref.start;
  const head = ref.head;
  if (head === 'i' || head === 'we') return -1;
  if (head === 'it' || head === 'they') {
    const want = head === 'it' ? /^(?:organization|document)$/ : /^(?:organization|anonymous)$/;
    // ("Xi and Mr. Obama sealed the deal. They said …": two people named together are a "they"; so are
    // people described in the plural, "The senator's allies say …. They …".)
    const found = mostRecent(state, pos, block - 2, (e) => want.test(e.kind) || (head === 'they' && e.kind === 'person' && isGroup(e)));
    // ("Liberals got mad because they …": a group named in the pronoun's sentence or the one before
    // is nearer than a body quoted earlier, refiners/group-antecedent.ts.)
    const group = head === 'they' ? groupNamedBefore(state.scan, pos, block, plurals(state), (w) => personWords(state).has(w), (from, to) => personNamedIn(state, from, to)) : null;
    // ("Campaign aides were upbeat as they …": a plural of people in lower case is one too, plural-antecedent.ts.)
    // (The bare pronoun only: "Roe and her colleagues" is already a group of its own.)
    const bare = head === 'they' && /^they$/i.test(ref.text.trim());
    // (Nor the group quoted last, named shorter: "Obama administration officials" are the "officials" after.)
    const same = (h: string) => found >= 0 && state.entities[found]!.heads.some((x) => stem(x) === stem(h));
    // ("While environmentalists welcomed it, they …": the subject of a fronted clause, fronted-clause-plural.ts.)
    const plural = bare ? pluralPeopleBefore(state.scan, pos, block) ?? frontedClausePlural(state.scan, pos, block) : null;
    // (Nor past a group quoted in this very paragraph: "Officials cautioned …. Citizens have signed up …, they said" is still the officials.)
    const quotedHere = found >= 0 && blockAtOrAfter(state.scan, state.lastUse[found]!) === block;
    const people = plural && !same(plural.head) && !quotedHere ? plural : null;
    // ("Ann Roe and Tom Lund met on Friday. They said …": two persons named together.)
    const pair = bare && !quotedHere ? pairedPeopleBefore(state.scan, pos, block, state.mentions) : null;
    if (pair && (found < 0 || state.lastUse[found]! < pair.first.start) && (!group || group.start < pair.first.start) && (!people || people.start < pair.first.start)) {
      const both = pairEntity(state, pair, block);
      if (both >= 0) return both;
    }
    if (people && (found < 0 || state.lastUse[found]! < people.start) && (!group || group.start < people.start)) return peopleEntity(state, people, block);
    if (group && (found < 0 || state.lastUse[found]! < group.start)) return groupEntity(state, group, block);
    return found;
  }
  if (head === 'who' || head === 'which') {
    const m = state.mentions[lastMentionBefore(state.mentions, pos)];
    if (m && m.block !== block) return -1;
    // "the Dorset Harbour Board, which has said …": the body named right before "which".
    // (A body by its words or an acronym: "Hong Kong, which lost out …" is a place.)
    if (m && !m.person && head === 'which' && /^[\s,]*$/.test(state.scan.masked.slice(m.end, pos))
      && (isAcronym(m.name) || m.name.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase())))) return organisationNamed(state, m.name, block);
    return m ? entityForMention(state, m, block) : -1;
  }
  const ahead = cataphora(state, ref, block);
  if (ahead >= 0) return ahead;
  // Persons: the latest of (a speaker in this paragraph, a person opening a sentence of this paragraph),
  // skipping one the article marks as the other gender ("Mrs. Clinton" is no "he").
  // (Or one person the article describes without a name, "a spokesperson for the council": described-person.ts.)
  const fits = (e: Entity) => (e.kind === 'person' || (state.unnamedOnes.has(e) && isOneDescribedPerson(e, isPluralHead))) && agrees(state, e, head);
  const speaker = mostRecent(state, pos, block, fits, state.mainUse);
  const speakerAt = speaker >= 0 ? state.mainUse[speaker]! : -1;
  // ("In late 2018, the same judge struck down …. In his ruling, he noted …": a described subject
  // after the speaker, description-subject.ts; names before it in the paragraph are passed over.)
  const described = describedSubject(state, pos, block, speakerAt, fits);
  const last = lastMentionBefore(state.mentions, pos);
  for (let i = last; i >= 0 && i > last - MAX_LOOKBACK; i--) {
    const m = state.mentions[i]!;
    if (m.start >= pos) continue;
    if (m.block < block) break;
    if (m.start <= speakerAt || (described && m.start < described.start)) break;
    // (Nor "Mrs. Lund" for a "he", whatever the surname's other bearers: mention-gender.ts.)
    if (!m.person || marksOtherGender(m, head) || !leadsClause(state, m) || state.askers?.(m.start)) continue;
    const e = entityForMention(state, m, block);
    if (e >= 0 && fits(state.entities[e]!)) return e;
    // ("his wife, Eva Holm, …. Holm had no training. He told …": the surname's other bearer, kin-surname.ts.)
    const kin = e >= 0 ? kinBySurname(state.scan.masked, state.mentions, m, e, (other) => entityForMention(state, other, block), (k) => fits(state.entities[k]!)) : -1;
    if (kin >= 0) return kin;
  }
  if (described) return described.entity;
  // (With no speaker in the paragraph, a person the sentence before the quotation introduces,
  // "… was 25-year-old Ana Roe. “…,” she said": introduced-before-quote.ts.)
  if (speaker < 0) {
    const introduced = introducedBeforeQuote(state.scan, state.mentions, pos, block);
    const e = introduced ? entityForMention(state, introduced, block) : -1;
    if (e >= 0 && fits(state.entities[e]!)) return e;
  }
  if (speaker >= 0) return speaker;
  const uses = continuedUses(state, pos, block);
  const earlier = mostRecent(state, pos, block - 3, fits, uses);
  // (With no speaker near, a person only mentioned, "asked about Reyes", "a memoir by Ed Lark", in a
  // paragraph before the pronoun's or after a "he" of its own, is passed over for one named before,
  // and taken only when there is none: refiners/mentioned-only.ts.)
  let mentionedOnly = -1;
  // (Unless the article marks that speaker with no gender and a person in this paragraph with the
  // pronoun's, the nearest such: refiners/marked-gender.ts.)
  // (Not past a person described as a sentence's subject since, "The radio talker has filled his
  // speeches for Cruz …. He has declared …": the description is likelier the speaker again.)
  const redescribed = descriptionSubjectBefore(state.scan, pos, block);
  const gendered = (head === 'he' || head === 'she') && earlier >= 0 && state.entities[earlier]!.names.length > 0
    && !(redescribed && redescribed.start > state.mainUse[earlier]! && isRoleHead(redescribed.head, ''))
    && isGenderUnmarked((p) => agrees(state, state.entities[earlier]!, p)) ? head : null;
  let marked = -1;
  for (let i = last; i >= 0 && i > last - MAX_LOOKBACK; i--) {
    const m = state.mentions[i]!;
    if (m.start >= pos) continue;
    if (m.block < block - 3) break;
    // (Where the speaker was named, not where a quotation of theirs goes on: a person named after the
    // naming, "Blair is unconvinced.", is still the likelier antecedent.)
    if (earlier >= 0 && m.start <= state.mainUse[earlier]!) break;
    // (Not past a pronoun of that gender before the mention in its paragraph: "By the time she got there, its
    // best-known alumna was Mila Roe …": the pronoun is already someone's, the person the story follows.)
    if (gendered && marked < 0 && m.person && m.block === block && !state.askers?.(m.start) && !inContent(state, m.start) && !pronounBefore(state.scan, m, gendered)) {
      const e = entityForMention(state, m, block);
      if (e >= 0 && state.entities[e]!.kind === 'person' && isMarkedAs((p) => agrees(state, state.entities[e]!, p), gendered)) marked = e;
    }
    // After a known speaker only a new sentence subject takes over ("Jones, of Port Ellis, said …. He …").
    if (!m.person || marksOtherGender(m, head) || (earlier >= 0 && !leadsClause(state, m)) || state.askers?.(m.start)) continue;
    // (Nor one a photo's caption names between the paragraphs: refiners/caption-aside.ts.)
    if (inCaptionAside(state.scan, m.block, block)) continue;
    let e = entityForMention(state, m, block);
    // (A surname read as its other bearer's, of the other gender: kin-surname.ts.)
    if (e >= 0 && !fits(state.entities[e]!)) e = kinBySurname(state.scan.masked, state.mentions, m, e, (other) => entityForMention(state, other, block), (k) => fits(state.entities[k]!));
    if (!(e >= 0 && fits(state.entities[e]!))) continue;
    if (earlier < 0 && !m.subject && isMentionedOnly(state.scan.masked, m.start, m.end)
      && (m.block < block || pronounBefore(state.scan, m, head))) {
      if (mentionedOnly < 0) mentionedOnly = e;
      continue;
    }
    return opensClause(state, m) ? e : subjectBefore(state, i, block, fits) ?? e;
  }
  if (marked >= 0) return marked;
  return earlier >= 0 ? earlier : mentionedOnly;
}

/**
 * The person a description opening the pronoun's sentence or the one before stands for ("the same
 * judge" → the person the article calls "the judge" or titles "Judge"), when it comes after the
 * paragraph's last speaker, lies in no one's reported words and names someone of the pronoun's gender.
 */
function describedSubject(state: State, pos: number, block: number, after: number, fits: (e: Entity) => boolean): { start: number; entity: number } | null {
  const d = descriptionSubjectBefore(state.scan, pos, block);
  if (!d || d.start <= after || inContent(state, d.start)) return null;
  const role = new RegExp(`\\b${escapeRegExp(d.head)}\\b`, 'i');
  let entity = mostRecent(state, d.start, 0, (e) => e.kind === 'person' && e.names.length > 0
    && (e.heads.some((h) => stem(h) === stem(d.head)) || (e.role !== null && role.test(e.role))));
  if (entity < 0) entity = titledPerson(state, d.start, d.head, block, null, d.modifiers);
  const e = entity >= 0 ? state.entities[entity]! : null;
  return e && e.kind === 'person' && e.names.length > 0 && fits(e) ? { start: d.start, entity } : null;
}

// "In the call, Wisconsin Rep. Dale Orr, who …, casts …": a short fronted phrase and its comma come
// before the subject; the capitalised titles before the name belong to it.
// (Not lower-case role words too: the words read as roles before a name are too often the phrase's own.)
// ("Recently, …", "Reached by phone, …", "Speaking to reporters, …": an adverb or a participle's phrase too.)
const FRONTED_PHRASE = /^(?:(?:but|and|yet|so|even)\s+)?(?:in|on|at|during|after|before|since|by|for|with|under|over|last|this|these|earlier|later|back|meanwhile|instead|now|then|\p{L}+ly|\p{L}{3,}(?:ed|ing))\b[^,;:\uE000]{0,50},\s*$/iu;
const TITLES_BEFORE = new RegExp(String.raw`(?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+)+$`, 'u');

/** The mention is its sentence's subject: it opens the sentence, or follows only a fronted phrase (and is no possessive). */
function opensClause(state: State, m: Mention): boolean {
  // (Or the focus of a cleft, "it was Kim Berg who …", cleft-focus.ts.)
  return m.subject || (readsAsPersonSubject(state, m) && (followsFrontedPhrase(state, m) || isCleftFocus(state.scan.masked, m.start, m.end)));
}

/**
 * The mention is the subject of a clause of its sentence: it opens the sentence, or a finite verb
 * follows it outside any speaker's reported words ("That is what Mr. Lund has promised.", finite-subject.ts).
 */
function leadsClause(state: State, m: Mention): boolean {
  if (m.subject) return true;
  // (Or the owner of what a sentence past a fronted phrase is about: "Even so, Mr. Lund's plans …", owned-subject.ts.)
  if (readsAsPerson(state, m) && ownsThingSubject(state.scan.masked, m.end) && followsFrontedPhrase(state, m) && !inContent(state, m.start)) return true;
  if (!readsAsPersonSubject(state, m)) return false;
  return followsFrontedPhrase(state, m) || isCleftFocus(state.scan.masked, m.start, m.end) || (leadsFiniteVerb(state.scan.masked, m.start, m.end) && !inContent(state, m.start));
}

/**
 * A name that reads as a person's, by a title, a description or a given name, its own or that of the
 * full name a surname stands for ("In that sense, Sandy Hook wasn't …" is a place), and no possessive
 * ("In 2015, Orr's aide …": a possessive name is not the subject).
 */
function readsAsPersonSubject(state: State, m: Mention): boolean {
  if (!readsAsPerson(state, m)) return false;
  return !(/['\u2019]/.test(m.name) || /^['\u2019]/.test(state.scan.masked.slice(m.end, m.end + 1)));
}

/** A name that reads as a person's, by a title, a description or a given name (see readsAsPersonSubject). */
function readsAsPerson(state: State, m: Mention): boolean {
  const full = m.name.includes(' ') ? m.name : fullNames(state).get(m.name) ?? m.name;
  // (Or the full name the article introduced with a title or a description: introduced-persons.ts.)
  // (Or a one-word name the article titles elsewhere, "Pope Ovarin", titled-single-names.ts.)
  return Boolean(m.titled || m.apposedRole || genderOfGivenName(full.split(' ')[0]!) || introducedPersons(state.mentions).has(full)
    || titledSingleNames(state.mentions).has(m.name));
}

/** Only a fronted phrase (and the name's titles) comes before the mention in its sentence. */
function followsFrontedPhrase(state: State, m: Mention): boolean {
  const sentence = sentenceOf(state.scan, m.block, m.start);
  if (!sentence) return false;
  const lead = state.scan.masked.slice(sentence.start, m.start).replace(TITLES_BEFORE, '');
  // (Or a whole clause a subordinator opens: refiners/fronted-subordinate.ts.)
  return FRONTED_PHRASE.test(lead) || isFrontedSubordinate(lead);
}

/** The starts of the attributions' contents in order, and the furthest end any content up to each reaches. */
function contentSpans(attributions: readonly Attribution[]): { starts: number[]; reach: number[] } {
  const sorted = [...attributions].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  sorted.forEach((a, k) => reach.push(Math.max(a.end, k > 0 ? reach[k - 1]! : -1)));
  return { starts: sorted.map((a) => a.start), reach };
}

/** `pos` lies in the content of an attribution (what someone said, not what the article says). */
function inContent(state: State, pos: number): boolean {
  const { starts, reach } = state.contents ?? { starts: [], reach: [] };
  let lo = 0;
  let hi = starts.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return last >= 0 && reach[last]! > pos;
}

/**
 * The person who opens the sentence of mention `i`, when one fits and `i` is not it: "Ted Cruz is
 * drawing contrasts with front-runner Donald Trump. He said …" stands for the subject, not the object.
 */
function subjectBefore(state: State, i: number, block: number, fits: (e: Entity) => boolean): number | undefined {
  const m = state.mentions[i]!;
  const sentence = sentenceOf(state.scan, m.block, m.start);
  if (!sentence) return undefined;
  for (let k = i - 1; k >= 0 && state.mentions[k]!.start >= sentence.start; k--) {
    const s = state.mentions[k]!;
    if (!s.person || !opensClause(state, s)) continue;
    const e = entityForMention(state, s, block);
    return e >= 0 && fits(state.entities[e]!) ? e : undefined;
  }
  return undefined;
}

// "As she seeks a third term, Miriam Hallworth …": a pronoun in a clause that opens the sentence may
// stand for the subject of the main clause after it.
const FRONTED_CLAUSE = /^\s*(?:As|When|While|After|Before|Since|Although|Though|If|Because|Once|Until)\s+(?:he|she)\s[^,;:\uE000]{1,200},\s+/;

function cataphora(state: State, ref: SpeakerRef, block: number): number {
  if (ref.head !== 'he' && ref.head !== 'she') return -1;
  const sentence = sentenceOf(state.scan, block, ref.start);
  if (!sentence) return -1;
  const clause = FRONTED_CLAUSE.exec(state.scan.masked.slice(sentence.start, Math.min(sentence.end, sentence.start + 260)));
  if (!clause || sentence.start + clause[0].search(/\s(?:he|she)\s/) + 1 !== ref.start) return -1;
  let subjectAt = sentence.start + clause[0].length;
  let m = state.mentions[lastMentionBefore(state.mentions, subjectAt + 40)];
  // The main clause's subject: a person named right after the comma (titles and role words allowed),
  // or after a later comma when the fronted clause runs on ("Although she has not stressed it,
  // partly in defence against …, Harris has written …": the name, then its verb).
  if (!m || m.start < subjectAt || m.start > subjectAt + 40 || !m.person) {
    const later = nameAfterLaterComma(state, subjectAt, Math.min(sentence.end, sentence.start + 260));
    if (!later) return -1;
    [m, subjectAt] = [later, later.start];
  }
  let first = lastMentionBefore(state.mentions, subjectAt) + 1;
  while (first < state.mentions.length && state.mentions[first]!.start < m.start && !state.mentions[first]!.person) first++;
  const e = entityForMention(state, state.mentions[first] ?? m, block);
  return e >= 0 && agrees(state, state.entities[e]!, ref.head) ? e : -1;
}

/** A named person that opens the text right after a later comma of the fronted clause, its verb after it. */
const VERB_AFTER_NAME = /^\s+\p{Ll}/u;
function nameAfterLaterComma(state: State, from: number, end: number): Mention | undefined {
  const masked = state.scan.masked;
  for (let comma = masked.indexOf(',', from); comma >= 0 && comma < end; comma = masked.indexOf(',', comma + 1)) {
    const start = comma + 1 + (/^\s*/.exec(masked.slice(comma + 1, comma + 4))?.[0].length ?? 0);
    const m = state.mentions[lastMentionBefore(state.mentions, start + 1)];
    if (m && m.start === start && m.person && VERB_AFTER_NAME.test(masked.slice(m.end, m.end + 3))) return m;
  }
  return undefined;
}

/** Whether a name has a person's title, given name, description or surname use behind it (person-evidence.ts). */
function namedAsPerson(state: State, name: string): boolean {
  // (A given name of the wider list counts here too, "Ida Marsh": the test is whether a name is a person's at all.)
  return evidenceOf(state).byName(name) || (/\s/.test(name) && genderOfAnyGivenName(name.split(' ')[0]!) !== null);
}

const gendersByState = new WeakMap<State, Map<string, Gender | 'both'>>();
const pluralByState = new WeakMap<State, Set<string>>();
const evidenceByState = new WeakMap<State, PersonEvidence>();

/** The article's evidence of which names are people's (person-evidence.ts), gathered once per article. */
function evidenceOf(state: State): PersonEvidence {
  let evidence = evidenceByState.get(state);
  if (!evidence) evidenceByState.set(state, (evidence = personEvidence(state.mentions, state.scan.masked)));
  return evidence;
}

/**
 * "he" and "she" agree with the gender the article gives a person: its honorifics and role words
 * ("Mr. Trump", "spokeswoman Ana Ortiz") or a common given name ("Hillary Clinton"); a person with
 * none of these agrees with either.
 */
function agrees(state: State, e: Entity, pronoun: string | null): boolean {
  if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'him' && pronoun !== 'her' && pronoun !== 'his') return true;
  // "Xi and Mr. Obama" are two people: never one "he".
  if (e.names.some((n) => /\s(?:and|&)\s/.test(n))) return false;
  // "Hispanics", "most voters" described without a name are a group: no "he" either.
  if (!e.names.length && e.heads.some(isPluralHead)) return false;
  // "His mother stayed home. … he said": a description whose head marks the other gender is no "he".
  const want: Gender = pronoun === 'she' || pronoun === 'her' ? 'f' : 'm';
  if (!e.names.length && e.heads.some((h) => (genderOfWord(h) ?? want) !== want)) return false;
  let plural = pluralByState.get(state);
  if (!plural) pluralByState.set(state, (plural = pluralHeads(state.scan.masked)));
  // "Young Latinos say …": a group the article names in the plural is no "he" either.
  if (namesAGroup(e.names, plural)) return false;
  // "in Palo Alto, …": a name the article uses as a place, with nothing of a person about it, is no "he" either.
  if (e.names.length && !e.role && !evidenceOf(state)(e.names)) return false;
  let map = gendersByState.get(state);
  if (!map) {
    map = gendersOf(state.mentions);
    // (A name the lexicon gives no gender takes the one the article's pronouns give it, pronoun-gender.ts.)
    for (const [name, g] of gendersByPronoun(state.scan, state.mentions)) if (!map.has(name)) map.set(name, g);
    gendersByState.set(state, map);
  }
  return namesAgree(e.names, map, want);
}

const GROUP_WORDS = new Set(['most', 'some', 'many', 'few', 'several', 'all', 'both', 'others', 'people', 'police', 'staff', 'public']);

/** People named together ("Xi and Mr. Obama") or described in the plural without a name ("his allies"). */
function isGroup(e: Entity): boolean {
  return e.names.some((n) => /\s(?:and|&)\s/.test(n)) || (!e.names.length && e.heads.some(isPluralHead));
}

/** A description's head that names more than one: "voters", "most", "people" (not "boss", "witness"). */
function isPluralHead(head: string): boolean {
  return GROUP_WORDS.has(head) || /[^su]s$/.test(head);
}

/**
 * "one longtime friend", "another supporter", "the organizer of the rally" name one person, not the
 * unnamed group an earlier plural description made ("Friends", "supporters of …", "Organizers").
 */
function oneOfGroup(head: string, e: Entity): boolean {
  return !isPluralHead(head) && e.names.length === 0 && e.heads.length > 0 && e.heads.every(isPluralHead);
}

const CAPITALISED = /\p{Lu}[\p{L}.-]*/gu;

/**
 * "a Sanders supporter" and "a Clinton supporter": one head, told apart by the names they are described
 * by; two descriptions that each name someone and share no name are two sources. (Asked of one
 * person only: a group's description often opens its sentence, "Some Democrats", "Many officials".)
 */
function otherSide(a: string, b: string, head: string): boolean {
  const names = (d: string) => new Set([...d.matchAll(CAPITALISED)].map((m) => m[0].replace(/['\u2019]s?$/, '')).filter((w) => stem(w.toLowerCase()) !== stem(head)));
  const na = names(a);
  const nb = names(b);
  return na.size > 0 && nb.size > 0 && ![...na].some((w) => nb.has(w));
}

// The words of persons' names, kept per text and grown as entities gain names: walking every
// entity again for each "they" made a long page of statements quadratic. `walked[i]` counts the
// names of entity i already read, so each name is read once, at the first call that finds its
// entity a person (the same words as reading them all at every call: the set only grows).
const personWordsByState = new WeakMap<State, { words: Set<string>; walked: number[] }>();

/** The words of the names of persons the article mentions or quotes: "Sanders" is no group of Sanders. */
function personWords(state: State): ReadonlySet<string> {
  let known = personWordsByState.get(state);
  if (!known) {
    personWordsByState.set(state, (known = { words: new Set(), walked: [] }));
    // (A one-word name is no evidence of a person here: the mentions take "Republicans" for one.)
    // (Nor is one after a capitalised word, "Latino Republicans": a given name or a title makes it a person's.)
    for (const m of state.mentions) if (m.person && (m.titled || genderOfGivenName(m.name.split(' ')[0]!))) known.words.add(surname(m.name));
  }
  const { words, walked } = known;
  state.entities.forEach((e, i) => {
    if (e.kind !== 'person' || e.mergedInto !== undefined) return;
    for (let k = walked[i] ?? 0; k < e.names.length; k++) {
      const n = e.names[k]!;
      if (genderOfGivenName(n.split(' ')[0]!) && !/\s(?:and|&)\s/.test(n)) words.add(surname(n));
    }
    walked[i] = e.names.length;
  });
  return words;
}

/** A person is named between `from` and `to`, by a given name or a title. */
function personNamedIn(state: State, from: number, to: number): boolean {
  for (let i = lastMentionBefore(state.mentions, to); i >= 0 && state.mentions[i]!.start > from; i--) {
    const m = state.mentions[i]!;
    if (m.person && (m.titled || genderOfGivenName(m.name.split(' ')[0]!))) return true;
  }
  return false;
}

function surname(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** The heads the article only gives plural verbs (plural-names.ts), read once. */
function plurals(state: State): ReadonlySet<string> {
  let plural = pluralByState.get(state);
  if (!plural) pluralByState.set(state, (plural = pluralHeads(state.scan.masked)));
  return plural;
}

/**
 * The source of a group named by a capitalised plural ("House Republicans"): the one already quoted
 * under that head ("many Democrats said … They …" stays "many Democrats") or that name, else a
 * new group of that name.
 */
function groupEntity(state: State, group: GroupName, block: number): number {
  const head = group.head.toLowerCase();
  const known = mostRecent(state, Infinity, 0, (e) => e.kind !== 'person' && e.heads.some((h) => stem(h) === stem(head)));
  if (known >= 0) return known;
  const named = findByName(state.entities, state.names, group.name, 'organization');
  if (named >= 0) return named;
  // (Named, so that the group quoted by its name later is the same source: "Yellow Vests say …".)
  return addNamed(state, { kind: 'anonymous', names: [group.name], descriptors: [], heads: [head], role: null, affiliation: null, firstBlock: block });
}

/**
 * The unnamed group a plural of people stands for: the one already quoted under that head ("officials
 * said … They …" stays "officials"), else a new one described by the phrase.
 */
function peopleEntity(state: State, people: PluralPeople, block: number): number {
  // (The same words only: "Sanders supporters" are not the "supporters of Ms. Roe" quoted before.)
  const same = (d: string) => d.toLowerCase().replace(/^(?:the|some|many|most|several|other|all)\s+/, '') === people.phrase.toLowerCase();
  const known = mostRecent(state, Infinity, 0, (e) => e.kind === 'anonymous' && !e.names.length && e.heads.some((h) => stem(h) === stem(people.head)) && e.descriptors.some(same));
  if (known >= 0) return known;
  return state.entities.push({ kind: 'anonymous', names: [], descriptors: [people.phrase], heads: [people.head], role: null, affiliation: null, firstBlock: block }) - 1;
}

/** The two persons of a pair as one source, "Ann Roe and Tom Lund" (each by its fullest name), or -1. */
function pairEntity(state: State, pair: NamedPair, block: number): number {
  const names = [pair.first, pair.second].map((m) => {
    const e = entityForMention(state, m, block);
    const entity = e >= 0 ? state.entities[e]! : undefined;
    // ("Ann and Tom have a son.": given names alone stand for the full names the article gave.)
    if (e < 0 && !m.name.includes(' ')) return fullNameOfGiven(state.mentions, m.name, m.start, true);
    if (entity?.kind !== 'person') return null;
    const fullest = mostWords([m.name, ...entity.names])!;
    // ("Ms. Roe" after "Ann Roe chairs …": the name in full.)
    return fullest.includes(' ') ? fullest : fullNames(state).get(fullest) ?? fullest;
  });
  if (!names[0] || !names[1] || names[0] === names[1]) return -1;
  const name = `${names[0]} and ${names[1]}`;
  const known = findByName(state.entities, state.names, name, 'person');
  if (known >= 0) return known;
  return addNamed(state, { kind: 'person', names: [name], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: block });
}

/** The person (or, failing one, any source) named last before `pos`, within the three paragraphs before. */
function nearestNamed(state: State, pos: number, block: number, pronoun: string | null): number {
  // "it" is never a person: the organisation or document used last, if any.
  if (pronoun === 'it' || pronoun === 'its') return mostRecent(state, pos, block - 3, (e) => e.kind !== 'person');
  // (Never a group for "he": "…, which critics said was unfair. … he would not support it".)
  const single = pronoun === 'he' || pronoun === 'she';
  const last = lastMentionBefore(state.mentions, pos);
  for (let i = last; i >= 0 && i > last - MAX_LOOKBACK; i--) {
    const m = state.mentions[i]!;
    if (m.block < block - 3) break;
    if (m.start >= pos || !m.person || marksOtherGender(m, pronoun) || inCaptionAside(state.scan, m.block, block)) continue;
    const e = entityForMention(state, m, block);
    if (e >= 0 && agrees(state, state.entities[e]!, pronoun)) return e;
  }
  // (Nor a document: "Video obtained from the salon shows …. In the video, he says …" is someone in it.)
  const one = (e: Entity) => !single || (e.kind !== 'document' && (e.names.length > 0 || !e.heads.some(isPluralHead)));
  // (One the article marks as the other gender only when no one else is there: "Ann Roe spoke first. … He
  // thinks …" goes to a man named before her rather than to her.)
  const fitting = mostRecent(state, pos, block - 3, (e) => one(e) && agrees(state, e, pronoun));
  return fitting >= 0 ? fitting : mostRecent(state, pos, block - 3, one);
}

/** The entity a mentioned name stands for; a new person for a full name, none for an unknown single word. */
function entityForMention(state: State, m: Mention, block: number): number {
  const found = findByName(state.entities, state.names, m.name, 'person');
  if (found >= 0) return found;
  if (!m.person) return -1;
  // (A body a speaker's name stands for, met before that speaker: no person, as it will be no "he".)
  if (state.bodies.has(m.name)) return organisationNamed(state, m.name, block);
  let name = m.name;
  // (A one-word name the article titles elsewhere, "Pope Ovarin", is a person's as it stands: titled-single-names.ts.)
  if (name.split(' ').length < 2 && !m.titled && !titledSingleNames(state.mentions).has(name)) {
    // "Trump visited Ohio. He …": a surname the article gives in full elsewhere ("Donald Trump").
    const full = fullNames(state).get(name);
    if (!full) return -1;
    const known = findByName(state.entities, state.names, full, 'person');
    if (known >= 0) return known;
    name = full;
  }
  return addNamed(state, { kind: 'person', names: [name], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: block });
}

/** The organisation of that name, made when the article has not quoted it yet. */
function organisationNamed(state: State, name: string, block: number): number {
  const found = findByName(state.entities, state.names, name, 'organization');
  if (found >= 0) return found;
  return addNamed(state, { kind: 'organization', names: [name], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: block });
}

/** A new entity with its names, known to `findByName` from now on. */
function addNamed(state: State, entity: Entity): number {
  const index = state.entities.push(entity) - 1;
  state.names.addEntity(index, entity);
  return index;
}

/** Surname → the first full name of a person the article mentions ("Trump" → "Donald Trump"), first-full-names.ts. */
function fullNames(state: State): ReadonlyMap<string, string> {
  return firstFullNames(state.mentions);
}

/** Mentions looked at behind a pronoun: a bound on work. */
const MAX_LOOKBACK = 60;

/**
 * `mainUse`, each entity's moved up to its last continued quotation before `pos`, when that quotation
 * stands in the two paragraphs before `block` or in it: the pronoun that follows the quotation, not one
 * past a heading or a new item ("15:51 … A woman has been praised after she …").
 */
function continuedUses(state: State, pos: number, block: number): number[] {
  const uses = [...state.mainUse];
  state.continued.forEach((quotes, i) => {
    for (const q of quotes ?? []) if (q.start < pos && q.block >= block - 2 && q.start > (uses[i] ?? -1)) uses[i] = q.start;
  });
  return uses;
}

function mostRecent(state: State, pos: number, fromBlock: number, ok: (e: Entity) => boolean, uses: readonly number[] = state.lastUse): number {
  let best = -1;
  state.entities.forEach((e, i) => {
    if (e.mergedInto !== undefined || !ok(e)) return;
    const at = uses[i] ?? -1;
    if (at < 0 || at >= pos) return;
    if (blockAtOrAfter(state.scan, at) < fromBlock) return;
    if (best < 0 || at > uses[best]!) best = i;
  });
  return best;
}



/** "the agency" refers back; "officials", "a source" gather into one anonymous source per head. */
function resolveDescription(state: State, ref: SpeakerRef, block: number): number {
  const head = ref.head ?? '';
  // ("One of the prosecutors" keeps its "one": the part of the group is the speaker; so does a share,
  // "One in four voters", which without it reads "in four voters".)
  // ("Those who back her rivals", "Those over 60": a pronoun with a clause or a phrase of its own keeps
  // it too; without it the name would open with "who" or "over".)
  const descriptor = ref.text.replace(/^(?:the|a|an|another|this|that|these|those(?!\s+(?:who|with|over|under|aged|in|at|from|on|of)\s)|one(?!\s+(?:of|in)\s)|its|his|her|their)\s+/i, '');
  // ("… endorsed by the Harbour Taxpayers Alliance, a local group which said": the name the
  // description stands in apposition to speaks, apposed-name.ts.)
  if (ref.kind !== 'document') {
    const body = ref.kind === 'organization' || ref.kind === 'other';
    const apposed = nameBeforeApposition(state.scan.masked, state.mentions, ref, body);
    const named = !apposed ? -1 : body ? organisationNamed(state, apposed.name, block) : entityForMention(state, apposed, block);
    if (named >= 0) {
      if (!state.entities[named]!.descriptors.includes(descriptor)) state.entities[named]!.descriptors.push(descriptor);
      return named;
    }
  }
  const mods = ref.modifiers.map((m) => m.toLowerCase());
  // "the Ohio governor": the capitalised words that say which one (not a party: partyOf tells those).
  const places = ref.modifiers.filter((m) => /^\p{Lu}/u.test(m) && partyOf(m) === null);
  if (ref.definite) {
    // ("Ann Roe married Tom Lund. The couple said …": the two just named, couple-antecedent.ts.)
    const couple = isCoupleWord(head, descriptor) ? coupleBefore(state.scan, ref.start, block, state.mentions) : null;
    const both = couple ? pairEntity(state, couple, block) : -1;
    if (both >= 0) return both;
    const compatible = ORG_COMPATIBLE[head];
    const party = partyOf(mods.join(' '));
    // ("The mother of three says": a parent's epithet stands for the person just named, parent-epithet.ts;
    // not for one described by another count before, "the mother of four" is someone else.)
    const parent = parentEpithetPronoun(ref);
    let found = parent ? -1 : mostRecent(state, ref.start, 0, (e) =>
      // ("the Republican nominee" is not the person described as "the Democratic nominee".)
      !(party && [...e.descriptors, e.role ?? ''].some((d) => partyOf(d) !== null && partyOf(d) !== party)) && (
      (e.heads.some((h) => stem(h) === stem(head)) && !oneOfGroup(head, e) && !e.descriptors.some((d) => otherGroup(d, descriptor)) && (e.kind !== 'person' ? e.descriptors.length === 0 || e.descriptors.some((d) => sameTenure(d, mods)) : e.descriptors.some((d) => sameTenure(d, mods))) && samePlace(e, places))
      // "the president" → the person introduced as "President Barack Obama". (Not a document: "the
      // study" is no person whose role is "lead author of a new study"; it is the study.)
      || (e.kind === 'person' && ref.kind !== 'organization' && ref.kind !== 'document' && e.role !== null && new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i').test(e.role) && sameTenure(e.role, mods))
      || (e.kind === 'organization' && e.names.some((n) => (compatible?.test(n) ?? false) || new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i').test(n)))
      // ("the Acme spokesman" is no body named "Acme": a person's description is a person.)
      || (e.kind === 'organization' && ref.kind !== 'person' && mods.length > 0 && e.names.some((n) => mods.every((m) => new RegExp(`\\b${escapeRegExp(m)}\\b`, 'i').test(n))))));
    // "the president", "the nominee": the person the article last named with that title, speaker or not.
    // "the 46-year-old": an age alone stands for a person as "he" or "she" would, of either gender.
    if (found < 0) {
      found = isAgeNoun(head) ? resolvePronoun(state, { ...ref, head: null }, block)
        : parent ? parentNamed(state, ref.start, block, parent)
        : ref.kind !== 'organization' && ref.kind !== 'document' ? titledPerson(state, ref.start, head, block, party, mods, !OWNED.test(ref.text), ref.modifiers) : -1;
    }
    // ("…, its chair said. Council chair Ruth Okafor said …": the person given that role close by,
    // after the description as well as before it, role-holder-nearby.ts.)
    if (found < 0 && !parent && ref.kind !== 'organization' && ref.kind !== 'document' && isRoleHead(head, '') && !/s$/.test(head)) {
      const holder = roleHolderNearby(state.scan.masked, state.mentions, { start: ref.start, end: ref.end, head, modifiers: ref.modifiers }, block);
      if (holder) found = entityForMention(state, holder, block);
    }
    // "the candidate" with no one so titled: the person the story follows, as "he" or "she" would be.
    if (found < 0 && isOfficeNoun(head) && ref.kind !== 'organization' && ref.kind !== 'document'
      && descriptor.split(/\s+/).every((w) => w.toLowerCase() === head || FORMER.test(w))) {
      found = namedOrSame(state, resolvePronoun(state, { ...ref, head: null }, block), head);
      // (Not one the article titles with another office: "Senator Bob Lane" is no "the governor", other-office.ts.
      // Nor a capitalised phrase with nothing of a person about it, "… American Special Operations fill the
      // gap. While the president has said …": an office is held by a person, person-evidence.ts.)
      const e = state.entities[found];
      if (e && (holdsOtherOffice(head, e.names, e.role, state.mentions) || !(e.role || e.names.some((name) => namedAsPerson(state, name))))) found = -1;
    }
    // "the company said" with no company heard yet: the one the article has just named as a company.
    if (found < 0) found = namedCompany(state, ref, head, block);
    // "the embassy said" with no embassy heard yet: "India’s embassy in Washington", named just before
    // (owned-body-antecedent.ts). The bare noun only: "his campaign", "the Trump campaign" say whose.
    if (found < 0 && descriptor.toLowerCase() === head && /^the\s/i.test(ref.text.trim())) found = ownedBody(state, ref, head, block);
    if (found >= 0) {
      const e = state.entities[found]!;
      if (!e.descriptors.includes(descriptor)) e.descriptors.push(descriptor);
      if (!e.heads.includes(head)) e.heads.push(head);
      return found;
    }
  } else if (ref.kind === 'document' && isUnownedPlural(state.scan, ref)) {
    // "Initial projections suggested …", later "initial projections in Germany show …": documents
    // the article never gives a name or an owner, gathered by their noun as "officials" are.
    const same = state.entities.findIndex((e) => !e.mergedInto && e.kind === 'document' && !e.names.length && e.unownedPlural && e.heads.some((h) => stem(h) === stem(head)));
    if (same >= 0) {
      if (!state.entities[same]!.descriptors.includes(descriptor)) state.entities[same]!.descriptors.push(descriptor);
      return same;
    }
    return state.entities.push({ kind: 'document', names: [], descriptors: [descriptor], heads: [head], role: null, affiliation: ref.affiliation, firstBlock: block, unownedPlural: true }) - 1;
  } else if (ref.kind === 'anonymous') {
    const same = state.entities.findIndex((e) => !e.mergedInto && e.kind === 'anonymous' && e.heads.some((h) => stem(h) === stem(head)) && !e.pendingDescriptor
      && !oneOfGroup(head, e) && !e.descriptors.some((d) => otherGroup(d, descriptor) || otherParty(d, descriptor) || (!isPluralHead(head) && otherSide(d, descriptor, head))));
    if (same >= 0 && !isExpertLike(head)) {
      if (!state.entities[same]!.descriptors.includes(descriptor)) state.entities[same]!.descriptors.push(descriptor);
      return same;
    }
  }
  const kind = ref.definite && ref.kind === 'anonymous' ? 'anonymous' : ref.kind;
  return state.entities.push({
    kind, names: [], descriptors: [descriptor], heads: [head], role: null, affiliation: ref.affiliation, firstBlock: block,
    pendingDescriptor: !ref.definite && isExpertLike(head) && !/s$/.test(head),
  }) - 1;
}

/** A possessive right after a name: "Harbour Bus Stand's gate" modifies a noun, names no one acting. */
const POSSESSIVE_AFTER = /^['\u2019]s?\b/;

/**
 * The person a parent's epithet stands for ("The mother of three says"): the last person named within
 * three paragraphs, of the epithet's gender or of none the article marks, and not as a possessive's
 * owner ("near Harbour Bus Stand's gate" names no one to describe).
 */
function parentNamed(state: State, pos: number, block: number, pronoun: 'he' | 'she'): number {
  const last = lastMentionBefore(state.mentions, pos);
  for (let i = last; i >= 0 && i > last - MAX_LOOKBACK; i--) {
    const m = state.mentions[i]!;
    if (m.start >= pos) continue;
    if (m.block < block - 3) break;
    if (!m.person || POSSESSIVE_AFTER.test(state.scan.masked.slice(m.end, m.end + 3))) continue;
    const e = entityForMention(state, m, block);
    if (e >= 0 && state.entities[e]!.kind === 'person' && agrees(state, state.entities[e]!, pronoun)) return e;
  }
  return -1;
}

/** The organisation "the company" stands for (company-antecedent.ts), or -1; never a person's name. */
function namedCompany(state: State, ref: SpeakerRef, head: string, block: number): number {
  if (ref.kind === 'person' || ref.kind === 'anonymous') return -1;
  const name = companyNamedBefore(state.scan.masked, ref.start, head);
  if (!name) return -1;
  // (Only a body of that very name: "Executives for Mondelez" is a group of people, no "Mondelez".)
  const key = normName(name);
  const known = findByName(state.entities, state.names, name, 'organization');
  if (known >= 0 && state.entities[known]!.names.some((n) => normName(n) === key)) return state.entities[known]!.kind === 'person' ? -1 : known;
  return addNamed(state, { kind: 'organization', names: [name], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: block });
}

/** The body named with its owner just before ("India’s embassy in Washington") that "the embassy" stands for, or -1. */
function ownedBody(state: State, ref: SpeakerRef, head: string, block: number): number {
  if (ref.kind !== 'organization' || !ORG_NOUNS.has(head)) return -1;
  const name = ownedBodyBefore(state.scan.masked, ref.start, head);
  if (!name) return -1;
  // (A description, not a name: as a name the owner's, "India", would take it in as its longer form.)
  const known = state.entities.findIndex((e) => !e.mergedInto && e.kind === 'organization' && e.descriptors[0] === name);
  if (known >= 0) return known;
  return state.entities.push({ kind: 'organization', names: [], descriptors: [name], heads: [head], role: null, affiliation: null, firstBlock: block }) - 1;
}

/**
 * A plural document with no owner: "initial results", "Initial projections" (a capital only where
 * the sentence opens, or on a word the text also writes in lower case), not "Umfragewerk delta
 * projections", "Pollwise exit polls" (document-owners.ts names those).
 */
function isUnownedPlural(scan: Scan, ref: SpeakerRef): boolean {
  const head = ref.head ?? '';
  // (A bare "polls" is any polls at all: only a described one, "exit polls", "initial results", is gathered.)
  if (!/[^su]s$/.test(head) || ref.owner || !ref.modifiers.length) return false;
  return ref.modifiers.every((m, i) => !/^\p{Lu}/u.test(m)
    || (i === 0 && (opensSentence(scan, ref.start) || new RegExp(`(?<![\\p{L}])${escapeRegExp(m.toLowerCase())}(?![\\p{L}])`, 'u').test(scan.masked))));
}

/** Nothing but marks and spaces before `pos` in its sentence. */
function opensSentence(scan: Scan, pos: number): boolean {
  const sentence = sentenceOf(scan, blockAtOrAfter(scan, pos), pos);
  return !!sentence && !/[\p{L}\p{N}]/u.test(scan.masked.slice(sentence.start, pos));
}

/**
 * "When the moderator pointed out …, the candidate said …": the person a bare title follows is one
 * the article names (or one described by that head), not another description ("the moderator").
 */
function namedOrSame(state: State, found: number, head: string): number {
  const e = state.entities[found];
  return e && (e.names.length > 0 || e.heads.some((h) => stem(h) === stem(head))) ? found : -1;
}

/**
 * "the Ohio governor" is not the person the article described as "New Jersey Gov." before: a person
 * described by capitalised words is one whose names, role or descriptions hold them.
 */
function samePlace(e: Entity, places: readonly string[]): boolean {
  if (!places.length) return true;
  const about = [...e.names, ...e.descriptors, e.role ?? '', e.affiliation ?? ''].join(' ');
  return places.every((p) => about.includes(p));
}

const COUNT = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands)$/i;

/** A word that makes a count approximate: "around 200 journalists", "more than 40 workers". */
const APPROXIMATELY = /^(?:(?:around|about|some|nearly|almost|roughly|approximately|over|under|at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)+/i;

/** The number a description counts its group by ("five candidates", "2 officials", "around 200 staff"), or null. */
function countOf(descriptor: string): string | null {
  const first = descriptor.replace(APPROXIMATELY, '').split(' ')[0]!.toLowerCase();
  return COUNT.test(first) ? first : null;
}

const NONE_OF = /^(?:none|neither)\s+of\s/i;

/** "Democratic voters" and "half of GOP primary voters": groups of the two parties are never one source. */
function otherParty(a: string, b: string): boolean {
  const pa = partyOf(a);
  const pb = partyOf(b);
  return pa !== null && pb !== null && pa !== pb;
}

/**
 * Two descriptions of one head that are two groups: counted differently ("two senators", "three
 * senators"), one counted and the other "other" ("the five candidates" after "the other
 * candidates"), or one the group that did not ("none of the House Democrats endorsed …" is no
 * "black Democrats" who blasted him). ("Officials" after "two officials" may be the same group.)
 */
function otherGroup(a: string, b: string): boolean {
  if (NONE_OF.test(a) !== NONE_OF.test(b)) return true;
  const ca = countOf(a);
  const cb = countOf(b);
  if (ca && cb) return ca !== cb;
  return (ca !== null && /^other\s/i.test(b)) || (cb !== null && /^other\s/i.test(a));
}

/** The person last mentioned (in this paragraph or the five before) with `head` among its title or role words. */
function titledPerson(
  state: State, pos: number, head: string, block: number, party: Party | null, mods: readonly string[], reach = false, written: readonly string[] = mods,
): number {
  if (!head || !/^\p{Ll}+$/u.test(head) || /s$/.test(head)) return -1;
  const last = lastMentionBefore(state.mentions, pos);
  const word = new RegExp(`(?:^|\\s)(?:${(TITLE_FORMS[head] ?? [head]).map(escape).join('|')})(?:\\s|$)`);
  // (Of two or more so titled, the one the story spoke of last, under any name: salient-titled.ts.
  // The persons after the first are only those the article already knows.)
  const candidates: { entity: number; names: readonly string[] }[] = [];
  for (let i = last; i >= 0 && i > last - MAX_LOOKBACK * 2; i--) {
    const m = state.mentions[i]!;
    // (Reaching further back, to the whole article, measured worse on PolNeAR train and dev.)
    if (m.block < block - 5) break;
    const role = m.apposedRole && !word.test(m.roleWords) ? m.apposedRole : m.roleWords;
    if (!m.person || !word.test(role)) continue;
    if (party && partyOf(role) !== null && partyOf(role) !== party) continue;
    if (!sameTenure(role, mods)) continue;
    const e = candidates.length ? findByName(state.entities, state.names, m.name, 'person') : entityForMention(state, m, block);
    if (!candidates.length && e < 0) return e;
    if (e >= 0 && !candidates.some((c) => c.entity === e)) candidates.push({ entity: e, names: state.entities[e]!.names });
  }
  if (candidates.length) return mostSalientTitled(state.mentions, last, candidates);
  // ("Attorney General Ann Roe" long before, "Ms Roe" in these paragraphs: titled-earlier.ts. The
  // title repeated whole: every word of "the Ohio governor" in the role, not "Florida" of another
  // senator; a person's description, not someone's: "his lawyer" is the lawyer of the man just named.)
  // ("The DHS chief" is the person titled "Department of Homeland Security Acting Secretary": body-head.ts.)
  const fits = (role: string) => ((word.test(roleHead(role)) && isRoleHead(head, role)) || (headsBody(head, role) && written.some((w) => /^\p{Lu}/u.test(w))))
    && sameTenure(role, mods) && written.every((w) => namesBody(role, w));
  for (let i = last; i >= 0 && i > last - MAX_LOOKBACK * 2; i--) {
    const m = state.mentions[i]!;
    if (m.block < block - 5) break;
    const named = m.person && reach ? titledEarlier(state.mentions, m, fullNames(state), fits, pos) : null;
    // (The person in full: "Mr Roe" may be another Roe's surname to the name index.)
    if (named) return entityForMention(state, { ...m, name: named }, block);
  }
  return -1;
}

/** The noun a role is named by: "general" of "attorney general", "secretary" of "former secretary of state". */
function roleHead(role: string): string {
  const words = role.split(/\s+/);
  const of = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|in|with|to|from)$/.test(w));
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/** A description someone owns: "his lawyer", "the senator's aide". */
const OWNED = /^(?:his|her|their|its|our|my|your|\S+['\u2019]s?)\s/i;

// "the senator" is the person introduced as "Sen. Bernie Sanders": a head and the titles that mean it.
const TITLE_FORMS = lookupTable<string[]>({
  senator: ['senator', 'sen'],
  governor: ['governor', 'gov'],
  congressman: ['congressman', 'rep', 'representative'],
  congresswoman: ['congresswoman', 'rep', 'representative'],
  representative: ['representative', 'rep'],
  lawmaker: ['senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman'],
  general: ['general', 'gen'],
  professor: ['professor', 'prof'],
  secretary: ['secretary', 'sec'],
  reverend: ['reverend', 'rev'],
  president: ['president', 'pres'],
});

// "the president" is the one in office, not "Former President Dan Holt"; "the former president" is.
// ("The previous government" is no more the new one than "the former minister" is the minister.)
const FORMER = /\b(?:former|ex|onetime|then|previous|prior)\b/i;

function sameTenure(role: string, mods: readonly string[]): boolean {
  return FORMER.test(role) === mods.some((m) => FORMER.test(m));
}

type Party = 'r' | 'd';

/** The US party a description names ("Republican", "GOP", "Democratic"), or null. */
function partyOf(words: string): Party | null {
  if (/\b(?:republican|gop)\b/i.test(words)) return 'r';
  if (/\bdemocrat(?:ic)?\b/i.test(words)) return 'd';
  return null;
}

/** Descriptions a later paragraph names: "a US expert", "an analyst" (not "a source"). */
function isExpertLike(head: string): boolean {
  return /^(?:expert|analyst|scholar|researcher|professor|economist|specialist|observer|diplomat|strategist|scientist|historian|official|adviser|advisor|lawmaker|executive|investigator|prosecutor|lawyer|attorney|doctor|commander|spokesman|spokeswoman|spokesperson|leader|secretary|director|chief|head|president|chairman|chairwoman|manager|founder|organizer|organiser|representative|negotiator|engineer|economist)$/.test(head);
}

