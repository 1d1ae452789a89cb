// Entities → the fact sheet's sources, attributions → its quotes: canonical names, aliases,
// roles and affiliations, statement counts; the article's own authors are not sources.

import { assignIds } from '../../ids';
import type { Quote, Source } from '../../types';
import type { Attribution, Entity } from '../model';
import { NAME_TITLES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS } from '../lexicon';
import { finalEntity } from './alias-merge';
import { isAcronym, normName, sameName } from './names';
import { ownedPersonName } from './owned-person-names';
import { ownerNamedBody } from './owner-of-body';
import { affiliationInRole, trimAffiliation, trimRole } from './role-span';
import { isThingHolder } from './thing-holder';
import { isVagueHolder } from './vague-holder';
import { isJoinedPronounHolder } from './joined-pronoun-holder';
import { isPeopleHolder } from './people-holder';
import { isMediaHolder } from './media-holder';
import { isDemonymHolder } from './demonym-holder';

const AFFILIATION = /\b(?:at|for|of|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'\u2019.&-]*)(?:\s+(?:of|for|and|the|on|&|\p{Lu}[\p{L}'\u2019.&-]*))*)\s*$/u;

export function buildSources(entities: Entity[], attributions: readonly Attribution[], authors: readonly string[]): { sources: Source[]; quotes: Quote[] } {
  const sourceOf = new Map<number, Source>();
  const quotes: Quote[] = [];
  const stating = new Set(attributions.filter((a) => a.entity !== undefined && !a.attitude).map((a) => finalEntity(entities, a.entity!)));
  for (const a of attributions) {
    if (a.entity === undefined) continue;
    const index = finalEntity(entities, a.entity);
    const entity = entities[index]!;
    if (isAuthor(entity, authors)) continue;
    if (!stating.has(index) && isWeakHolder(entity)) continue;
    // ("Many believe …", "36% of investors said …", "Recent storms show …", "she and her husband
    // realized …", "Palestinians push …", "Israeli attacks …", "Drone footage shows …": the quote keeps
    // its holder, who is no source to list.)
    if (isVagueHolder(entity) || isJoinedPronounHolder(entity) || isPeopleHolder(entity) || isDemonymHolder(entity) || isMediaHolder(entity) || (!stating.has(index) && isThingHolder(entity))) {
      quotes.push(toQuote(a, canonicalName(entity)));
      continue;
    }
    let source = sourceOf.get(index);
    if (!source) {
      source = sameNamed(toSource(entity, a), [...sourceOf.values()]);
      sourceOf.set(index, source);
    }
    if (a.attitude) source.positions = (source.positions ?? 0) + 1;
    else source.statements++;
    // (A source is as sure as its surest quote: the confidences are the learned check's, quote-check.ts.)
    source.provenance.confidence = Math.max(source.provenance.confidence, a.confidence);
    quotes.push(toQuote(a, source.name));
  }
  const sources = assignIds([...new Set(sourceOf.values())], 's');
  const idByName = new Map(sources.map((s) => [s.name, s.id]));
  for (const q of assignIds(quotes, 'q')) q.sourceId = idByName.get(q.speaker ?? '') ?? null;
  return { sources, quotes };
}

/**
 * Two entities the coreference kept apart that the sheet would print under one name ("police" in
 * two paragraphs, "Pakistani official" twice): a reader cannot tell them apart, and the second
 * line would hold no quotes (quotes find their source by name), so they are one source. The first
 * keeps its kind; a role, an affiliation or aliases it lacks come from the second.
 */
function sameNamed(source: Source, listed: readonly Source[]): Source {
  const key = source.name.toLowerCase();
  const first = listed.find((s) => s.name.toLowerCase() === key);
  if (!first) return source;
  first.role ??= source.role;
  first.affiliation ??= source.affiliation;
  for (const alias of source.aliases) if (!first.aliases.some((x) => normName(x) === normName(alias))) first.aliases.push(alias);
  return first;
}

function toQuote(a: Attribution, speaker: string): Quote {
  return {
    id: '', start: a.start, end: a.end, text: a.text, speaker, sourceId: null, direct: a.direct,
    indirect: !a.direct, cue: a.cue, provenance: { extractor: a.extractor, confidence: a.confidence },
    ...(a.attitude ? { cueKind: 'attitude' as const } : {}),
  };
}

