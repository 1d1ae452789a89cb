// The cue lexicon learned from PolNeAR train (learned-cues.json, written by
// eval/train-cue-lexicon.ts from the train split only; re-run that script to re-train). For each cue
// head — a verb lemma, with the particle a phrasal cue ends on ("call for"), or a stance phrase
// ("critical of") — it holds how often annotators marked it as a cue where it could be a verb, and
// what the content after it starts with. The readers ask it whether a word is a cue with enough
// evidence, and whether it takes an object noun phrase ("accuse", "credit") or a clause.
// (Its content runs to the clause's end either way: cutting an object at a time, a subordinate
// clause or a second predicate, "attacked Machado on Friday as …" → "Machado", cost PolNeAR train
// 19 attributions found with their speaker, dev 1; annotators keep the circumstance.)

import data from './learned-cues.json';
import { inflect } from './attitude-lexicon';

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
