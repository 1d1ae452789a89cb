import type { FactSheet } from '../../../core/types';
import { distinctiveness, isStopWord } from './background-frequency';
import { articleLocale, hostOf, type Locale } from './locale';
import { tokenize, wordKey, type Token } from './tokens';

// The query for other outlets' reports of the same story, built from the article alone:
// the people, places and organisations it names (its sources and the capitalised names of
// its headline and opening), the terms that distinguish it from everyday English, a time window
// around its publication, and its language and country.

export interface RelatedQuery {
  /** People, organisations and places, most important first. */
  entities: string[];
  /** Distinctive words, most distinctive first. */
  keywords: string[];
  /** The plain query: entities (multi-word ones quoted) and keywords. */
  text: string;
  /** Time window (UTC days, inclusive) around publication; null when the date is unknown. */
  window: { from: string; to: string } | null;
  /** Publication date-time as ISO, when known. */
  published: string | null;
  locale: Locale;
  /** The article's own outlet, left out of the results: hosts without `www.` and names. */
  ownHosts: string[];
  ownOutlets: string[];
}

const MAX_ENTITIES = 3;
const MAX_KEYWORDS = 3;
const OPENING_CHARS = 1_500;
const DAY = 86_400_000;
/** Coverage of a story starts a little before (time zones, live pages) and runs a few days after. */
const WINDOW_BEFORE_DAYS = 2;
const WINDOW_AFTER_DAYS = 5;

/** Capitalised words that are not names: calendar words and sentence furniture. */
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms',
  'dr', 'prof', 'sir', 'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'as', 'if', 'it', 'he', 'she',
  'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'when', 'while', 'after', 'before', 'photo',
  'read', 'more', 'update', 'updated', 'watch', 'live', 'exclusive', 'breaking', 'opinion', 'analysis',
]);
/** Lower-case words allowed inside a name: "Bank of England", "Minister for Health". */
const NAME_JOINERS = new Set(['of', 'for', 'de', 'del', 'la', 'van', 'von', 'al', 'bin']);
/** What separates two names: punctuation, or a dash between spaces ("SEOUL – North Korean"). */
const BREAK = /[,;:.!?()"“”]|\s[-–—]\s/;
const PERSON_TITLES = /^(?:mr|mrs|ms|dr|prof|sir|president|prime minister|minister|senator|governor|mayor|gen|general|chief|judge|rep|councillor|councilor|cllr|lord|lady|dame)\.?\s+/i;

interface Candidate {
  name: string;
  score: number;
}

export function buildQuery(sheet: FactSheet): RelatedQuery {
  const headline = sheet.meta.title ?? firstBlock(sheet, 'headline') ?? '';
  const deck = sheet.meta.description ?? '';
  const opening = (sheet.body || sheet.text).slice(0, OPENING_CHARS);

  const entities = chooseEntities(sheet, headline, deck, opening);
  const entityWords = new Set(entities.flatMap((e) => e.split(/\s+/).map(wordKey)));
  const keywords = chooseKeywords(headline, deck, opening, entityWords);
  const published = validIso(sheet.meta.published);
  return {
    entities,
    keywords,
    text: queryText(entities, keywords),
    window: published ? windowAround(published) : null,
    published,
    locale: articleLocale(sheet),
    ownHosts: [...new Set([hostOf(sheet.url), hostOf(sheet.meta.canonicalUrl)].filter((h): h is string => !!h))],
    ownOutlets: [...new Set([sheet.meta.publisher, ...sheet.meta.publishers].filter((p): p is string => !!p))],
  };
}

export function queryText(entities: string[], keywords: string[]): string {
  return [...entities.map((e) => (e.includes(' ') ? `"${e}"` : e)), ...keywords].join(' ');
}

function chooseEntities(sheet: FactSheet, headline: string, deck: string, opening: string): string[] {
  const candidates = new Map<string, Candidate>();
  const add = (name: string, score: number): void => {
    const clean = withoutRole(name.replace(PERSON_TITLES, '').trim());
    if (clean.length < 2) return;
    const key = clean.toLowerCase();
    const known = candidates.get(key);
    if (known) known.score += score;
    else candidates.set(key, { name: clean, score });
  };
  // Sources the article quotes: people and organisations, weighted by how much they say;
  // who speaks in a story tells it apart from other stories on the same subject.
  for (const source of sheet.sources) {
    if (source.kind !== 'person' && source.kind !== 'organization') continue;
    if (!looksLikeName(source.name)) continue;
    // A one-word source ("Engineers said") is a name only if it is capitalised mid-sentence somewhere.
    if (!source.name.includes(' ') && !capitalisedMidSentence(source.name, sheet.text)) continue;
    add(source.name, 2 + Math.min(source.statements, 4) * 0.5);
  }
  // Names in the headline count most, then the deck, then the opening paragraphs.
  const headlineIsTitleCase = isTitleCase(headline);
  for (const [text, weight, trustCapitals] of [
    [headline, 3, !headlineIsTitleCase], [deck, 1.5, true], [opening, 1, true],
  ] as const) {
    for (const name of capitalisedNames(text)) {
      if (!trustCapitals && !candidates.has(name.toLowerCase()) && !appearsCapitalised(name, opening + ' ' + deck)) continue;
      // A name of several words is rarely a capital by accident.
      add(name, name.includes(' ') ? weight * 1.5 : weight);
    }
  }
  // A name inside a longer one ("Marsh" in "Lena Marsh") lends it its score.
  const list = [...candidates.values()];
  for (const short of list) {
    const longer = list.find((c) => c !== short && c.score > 0 && (containsWords(c.name, short.name) || variantOf(c, short)));
    if (longer) {
      longer.score += short.score;
      short.score = 0;
    }
  }
  return list.filter((c) => c.score >= 1.5).sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, MAX_ENTITIES).map((c) => c.name);
}

