// Positions in a relative clause whose object is the relative word: "the plan, which Ruiz opposed
// last year", "what the mayor said", "a voter whom Lund has long courted". The clause's subject
// holds the view and what it holds it of is the relative word, standing for the noun before it
// (PolNeAR annotates the word itself). The verb's own object is missing — a gap: punctuation, a
// time or place adjunct or a conjunction follows the cue. Read before the attitude parser, which
// would take the words after the gap ("last year") as the content.

import { subjectBefore } from '../clause';
import { ATTITUDE_PARTICLES, ATTITUDE_WORDS, PARTICLE_ONLY } from '../attitude-lexicon';
import { CUE_WORDS, NAMING_CUES } from '../lexicon';
import type { Attribution } from '../model';
import { positionMatches, type Scan } from '../scan';
import type { Span } from '../../types';
import { phraseStart } from '../phrase-start';

const EXTRACTOR = 'sources/object-gap';
/** A relative word that stands for an object: "which", "whom", "what" (not "who", a subject). */
const RELATIVE = /(?<![\p{L}\p{N}'\u2019-])(which|whom|what)\s+/giu;
const WORD = /[\p{L}'\u2019-]+/gu;
/** A lower-case word, then a subject pronoun opening a clause. */
const CONTACT = /(?<![\p{L}\p{N}'\u2019-])(\p{Ll}[\p{Ll}'\u2019-]+)\s+((?:he|she|they|we|I|you)\s+)/gu;
/**
 * Words before a pronoun that are no noun, or a noun of time that opens an adverbial: "when she …",
 * "said he …", "really they …", "the first time she …".
 */
const NOT_A_NOUN = /^(?:\p{Ll}+ly|\p{Ll}+ed|\p{Ll}+(?<!th)ing|and|or|but|if|when|while|because|as|that|so|since|though|although|before|after|until|unless|where|whether|what|which|who|whom|how|why|than|then|now|because|once|also|too|even|said|says|say|think|thinks|thought|know|knew|believe|believes|hope|hopes|guess|mean|means|is|was|are|were|be|been|do|does|did|not|yes|no|there|here|of|in|on|at|to|for|with|by|from|about|like|just|only|still|yet|ago|both|all|each|either|time|times|day|days|year|years|week|weeks|month|months|moment|night|morning|way)$/u;
/**
 * What may follow a verb whose object has moved away: the end of the clause or an adjunct. Not a
 * quotation: "what Ruiz called “a scam”" names the object.
 */
const GAP = /^(?:\s*(?:[.,;:!?)\u2014\u2013]|-\s|$)|\s+(?:in|at|on|as|during|last|this|when|while|after|before|since|because|earlier|later|yesterday|today|recently|repeatedly|publicly|privately|now|then|and|but|or|so|until|years?|months?|weeks?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;
/** Verbs that take "X as Y". */
const SEEING_AS = /^(?:sees?|saw|seen|views?|viewed|regards?|regarded|considers?|considered|treats?|treated|portrays?|portrayed|characterized?|characterizes|depicts?|depicted|labell?ed|brands?|branded|dismiss(?:es|ed)?)$/;
/** The cue must come within this many characters of the relative word. */
const MAX_CLAUSE = 70;

export function parseObjectGaps(scan: Scan): void {
  for (const { match: m, sentence, block, at } of positionMatches(scan, RELATIVE)) {
    readClause(scan, sentence, block, at + m[0].length, at, at + m[1]!.length);
  }
  // "something she opposed", "a point they keep making": a relative clause without its relative
  // word, a pronoun subject right after the noun. The content is the noun phrase.
  for (const { match: m, sentence, block, at } of positionMatches(scan, CONTACT)) {
    const noun = m[1]!.toLowerCase();
    if (NOT_A_NOUN.test(noun) || ATTITUDE_WORDS.has(noun) || CUE_WORDS.has(noun)) continue;
    const nounEnd = at + m[1]!.length;
    const opening = phraseStart(scan.masked.slice(Math.max(sentence.start, nounEnd - 60), nounEnd));
    if (opening < 0) continue;
    const start = Math.max(sentence.start, nounEnd - 60) + opening;
    readClause(scan, sentence, block, at + m[0].length - m[2]!.length, start, nounEnd);
  }
}

/** The cue of the clause at `relEnd` with a gap after it; the content is `[start, end)`. */
function readClause(scan: Scan, sentence: Span, block: number, relEnd: number, start: number, end: number): void {
  const { masked, text } = scan;
  const clause = masked.slice(relEnd, Math.min(sentence.end, relEnd + MAX_CLAUSE));
  for (const w of clause.matchAll(WORD)) {
    const word = w[0].toLowerCase();
    const cueStart = relEnd + w.index!;
    let cueEnd = cueStart + w[0].length;
    const particles = ATTITUDE_PARTICLES.get(word);
    const particle = particles?.find((p) => new RegExp(`^\\s+${p}\\b`, 'i').test(masked.slice(cueEnd, cueEnd + p.length + 2)));
    if (particle) cueEnd = masked.indexOf(particle, cueEnd) + particle.length;
    else if (PARTICLE_ONLY.has(word) || !(ATTITUDE_WORDS.has(word) || CUE_WORDS.has(word))) continue;
    const after = masked.slice(cueEnd, Math.min(sentence.end + 1, cueEnd + 12));
    // "whom she described as a friend", "which he views as a mistake": "as" completes a naming verb.
    if (!GAP.test(after) || /^\s+as\b/i.test(after) && (NAMING_CUES.has(word) || SEEING_AS.test(word))) break;
    if (scan.usedCues.has(cueStart)) break;
    const subject = subjectBefore(masked, relEnd, cueStart);
    // The subject opens the relative clause: "which Ruiz opposed", not "which, Ruiz said, …".
    if (!subject || subject.phraseStart > relEnd + 1 || subject.speaker.start < relEnd) break;
    const s = subject.speaker;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: particle ? `${word} ${particle}` : word, cueStart,
      speaker: s, block, extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
    break;
  }
}
