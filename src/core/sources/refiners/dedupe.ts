// One statement, one quote: drops an attribution whose content another already covers
// (a direct quotation wins over the indirect reading of the same words; a deck that repeats
// the body's sentence gives way to the body, unless the caller keeps repeats).

import type { Attribution } from '../model';
import { NAMING_CUES, SPEECH_SINGLE } from '../lexicon';
import { toldWithin } from './told-within';
import { repeatsWhole, toldOverCarried } from './pulled-quote';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).slice(0, 400));
}

/** Neighbours compared with each attribution: a bound on work. */
const WINDOW = 40;

/**
 * `keepRepeats`: keep the same words said twice in separate places (deck and body). The fact sheet
 * lists a statement once; attribution corpora (PolNeAR) annotate each telling.
 */
export function dedupe(attributions: Attribution[], text: string, keepRepeats = false): Attribution[] {
  const sorted = [...attributions].sort((a, b) => a.start - b.start || b.end - a.end);
  let kept: Attribution[] = [];
  for (const a of sorted) {
    // Nested attributions ("X said Y was “right” when he said Z") are separate statements:
    // only the same words read twice (a quotation and its indirect reading) clash.
    let clash = -1;
    for (let i = kept.length - 1; i >= Math.max(0, kept.length - WINDOW); i--) {
      const k = kept[i]!;
      if (overlap(k, a) >= 0.5 && overlapOfLonger(k, a) >= (k.direct !== a.direct ? 0.5 : 0.8) && !toldInside(k, a) && !reportOfQuotation(k, a) && !relayedStatement(k, a, text)) { clash = i; break; }
    }
    if (clash < 0) { kept.push(a); continue; }
    if (better(a, kept[clash]!, text)) kept[clash] = a;
  }
  kept = dropNestedPositions(kept, text);
  if (keepRepeats) return kept.sort((a, b) => a.start - b.start);
  // The same words by the same speaker twice (deck and body): keep the fuller one.
  const out: Attribution[] = [];
  const wordsOf = new Map<Attribution, Set<string>>();
  const bag = (x: Attribution) => wordsOf.get(x) ?? wordsOf.set(x, words(x.text)).get(x)!;
  // (Or by two speakers when one was only carried over to a pull quote: the telling wins, pulled-quote.ts.)
  for (const a of kept) {
    let twin = -1;
    let told: Attribution | null = null;
    for (let i = out.length - 1; i >= Math.max(0, out.length - WINDOW); i--) {
      const o = out[i]!;
      const pulled = o.entity !== a.entity ? toldOverCarried(o, a) : null;
      if (pulled && overlap(o, a) === 0 && repeatsWhole(bag(o), bag(a))) { twin = i; told = pulled; break; }
      if (o.entity === a.entity && overlap(o, a) === 0 && similarity(bag(o), bag(a), shorterIsPosition(o, a)) >= 0.8) { twin = i; break; }
    }
    if (twin < 0) out.push(a);
    else if (told) out[twin] = told;
    else if (a.text.length > out[twin]!.text.length) out[twin] = a;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "The agency plans to publish a survey": "publish a survey" (its cue an infinitive inside the
 * content of the same source's "plans to …") is the same position told once, not a second one; an
 * infinitive or a modal's verb inside any attribution (nonFiniteCue) is part of what that one
 * tells. A finite verb or a participle the content runs on into ("endorsed Ruiz in May, repeated
 * those doubts", "criticized the plan, calling it …") is a position of its own (on PolNeAR train,
 * keeping these read 18 more right for 22 more wrong), and so is a noun's cue inside ("repeated her
 * claim that …"). Linear: each attribution is compared with its WINDOW predecessors, and the
 * survivors are copied once.
 */
const VERB_READINGS = new Set(['sources/attitude', 'sources/any-verb', 'sources/reporting-verb']);

function dropNestedPositions(kept: Attribution[], text: string): Attribution[] {
  return kept.filter((a, i) => {
    if (!a.attitude || !VERB_READINGS.has(a.extractor)) return true;
    for (let j = Math.max(0, i - WINDOW); j < i; j++) {
      const k = kept[j]!;
      if (!(k.start <= a.cueStart && k.cueStart < a.cueStart && a.end <= k.end)) continue;
      if (nonFiniteCue(text, a) || (k.attitude && k.entity === a.entity && !ownSubjectInside(k, a) && infinitiveCue(text, a))) return false;
    }
    return true;
  });
}

/**
 * "called out Trump for alienating voters, which he believes will cost the party": a subject
 * printed inside the other content, before the cue, makes a clause of its own, a second position
 * even by the same speaker ("plans to publish" shares the subject outside and is one).
 */
function ownSubjectInside(outer: Attribution, position: Attribution): boolean {
  const s = position.speaker;
  return !!s && s.start >= outer.start && s.end <= position.cueStart;
}

/** "plans to publish", "tried to quickly explain": a cue right after "to" (an adverb may come between). */
const INFINITIVE_BEFORE = /(?:^|\s)to\s+(?:\p{L}+ly\s+)?$/iu;

function infinitiveCue(text: string, position: Attribution): boolean {
  return INFINITIVE_BEFORE.test(text.slice(Math.max(0, position.cueStart - 30), position.cueStart));
}

/** Before a verb, the words that make it an infinitive or a modal's complement: "to", "would", "can". */
const NON_FINITE_BEFORE = /(?:^|\s)(?:to|would|will|could|can|should|may|might|must|cannot|\p{L}+['’]ll)\s+$/iu;
/**
 * A content that is a clause of its own (it opens with "that" or a question word, or holds a tensed
 * verb): "to hear Clinton had pledged …", "to see how they responded" tell a proposition and stand.
 */
const CLAUSE = /^\W*(?:that|whether|if|how|why|what|who|when|where)\b|\b(?:is|are|was|were|has|have|had|will|would|can|could|does|did)\b|\b(?:he|she|they|we|i|it)\s+\p{L}+(?:ed|s)\b/iu;

/**
 * "Bush says it is important to defend gun rights", "officials said Kelly met Trump to discuss
 * plans": a verb inside another attribution's content, as an infinitive or a modal's complement,
 * with only a noun phrase after it, is part of what that attribution tells (a purpose, a plan),
 * not a position of its own. A verb of saying there ("called her to say …") reports a telling of
 * its own, as annotators count it, and so does a clause after the verb.
 */
function nonFiniteCue(text: string, position: Attribution): boolean {
  if (SPEECH_SINGLE.has(position.cue?.toLowerCase() ?? '') || CLAUSE.test(position.text)) return false;
  return NON_FINITE_BEFORE.test(text.slice(Math.max(0, position.cueStart - 30), position.cueStart));
}

/**
 * "is seeking to contrast her approach with what they call “…”": a quoted label whose naming cue
 * ("call", "describe as") stands inside a position's content is named within it, by a speaker of
 * its own; the position is a second attribution, not the same words read twice. (Not a quotation
 * told by the position's own speaker, "criticized the ruling, telling the paper: “…”", which
 * PolNeAR joins into one.)
 */
function toldInside(x: Attribution, y: Attribution): boolean {
  if (x.direct === y.direct) return false;
  const [quote, other] = x.direct ? [x, y] : [y, x];
  return !!other.attitude && NAMING_CUES.has(quote.cue?.toLowerCase() ?? '') && quote.cueStart > other.cueStart && quote.cueStart < other.end;
}

/**
 * "According to the Courier's account, “We will not move,” Lund said": a quotation with its own
 * speaker, told inside another source's reported statement (the cue outside the quotation marks).
 * The outer source reports that the quotation was said; the two are separate attributions, as
 * annotators mark them, not the same words read twice. (The same speaker's indirect reading of
 * his own quotation still gives way to it.)
 */
function reportOfQuotation(x: Attribution, y: Attribution): boolean {
  if (x.direct === y.direct) return false;
  const [quote, report] = x.direct ? [x, y] : [y, x];
  if (report.attitude || report.cue === null || quote.entity === undefined || report.entity === undefined || quote.entity === report.entity) return false;
  return report.start <= quote.start && quote.end <= report.end && (report.cueStart < quote.start || report.cueStart >= quote.end);
}

/**
 * "He also said that the divers were “poorly trained”, the Courier reports": an outlet relays a
 * statement whose own speaker and cue stand inside what it reports. Two tellings, as when the
 * frame is long enough not to clash: the outlet reports, the inner speaker said the clause.
 */
const RELAY_CUE = /^report(?:s|ed)?$/i;
function relayedStatement(x: Attribution, y: Attribution, text: string): boolean {
  if (x.direct || y.direct) return false;
  const [inner, outer] = toldWithin(x, y, text) ? [x, y] : toldWithin(y, x, text) ? [y, x] : [null, null];
  return !!inner && !!outer && RELAY_CUE.test(outer.cue ?? '') && outer.cueStart >= outer.end && SPEECH_SINGLE.has(inner.cue?.toLowerCase() ?? '');
}

function overlap(a: Attribution, b: Attribution): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / Math.min(a.end - a.start, b.end - b.start);
}

function overlapOfLonger(a: Attribution, b: Attribution): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.max(a.end - a.start, b.end - b.start);
}

function better(a: Attribution, b: Attribution, text: string): boolean {
  if (a.direct !== b.direct) return a.direct;
  // (A statement told inside the other's content gives way to it: refiners/told-within.ts.)
  if (toldWithin(a, b, text)) return false;
  if (toldWithin(b, a, text)) return true;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}

/** Fewer words than this make a short content: a stance's object ("endorsed Tom Lee"), no sentence. */
const SHORT_CONTENT = 4;

/** Whether the shorter of two attributions is a position (a stance, a belief), not a statement. */
function shorterIsPosition(x: Attribution, y: Attribution): boolean {
  return !!(x.text.length <= y.text.length ? x : y).attitude;
}

/**
 * The share of words two contents have in common, over the shorter one: a deck that shortens the
 * body's sentence is its twin. A position with a short content (`shortPosition`) is a twin only of
 * the same few words: inside a longer statement of the same speaker that happens to hold them
 * ("Ruiz endorsed Lee" beside "Ruiz said Lee would win") it is a reading of its own, and without it
 * the scorer gives that statement to the short attribution and the statement's own goes unmatched
 * (on PolNeAR train 39 more right, 26 more wrong; short quotations kept apart as well gained
 * nothing on dev).
 */
function similarity(a: Set<string>, b: Set<string>, shortPosition: boolean): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (shortPosition && Math.min(a.size, b.size) < SHORT_CONTENT ? Math.max(a.size, b.size) : Math.min(a.size, b.size));
}
