// The features the learned quote check (quote-check.ts) judges an attribution by: binary names
// ("extractor=sources/any-verb", "len=3-5") built only from what the pipeline knows about the
// attribution itself — the parser that read it, the cue and what train taught about that cue, the
// speaker's form, the content's length and shape, how often the source speaks, where it sits. No
// feature names a site or an article; the words that carry weight are the cue and the content's
// first word, the two a reader too would look at first.

import type { Attribution, Entity } from '../model';
import { learnedCue } from '../learned-cues';
import { COMPLEMENT_ONLY, NAMING_CUES, PARTICIPLE_CUES, POSITION_CUES, SPEECH_SINGLE } from '../lexicon';

/** What the article around the attributions gives the features. */
export interface QuoteSetting {
  entities: readonly Entity[];
  /** Attributions of each entity, statements and positions alike. */
  counts: ReadonlyMap<number, number>;
  /** Attributions in each block: a paragraph read into many is often misread. */
  perBlock: ReadonlyMap<number, number>;
  /** Blocks of the article, for the relative position. */
  blockCount: number;
  /** Blocks that are block quotations (a passage quoted from elsewhere, often a post or a letter). */
  blockQuotes: ReadonlySet<number>;
  /** Attributions read inside another's content, and those that hold one (see nesting()). */
  nested: ReadonlyMap<Attribution, 'inside' | 'holds'>;
  /** The analysed text, for what stands between the cue and the content or speaker ('' when not given). */
  text: string;
}