function toSource(entity: Entity, first: Attribution): Source {
  const name = canonicalName(entity);
  const aliases: string[] = [];
  for (const alias of [...entity.names, ...entity.descriptors]) {
    if (normName(alias) === normName(name) || aliases.some((x) => normName(x) === normName(alias)) || !isNameLike(alias)) continue;
    aliases.push(alias);
  }
  const role = realRole(entity.role);
  const fromRole = AFFILIATION.exec(role ?? '')?.[1];
  const found = entity.affiliation ?? (role && fromRole ? affiliationInRole(role, fromRole) : null);
  const affiliation = found ? trimAffiliation(found) : null;
  return {
    id: '', name, kind: entity.kind, aliases, role, affiliation, statements: 0, positions: 0,
    provenance: { extractor: first.extractor, confidence: first.confidence },
  };
}

/** A clause read into a name ("Department of Rural Housing reported that the number …") is no alias. */
function isNameLike(alias: string): boolean {
  return alias.split(/\s+/).length <= 8 && !CLAUSE_WORD.test(alias);
}

const CLAUSE_WORD = /\b(?:said|says|reported|reports|estimated|found|has|have|had|is|was|are|were|will|would|that|which)\b/;
/** A word that names a role or a body: a title, a person's or a body's noun, or an agent noun. */
const ROLE_SUFFIX = /(?:er|or|ist|ian|ant|ent|ee|man|woman|person|ary|ive|ate|chief|head|lead|fellow|member|expert|official|aide|counsel|staff|adviser|advisor|veteran|seed|guy)s?$/;
/** Words that make a phrase a clause or an adverbial, not an apposition or a title ("Ada Lind, through a spokesman, declined …": a preposition opens the means or the time, never a title). */
const NOT_ROLE = /^(?:\p{Ll}+ing|\p{Ll}+ed|in|on|at|for|from|with|by|to|as|like|through|via|after|before|during|under|over|against|without|despite|amid|among|including|meanwhile|however|also|then|still|now|shortly|who|which|whose|where|when|it|he|she|they|we|you|i)$/u;
/** Words that open a clause or an adverbial in any case ("And the district signed …", "Last night"). */
const NOT_ROLE_START = /^(?:and|but|or|even|such|see|last|next|this|yesterday|today|tonight|whether|if|although|though|because|unless)$/i;
/** "acting director", "Managing Editor", "retired general": a participle that opens a title. */
const PARTICIPLE = /^\p{L}+(?:ing|ed)$/u;
/** Words that never end a title or an apposition. */
const NOT_ROLE_END = /^(?:of|in|at|on|for|from|to|by|with|after|before|called|and|or|the|a|an|who|that|also|like|as|such|than)$/;
/** "investigator with Nashi Groshi in an email to me": how the words reached the reporter is no part of the role. */
const MEANS_OF_SAYING = /\s+(?:in|on|during|via|over|through)\s+(?:(?:an?|the|his|her|their|its|this|that)\s+)?(?:[\p{L}-]+\s+)?(?:e-?mails?|interviews?|statements?|letters?|(?:phone\s+)?calls?|phone|conversations?|speech|posts?|tweets?|videos?|podcasts?|messages?|briefings?|remarks)\b.*$/u;
const PRONOUN = /^(?:he|she|they|we|you|it|i)$/i;

