// Positions in a relative clause whose object is the relative word: "the plan, which Ruiz opposed
// last year", "what the mayor said", "a voter whom Lund has long courted". The clause's subject
// holds the view and what it holds it of is the relative word, standing for the noun before it
// (PolNeAR annotates the word itself). The verb's own object is missing — a gap: punctuation, a
// time or place adjunct or a conjunction follows the cue. Read before the attitude parser, which
// would take the words after the gap ("last year") as the content.

import { subjectBefore } from '../clause';
import { ATTITUDE_PARTICLES, ATTITUDE_WORDS, IRREGULAR_PAST, PARTICLE_ONLY } from '../attitude-lexicon';
import { CUE_WORDS, NAME_TITLES, SUBJECT_CUE_FILLER, NAMING_CUES, ORG_NOUNS, PERSON_NOUNS, STRONG_TITLES } from '../lexicon';
import type { Attribution } from '../model';
import { positionMatches, type Scan } from '../scan';
import type { Span } from '../../types';
import { phraseStart } from '../phrase-start';
import { learnedCue } from '../learned-cues';

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
/**
 * A lower-case word, then what opens a clause's subject that is no pronoun: a determiner or a
 * quantifier ("the plan the council proposed", "a contest both have anticipated") or a capitalised
 * word ("the plan Ruiz proposed"). The subject is only looked at, so the next match may start in it.
 */