const WORD = /[\p{L}\p{N}'’]+/gu;
/** A bound on the words counted: a long content is long past this. */
const MAX_WORDS = 200;

// Closed-class words, for the content's shape: whether it opens a noun phrase, a clause, an
// infinitive or a question, and whether it holds a finite verb (an auxiliary, or a pronoun subject
// with a tensed verb: "he says", "they wanted"). A content without one is a noun phrase ("thanked
// them"), which annotators mark far less often than a clause.
const DETERMINERS = new Set('the a an this these those his her their its our my your some any no every each all'.split(' '));
const PRONOUNS = new Set('he she they we i it you him them us me'.split(' '));
const SUBJECT_PRONOUNS = new Set('he she they we i it you'.split(' '));
const PREPOSITIONS = new Set('of in on at for with from about by over against into after before during'.split(' '));
const QUESTION_WORDS = new Set('what who how why whether when where which if'.split(' '));
const AUXILIARIES = new Set(`is are was were be been being has have had do does did will would could should can may might must shall
isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't couldn't shouldn't can't
isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t don’t doesn’t didn’t won’t wouldn’t couldn’t shouldn’t can’t`.split(/\s+/));

/** The binary features of one attribution, as names. */
export function quoteFeatures(a: Attribution, setting: QuoteSetting): string[] {
  const words = (a.text.slice(0, 2000).toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS);
  const speaker = a.speaker;
  const index = a.entity ?? -1;
  const entity = index >= 0 ? setting.entities[index] : undefined;
  const kind = a.direct ? 'direct' : 'indirect';
  const opening = openingClass(words[0]);
  // The cue's distance from the content, in characters; before it when positive.
  const gap = a.cueStart < a.start ? a.start - a.cueStart : a.cueStart - a.end;
  const features = [
    `extractor=${a.extractor}`,
    `kind=${kind}`,
    `cue=${a.cue?.toLowerCase() ?? 'none'}`,
    `speaker=${speaker ? speaker.form : 'inherited'}`,
    `source=${entity ? entity.kind : 'none'}`,
    `named=${entity && entity.names.length ? 'yes' : 'no'}`,
    `head=${speaker?.head ?? 'none'}`,
    `len=${bucket(words.length, [1, 2, 5, 10, 20, 40])}`,
    `opens=${/^(?:that|to)$/.test(words[0] ?? '') ? words[0] : 'other'}`,
    // the first word (rare ones carry no weight): "he", "the", "a" open clauses and noun phrases
    `first=${words[0] ?? 'none'}`,
    `quoted=${/["“”]/.test(a.text) ? 'yes' : 'no'}`,
    `inblock=${bucket(setting.perBlock.get(a.block) ?? 0, [1, 2, 4])}`,
    `cueside=${a.cueStart < a.start ? 'before' : 'after'}`,
    `gap=${bucket(Math.max(0, gap), [2, 10, 40, 120])}`,
    `said=${bucket(setting.counts.get(index) ?? 0, [1, 2, 4, 8])}`,
    `place=${bucket(Math.floor((10 * a.block) / Math.max(1, setting.blockCount)), [0, 2, 5])}`,
    `opening=${opening}`,
    `finite=${hasFiniteVerb(words) ? 'yes' : 'no'}`,
    `ends=${endingOf(a.text)}`,
    ...cueEvidence(a.cue),
    // The parsers differ in what they misread: the same length or opening is a good sign from one
    // and a bad one from another ("to" after "wants" is an intention, after any verb a purpose).
    `extractor*speaker=${a.extractor}*${speaker ? speaker.form : 'inherited'}`,
    `extractor*len=${a.extractor}*${bucket(words.length, [2, 5, 20])}`,
    `extractor*opening=${a.extractor}*${opening}`,
    `extractor*cueform=${a.extractor}*${cueForm(a.cue)}`,
    // A reading inside another's content ("said she wants …": the want is what was said) is told
    // by that one; one that holds another is a statement with a position inside.
    `nested=${setting.nested.get(a) ?? 'no'}`,
    `cue-class=${cueClass(a.cue)}`,
  ];
  if (setting.text) features.push(...betweenFeatures(a, setting.text));
  if (setting.blockQuotes.has(a.block)) features.push('block-quoted');
  if (speaker?.definite) features.push('definite');
  if (speaker?.role) features.push('role');
  if (speaker?.name) features.push('speaker-named');
  return features;
}

// A cue right before its content ("said the", "said that") or right after it (", he said") is
// the plain reading; an adverb, a time or other words between ("said on Monday it", "wants very
// much to") are a parser reaching further, which annotators follow less often.
const TIME_WORDS = /^(?:on|last|this|next|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|in|during|after|before|\d+)$/;
/** A bound on the stretch read: a cue far from its content has words between, whatever they are. */
const MAX_BETWEEN = 60;

/** What stands between the cue and the content, and between the speaker and the cue. */
function betweenFeatures(a: Attribution, text: string): string[] {
  const cueEnd = a.cueStart + (a.cue?.length ?? 0);
  const out = [`between-content=${a.cueStart < a.start ? betweenKind(text, cueEnd, a.start) : betweenKind(text, a.end, a.cueStart)}`];
  const s = a.speaker;
  if (s) out.push(`between-speaker=${s.end <= a.cueStart ? betweenKind(text, s.end, a.cueStart) : betweenKind(text, cueEnd, s.start)}`);
  return out;
}

/** "nothing", "that", "punct" (a comma, a colon, a quotation mark), "time", "adverb", "words" or "far". */
export function betweenKind(text: string, from: number, to: number): string {
  if (to < from) return 'overlap';
  if (to - from > MAX_BETWEEN) return 'far';
  const gap = text.slice(from, to).toLowerCase();
  const words = gap.match(WORD) ?? [];
  if (!words.length) return /[^\s]/.test(gap) ? 'punct' : 'nothing';
  if (words.length === 1 && words[0] === 'that') return 'that';
  if (words.every((w) => TIME_WORDS.test(w) || w === 'that' || w === 'the')) return 'time';
  if (words.length <= 2 && words.some((w) => /ly$/.test(w))) return 'adverb';
  return words.length <= 3 ? 'words' : 'far';
}

/** What kind of phrase the content opens: a noun phrase ("det"), a clause ("pronoun", "that"), an infinitive ("to")… */
function openingClass(word: string | undefined): string {
  if (!word) return 'none';
  if (word === 'to' || word === 'that') return word;
  if (DETERMINERS.has(word)) return 'determiner';
  if (PRONOUNS.has(word)) return 'pronoun';
  if (PREPOSITIONS.has(word)) return 'preposition';
  if (QUESTION_WORDS.has(word)) return 'question';
  return 'other';
}

function hasFiniteVerb(words: readonly string[]): boolean {
  return words.some((w, i) => AUXILIARIES.has(w) || (i > 0 && SUBJECT_PRONOUNS.has(words[i - 1]!) && /(?:ed|s)$/.test(w)));
}

/** How the content ends: at a sentence's end, a closing quotation mark, a comma, or mid-sentence. */
function endingOf(text: string): string {
  // the tail only: a content can run to the end of a very long sentence
  const last = text.slice(-100).trimEnd().slice(-1);
  if (/[.!?]/.test(last)) return 'stop';
  if (/["”’]/.test(last)) return 'quote';
  if (/[,;:]/.test(last)) return 'comma';
  return 'word';
}

/** What the lexicon makes of the cue: a position, a naming, a participle, a verb of saying… */
function cueClass(cue: string | null): string {
  const c = cue?.toLowerCase() ?? '';
  if (!c) return 'none';
  const word = c.split(' ')[0]!;
  if (POSITION_CUES.has(word)) return 'position';
  if (NAMING_CUES.has(word)) return 'naming';
  if (PARTICIPLE_CUES.has(c) || PARTICIPLE_CUES.has(word)) return 'participle';
  if (COMPLEMENT_ONLY.has(word)) return 'complement';
  if (SPEECH_SINGLE.has(c) || SPEECH_SINGLE.has(word)) return 'speech';
  return 'other';
}

/** The cue's form: a phrase ("called for"), a participle, a past, a noun ("criticism"), a present… */
function cueForm(cue: string | null): string {
  const c = cue?.toLowerCase() ?? '';
  if (!c) return 'none';
  if (c.includes(' ')) return 'phrasal';
  if (c.endsWith('ing')) return 'ing';
  if (c.endsWith('ed')) return 'ed';
  if (/(?:ion|ment|ism|ence|ance|ity)s?$/.test(c)) return 'noun';
  return c.endsWith('s') ? 's' : 'base';
}

/**
 * What PolNeAR train taught about the cue (learned-cues.json): how often annotators marked its
 * forms as a cue where they stood as a verb, on how much evidence, and what content it mostly
 * takes. It generalises past the cue words seen often enough to carry a weight of their own.
 */
function cueEvidence(cue: string | null): string[] {
  const learned = cue ? learnedCue(cue) : undefined;
  if (!learned) return ['cue-learned=no'];
  const share = learned.annotated / Math.max(1, learned.seen);
  const features = [
    `cue-share=${share < 0.1 ? '<.1' : share < 0.25 ? '.1-.25' : share < 0.5 ? '.25-.5' : share < 0.75 ? '.5-.75' : '>.75'}`,
    `cue-evidence=${bucket(learned.annotated, [5, 30, 100])}`,
  ];
  const { np, clause, infinitive } = learned;
  if (np + clause + infinitive) features.push(`cue-takes=${np >= clause && np >= infinitive ? 'np' : clause >= infinitive ? 'clause' : 'infinitive'}`);
  return features;
}

/** "0-2", "3-5", ">40": the range of `n` among ascending upper bounds ("2" when it holds one number). */
export function bucket(n: number, bounds: readonly number[]): string {
  let low = 0;
  for (const b of bounds) {
    if (n <= b) return low === b ? `${b}` : `${low}-${b}`;
    low = b + 1;
  }
  return `>${bounds[bounds.length - 1]}`;
}

/** The setting for a set of resolved attributions (their `entity` already the final one). */
export function quoteSetting(attributions: readonly Attribution[], entities: readonly Entity[], blocks: readonly { kind: string }[], text = ''): QuoteSetting {
  const counts = new Map<number, number>();
  const perBlock = new Map<number, number>();
  for (const a of attributions) {
    perBlock.set(a.block, (perBlock.get(a.block) ?? 0) + 1);
    if (a.entity !== undefined) counts.set(a.entity, (counts.get(a.entity) ?? 0) + 1);
  }
  const blockQuotes = new Set<number>();
  blocks.forEach((b, i) => { if (b.kind === 'blockquote') blockQuotes.add(i); });
  return { entities, counts, perBlock, blockCount: blocks.length, blockQuotes, nested: nesting(attributions), text };
}

/** Readings each is compared with, before it in its paragraph: a paragraph read into hundreds stays linear. */
const WINDOW = 8;

/**
 * Which attributions lie, cue and content, inside another's content ("inside") and which hold one
 * ("holds"; inside wins when both). A holder starts first, so each reading is compared with the
 * WINDOW readings of its paragraph that start before it (or with it).
 */
function nesting(attributions: readonly Attribution[]): Map<Attribution, 'inside' | 'holds'> {
  const byBlock = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const list = byBlock.get(a.block);
    if (list) list.push(a);
    else byBlock.set(a.block, [a]);
  }
  const out = new Map<Attribution, 'inside' | 'holds'>();
  for (const list of byBlock.values()) {
    const ordered = [...list].sort((x, y) => x.start - y.start);
    ordered.forEach((a, i) => {
      for (let j = Math.max(0, i - WINDOW); j < i; j++) {
        const b = ordered[j]!;
        if (within(a, b)) { out.set(a, 'inside'); if (!out.has(b)) out.set(b, 'holds'); }
        else if (within(b, a)) { out.set(b, 'inside'); if (!out.has(a)) out.set(a, 'holds'); }
      }
    });
  }
  return out;
}

/** Whether `a`, its cue and its content, lies inside `b`'s content (and is not the same reading). */
function within(a: Attribution, b: Attribution): boolean {
  const start = Math.min(a.start, a.cueStart);
  return b.start <= start && a.end <= b.end && !(a.start === b.start && a.end === b.end);
}
