// Documents and data named by their owner, as a reader names them: "a Register poll found …" is the
// Register poll's finding (the Register an alias), "the OBR's forecast shows …" the Office for
// Budget Responsibility forecast's. A poll
// the article describes without its owner ("a new poll", "the survey", "the polling showed") is the
// poll the article names with its owner nearest before it ("The Marston College-conducted poll,
// commissioned by the Harbour Courier, …"), or, in a headline or lede that announces it, the first
// one named after it. A document whose owner the article never names stays a document.
//
// Linear: one pass over the text for owned mentions (capped), then one binary search per attribution.

import { CALENDAR_WORDS, FUNCTION_CAPS } from '../lexicon';
import type { Attribution, Entity, SpeakerRef } from '../model';
import { blockAtOrAfter, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { boundNameWords } from '../bound-name-words';
import { officeAfterOwner } from '../owner-office';
import { finalEntity } from './alias-merge';
import { normName } from './names';
import { statementMentions } from './statement-owners';
import { reportMentions } from './report-owners';
import { lookupTable } from '../../text/lookup-table';

/** Document nouns in families: a "survey" may be the poll named before, never the report. */
const FAMILIES = lookupTable<string>({
  poll: 'survey', polls: 'survey', polling: 'survey', survey: 'survey', surveys: 'survey',
  study: 'study', studies: 'study', report: 'study', reports: 'study', research: 'study', analysis: 'study', paper: 'study', review: 'study', audit: 'study',
  data: 'data', figures: 'data', statistics: 'data', numbers: 'data', census: 'data', estimates: 'data', forecast: 'data', forecasts: 'data', projections: 'data',
  // What a source issued (statement-owners.ts): "the statement said" is the last one a named source made.
  statement: 'statement', statements: 'statement', release: 'statement', letter: 'statement',
  // What an outlet reported (report-owners.ts): "the article said" is the piece the outlet named before put out.
  // (Not read from "an article by New York magazine": the owner's run would stop at "New York".)
  article: 'article', articles: 'article', story: 'article',
});
const DOC = '(?:poll|polls|polling|survey|surveys|study|studies|report|reports|research|analysis|paper|review|audit|data|figures|statistics|numbers|census|estimates|forecast|forecasts|projections|statement|statements|release|letter)';
// (An apostrophe only inside a name, "O'Brien": a possessive "'s" ends the run.)
const CAP = "\\p{Lu}[\\p{L}\\p{N}&./-]*(?:['\u2019](?!s\\b)\\p{L}+)?";
const RUN = `${CAP}(?:[ \\t]+(?:(?:of|for|and|on|&)[ \\t]+)?${CAP}){0,7}`;
/** "a Northfield News poll", "Saturday's Courier poll", "the OBR's latest forecast", "the Marston College-conducted poll". */
// (A lower-case word of the owner's name may follow it, "Umfragewerk delta projections": bound-name-words.ts.)
const OWNER_BEFORE = new RegExp(`(${RUN})(?:[ \\t]+(\\p{Ll}[\\p{Ll}-]*))?(?:(['\u2019]s?)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}|\\s+)(${DOC})\\b`, 'gu');
// "compiled by special counsel Robert Mueller": a few lower-case words of a title before the name
// (no function word: "from the state of Texas" names no owner; no gerund or number: "the statement
// added, by downing five Indian jets" is a means, not an author).
const TITLE = '(?:(?!(?:and|or|but|that|which|who|whom|whose|said|says|the|a|an|in|on|at|to|of|for|with|as|one|two|three|four|five|six|seven|eight|nine|ten|\\p{Ll}+ing)\\b)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}';
// (After a possessive the owner is the name that follows: "figures published by Germany's Umfragewerk";
// not after a joined owner, "by the X Institute and Y University's Z Center", which names both.)
/** "a poll, commissioned by the New York Times", "research by the Migration Policy Institute", "data from the ONS". */
const OWNER_AFTER = new RegExp(`\\b(${DOC})\\b(?:\\s+\\p{Ll}+){0,2}?,?\\s+(?:(?:commissioned|conducted|carried\\s+out|published|released|compiled|produced|issued|funded|led)\\s+)?(?:by|from)\\s+(?:the\\s+)?${TITLE}(?:${CAP}(?:[ \\t]+${CAP}){0,3}['\u2019]s\\s+)?(${RUN})`, 'gu');
const MAX_MENTIONS = 500;
/** The lower-case word right after a name ("Umfragewerk delta"). */
const NEXT_WORD = /^[ \t]+(\p{Ll}[\p{Ll}-]*)/u;
/** Paragraphs back within which "the poll" is the poll named before. */
const REACH_BACK = 4;
/** Paragraphs ahead within which "a new poll" in a headline or lede is the poll named next. */
const REACH_AHEAD = 8;

interface OwnedMention {
  start: number;
  block: number;
  family: string;
  /** Empty for a statement made by a source with no name ("a spokesman said in a statement"). */
  owner: string;
  kind: 'person' | 'organization';
  /** Named after the noun with "by" / "commissioned by": the owner a reader keeps. */
  byPhrase: boolean;
}

/** `lowerWords`: the words the text writes in lower case (see entity-names). */
export function nameDocumentsByOwner(scan: Scan, entities: Entity[], attributions: readonly Attribution[], lowerWords: ReadonlySet<string>): void {
  const mentions = [...ownedMentions(scan, lowerWords, boundNameWords(scan.masked)), ...statementMentions(scan, entities, attributions), ...reportMentions(scan, entities, attributions)]
    .sort((x, y) => x.start - y.start);
  const owners = new Map<string, number>();
  // The document entity each renamed one went to (-1 when its phrases went to more than one owner).
  const movedTo = new Map<number, number>();
  for (const a of attributions) {
    if (!a.speaker || a.entity === undefined) continue;
    const doc = documentOf(a.speaker);
    if (!doc) continue;
    const own = ownerInName(a.speaker, lowerWords) ?? mentionFor(scan, mentions, a.speaker, doc.head, doc.family);
    // (A statement a description or an unresolved pronoun made: the nearest, but no name to give it.)
    if (!own?.owner) continue;
    const owner = longestForm(own.owner, mentions);
    const key = normName(owner);
    let index = owners.get(key) ?? -1;
    if (index < 0) {
      // The owner's poll, as a reader (and the annotation guidelines) name it: "Northfield News poll",
      // the owner an alias. (The owner alone loses the document's own word, which PolNeAR's
      // annotators keep: 0.6173 with "Bloomberg", 0.6189 with "Bloomberg poll", dev.)
      const noun = doc.family === 'survey' ? 'poll' : doc.head;
      index = entities.push({
        kind: 'document', names: [`${owner} ${noun}`], descriptors: [owner], heads: [], role: null, affiliation: owner, firstBlock: a.block,
      }) - 1;
    }
    owners.set(key, index);
    const entity = entities[index]!;
    const phrase = a.speaker.text.replace(/^(?:the|a|an|this|that|its|their|new|latest)\s+/i, '');
    if (!entity.descriptors.includes(phrase) && normName(phrase) !== key) entity.descriptors.push(phrase);
    if (!entity.heads.includes(doc.head)) entity.heads.push(doc.head);
    const from = finalEntity(entities, a.entity);
    movedTo.set(from, (movedTo.get(from) ?? index) === index ? index : -1);
    a.entity = index;
  }
  // ("…,” read the letter. It also accuses …": a pronoun coreference gave the document goes with it.)
  for (const a of attributions) {
    if (a.speaker?.form !== 'pronoun' || a.entity === undefined) continue;
    const to = movedTo.get(finalEntity(entities, a.entity));
    if (to !== undefined && to >= 0) a.entity = to;
  }
}

/** The document noun a speaker phrase is built on ("poll" of "a Northfield News poll"), or null. */
function documentOf(ref: SpeakerRef): { head: string; family: string } | null {
  const head = (ref.form === 'name' ? lastWordOf(ref.name ?? '') : ref.head ?? '').toLowerCase();
  const family = FAMILIES[head];
  if (!family) return null;
  // "a report by the agency": the parser has named the owner already.
  if (ref.form === 'name' && !/^\p{Ll}/u.test(lastWordOf(ref.name ?? ''))) return null;
  return { head, family };
}

/** "Northfield News poll" → Northfield News; "Marston College-conducted poll" → Marston College. */
function ownerInName(ref: SpeakerRef, lowerWords: ReadonlySet<string>): { owner: string; kind: 'person' | 'organization' } | null {
  if (ref.form !== 'name' || !ref.name) return null;
  const words = ref.name.split(/\s+/).slice(0, -1);
  // "Recent polls": a word the text also writes in lower case is no owner.
  if (words.length === 1 && lowerWords.has(words[0]!.toLowerCase())) return null;
  while (words.length && (FUNCTION_CAPS.has(words[0]!.toLowerCase()) || CALENDAR_WORDS.has(words[0]!.replace(/['\u2019]s?$/, '').toLowerCase()))) words.shift();
  const owner = words.join(' ').replace(/-(?:conducted|commissioned|led|run|sponsored|funded)$/, '').replace(/['\u2019]s?$/, '');
  return /^\p{Lu}/u.test(owner) ? { owner, kind: 'organization' } : null;
}

function lastWordOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Every document the text names with its owner, in order. */
function ownedMentions(scan: Scan, lowerWords: ReadonlySet<string>, bound: ReadonlyMap<string, string>): OwnedMention[] {
  const out: OwnedMention[] = [];
  const text = scan.masked;
  for (const [pattern, byPhrase] of [[OWNER_BEFORE, false], [OWNER_AFTER, true]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m && out.length < MAX_MENTIONS; m = pattern.exec(text)) {
      const [noun, run] = byPhrase ? [m[1]!, m[2]!] : [m[4]!, m[1]!];
      const family = FAMILIES[noun.toLowerCase()];
      if (!family) continue;
      const runStart = m.index + m[0].indexOf(run, byPhrase ? noun.length : 0);
      // The lower-case word after the owner's name: read before the noun, or after a "by" phrase's name.
      const next = byPhrase ? NEXT_WORD.exec(text.slice(runStart + run.length, runStart + run.length + 40))?.[1] : m[2];
      const lastWord = run.split(/\s+/).pop()!.replace(/['\u2019]s?$/, '');
      const bind = next !== undefined && bound.get(next) === lastWord;
      // ("the Times latest poll": a word of the sentence between a name and the noun names no owner.)
      if (!byPhrase && next !== undefined && !bind) continue;
      const owned = ownerOfRun(scan, runStart, run, !byPhrase && !!m[3], bind ? next : undefined);
      // ("a report from Vardia's auditor general": the office after the possessive issued it, owner-office.ts.)
      const office = byPhrase && owned ? officeAfterOwner(text, runStart + run.length) : null;
      const owner = owned && office ? { owner: `${owned.owner}${office}`, kind: 'organization' as const } : owned;
      // "Recent polls": a word the text also writes in lower case is no owner.
      if (!owner || (!owner.owner.includes(' ') && lowerWords.has(owner.owner.toLowerCase()))) continue;
      out.push({ start: m.index, block: blockAtOrAfter(scan, m.index), family, byPhrase, ...owner });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The owner a capitalised run names: "Saturday's Times" → Times; "the Teri Allery of …" → a person. */
function ownerOfRun(scan: Scan, start: number, run: string, possessive: boolean, nameGoesOn?: string): { owner: string; kind: 'person' | 'organization' } | null {
  run = run.replace(/-(?:conducted|commissioned|led|run|sponsored|funded)$/, '');
  const words = run.split(/\s+/);
  // After an inner possessive only the last owner counts ("Saturday's Courier poll").
  let from = 0;
  // A sentence ends inside the run ("… on Saturday. The Marston College poll"): only the part after it.
  words.forEach((w, i) => { if ((/['\u2019]s$/.test(w) || /\p{Ll}{2}\.$/u.test(w)) && i < words.length - 1) from = i + 1; });
  while (from < words.length && (FUNCTION_CAPS.has(words[from]!.toLowerCase()) || CALENDAR_WORDS.has(words[from]!.toLowerCase()))) from++;
  if (from >= words.length) return null;
  const offset = start + words.slice(0, from).join(' ').length + (from ? 1 : 0);
  const ref = readSpeaker(scan.masked, offset, start + run.length);
  if (!ref || ref.form !== 'name' || !ref.name) return null;
  const named = possessive ? ref.name.replace(/['\u2019]s?$/, '') : ref.name;
  // ("Umfragewerk delta": a lower-case word the text writes only after this name is part of it.)
  const name = nameGoesOn ? `${named} ${nameGoesOn}` : named;
  if (!/^\p{Lu}/u.test(name) || CALENDAR_WORDS.has(name.toLowerCase())) return null;
  // One word is an outlet or a body ("Reuters", "YouGov"), not a person, unless a title stood before it.
  const kind = ref.kind === 'person' && /\s/.test(name) ? 'person' : 'organization';
  return { owner: name, kind };
}

/**
 * The owned mention a described document is: one inside the phrase; for "the poll", the last named
 * before it; for "a new poll" in a headline or lede, the next one named. An indefinite document later
 * on ("a study found") is a new one, and a plural ("exit polls", "recent polls") none in particular.
 */
function mentionFor(scan: Scan, mentions: readonly OwnedMention[], ref: SpeakerRef, head: string, family: string): OwnedMention | null {
  const block = blockAtOrAfter(scan, ref.start);
  const plural = /s$/.test(head) && head !== 'analysis';
  let before: OwnedMention | null = null;
  let after: OwnedMention | null = null;
  for (const m of mentions) {
    if (m.family !== family) continue;
    if (m.start >= ref.start && m.start < ref.end + 2) return pickAt(mentions, m);
    if (m.start < ref.start) { if (m.block >= block - REACH_BACK) before = m; }
    else if (!after) after = m;
  }
  if (plural) return null;
  if (ref.definite) return before ? pickAt(mentions, before) : null;
  if (after && isLede(scan, block) && after.block <= block + REACH_AHEAD) return pickAt(mentions, after);
  return null;
}

/** The headline, the deck, a caption, or the first paragraph of the body. */
function isLede(scan: Scan, block: number): boolean {
  for (let i = 0; i < block; i++) if (scan.blocks[i]!.kind === 'paragraph') return false;
  return true;
}

/** Of two owners named for one document ("Marston College-conducted poll, commissioned by the Courier"), the commissioner. */
function pickAt(mentions: readonly OwnedMention[], m: OwnedMention): OwnedMention {
  const twin = mentions.find((o) => o !== m && o.byPhrase && Math.abs(o.start - m.start) < 80);
  return twin && !m.byPhrase ? twin : m;
}

/** "Times" → "New York Times", "Bloomberg" → "Bloomberg News" when the article names the owner so. */
function longestForm(owner: string, mentions: readonly OwnedMention[]): string {
  const key = ` ${normName(owner)} `;
  let best = owner;
  for (const m of mentions) {
    if (!m.owner) continue;
    const other = ` ${normName(m.owner)} `;
    if (other.length > ` ${normName(best)} `.length && (other.startsWith(key) || other.endsWith(key))) best = m.owner;
  }
  return best;
}
