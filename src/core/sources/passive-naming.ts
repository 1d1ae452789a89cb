// "Tom Lund, 21, is described in the criminal complaint as “a close associate …”": a naming cue in
// the passive describes its subject; the words are those of the agent ("by prosecutors") or of the
// document they are written in ("in the complaint"), never the described person's. With neither,
// the passive names no speaker ("Holm is described as “a quiet neighbour”").

import type { SpeakerRef } from './model';
import { readSpeaker } from './speaker-phrase';

/** A passive's auxiliary right before the cue, past one adverb: "is described", "was once called", "has been labelled". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+|also\s+|often\s+|once\s+)?$/u;
/** Between the cue and the quotation: "by X as", "in X as" (the phrase read as the agent). */
const AGENT_THEN_AS = /^\s+(by|in)\s+([^\uE000]+?)\s+as\s*$/;

/**
 * For a naming cue at [cueStart, cueEnd) whose quotation opens at `quoteStart`: null when the cue is
 * active; else `{ agent }`, the agent's speaker phrase, or null when the passive names none (or
 * names no document after "in": "described in court as" is a place).
 */
export function passiveNamingAgent(masked: string, cueStart: number, cueEnd: number, quoteStart: number): { agent: SpeakerRef | null } | null {
  // (A past participle only: "what some are calling an “inland hurricane”" is active.)
  if (!/ed$/.test(masked.slice(cueStart, cueEnd)) || !PASSIVE_BEFORE.test(masked.slice(Math.max(0, cueStart - 24), cueStart))) return null;
  const m = AGENT_THEN_AS.exec(masked.slice(cueEnd, quoteStart));
  if (!m) return { agent: null };
  const start = cueEnd + m.index + m[0].indexOf(m[2]!, m[1]!.length + 1);
  const agent = readSpeaker(masked, start, start + m[2]!.length);
  if (!agent || agent.form === 'pronoun') return { agent: null };
  return { agent: m[1] === 'in' && agent.kind !== 'document' ? null : agent };
}
