// A thing said named as the object of its speaker's verb, then given after a colon: "Senator Lind
// delivered a blunt message to the board: “…”", "Reid has some advice for the party: Don't …",
// "Berg gave the council one warning: the pier will close", "The letter makes a simple case: “…”".
// The verb ("delivered", "has", "gave") reports nothing by itself and the noun has no possessive
// holder, so neither the reporting readers nor noun-cue take it; the colon hands over the words.
// The noun is one of a short closed class of things said (message, warning, answer, …); the verb
// only needs a finite verb's shape, but not a verb of receiving ("got a message:", "heard a
// warning:", "faces a question:"), whose subject is the one spoken to.

import { subjectBefore } from '../clause';
import { IRREGULAR_PAST } from '../attitude-lexicon';
import type { Attribution, SpeakerRef } from '../model';
import { MASK, wordCount, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { contentAfter, positionMatches, sentenceOf, type Scan } from '../scan';
import { CLAUSE_CONTENT_STOP } from './noun-cue';

const EXTRACTOR = 'sources/spoken-object-colon';
/** Nouns for something said, whose words a colon can give. */
const SAID_NOUN = String.raw`(?:message|warning|advice|argument|case|answer|reply|response|retort|word|line|question|questions|verdict|plea|promise|pledge|prediction|explanation|assessment|reminder|request|demand|appeal|vow|suggestion|complaint|point|theory|diagnosis|recommendation|forecast|instructions|admission|apology|ultimatum|rebuttal|statement|declaration|announcement|assurance|slogan|mantra|refrain|pitch|take|proclamation)`;
/** Up to three describing words before the noun, never a function word: "a blunt, honest message". */
const MODIFIERS = String.raw`(?:(?!(?:of|to|for|on|in|the|a|an|and|or|that|this|with)\b)[\p{Ll}\d][\p{L}\d'\u2019-]*,?\s+(?:and\s+)?){0,3}`;
/**
 * The verb (perhaps with a particle: "put out", "laid out"), an indirect object that is a name or an
 * object pronoun ("gave Trump a message", "sent them a warning"), the noun phrase, and a tail of
 * prepositional or relative words before the colon ("a warning to Congress that could …:").
 */
const FRAME = new RegExp(String.raw`(?<![\p{L}'\u2019-])(\p{Ll}{2,})(?:\s+(?:out|up|off|back|down))?\s+(?:(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}|(?:him|them|us|me)\s+)?(?:a|an|the|this|one|some|his|her|their|its|two|three|several)\s+${MODIFIERS}(${SAID_NOUN})(?:\s+(?:to|for|from|about|on|of|that|which|who|with|against|over|in|at|during|after)\b[^:;!?\uE000]{0,100}?)?\s*:\s+`, 'gu');
/** A finite verb's shape: a past or a third-person present by its ending, or an irregular past. */
const FINITE_ENDING = /^\p{Ll}+(?:ed|[^s]s)$/u;
const FINITE_OTHER = new Set(['has', 'had', 'have', 'gave', 'sent', 'made', 'put', 'struck', 'laid']);
/** Verbs whose subject is spoken to or about, not the speaker; a copula names no one. */
const NOT_SPEAKING = /^(?:is|was|are|were|gets|got|hears|heard|reads|receives|received|faces|faced|sees|saw|ignored|ignores|rejected|rejects|dismissed|welcomed|needs|needed|wants|wanted|lacks|lacked|raises|raised|poses|posed|answered|asked|asks|follows|followed|comes|includes|included|contains|contained)$/;
/** What may stand between the subject and the verb: adverbs and auxiliaries ("also has", "has since sent"). */
const BETWEEN = /^(?:(?:\p{Ll}+ly|also|then|later|again|once|still|already|even|just|has|have|had|will|would|could)\s+)*$/u;
/** Unquoted words after the colon are a sentence of their own: a capital, and at least this many words. */
const MIN_WORDS = 3;

/** The quotation's attribution to the subject of "… delivered a blunt message:", or null. */
export function spokenObjectQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || region.start <= sentence.start) return null;
  const inner = scan.text.slice(region.innerStart, region.innerEnd);
  if (!/^\p{Lu}/u.test(inner) || wordCount(inner, MIN_WORDS) < MIN_WORDS) return null;
  const lead = scan.masked.slice(sentence.start, region.start);
  let frame: Frame | null = null;
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(lead); m; m = FRAME.exec(lead)) {
    if (m.index + m[0].length === lead.length) frame = readFrame(scan, sentence.start, sentence.start + m.index, m);
  }
  if (!frame) return null;
  scan.usedCues.add(frame.cueStart);
  return quotedAttribution(scan.text, region, { cue: frame.cue, cueStart: frame.cueStart, speaker: frame.speaker, extractor: EXTRACTOR, confidence: 0.6 });
}

/** Unquoted words after such a colon: "Reid has some advice for Democrats: Don't underestimate Trump." */
export function parseSpokenObjectColons(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, FRAME)) {
    const after = at + m[0].length;
    // (A quotation after the colon is the direct readers' (spokenObjectQuote).)
    if (masked[after] === MASK || !/^\p{Lu}/u.test(masked.slice(after, after + 1))) continue;
    const frame = readFrame(scan, sentence.start, at, m);
    if (!frame) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, CLAUSE_CONTENT_STOP);
    if (end <= start || wordCount(text.slice(start, end), MIN_WORDS) < MIN_WORDS) continue;
    scan.usedCues.add(frame.cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: frame.cue, cueStart: frame.cueStart, speaker: frame.speaker, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}

interface Frame {
  speaker: SpeakerRef;
  cue: string;
  cueStart: number;
}

/** The speaker and cue of a FRAME match at `at`: the verb must be finite and its subject right before it. */
function readFrame(scan: Scan, sentenceStart: number, at: number, m: RegExpExecArray): Frame | null {
  const verb = m[1]!;
  if (NOT_SPEAKING.test(verb) || !(FINITE_ENDING.test(verb) || FINITE_OTHER.has(verb) || IRREGULAR_PAST.has(verb))) return null;
  if (scan.usedCues.has(at)) return null;
  const subject = subjectBefore(scan.masked, sentenceStart, at);
  if (!subject || !canSpeak(subject.speaker)) return null;
  if (!BETWEEN.test(scan.masked.slice(subject.speaker.end, at).trimStart())) return null;
  // (No quotation inside the subject's phrase: its clause began after it.)
  if (scan.masked.slice(subject.phraseStart, at).includes(MASK)) return null;
  const nounEnd = at + m[0].indexOf(m[2]!, verb.length) + m[2]!.length;
  return { speaker: subject.speaker, cue: scan.text.slice(at, nounEnd), cueStart: at };
}

/** People, bodies and documents give messages; "the plan", "the poll" are left alone. */
function canSpeak(s: SpeakerRef): boolean {
  return s.form === 'name' || (s.form === 'pronoun' && /^(?:he|she|they|we|i)$/.test(s.head ?? s.text.toLowerCase()))
    || (s.form === 'nominal' && s.kind !== 'other');
}
