// One subject, two verbs of saying or stance: "Hollis called the behavior “outrageous” and called
// for the executives to resign", "The mayor proposes doing away with the fee, and plans to …". The
// parsers read the first cue's content to its clause's end, so it swallows the second verb phrase
// and what that one says. A cue verb after "and", "but" or "yet" in the same finite form as the
// first cue (past with past, present with present) coordinates with it, not with a verb of the
// content: the first content ends before the conjunction, and the second cue becomes an attribution
// of its own, by the same speaker.

import { ATTITUDE_PARTICLES, ATTITUDE_WORDS, IRREGULAR_PAST } from '../attitude-lexicon';
import { learnedCue } from '../learned-cues';
import { CUE_PARTICLES, CUE_WORDS } from '../lexicon';
import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { MAX_FOUND, type Scan } from '../scan';
import { attributionsByBlock } from './block-attributions';

// ", and has also called for", " but pledged", ", yet refuses": the conjunction, an adverb or an
// auxiliary of the perfect, and the verb.
// A bare comma too, in a series that a conjunction closes ("urged A, proposed B and …").
// A negated verb too, its tense in the auxiliary: "… but did not name them", "and would not say";
// and one after an emphatic "did": "did not mention A but did note B".
// (Up to two adverbs after the conjunction, "and even questioned", "and once again did not …", and
// a negated perfect, "and has also not answered", "but hasn't named".)
const COORDINATED = /(?:,?\s+(?:and|but|yet)|,)\s+(?:(?:also|then|later|now|still|again|even|once\s+again|once\s+more|\p{Ll}+ly)\s+){0,2}(?:(?:has|have|had)\s+(?:(?:also|since|long|\p{Ll}+ly)\s+)?(?:not\s+|never\s+)?|(?:has|have|had)n[’']t\s+|(?:did|does|do|would|could|will)\s+not\s+|(?:did|does|do|would|could|wo)n[’']t\s+|(?:did|does|do)\s+)?(\p{Ll}{3,})(?=[\s,:])/gu;
/** The negating auxiliary of a coordinated verb, and the form of the cue it pairs with. */
const NEGATED = /\b(did|does|do|would|could|will|wo)(?:\s+not|n[’']t)\s/;
/** "… but did note that …": an emphatic "do" carries the tense as a negating one does. */
const EMPHATIC = /\s(did|does|do)\s+\p{Ll}+$/u;
const NEGATED_FORM: Record<string, Finite[]> = {
  did: ['past'], would: ['past'], could: ['past'], does: ['present'], do: ['plural'], will: ['present', 'plural'], wo: ['present', 'plural'],
};
/**
 * A verb form a subject can carry: the past (and the perfect's participle), the third person
 * present, or the plural present's bare form ("Farmers oppose X and have pledged Y", "… and want Y").
 * A participle in -ing pairs with another ("…, calling the plan a mess and urging a vote"): two
 * participle phrases of one subject, each a stance of its own.
 */
type Finite = 'past' | 'present' | 'plural' | 'participle';
/** Cues learned from train with at least this many annotations count as cues here too. */
const MIN_EVIDENCE = 5;
const MIN_WORDS = 2;

export function splitCoordinatedCues(scan: Scan): void {
  for (const list of attributionsByBlock(scan.found)) {
    for (const a of list) {
      const end = a.end;
      const cut = coordination(scan, a, list);
      if (cut < 0) continue;
      // What a cue inside the first content read to the same clause end ("said she understands X but
      // downplayed …") stops at the conjunction too.
      for (const b of list) {
        if (b.direct || b.start < a.start || b.start >= cut || b.end <= cut || b.end > end || !asPrinted(scan, b)) continue;
        if (wordCount(scan.text.slice(b.start, cut), MIN_WORDS) < MIN_WORDS) continue;
        b.end = cut;
        b.text = scan.text.slice(b.start, cut);
      }
    }
  }
}

/**
 * Where the first content ends when a verb phrase coordinated with its cue follows inside it (and
 * the second cue's attribution, added unless a parser read that cue already), or -1.
 */
function coordination(scan: Scan, a: Attribution, list: Attribution[]): number {
  const { masked, text } = scan;
  // Only a content read forward from its cue, as printed (not one a parser rebuilt).
  if (a.direct || !a.speaker || a.cueStart >= a.start || !asPrinted(scan, a)) return -1;
  const form = finiteForm(masked, a.cueStart);
  if (!form) return -1;
  COORDINATED.lastIndex = 0;
  const slice = masked.slice(a.start, a.end);
  for (let m = COORDINATED.exec(slice); m; m = COORDINATED.exec(slice)) {
    const verb = m[1]!;
    const verbStart = a.start + m.index + m[0].length - verb.length;
    if (!sameForm(verb, form, m[0])) continue;
    const cue = cueAt(masked, verb, verbStart + verb.length);
    if (!cue) continue;
    // A verb with a "that" clause of its own is a second statement, not more of the first one's
    // clause: "said she was pleased, but lamented that …", "cast doubt on X, suggested that …".
    // (After a bare comma only when the first content is no clause: in "said the study, released in
    // May, found that …" the verb is the study's.)
    // (A verb with its particle governs a noun phrase: "agreed with that point". A participle after a
    // comma, ", admitting that …", is clip-at-participles.ts's.)
    const ownClause = cue === verb && !/ing$/.test(verb) && THAT_CLAUSE.test(masked.slice(verbStart + cue.length, verbStart + cue.length + 40));
    const joined = /\s(?:and|but|yet)\s/.test(m[0]);
    if (!joined && !(ownClause && !isClause(masked, a.cueStart, a.start, a.start + m.index, form)) && !closesSeries(slice, m.index + m[0].length, form)) continue;
    // "… and backed by the council": a participle with its agent is passive.
    if (/^\s+by\s/.test(masked.slice(verbStart + cue.length, verbStart + cue.length + 4))) continue;
    const cut = a.start + m.index;
    // (The first object may be one word: "chides Turkey and praises …".)
    if (wordCount(text.slice(a.start, cut), 1) < 1) return -1;
    // "said she was elated but still feared …": after a clause of its own the verb is that clause's,
    // unless it is a verb of saying only ("said she had been there and said, …").
    // (Not when the verb takes a "that" clause of its own: then it says something in turn.)
    if (!speechOnly(verb) && !ownClause && isClause(masked, a.cueStart, a.start, cut, form)) return -1;
    const second = secondContent(scan, verbStart + cue.length, a.end);
    if (second && !scan.usedCues.has(verbStart) && scan.found.length < MAX_FOUND) {
      scan.usedCues.add(verbStart);
      const added: Attribution = {
        ...second, direct: false, cue, cueStart: verbStart, speaker: a.speaker, block: a.block, extractor: a.extractor,
        confidence: a.confidence, attitude: !CUE_WORDS.has(verb) || a.attitude,
      };
      // ("praised A, criticized B and called for C": the second may coordinate with a third.)
      scan.found.push(added);
      list.push(added);
    } else {
      // (A parser read the second verb already, its subject a phrase of the first content — "mocked
      // her accent and even questioned …" read as the accent's: with no subject of its own after the
      // conjunction, the verb is the first subject's.)
      const read = list.find((b) => b.cueStart === verbStart && !b.direct && b.speaker);
      if (joined && read && read.speaker!.start >= a.start && read.speaker!.start < verbStart) read.speaker = a.speaker;
    }
    a.end = cut;
    a.text = text.slice(a.start, cut);
    return cut;
  }
  return -1;
}

/**
 * "… lamented that the vote …", "… suggested, that …": the verb's own "that" clause (an adverb may come
 * first). Not a demonstrative before a noun of time ("proposed that year"), which dates the verb.
 */
const THAT_CLAUSE = /^,?\s+(?:\p{Ll}+ly\s+)?that\s+(?!(?:year|month|week|day|night|morning|afternoon|evening|time|summer|spring|fall|autumn|winter|season)\b)/u;

/**
 * "urged A, proposed B and backed C": a verb after a bare comma coordinates with the cue only in a
 * series that "and" closes with a third verb of the same form; alone, a participle after a comma
 * describes a noun ("the wall, proposed last year, …").
 */
const SERIES_END = /\sand\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?(?:(?:has|have|had)\s+)?(\p{Ll}{3,})(?=[\s,:])/gu;

function closesSeries(slice: string, from: number, form: Finite): boolean {
  SERIES_END.lastIndex = from;
  for (let m = SERIES_END.exec(slice); m; m = SERIES_END.exec(slice)) if (sameForm(m[1]!, form, m[0])) return true;
  return false;
}

/** A verb that only tells a saying ("said", "added"), never a belief or a stance ("feared", "found"). */
function speechOnly(verb: string): boolean {
  return CUE_WORDS.has(verb) && !ATTITUDE_WORDS.has(verb);
}

const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there)$/i;
const PROGRESSIVE = /\b(?:is|are|was|were|be|been|am)\s+(?:(?:not|still|\p{Ll}+ly)\s+)?\p{Ll}+ing\b/u;
const ADJECTIVE_IN_ED = /(?<=\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|\p{L}+['’]s)\s+)\p{Ll}+ed\b/gu;
// ("a NATO-led coalition", "a state-owned bank": the -ed of a hyphened compound makes an adjective.)
const COMPOUND_IN_ED = /[\p{L}\d]+-\p{Ll}+ed\b/gu;
const PAST_AUXILIARY = /^(?:was|were|had|did)$/i;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|must)$/;

/** Whether the first content is a clause with its own finite verb (not an object or an infinitive). */
function isClause(masked: string, cueStart: number, start: number, cut: number, form: Finite): boolean {
  const words = masked.slice(start, cut).match(/\p{L}+/gu) ?? [];
  // (A verb is written in lower case: "the United Nations" holds no past form; nor does an
  // adjective in -ed after a determiner, "Lund's updated plan", "the proposed fee".)
  const verbs = (masked.slice(start, cut).replace(ADJECTIVE_IN_ED, ' ').replace(COMPOUND_IN_ED, ' ').match(/\p{L}+/gu) ?? []).filter((w) => /^\p{Ll}/u.test(w));
  // A content clause's own -ing form needs a form of "be" ("noting that prices are rising and
  // falling"); without one, the second -ing pairs with the cue ("noting that … and urging …").
  if (form === 'participle') return PROGRESSIVE.test(masked.slice(start, cut));
  // A past verb cannot carry on a clause in the present or under a modal ("said the strike will go
  // on and called for talks", "said rents would rise and urged …"): it is the cue's second verb.
  if (form === 'past' && !verbs.some((w) => PAST_AUXILIARY.test(w) || finiteOf(w) === 'past')) return false;
  if (/\sthat\s*$/.test(masked.slice(cueStart, start))) return true;
  if (words.length && SUBJECT_PRONOUN.test(words[0]!)) return true;
  return verbs.some((w) => AUXILIARY.test(w) || (form === 'past' && finiteOf(w) === 'past'));
}

function asPrinted(scan: Scan, a: Attribution): boolean {
  return a.text === scan.text.slice(a.start, a.end);
}

/** The second cue's content: to where the first one ended, without a leading "that". */
function secondContent(scan: Scan, from: number, end: number): { start: number; end: number; text: string } | null {
  const lead = /^[\s,:]*(?:that\s+)?/.exec(scan.masked.slice(from, end))!;
  const start = from + lead[0].length;
  const content = scan.text.slice(start, end);
  return wordCount(content, MIN_WORDS) >= MIN_WORDS ? { start, end, text: content } : null;
}

/** The cue as the readers write it ("called for" with its particle), or null when the verb is no cue. */
function cueAt(masked: string, verb: string, verbEnd: number): string | null {
  const next = /^\s+(\p{Ll}+)/u.exec(masked.slice(verbEnd, verbEnd + 16))?.[1];
  const particles = [...(ATTITUDE_PARTICLES.get(verb) ?? []), CUE_PARTICLES.get(verb) ?? ''];
  if (next && particles.some((p) => p === next)) return `${verb} ${next}`;
  if (CUE_WORDS.has(verb) || ATTITUDE_WORDS.has(verb)) return verb;
  return (learnedCue(verb)?.annotated ?? 0) >= MIN_EVIDENCE ? verb : null;
}

/** The finite form of the word at `at` (the first cue), or null for an infinitive or a participle in -ing. */
function finiteForm(masked: string, at: number): Finite | null {
  const word = /^\p{Ll}+/u.exec(masked.slice(at, at + 30))?.[0];
  if (!word) return null;
  const form = finiteOf(word);
  if (form) return form;
  if (/ing$/.test(word)) return PROGRESSIVE_BEFORE.test(masked.slice(Math.max(0, at - 12), at)) ? null : 'participle';
  // A bare form carries a plural subject unless "to", a modal or "do" governs it ("plans to oppose");
  // then the auxiliary carries the tense ("did not mention A but did note B", "would warn A but …").
  const before = masked.slice(Math.max(0, at - 12), at);
  if (!NOT_FINITE_BEFORE.test(before)) return 'plural';
  const aux = AUXILIARY_BEFORE.exec(before)?.[1];
  return aux ? NEGATED_FORM[aux]![0]! : null;
}

/** "is calling", "were urging": a progressive is the finite verb's, and its forms pair differently. */
const PROGRESSIVE_BEFORE = /(?:^|\s)(?:is|are|was|were|be|been|am|n[’']t|not)\s+$/i;

const AUXILIARY_BEFORE = /(?:^|\s)(did|does|do|would|could|will|wo)(?:\s+not|n[’']t)?\s+$/i;
const NOT_FINITE_BEFORE = /(?:^|\s)(?:to|do|does|did|not|will|would|can|could|should|may|might|must|n[’']t)\s+$/i;

/**
 * Whether the coordinated verb has the first cue's form: the plural present pairs with a bare
 * form ("oppose … and vow") or a perfect with "have" ("oppose … and have pledged").
 */
function sameForm(verb: string, form: Finite, coordination: string): boolean {
  const negated = NEGATED.exec(coordination) ?? EMPHATIC.exec(coordination);
  if (negated) return NEGATED_FORM[negated[1]!]!.includes(form) && finiteOf(verb) === null && !/ing$/.test(verb);
  if (form === 'participle') return /ing$/.test(verb) && !/\b(?:has|have|had)(?:\s|n[’']t)/.test(coordination);
  // ("opposes A and has since pledged B": the third person's perfect carries the present.)
  if (form === 'present' && /\bhas(?:\s|n[’']t)/.test(coordination)) return finiteOf(verb) === 'past';
  if (form !== 'plural') return finiteOf(verb) === form;
  if (/\bhave(?:\s|n[’']t)/.test(coordination)) return finiteOf(verb) === 'past';
  return !/\b(?:has|had)\s/.test(coordination) && finiteOf(verb) === null && !/ing$/.test(verb);
}

function finiteOf(word: string): Finite | null {
  if (/ed$/.test(word) || IRREGULAR_PAST.has(word) || word === 'said' || word === 'wrote') return 'past';
  if (/[^su]s$/.test(word)) return 'present';
  return null;
}
