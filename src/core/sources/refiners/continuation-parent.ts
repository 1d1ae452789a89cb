// Whether a paragraph of quotation with no cue of its own can take its speaker from the last
// attribution of the paragraph before. It can when that paragraph ends on something said (a
// quotation, "…, she said", "He described the plan as …"): the next paragraph of quotation goes on
// with the same voice. It cannot when the paragraph before only reports a group's or a body's state
// of mind ("Voters think the plan is fair.", "The agency was eager to move on."), or when the attribution stands in a
// bracketed aside or in a relative clause ("…, which quoted aides calling it …"): nobody in the
// paragraph's own thread has been heard speaking, and the quotation that follows is someone else's
// (a speaker named after it, an excerpt, the writer's own pull quote).

import type { Attribution } from '../model';
import { inflect } from '../attitude-lexicon';

// Believing, knowing, wanting and meaning to: attitude cues that report a mind, not words.
// (Verbs of saying something held, "argue", "insist", "acknowledge", "promise", stay parents.)
const STATE_LEMMAS = [
  'believe', 'think', 'know', 'feel', 'view', 'consider', 'regard', 'expect', 'fear', 'hope', 'worry', 'doubt',
  'suspect', 'assume', 'understand', 'realize', 'recognize', 'remember', 'forget', 'wonder', 'trust',
  'imagine', 'perceive', 'want', 'wish', 'plan', 'intend', 'aim', 'seek', 'prefer', 'try', 'attempt', 'like',
  'love', 'hate', 'favor', 'favour',
];
// ("regarding" is the preposition: "comments regarding the fares" report no mind.)
const STATE_WORDS = new Set(STATE_LEMMAS.flatMap(inflect).filter((w) => w !== 'regarding'));
const WORDS = /[\p{L}']+/gu;
// A stance told by an adjective ("was eager to", "is upbeat about") is a state of mind too.
const STANCE_ADJECTIVE = 'sources/stance-adjective';
/** How far back an aside's opening bracket is looked for (a bound on work in very long paragraphs). */
const MAX_ASIDE = 1500;
// A relative clause opened after a comma and still open where the speaker stands ("the board's
// report, which cited residents calling …"): no comma between the pronoun and the speaker.
const OPEN_RELATIVE = /,\s+(?:which|who|whom|whose)\s[^,;:]*$/i;

/** The attribution reports what its speaker thinks or wants, not anything the speaker said. */
export function isStateOfMind(a: Attribution): boolean {
  if (!a.attitude) return false;
  if (a.extractor === STANCE_ADJECTIVE) return true;
  return (a.cue?.toLowerCase().match(WORDS) ?? []).some((w) => STATE_WORDS.has(w));
}

/**
 * One person holds the view, by name or by a singular personal pronoun ("Bryce believes someone knows
 * more."): news writing goes on with that person's own words in the next paragraph, so the thread
 * carries. A group's or a body's mind ("Voters think …", "The agency was eager …") names no voice.
 */
function isOnePerson(a: Attribution): boolean {
  const speaker = a.speaker;
  if (!speaker || speaker.kind !== 'person') return false;
  return speaker.form === 'name' || (speaker.form === 'pronoun' && /^(?:he|she)$/i.test(speaker.text));
}

/** The cue stands inside a parenthesis opened earlier in its paragraph and not yet closed. */
export function isInBrackets(text: string, blockStart: number, at: number): boolean {
  let depth = 0;
  for (let i = Math.max(blockStart, at - MAX_ASIDE); i < at; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The speaker stands inside a relative clause of its sentence (`masked`: quotations blanked out, so a
 * "which" quoted before the speaker does not count).
 */
export function isInRelativeClause(a: Attribution, masked: string, sentenceStart: number): boolean {
  const at = a.speaker?.start ?? -1;
  return at > sentenceStart && OPEN_RELATIVE.test(masked.slice(Math.max(sentenceStart, at - MAX_ASIDE), at));
}

/**
 * Whether a quotation opening the next paragraph may carry on `a`, the last attribution of its
 * paragraph. Under a headline, only what the headline says someone said carries ("Lind: ‘We stay’"):
 * a headline's stance ("Voters Share Their Doubts About the Plan") names no voice for the lede.
 */
export function carriesToNextParagraph(a: Attribution, text: string, masked: string, sentenceStart: number, blockStart: number, headline: boolean): boolean {
  if (headline && a.attitude) return false;
  if (isStateOfMind(a) && !isOnePerson(a)) return false;
  return !isInBrackets(text, blockStart, a.cueStart) && !isInRelativeClause(a, masked, sentenceStart);
}

/**
 * The statement whose credit holds position `a`: "…, according to a report by Relief Watch, a network
 * aiming to widen access." reads "aiming" of the network the credit names; the paragraph still ends on
 * the report's statement, which a quotation opening the next paragraph goes on with. A statement of
 * the same paragraph, cued shortly before the position, whose speaker's phrase stands before the
 * position's subject.
 */
export function creditAround(a: Attribution, inParagraph: readonly Attribution[]): Attribution | null {
  if (!a.attitude || !a.speaker) return null;
  let credit: Attribution | null = null;
  for (const o of inParagraph) {
    if (o === a || o.attitude || o.direct || !o.speaker) continue;
    if (o.cueStart < a.speaker.start && o.speaker.start <= a.speaker.start && a.cueStart - o.cueStart < 200 && (!credit || o.cueStart > credit.cueStart)) credit = o;
  }
  return credit;
}