/** Runs of capitalised words (with joiners inside), not counting a lone sentence-initial word. */
function capitalisedNames(text: string): string[] {
  const tokens = tokenize(text);
  const names: string[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length && NAME_JOINERS.has(run[run.length - 1]!.text.toLowerCase())) run.pop();
    while (run.length && NOT_NAMES.has(wordKey(run[0]!.text))) run.shift();
    if (run.length) {
      const single = run.length === 1 ? run[0]! : null;
      const acronym = single !== null && /^\p{Lu}[\p{Lu}.]+$/u.test(single.text);
      const usable = !single || acronym || (!single.sentenceStart && !isStopWord(single.text) && !NOT_NAMES.has(wordKey(single.text)));
      // Possessives inside a name stay ("King's Speech"); the one at its end goes ("Epstein's").
      const shouted = run.length > 1 && run.every((t) => isShouted(t.text));
      if (usable && !shouted) names.push(withoutRole(run.map((t, i) => (i < run.length - 1 ? t.printed : t.text)).join(' ')));
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const adjacent = run.length > 0 && previous !== undefined && !BREAK.test(text.slice(previous.index + previous.text.length, token.index))
      && isShouted(previous.text) === isShouted(token.text);
    if (token.capitalised && (run.length === 0 || adjacent) && !(token.sentenceStart && run.length)) {
      run.push(token);
    } else if (run.length && adjacent && NAME_JOINERS.has(token.text) && tokens[i + 1]?.capitalised) {
      run.push(token);
    } else {
      flush();
      if (token.capitalised) run.push(token);
    }
  }
  flush();
  return names.filter((n) => n.length <= 60);
}

