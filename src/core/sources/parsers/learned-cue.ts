// Positions cued by the lexicon learned from PolNeAR train (learned-cues.ts) where the hand lists
// are silent: "Berg vouches for the plan", "the union rules out a strike", "Lund is wary of the
// deal", "Okafor worries about the cost". The subject before the cue is the source; the content is
// what follows to the end of the clause, an object's time and circumstance included (PolNeAR marks
// them so). Read only for the attitude reading, like the other positions.

import { subjectBefore } from '../clause';
import { ATTITUDE_PARTICLES, ATTITUDE_WORDS } from '../attitude-lexicon';
import { learnedCue, type LearnedCue } from '../learned-cues';
import { CUE_PARTICLES, CUE_WORDS } from '../lexicon';
import type { Attribution } from '../model';
import { MASK, wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';

const EXTRACTOR = 'sources/learned-cue';
const WORD = /(?<![\p{L}\p{N}'\u2019-])\p{Ll}{3,}(?![\p{L}\p{N}'\u2019-])/gu;
const NEXT_WORD = /^\s+(\p{Ll}+)\b/u;
const CLAUSE_STOP = /;|,\s+(?:according\s+to|but|while|whereas|although|though|and|where|when)\b|,\s+\p{Ll}+ing\b|\s+(?:but|while|whereas|because)\s/u;
/** "the attack on", "of support for": a determiner or a preposition before the word makes it a noun. */
const NOUN_BEFORE = /\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|of|for|with|by|from|in|on|at|to)\s+$/i;
/** A be-auxiliary before a participle makes the clause passive: the subject is not the source. */
const PASSIVE_AUX = /\b(?:is|was|are|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$/;

/** Evidence a learned cue needs to be read (chosen on PolNeAR dev). */
const MIN_ANNOTATED = 3;
const MIN_RATIO = 0.2;
const MIN_AFTER = 0.5;

/**
 * Enough evidence, and a content that follows the cue: "appear" is annotated often, but as a hedge
 * on what comes before it ("the deal, it appears, …"), so what follows it is no content.
 */
function trusted(entry: LearnedCue): boolean {
  const after = entry.np + entry.clause + entry.infinitive;
  return entry.annotated >= MIN_ANNOTATED && entry.annotated / entry.seen >= MIN_RATIO && after >= entry.annotated * MIN_AFTER;
}

/** "refusal", "criticism of", "suggestion": a noun's source is its possessor, not a subject before it. */
const NOUN_FORM = /(?:al|tion|sion|ment|ism|ity|ance|ence)$/;

/** A cue the hand lists already read (the other parsers' job). */
function handListed(word: string, particle: string): boolean {
  if (!particle) return ATTITUDE_WORDS.has(word) || CUE_WORDS.has(word);
  return (ATTITUDE_PARTICLES.get(word) ?? []).includes(particle) || CUE_PARTICLES.get(word) === particle;
}

export function parseLearnedCues(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block } of positionMatches(scan, WORD)) {
    const word = m[0];
    const cueStart = sentence.start + m.index;
    if (scan.usedCues.has(cueStart)) continue;
    const next = NEXT_WORD.exec(masked.slice(cueStart + word.length, Math.min(sentence.end, cueStart + word.length + 20)));
    const phrasal = next ? learnedCue(`${word} ${next[1]}`) : undefined;
    const entry = phrasal ?? learnedCue(word);
    if (!entry || !trusted(entry) || NOUN_FORM.test(word)) continue;
    const particle = phrasal ? next![1]! : '';
    if (handListed(word, particle)) continue;
    const cueEnd = cueStart + word.length + (phrasal ? next![0].length : 0);
    if (NOUN_BEFORE.test(masked.slice(Math.max(sentence.start, cueStart - 8), cueStart))) continue;
    const subject = subjectBefore(masked, sentence.start, cueStart);
    if (!subject) continue;
    const s = subject.speaker;
    const ok = s.form === 'name' || (s.form === 'pronoun' && /^(?:he|she|they|we|i|who)$/.test(s.head ?? ''))
      || (s.form === 'nominal' && (s.kind === 'person' || s.kind === 'anonymous' || s.kind === 'organization'));
    if (!ok) continue;
    const between = masked.slice(s.end, cueStart);
    if (between.length > 40 || between.includes(MASK)) continue;
    // "the plan was ruled out by …", "a deal deemed fair": passive, the subject is not the source.
    if (/(?:ed|en)$/.test(word) && (PASSIVE_AUX.test(between) || /^\s+by\s/.test(masked.slice(cueEnd, cueEnd + 5)))) continue;
    const after = masked.slice(cueEnd, Math.min(sentence.end, cueEnd + 40));
    if (/^\s*[,.;:!?)\u2014\u2013]/.test(after) || !after.trim()) continue;
    const [start, end] = contentAfter(scan, cueEnd, sentence.end, CLAUSE_STOP);
    const content = text.slice(start, end);
    if (end <= start || wordCount(content, 1) < 1 || masked.slice(start, end).split(MASK).length > content.length * 0.9) continue;
    scan.usedCues.add(cueStart);
    const attribution: Attribution = {
      start, end, text: content, direct: false, cue: particle ? `${word} ${particle}` : word, cueStart, speaker: s, block,
      extractor: EXTRACTOR, confidence: 0.45, attitude: true,
    };
    scan.found.push(attribution);
  }
}
