// A speaker phrase is a noun phrase, but a reader that takes the words before a cue may take the
// word that links them to what comes before ("critical of Republicans who say", "from Democrats and
// Republicans who agree", "the ruling was a setback for the firm, whose lawyers argued") or run on
// into the clause it opens ("a spokesman for the mayor could only quip", "a professor who has
// predicted", "writes a weekly column and"). The panel prints the phrase as it is, so its edges are
// trimmed here, after every reader has decided what it found: the attribution stays, only the
// speaker's text loses the words that are no part of a name or a description.

import type { Attribution, SpeakerRef } from '../model';
import { readSpeaker, tokenize } from '../speaker-phrase';

/** Lower-case words that open no noun phrase: prepositions ("including top aides", "among voters"), conjunctions and subordinators, "whose". */
const LEADING = /^(?:of|with|to|in|on|from|for|by|at|into|without|including|excluding|among|than|and|or|but|nor|whose|because|although|whereas|unless)$/;
/** A subordinator that opens a fronted clause or phrase, in any case: "Even as supporters …", "Despite polls", "Like others". */
const OPENING_SUBORDINATOR = /^(?:despite|like|unlike|besides|though|although|whereas)$/i;
const EVEN = /^even$/i;
/** A list item's mark: a dash or a bullet standing alone. */
const BULLET = /^(?:-|\u2013|\u2014|\u2022|\*)$/;
/** The minutes of a clock time ("16:00"): two digits. */
const CLOCK_MINUTES = /^\d\d$/;
/** "Explaining why colleagues …", "Asking how voters …": a gerund and the question word of the clause it governs. */
const GERUND = /^\p{L}{3,}ing$/iu;
const QUESTION_WORD = /^(?:why|how|whether)$/i;
const AFTER_EVEN = /^(?:as|though|if|when)$/i;
/**
 * Lower-case words that end no noun phrase: conjunctions, auxiliaries and modals (with a contracted
 * "not": "a spokesman for the port didn't | respond", "people close to her don't | expect"), the
 * raising verbs that carry the cue's infinitive ("a review of the emails seems | to show"), relative
 * pronouns, "only", and articles and prepositions cut from what they govern ("authors of the | “…”").
 */
const TRAILING = /^(?:the|a|an|of|by|from|with|for|at|in|on|about|into|and|or|but|nor|to|who|which|that|has|have|had|is|are|was|were|be|been|being|do|does|did|could|would|should|can|will|may|might|must|shall|only|just|also|not|never|(?:do|does|did|is|are|was|were|has|have|had|could|would|should|wo|ca|must)n['\u2019]t|seem|seems|seemed|appear|appears|appeared)$/;

/** The phrase without its stray edge words, read again; the phrase as it was if no reading is left. */
export function trimSpeakerEdges(ref: SpeakerRef, text: string): SpeakerRef {
  if (ref.form === 'pronoun') return ref;
  const tokens = tokenize(text.slice(ref.start, ref.end), ref.start);
  let first = 0;
  let last = tokens.length - 1;
  // ("Even as supporters of the amendment tried …": the clause's subordinator is no part of its subject.)
  if (last > 1 && EVEN.test(tokens[0]!.text) && AFTER_EVEN.test(tokens[1]!.text)) first = 2;
  else if (last > 0 && OPENING_SUBORDINATOR.test(tokens[0]!.text)) first = 1;
  // ("Explaining why colleagues in the 1980s attributed …": the clause's subject follows the question word.)
  else if (last > 1 && GERUND.test(tokens[0]!.text) && QUESTION_WORD.test(tokens[1]!.text)) first = 2;
  // (A capitalised subordinator made the phrase read as a name: "Even though islanders" is a description.)
  const subordinated = first > 0;
  // ("- Initial projections suggested", "16:00 Initial projections show": a list item's dash or a
  // live blog's clock before the subject is no part of it; "00" is what is left of the clock.)
  while (first < last && (BULLET.test(tokens[first]!.text) || CLOCK_MINUTES.test(tokens[first]!.text) && /\d:$/.test(text.slice(tokens[first]!.start - 2, tokens[first]!.start)))) first++;
  while (first < last && LEADING.test(tokens[first]!.text)) first++;
  while (last > first && TRAILING.test(tokens[last]!.text)) last--;
  if (first === 0 && last === tokens.length - 1) return ref;
  const trimmed = readSpeaker(text, tokens[first]!.start, tokens[last]!.end);
  // (The same phrase, less its edges: a reading from later on, or the name "Sanders" at the end of
  // "Many carried placards supporting Sanders or", is another speaker, not a trim. A name that opens
  // what is left, "Donald Trump" of "Donald Trump has", is the phrase itself.)
  const opening = tokens[Math.min(first + 1, last)]!.end;
  if (!trimmed || trimmed.start >= opening) return ref;
  const sameForm = trimmed.form === ref.form || (trimmed.form === 'name' && trimmed.name !== null && text.startsWith(trimmed.name, trimmed.start));
  return sameForm || subordinated ? trimmed : ref;
}

/** Every found attribution's speaker with its edges trimmed. */
export function trimSpeakers(found: Attribution[], text: string): void {
  for (const a of found) if (a.speaker) a.speaker = trimSpeakerEdges(a.speaker, text);
}
