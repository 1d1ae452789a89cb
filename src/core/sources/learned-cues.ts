// The cue lexicon learned from PolNeAR train (learned-cues.json, written by
// eval/train-cue-lexicon.ts from the train split only; re-run that script to re-train). For each cue
// head — a verb lemma, with the particle a phrasal cue ends on ("call for"), or a stance phrase
// ("critical of") — it holds how often annotators marked it as a cue where it could be a verb, and
// what the content after it starts with. The readers ask it two things: is this word a cue with
// enough evidence, and does its content stop at the object noun phrase ("attacked Machado in
// early-morning tweets" → "Machado")?

import data from './learned-cues.json';
import { inflect } from './attitude-lexicon';
import { NAMING_CUES } from './lexicon';
import { objectEnd } from './object-phrase';

export interface LearnedCue {
  /** The head as trained: "attack", "call for", "critical of". */
  head: string;
  /** Times annotated as a cue on train. */
  annotated: number;
  /** Times its forms stood where a verb may (annotated or not). */
  seen: number;
  /** Contents after the cue: a noun phrase, a clause, a to-infinitive. */
  np: number;
  clause: number;
  infinitive: number;
  /** Contents of 1–5 words. */
  short: number;
}

const BY_FORM = new Map<string, LearnedCue>();
for (const [head, row] of Object.entries(data.cues as Record<string, number[]>)) {
  const [annotated, seen, np, clause, infinitive, short] = row as [number, number, number, number, number, number];
  const entry: LearnedCue = { head, annotated, seen, np, clause, infinitive, short };
  const [verb, ...rest] = head.split(' ');
  const particle = rest.length ? ` ${rest.join(' ')}` : '';
  for (const form of new Set([verb!, ...inflect(verb!)])) {
    const key = `${form}${particle}`;
    const known = BY_FORM.get(key);
    if (!known || known.annotated < annotated) BY_FORM.set(key, entry);
  }
}

/** The learned entry of a cue as the readers write it: "attacked", "called for", "critical of". */
export function learnedCue(cue: string): LearnedCue | undefined {
  return BY_FORM.get(cue.toLowerCase().replace(/\s+/g, ' ').trim());
}

/** Share of train contents after the cue that were a noun phrase (not a clause or an infinitive). */
export function objectShare(entry: LearnedCue): number {
  const total = entry.np + entry.clause + entry.infinitive;
  return total ? entry.np / total : 0;
}

/** A cue is read as taking an object noun phrase with this much train evidence (set by hand, not tuned). */
const MIN_OBJECT_EVIDENCE = 5;
const MIN_OBJECT_SHARE = 0.8;

/**
 * Where a cue's content ends when the lexicon says the cue takes an object noun phrase: at the end
 * of that phrase ("attacked Machado on Friday" → "Machado"). Cues the lexicon does not hold keep
 * `end` (cutting the any-verb reader's long tail of unknown verbs too cost PolNeAR dev 0.6018 →
 * 0.5979 with an earlier, looser phrase end).
 */
export function objectContentEnd(masked: string, cue: string, start: number, end: number): number {
  // "called climate change a hoax": a naming cue's object runs on into what it is called.
  if (NAMING_CUES.has(cue.split(' ')[0]!)) return end;
  const entry = learnedCue(cue);
  if (!entry || entry.annotated < MIN_OBJECT_EVIDENCE || objectShare(entry) < MIN_OBJECT_SHARE) return end;
  let cut = objectEnd(masked, start, end);
  while (cut > start && /[\s,]/.test(masked[cut - 1]!)) cut--;
  return cut > start ? cut : end;
}
