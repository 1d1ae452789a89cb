// What the participle readers share (means-participle.ts: "by calling …", "spent the day mocking …";
// noun-participle.ts: "a group backing …"): whether an -ing word is a cue, and the reading of what it
// governs, up to the end of its phrase, as the given speaker's.

import { ATTITUDE_PARTICLES, ATTITUDE_WORDS } from '../attitude-lexicon';
import { learnedCue } from '../learned-cues';
import { CUE_PARTICLES, CUE_WORDS } from '../lexicon';
import type { Attribution, SpeakerRef } from '../model';
import { MASK, wordCount } from '../quote-spans';
import { contentAfter, type Scan } from '../scan';
import { isLookTo, looksToAVerb } from '../look-to-aim';

const NEXT_WORD = /^\s+(\p{Ll}+)\b/u;
/** Learned cues need this much train evidence (as the learned-cue reader asks). */
const MIN_ANNOTATED = 3;
const MIN_RATIO = 0.2;
/**
 * The content ends at the phrase's first comma or dash: before the main clause of a fronted phrase,
 * and before an apposition or a second participle of a trailing one ("by proposing a no-fly zone,
 * an idea others share"); at a second participle after "and" too, which is a cue of its own.
 */
const PHRASE_STOP = /[,;:]|\s[\u2014\u2013-]\s|\s+(?:and|or)\s+\p{Ll}+ing\b|\s+(?:but|while|whereas|because)\s/u;
const MIN_WORDS = 1;

/**
 * The cue as the readers write it ("calling for" with its particle), or null when the participle is
 * no cue: a hand-listed cue, or a learned one with evidence. With `learnedAttitudesOnly`, a
 * hand-listed attitude counts only when train annotates it at all ("trying", "answering" after
 * "by" or "began" are actions).
 */
export function participleCue(masked: string, word: string, wordEnd: number, sentenceEnd: number, learnedAttitudesOnly: boolean): string | null {
  const next = NEXT_WORD.exec(masked.slice(wordEnd, Math.min(sentenceEnd, wordEnd + 20)))?.[1];
  if (next && ((ATTITUDE_PARTICLES.get(word) ?? []).includes(next) || CUE_PARTICLES.get(word) === next || trusted(`${word} ${next}`))) {
    // ("those looking to the future": "look to" is an aim only before a verb.)
    const particleEnd = masked.indexOf(next, wordEnd) + next.length;
    return isLookTo(`${word} ${next}`) && !looksToAVerb(masked.slice(particleEnd, Math.min(sentenceEnd, particleEnd + 40))) ? null : `${word} ${next}`;
  }
  const attitude = ATTITUDE_WORDS.has(word) && (!learnedAttitudesOnly || Boolean(learnedCue(word)));
  return CUE_WORDS.has(word) || attitude || trusted(word) ? word : null;
}

function trusted(cue: string): boolean {
  const entry = learnedCue(cue);
  return !!entry && entry.annotated >= MIN_ANNOTATED && entry.annotated / entry.seen >= MIN_RATIO;
}

export interface ParticipleReading {
  cue: string;
  cueStart: number;
  /** The participle itself, which tells a statement ("saying") from a position. */
  word: string;
  speaker: SpeakerRef;
  sentenceEnd: number;
  block: number;
  extractor: string;
  confidence: number;
  /** Whether a comma may stand between the participle and its object ("by saying, in effect, …"). */
  commaBeforeObject: boolean;
}

/** The participle's object (after an optional "that") to the end of its phrase, as the speaker's reading. */
export function readParticipleObject(scan: Scan, reading: ParticipleReading): void {
  const { masked, text } = scan;
  const { cue, cueStart, word, speaker, sentenceEnd, block, extractor, confidence } = reading;
  const cueEnd = cueStart + cue.length;
  const lead = (reading.commaBeforeObject ? /^[\s,]*(?:that\s+)?/ : /^\s*(?:that\s+)?/).exec(masked.slice(cueEnd, sentenceEnd))![0];
  const [start, end] = contentAfter(scan, cueEnd + lead.length, sentenceEnd, PHRASE_STOP);
  const content = text.slice(start, end);
  // (A quotation after the participle is the direct-quote reader's.)
  if (end <= start || wordCount(content, MIN_WORDS) < MIN_WORDS || masked.slice(start, end).includes(MASK)) return;
  scan.usedCues.add(cueStart);
  scan.found.push({
    start, end, text: content, direct: false, cue, cueStart, speaker, block,
    extractor, confidence, attitude: !CUE_WORDS.has(word),
  } satisfies Attribution);
}
