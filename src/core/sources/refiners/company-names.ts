// A "person" the article treats as a body: "One company, Avigilon, sells …", "groups like Indivisible", "Best Buy's shares", "Falcon Northwest, which builds …", a source whose role is a body
// ("Axios", role "digital media company"), a name the article follows with "its" ("Tidewire said its
// ferries …"), a name linking capitalised words with "of" ("Weavers Guild of Vardby"). The kind follows what the article does with the name,
// never a list of names. A name opening with a given name ("Jane Best") stays a person.

import { genderOfGivenName } from '../gender';
import { DEMONYM_SUFFIX, FUNCTION_CAPS, NAME_TITLES, ORG_NOUNS, ORG_WORDS, STRONG_TITLES } from '../lexicon';
import type { Entity } from '../model';
import type { Mention } from './person-mentions';
import { isPeopleNoun } from './people-nouns';
import { wholeWordPlaces } from '../../text/word-places';

/**
 * Words that end a body's or an outlet's name besides the lexicon's ("Arcade Publishing", "Des Moines
 * Register", "U.S. Treasury", "Amnesty International", "County Public Schools"; not "banks", a surname too).
 */
const BODY_HEADS = new Set(['publishing', 'publishers', 'register', 'treasury', 'commons', 'records', 'entertainment', 'studios', 'pictures', 'pharmaceuticals', 'capital', 'ventures', 'airways', 'international', 'security',
  'schools', 'centers', 'centres', 'hospitals', 'clinics', 'colleges', 'universities', 'libraries',
  // ("Vardby Highway Patrol", "Skerry Fire and Rescue", "Harbour Vane Enterprises": a force's or a firm's last word.)
  'patrol', 'rescue', 'enterprises']);
/**
 * A body's noun written as a title before its name: "Watchdog Netreg", "Broadcaster KTV1", "Carmaker
 * Skerrvik" (as "Actor Ola Vik" is a person's). Only nouns that name a kind of body and never an
 * office: "House" ("House Speaker …") and "State" open persons' titles.
 */
const BODY_TITLES = new Set(['watchdog', 'broadcaster', 'regulator', 'carmaker', 'automaker', 'retailer', 'lender', 'insurer',
  'airline', 'manufacturer', 'conglomerate', 'newspaper', 'tabloid', 'broadsheet', 'chipmaker', 'drugmaker']);
/** A role's words up to its head: the first word that opens a phrase after the head ("company behind …", "one of X's banks"). */
const ROLE_HEAD_END = new Set(['of', 'at', 'for', 'to', 'in', 'with', 'on', 'by', 'from', 'behind', 'who', 'which', 'that', 'whose', 'since', 'based']);
/** How many words may come before a role's head ("Russia's leading politics and business newspaper"). */
const MAX_ROLE_WORDS = 7;
/** Two names joined under one verb: "Roscosmos and NASA". */
const JOINED = /\s(?:and|&)\s/;
/** How many places of a name are looked at. */
const MAX_PLACES = 40;
/** What a body owns and a person does not: "Best Buy's shares", "Coinbase's CEO" (not "her staff", "his website"). */
const OWNED = /^['\u2019]s?\s+(?:shares|stock|share\s+price|market\s+value|ceo|cfo|chief\s+executive|headquarters|products|stores|shareholders|customers|subscribers|users|app|platform)\b/i;
/**
 * A founder or a chief executive named after it, with no possessive: "Tidewire co-founder Ann Lee",
 * "Skerry CEO Ola Vik" (a person has advisers and spokesmen before a name, not founders or a CEO).
 */
const FOUNDER_BEFORE_NAME = /^\s+(?:[Cc]o-?)?(?:founder|cofounder)\s+(?:and\s+\p{L}+\s+)?\p{Lu}|^\s+(?:CEO|CFO)\s+\p{Lu}/u;
/**
 * Before the name, bodies in the plural that it is one of: "resistance groups like Indivisible",
 * "firms such as Skerrvik", "unions including Vardby Dockers" (not "authorities like Lee": a person
 * may speak for them).
 */
const ONE_OF_BODIES = /(?<![\p{L}-])(\p{Ll}{3,}s),?\s+(?:like|such\s+as|including)\s+$/u;
/** After the name: "…, which", "…, a company …" (the apposition's head: not "a doctor at a hospital"). */
const AFTER = /^(?:,\s+which\b|,\s+(?:an?|the)\s+(?:(?!(?:of|at|for|in|with|on|by|from|to|who|that)\s)[\p{L}-]+\s+){0,3}?(\p{L}+)\s*[,.])/iu;
/**
 * After the name, a copula and a description headed by a body's noun: "AstraZeneca is the third
 * major drug company to report …", "Tidewire was a ferry firm that …" (not "Ann Lee is a company
 * director in Oslo": the head is "director").
 */
const IS_A = /^\s+(?:is|was)\s+(?:an?|the|one\s+of\s+the)\s+(?:(?!(?:of|at|for|in|with|on|by|from|to|who|that)\s)[\p{L}-]+\s+){0,3}?(\p{L}+)(?:\s+(?:to|that|which|in|with)\b|\s*[,.;])/u;
/** Before the name, a body's noun in lower case after an article: "One company, Avigilon", "the firm Best Buy" (not "Secretary of State Ann Lee"). */
const BEFORE = /\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+)?(\p{Ll}+),?\s+$/u;
/**
 * The pronoun a body takes, right after the name's own verb: "Tidewire said its ferries …",
 * "Skerrvik steps up its search". Only up to three lower-case words between, none an article:
 * further on, "its" may be anything's. An "it" is no sign ("Ruiz said it would take years" is as
 * common for a person as for a firm: the "it" may stand for anything).
 */