function chooseKeywords(headline: string, deck: string, opening: string, entityWords: Set<string>): string[] {
  const scores = new Map<string, number>();
  for (const [text, weight] of [[headline, 3], [deck, 1.5], [opening, 1]] as const) {
    const seen = new Set<string>();
    for (const token of tokenize(text)) {
      const key = wordKey(token.text);
      if (key.length < 4 || seen.has(key) || entityWords.has(key) || isStopWord(key)) continue;
      // A capitalised word that is not a chosen entity is usually a name we chose to leave out.
      if (token.capitalised && !token.sentenceStart) continue;
      const distinct = distinctiveness(key);
      // Below this, a word is among the few hundred commonest: it tells no story apart.
      if (distinct < 0.65) continue;
      seen.add(key);
      scores.set(key, (scores.get(key) ?? 0) + weight * distinct);
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_KEYWORDS).map(([word]) => word);
}

function windowAround(published: string): { from: string; to: string } {
  const day = Date.parse(published.slice(0, 10) + 'T00:00:00Z');
  return {
    from: new Date(day - WINDOW_BEFORE_DAYS * DAY).toISOString().slice(0, 10),
    to: new Date(day + WINDOW_AFTER_DAYS * DAY).toISOString().slice(0, 10),
  };
}

function validIso(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const time = Date.parse(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Words naming an office, which precede a name: "Economy Minister Marcelo Ebrard" → "Marcelo Ebrard". */
const ROLE_WORDS = new Set([
  'president', 'minister', 'secretary', 'governor', 'senator', 'chancellor', 'mayor', 'councillor', 'councilor',
  'spokesperson', 'spokesman', 'spokeswoman', 'director', 'chief', 'ceo', 'chairman', 'chairwoman', 'chair',
  'judge', 'justice', 'commissioner', 'ambassador', 'general', 'representative', 'rep', 'sen', 'gov', 'officer',
]);

/** The name after the last office word, when at least two words remain; else the name as is. */
function withoutRole(name: string): string {
  const words = name.split(' ');
  let last = -1;
  words.forEach((w, i) => {
    if (ROLE_WORDS.has(w.toLowerCase())) last = i;
  });
  return last >= 0 && words.length - last - 1 >= 2 ? words.slice(last + 1).join(' ') : name;
}

/** An all-capitals word of three letters or more: a dateline or a shout, not part of a mixed-case name. */
function isShouted(word: string): boolean {
  return word.length >= 3 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Every word capitalised but the joiners, at most six words: "Bank of England", not "Hale said the council". */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 6 && words.every((w) => NAME_JOINERS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

function capitalisedMidSentence(word: string, text: string): boolean {
  const bounded = text.slice(0, 50_000);
  for (let at = bounded.indexOf(word); at !== -1; at = bounded.indexOf(word, at + word.length)) {
    const before = bounded.slice(Math.max(0, at - 3), at).trimEnd();
    if (before && !/[.!?:"“”\n–—-]$/.test(before)) return true;
  }
  return false;
}

function isTitleCase(text: string): boolean {
  const words = tokenize(text).filter((t) => t.text.length > 3);
  return words.length >= 3 && words.filter((t) => t.capitalised).length / words.length > 0.7;
}

function appearsCapitalised(name: string, text: string): boolean {
  return text.includes(name);
}

/** "North Korea" and "North Korean": same words but for an ending; the better-scored one stays. */
function variantOf(kept: Candidate, other: Candidate): boolean {
  if (kept.score < other.score) return false;
  const a = kept.name.toLowerCase().split(' ');
  const b = other.name.toLowerCase().split(' ');
  return a.length === b.length && a.some((w, i) => w !== b[i])
    && a.every((w, i) => w === b[i] || (Math.min(w.length, b[i]!.length) >= 4 && (w.startsWith(b[i]!) || b[i]!.startsWith(w))));
}

function containsWords(long: string, short: string): boolean {
  if (long.length <= short.length) return false;
  return ` ${long.toLowerCase()} `.includes(` ${short.toLowerCase()} `);
}

function firstBlock(sheet: FactSheet, kind: string): string | null {
  const block = sheet.blocks.find((b) => b.kind === kind);
  return block ? sheet.text.slice(block.start, block.end) : null;
}