/** A word that names a role or a body: "director", "spokesman", "Commission", "analyst". */
function roleWord(word: string): boolean {
  const low = word.toLowerCase().replace(/['\u2019]s$/, '').replace(/[^\p{L}-]/gu, '');
  return NAME_TITLES.has(low) || PERSON_NOUNS.has(low) || ORG_NOUNS.has(low) || ORG_WORDS.has(low) || ROLE_SUFFIX.test(low);
}

/** A singular title or person's noun: "director", "editor", "general" (not "officials": "citing officials" is a clause). */
function titleWord(word: string): boolean {
  const low = word.toLowerCase();
  return !low.endsWith('s') && (NAME_TITLES.has(low) || PERSON_NOUNS.has(low));
}

/**
 * Roles only from real titles and appositions: "Aerolux President", "senior analyst at Stratfor".
 * Not "meanwhile", "in turn", "prospect", "It means", "noting that …": a phrase that opens with a
 * clause or adverbial word, or a lone word naming no role or body. A relative clause or a second
 * apposition after a comma is cut ("resident who witnessed the attack" → "resident").
 */
export function realRole(role: string | null): string | null {
  if (!role) return null;
  const cut = trimRole(role.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:an?|the)\s+/i, '').split(/,\s+|\s+(?:who|which|whose|where|when)\s+/)[0]!.replace(MEANS_OF_SAYING, '').trim());
  const words = cut.split(/\s+/).filter(Boolean);
  if (!words.length || NOT_ROLE_START.test(words[0]!) || NOT_ROLE_END.test(words[words.length - 1]!)) return null;
  // "saying that …" opens a clause; "acting director", "managing editor" open a title.
  if (NOT_ROLE.test(words[0]!) && !(PARTICIPLE.test(words[0]!) && words.length > 1 && titleWord(words[1]!))) return null;
  // A verb, a negation or an adverb of time makes a clause: "isn't the first time", "decision also overturned".
  if (words.some((w) => PRONOUN.test(w) || /^(?:is|was|are|were|has|have|had|should|would|will|can|could|do|does|did|said|says|say|also|then|previously)$/i.test(w) || /n['\u2019]t$/.test(w))) return null;
  // "Nigeria issued …", "Pradesh continues …": a name and a verb make a clause.
  if (words.some((w, i) => i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && /^\p{Ll}+(?:ed|es)$/u.test(w))) return null;
  // A longer phrase past the checks above is an apposition ("ferry pilot from Vardby"); one word
  // must name a role ("prospect" names none).
  return words.length > 1 || roleWord(words[0]!) ? cut : null;
}

/** The fullest proper name; a description when the article never names the source. */
function canonicalName(entity: Entity): string {
  const names = entity.names.filter((n) => !isAcronym(n) || entity.names.length === 1);
  if (names.length) {
    const name = names.reduce((best, n) => (n.split(/\s+/).length > best.split(/\s+/).length ? n : best));
    // ("Pakistan’s Ministry of Foreign Affairs", one owner given: owner-of-body.ts.)
    return (entity.kind === 'organization' ? ownerNamedBody(name, entity.descriptors) : null) ?? name;
  }
  // ("Judge rejects …" in a headline, then "A New York judge has …": a bare common noun first, the
  // description that ends in it names the source better.)
  const first = entity.descriptors[0];
  const fuller = first && isCommonNoun(first) ? entity.descriptors.find((d) => endsIn(d, first)) : undefined;
  return fuller ?? first ?? entity.names[0] ?? 'unknown';
}

/** One capitalised word that is a person noun or a title, not a name: "Judge", "Senator". */
function isCommonNoun(name: string): boolean {
  const word = name.toLowerCase();
  return !/\s/.test(name) && (PERSON_NOUNS.has(word) || NAME_TITLES.has(word));
}

/**
 * Whether a description of more than one word ends in the word as a common noun, in lower case:
 * "New York judge" for "Judge" (not "Several people Republicans", a misreading, for "Republicans").
 */
function endsIn(description: string, word: string): boolean {
  const words = description.trim().split(/\s+/);
  return words.length > 1 && words[words.length - 1] === word.toLowerCase();
}

/**
 * A description of one thing, neither a person, a body nor a document ("the pair", "the country",
 * "the latter", "the event"), holding positions only: no source a reader would list. Positions are
 * read from any subject, and such a subject is far likelier a misreading. (Plural groups stay:
 * "islanders", "41 percent" hold positions as polls report them.)
 */
/** A share or a count of people ("About three in 10", "41 percent"). */
const COUNTED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|percent|cent)\b/i;

function isWeakHolder(entity: Entity): boolean {
  if (entity.kind !== 'other' || entity.names.length) return false;
  if (entity.heads.some((h) => /[^su]s$/.test(h))) return false;
  if (entity.descriptors.some((d) => COUNTED.test(d))) return false;
  return !entity.descriptors.some((d) => d.toLowerCase().split(/[^\p{L}-]+/u).some((w) => PERSON_NOUNS.has(w)));
}

/** The article's own author, also as its outlet words her ("DW's Kate Ferguson" in the standfirst). */
function isAuthor(entity: Entity, authors: readonly string[]): boolean {
  if (entity.kind !== 'person') return false;
  const names = entity.names.flatMap((n) => [n, ownedPersonName(n) ?? []].flat());
  return authors.some((author) => names.some((n) => normName(n) === normName(author) || (n.includes(' ') && sameName(n, author))));
}