const ITS_AFTER_VERB = /^(?:\s+(?!(?:the|a|an|of|who|which|and|or)\s)\p{Ll}[\p{Ll}-]*){1,3}?(?:\s+that)?\s+its\b/u;
/**
 * A name that links capitalised words with "of" or "for": a body's ("Guild of Weavers", "Centre
 * for Ferry Research"), unless the word before the link also stands alone in the text, as a
 * surname does ("Ann Roe of Vardby County" … "Roe said").
 */
const LINKED_NAME = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*?\s+(\p{Lu}\S*)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;
/**
 * Before the name, a capitalised "The" inside a sentence (after a lower-case word): "popular pub The
 * Anchor Room will close", "told The Vardby Courier". English writes a person's name without it, a
 * venue's, a band's or a paper's with it. (Not "The" opening a sentence: "The Anchor Room" may be "the".)
 */
const THE_INSIDE = /\p{Ll}[,;:]?\s+The\s+$/u;
/** After the name, a capitalised word going on with it ("Vardby Falcons"), not a new sentence or clause. */
const OPENS_NAME = /^[ \t]+\p{Lu}[\p{Ll}]+\b/u;
/** Before the name, a capitalised word it ends ("Ola Vardby"), not a sentence's first word after a stop. */
const ENDS_NAME = /(?:^|[^.!?:"\u201c\s]\s+)(\p{Lu}[\p{L}'\u2019-]*)[ \t]+$/u;
/** A relative pronoun of persons after the name: "Rioland, who has a degree". */
const WHO_AFTER = /^,\s+who\b/;
/** An honorific inside a name. */
const HONORIFIC = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s/;
/** Words that make a role a phrase about something else: "member of the party", "who ran the campaign". */
const NOT_IN_BODY_ROLE = new Set(['of', 'at', 'for', 'to', 'in', 'with', 'on', 'by', 'from', 'who', 'which', 'that', 'and', 'or']);

export function bodiesNamedAsPersons(text: string, entities: Entity[], mentions: readonly Mention[]): void {
  for (const e of entities) {
    if (e.mergedInto !== undefined || e.kind !== 'person') continue;
    // ("Colin L. Powell": an initial inside a name makes it a person's.)
    // (… and so does an honorific: "Health Commissioner Dr. Kristina Box".)
    if (e.names.some((n) => n.includes(' ') && (genderOfGivenName(n.split(' ')[0]!) !== null || /\s\p{Lu}\.\s/u.test(n) || HONORIFIC.test(n)))) continue;
    if (e.names.some((n) => mentions.some((m) => m.titled && m.name === n))) continue;
    const read = e.names.filter((n) => !endsFullName(n, e.names));
    // (Before the role: "Popular drinking hole The Anchor Room" gives a role that no person noun heads.)
    if (read.some((n) => namedWithThe(text, n))) { e.kind = 'organization'; continue; }
    // (A role from an apposition or a title that is no body's makes a person: "Ann Lee, chief executive".)
    if (e.role && !roleIsBody(e.role)) continue;
    // (A surname that ends one of the entity's full names is read through that full name: "the group
    // Fiorina addressed" has the shape of "the firm Best Buy", and "suspend Beck from its airwaves" of
    // "Tidewire said its ferries", but "Carly Fiorina" and "Glenn Beck" are written as a person's
    // given name and surname. A body's short name opens its full name: "Exxon", "Exxon Mobil".)
    if (roleIsBody(e.role) || read.some((n) => bodyHeaded(n) || bodyTitled(n) || joinsBody(n) || linkedName(text, n) || treatedAsBody(text, n) || opensLongerName(text, n, mentions))) e.kind = 'organization';
  }
  // ("Pioneer Skerry" beside "Pioneer Skerry Ltd", an organisation: the longer name's opening words.)
  for (const e of entities) if (e.mergedInto === undefined && e.kind === 'person' && !e.role && opensBodyName(entities, e, mentions)) e.kind = 'organization';
  // (Once every full name has its kind: "Arcade Publishing" may come after "Arcade".)
  for (const e of entities) if (e.mergedInto === undefined && e.kind === 'person' && shortOfBody(entities, e, mentions)) e.kind = 'organization';
}

/** Whether a one-word name is the last word of a two- or three-word name beside it ("Fiorina" beside "Carly Fiorina"). */
function endsFullName(name: string, names: readonly string[]): boolean {
  if (/\s/.test(name)) return false;
  return names.some((f) => { const w = f.split(/\s+/); return w.length > 1 && w.length <= 3 && w[w.length - 1] === name; });
}

/**
 * "Arcade" beside "Arcade Publishing": a one-word name that opens or ends the name of exactly one
 * body the article names, and of no person it names ("Bloomberg" beside "Michael Bloomberg" and
 * "Bloomberg News" stays open), is that body's short name; the short-name merge then joins them.
 */
function shortOfBody(entities: readonly Entity[], e: Entity, mentions: readonly Mention[]): boolean {
  if (e.role || e.names.length !== 1 || e.names[0]!.includes(' ')) return false;
  const word = e.names[0]!;
  if (word.length < 3 || genderOfGivenName(word) !== null) return false;
  // ("Roscosmos and NASA" is two bodies joined, no longer name of "Roscosmos".)
  const ends = (n: string) => { const w = n.split(/\s+/); return w.length > 1 && !JOINED.test(n) && (w[0] === word || w[w.length - 1] === word); };
  // (A mention's "person" is its reading at the time; a name now an organisation's is not one.)
  const bodyNames = new Set(entities.filter((o) => o.mergedInto === undefined && o.kind === 'organization').flatMap((o) => o.names));
  if (mentions.some((m) => m.person && ends(m.name) && !bodyNames.has(m.name))) return false;
  if (entities.some((o) => o.mergedInto === undefined && o.kind === 'person' && o !== e && o.names.some(ends))) return false;
  return entities.filter((o) => o.mergedInto === undefined && o.kind === 'organization' && o.names.some(ends)).length === 1;
}

/**
 * The last word of a name, or of a hyphened word ending it, is a body's or an outlet's: "Des Moines
 * Register", "Arcade Publishing", "KOMO-TV", "Spokesman-Review". (A person's name that opens with a
 * given name was let through above.)
 */
function bodyHeaded(name: string): boolean {
  const words = name.split(/[\s-]+/);
  const last = words[words.length - 1]!.toLowerCase();
  // ("Centers for Disease Control", "Offices of the Mayor": a body's noun in the plural opens it.)
  // ("U.S. Centers for Disease Control": one capitalised word, a place's, may come before it.)
  for (const k of [1, 2]) {
    if (words.length > k + 1 && /^(?:for|of)$/.test(words[k]!) && /^\p{Lu}/u.test(words[0]!) && ORG_WORDS.has(words[k - 1]!.toLowerCase().replace(/s$/, ''))) return true;
  }
  return /[\s-]/.test(name) && /^\p{Lu}/u.test(words[words.length - 1]!) && (ORG_WORDS.has(last) || BODY_HEADS.has(last));
}

/**
 * "The ACLU and Vardby Highway Patrol said …": bodies joined under one verb, one of them an acronym
 * of three letters or more or a name a body's word ends. (Two persons' names stay: "Lee and Vik".)
 */
function joinsBody(name: string): boolean {
  const parts = name.split(/\s+(?:and|&)\s+/);
  return parts.length === 2 && parts.some((p) => /^\p{Lu}{3,6}$/u.test(p) || bodyHeaded(p));
}

/** "Watchdog Netreg", "Broadcaster KTV1": a body's noun as the title of a name that opens with no given name. */
function bodyTitled(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && BODY_TITLES.has(words[0]!.toLowerCase())
    && /^\p{Lu}/u.test(words[1]!) && genderOfGivenName(words[1]!) === null;
}

/**
 * A name of two words or more whose words open exactly one organisation's longer name ("Pioneer
 * Skerry" and "Pioneer Skerry Ltd"), and no person's, is that body's short name. (A person's full
 * name opens with a given name: "Ann Lee" beside "Ann Lee Foundation" stays a person.)
 */
function opensBodyName(entities: readonly Entity[], e: Entity, mentions: readonly Mention[]): boolean {
  if (e.names.length !== 1) return false;
  const name = e.names[0]!;
  const words = name.split(/\s+/);
  if (words.length < 2 || genderOfGivenName(words[0]!) !== null || HONORIFIC.test(`${name} `)) return false;
  if (mentions.some((m) => m.titled && m.name === name)) return false;
  const opens = (n: string) => n.length > name.length && n.startsWith(`${name} `);
  if (entities.some((o) => o !== e && o.mergedInto === undefined && o.kind === 'person' && o.names.some(opens))) return false;
  return entities.filter((o) => o.mergedInto === undefined && o.kind === 'organization' && o.names.some(opens)).length === 1;
}

function linkedName(text: string, name: string): boolean {
  const m = LINKED_NAME.exec(name);
  // ("Supervisor Ann Roe of Vardby County": a title opens a person's name.)
  const first = name.split(' ')[0]!.toLowerCase().replace(/\.$/, '');
  if (!m || NAME_TITLES.has(first) || STRONG_TITLES.has(first)) return false;
  const word = m[1]!;
  for (const at of wholeWordPlaces(text, word, MAX_PLACES)) {
    const before = text.slice(Math.max(0, at - 30), at);
    if (!/\p{Lu}\S*\s+$/u.test(before) && !/^\s+(?:of|for)\s/.test(text.slice(at + word.length, at + word.length + 6))) return false;
  }
  return true;
}

/** Whether the words before a name end in bodies it is one of: "resistance groups like" (ONE_OF_BODIES). */
function oneOfBodies(before: string): boolean {
  const one = ONE_OF_BODIES.exec(before)?.[1]!.replace(/ies$/, 'y').replace(/s$/, '');
  return !!one && one !== 'authority' && ORG_NOUNS.has(one);
}

/** "digital media company": a short description headed by a body's noun (not "director of the X committee", "Ann's team"). */
function roleIsBody(role: string | null): boolean {
  // ("Resistance groups like Vardwatch said …": the speaker's phrase keeps the words before the name as its role.)
  if (role && oneOfBodies(`${role} `)) return true;
  const words = role?.trim().toLowerCase().split(/\s+/) ?? [];
  if (!words.length) return false;
  if (words.length > 4 || words.some((w) => !/^[\p{L}-]+$/u.test(w) || NOT_IN_BODY_ROLE.has(w))) return roleHeadIsBody(role!, words);
  return ORG_NOUNS.has(words[words.length - 1]!);
}

/**
 * A longer role read through its head noun: "world's largest concert promoter"'s words run to the
 * head; "company behind popular web browser" ends its head before "behind"; "one of Germany's
 * largest banks" is one of the banks. (Not "founder of the company": the head, "founder", is a person's.)
 */
function roleHeadIsBody(role: string, words: readonly string[]): boolean {
  // ("Vardish Party for the People leader", "Vardby's Department of Harbours director-general": a
  // person's noun after a body's name is the head; so is any word after a capitalised phrase.)
  if (isPeopleNoun(words[words.length - 1]!) || /\s(?:of|for|at|in)\s+(?:the\s+)?\p{Lu}/u.test(role.replace(/^\s*one\s+of\s+/i, ''))) return false;
  let from = 0;
  if (words[0] === 'one' && words[1] === 'of') from = words[2] === 'the' ? 3 : 2;
  let end = words.findIndex((w, k) => k >= from && ROLE_HEAD_END.has(w));
  if (end < 0) end = words.length;
  if (end - from < 1 || end - from > MAX_ROLE_WORDS) return false;
  const head = words[end - 1]!;
  if (!/^[\p{L}-]+$/u.test(head)) return false;
  const one = from > 0 ? head.replace(/ies$/, 'y').replace(/s$/, '') : head;
  return ORG_NOUNS.has(one) || BODY_TITLES.has(one);
}

/**
 * "Vardby confirmed …" beside "Vardby Falcons" written more often: a one-word name the article mostly
 * writes as the first word of a longer capitalised name is that body's short form (a team, a firm);
 * a person is shortened to the last word of a name, so a capitalised word before it ("Ola Vardby")
 * keeps a person, and so does a person's name it opens (a given name, a title).
 */
function opensLongerName(text: string, name: string, mentions: readonly Mention[]): boolean {
  // (An adjective opens names as a modifier, not as their short form: "Democratic" of "Democratic Party".)
  if (/\s/.test(name) || DEMONYM_SUFFIX.test(name)) return false;
  // (A given name or a title opens a person's name: "Mina" beside "Mina Holt", "Taoiseach Ola Vik".)
  if (mentions.some((m) => m.person && m.name.startsWith(`${name} `))) return false;
  let opens = 0;
  let alone = 0;
  for (const at of wholeWordPlaces(text, name, MAX_PLACES)) {
    const before = ENDS_NAME.exec(text.slice(Math.max(0, at - 30), at));
    if (before && !FUNCTION_CAPS.has(before[1]!)) return false;
    if (OPENS_NAME.test(text.slice(at + name.length, at + name.length + 30))) opens++;
    else alone++;
  }
  return opens >= 2 && opens > alone;
}

/** Whether the text writes "The" before `name` inside a sentence once at least, and never calls it "who". */
function namedWithThe(text: string, name: string): boolean {
  let the = false;
  for (const at of wholeWordPlaces(text, name, MAX_PLACES)) {
    if (WHO_AFTER.test(text.slice(at + name.length, at + name.length + 8))) return false;
    the ||= THE_INSIDE.test(text.slice(Math.max(0, at - 12), at));
  }
  return the;
}

/** Whether the text writes `name` as a body's once at least, and never as a person's ("Rioland, who …"). */
function treatedAsBody(text: string, name: string): boolean {
  let body = false;
  for (const at of wholeWordPlaces(text, name, MAX_PLACES)) {
    const end = at + name.length;
    const after = text.slice(end, end + 60);
    // "a center Rioland trusts" has the shape of "the firm Best Buy"; "Rioland, who …" settles it.
    if (WHO_AFTER.test(after)) return false;
    if (body) continue;
    const a = AFTER.exec(after);
    const b = BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    const is = IS_A.exec(after);
    body = OWNED.test(after) || FOUNDER_BEFORE_NAME.test(after) || oneOfBodies(text.slice(Math.max(0, at - 40), at)) || (!!a && (!a[1] || ORG_NOUNS.has(a[1].toLowerCase()))) || (!!b && ORG_NOUNS.has(b[1]!.toLowerCase()))
      || ITS_AFTER_VERB.test(after) || (!!is && ORG_NOUNS.has(is[1]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')));
  }
  return body;
}