const NOUN_THEN_SUBJECT = /(?<![\p{L}\p{N}'\u2019-])(\p{Ll}[\p{Ll}'\u2019-]+)\s+(?=(?:the|a|an|his|their|its|our|several|many|most|some|both|few|nobody|everyone|\p{Lu}[\p{L}'\u2019-]*\.?)\s)/gu;
/** A noun phrase the clause may hang on: a determiner before the noun, or an indefinite pronoun alone. */
const HEAD_OPENING = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|some|many|several|every|any|other|all|each|one)$/i;
const INDEFINITE = /^(?:something|everything|anything|nothing|much|little|all)$/;
const PREPOSITION = /^(?:through|via|across|into|onto|over|under|against|among|between|within|without|toward|towards|upon|per|despite|behind|beyond|around|inside|outside|near|off|out|up|down|away|back)$/;
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)$/;
/** Adjective endings: "the latest Gallup poll", "a political Twitter account", "the real Trump". */
const ADJECTIVE_FORM = /^(?:\p{Ll}+(?:est|al|ive|ous|ic|ful|less|able|ible|ian|ern|ary|ish)|new|old|real|former|recent|big|top|same|own|first|last|next|young|great|high|low)$/u;
/**
 * A verb annotators marked as a cue often enough on news text ("rebuffed", "envisioned"), in a past
 * or present form: a verb with its object gapped, not a noun of the subject ("report", "poll").
 */
function learnedStance(word: string): boolean {
  return /(?:ed|s)$/.test(word) && (learnedCue(word)?.annotated ?? 0) >= 3;
}
/** Verbs that take "X as Y". */
const SEEING_AS = /^(?:sees?|saw|seen|views?|viewed|regards?|regarded|considers?|considered|treats?|treated|portrays?|portrayed|characterized?|characterizes|depicts?|depicted|labell?ed|brands?|branded|dismiss(?:es|ed)?)$/;
/** The cue must come within this many characters of the relative word. */
const MAX_CLAUSE = 70;

export function parseObjectGaps(scan: Scan): void {
  for (const { match: m, sentence, block, at } of positionMatches(scan, RELATIVE)) {
    // "What does Ruiz want?" asks a question; "After Lund Heard What Ruiz Said" is a headline in title case.
    if (/^(?:do|does|did)$/i.test(scan.masked.slice(at + m[0].length).match(/^\S*/)![0])) continue;
    if (/^\p{Lu}/u.test(m[1]!) && at > sentence.start) continue;
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
  // "an arrangement the campaign has criticized", "the plan Ruiz proposed": the same clause with a
  // name or a description as its subject. The noun before it must head a phrase with a determiner
  // ("the former President Obama said" has a title, "candidate Ruiz said" an apposition).
  for (const { match: m, sentence, block, at } of positionMatches(scan, NOUN_THEN_SUBJECT)) {
    const noun = m[1]!.toLowerCase();
    const nounEnd = at + m[1]!.length;
    const nameSubject = /^\p{Lu}/u.test(scan.masked.slice(at + m[0].length));
    if (!headNoun(scan.masked, sentence.start, noun, nounEnd, nameSubject)) continue;
    const from = Math.max(sentence.start, nounEnd - 60);
    const opening = INDEFINITE.test(noun) ? nounEnd - noun.length - from : phraseStart(scan.masked.slice(from, nounEnd));
    if (opening < 0) continue;
    const start = from + opening;
    const first = scan.masked.slice(start).match(/^\S+/)![0];
    if (!INDEFINITE.test(noun) && !HEAD_OPENING.test(first)) continue;
    readClause(scan, sentence, block, at + m[0].length, start, nounEnd, { nameSubject, finite: true });
  }
}

/** A past or present-tense verb, or a bare one after an auxiliary or a plural: "proposed", "wants", "would like". */
function finiteVerb(word: string, before: string): boolean {
  return /(?:ed|s)$/.test(word) || IRREGULAR_PAST.has(word) || /\b(?:would|will|can|could|should|might|may|must|do|does|did|to|they|we|you|I)\s+(?:\p{Ll}+ly\s+|not\s+|n[o']t\s+)?$/iu.test(before)
    // ("the coronation many pundits initially forecast": a plural subject takes a bare verb; "in the
    // state a few months back" has a time phrase, no subject.)
    || /\p{L}{3}s\s+(?:\p{Ll}+ly\s+)?$/u.test(before) && !/\b(?:seconds|minutes|hours|days|weeks|months|years|decades)\s+$/i.test(before);
}

/** Capitalised words, then only auxiliaries and adverbs: "Ana Ruiz has long", "Sen. Lund". */
function nameRun(stretch: string): boolean {
  const words = stretch.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && /^\p{Lu}/u.test(words[i]!)) i++;
  return i > 0 && words.slice(i).every((w) => SUBJECT_CUE_FILLER.has(w.toLowerCase()) || /^\p{Ll}+ly$/u.test(w));
}

/**
 * Whether `noun` can head the object phrase: no function word or verb form ("said Ruiz", "opposed
 * the"), unless a determiner stands right before it ("the claim the ministry denied"); and before a
 * name no title or role ("the candidate Ruiz said" is an apposition).
 */
function headNoun(masked: string, sentenceStart: number, noun: string, nounEnd: number, nameSubject: boolean): boolean {
  if (INDEFINITE.test(noun)) return true;
  const before = /(\S+)\s+$/.exec(masked.slice(Math.max(sentenceStart, nounEnd - noun.length - 30), nounEnd - noun.length))?.[1] ?? '';
  // ("the school's page", "the three Democratic candidates", "the so-called Islamic State")
  if (NOT_A_NOUN.test(noun) || HEAD_OPENING.test(noun) || /['\u2019]s?$/.test(noun) || NUMBER_WORD.test(noun)) return false;
  // ("help the company think through its report", "the senator made a charge")
  if (PREPOSITION.test(noun) || IRREGULAR_PAST.has(noun)) return false;
  if (nameSubject && (noun.includes('-') || ADJECTIVE_FORM.test(noun))) return false;
  if ((ATTITUDE_WORDS.has(noun) || CUE_WORDS.has(noun)) && !HEAD_OPENING.test(before)) return false;
  if (nameSubject && (NAME_TITLES.has(noun) || STRONG_TITLES.has(noun) || PERSON_NOUNS.has(noun) || ORG_NOUNS.has(noun))) return false;
  return before !== '';
}

/** The cue of the clause at `relEnd` with a gap after it; the content is `[start, end)`. */
interface ClauseChecks {
  /** The subject is a name: capitalised words up to the verb. */
  nameSubject?: boolean;
  /** The verb must be finite (with no relative word, a bare "release" or "charge" is likelier a noun). */
  finite?: boolean;
}

function readClause(scan: Scan, sentence: Span, block: number, relEnd: number, start: number, end: number, checks: ClauseChecks = {}): void {
  const { masked, text } = scan;
  const clause = masked.slice(relEnd, Math.min(sentence.end, relEnd + MAX_CLAUSE));
  for (const w of clause.matchAll(WORD)) {
    const word = w[0].toLowerCase();
    const cueStart = relEnd + w.index!;
    let cueEnd = cueStart + w[0].length;
    const particles = ATTITUDE_PARTICLES.get(word);
    const particle = particles?.find((p) => new RegExp(`^\\s+${p}\\b`, 'i').test(masked.slice(cueEnd, cueEnd + p.length + 2)));
    if (particle) cueEnd = masked.indexOf(particle, cueEnd) + particle.length;
    else if (PARTICLE_ONLY.has(word) || !(ATTITUDE_WORDS.has(word) || CUE_WORDS.has(word) || learnedStance(word))) continue;
    // ("the philanthropist Marjorie Merriweather Post": a capitalised cue is part of a name.)
    if (/^\p{Lu}/u.test(w[0])) break;
    if (checks.finite && !finiteVerb(word, masked.slice(relEnd, cueStart))) break;
    const after = masked.slice(cueEnd, Math.min(sentence.end + 1, cueEnd + 12));
    // A verb known only from annotations needs a plain gap: "a super PAC aimed at …" is no clause.
    if (!ATTITUDE_WORDS.has(word) && !CUE_WORDS.has(word) && !particle && !/^\s*(?:[.,;:!?)\u2014\u2013]|-\s|$)/.test(after)) break;
    // "whom she described as a friend", "which he views as a mistake": "as" completes a naming verb.
    if (!GAP.test(after) || /^\s+as\b/i.test(after) && (NAMING_CUES.has(word) || SEEING_AS.test(word))) break;
    if (scan.usedCues.has(cueStart)) break;
    // "a group aimed at taking down …": a preposition with a gerund completes the verb, no adjunct.
    if (/^\s+(?:at|on|in|as)\s+\p{Ll}+ing\b/u.test(masked.slice(cueEnd, cueEnd + 30))) break;
    // "the latest Quinnipiac University poll shows": a name that runs into a noun is a modifier in
    // one noun phrase, not a clause's subject. A name subject is capitalised words up to its verb.
    if (checks.nameSubject && !nameRun(masked.slice(relEnd, cueStart))) break;
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
