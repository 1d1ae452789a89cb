// A quotation of whole sentences after a colon, its speaker the subject right before a short verb
// phrase that ends at the colon, deep in a sentence that opens with something else: "Asked about
// the delay, Mr. Lund shot back: “…”", "The hall went quiet, and then Ek continues: “…”", "…,
// with the mayor reportedly yelling: “…”". The other colon readings take only a sentence's opening
// subject (direct-quote.ts's colonQuote, manner-quote.ts) or a cue the lexicon holds; a colon
// before a quoted sentence announces the words, so the verb needs no lexicon here, only a verb's
// form (a copula is left out: "The answer was: “…”" names no speaker).

import { subjectBefore } from '../clause';
import { ATTITUDE_WORDS } from '../attitude-lexicon';
import { CUE_WORDS } from '../lexicon';
import type { Attribution } from '../model';
import { MASK, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { sentenceOf, type Scan } from '../scan';

const EXTRACTOR = 'sources/colon-verb-quote';
/** How far before the quotation the subject and its verb may start. */
const REACH = 300;
/** One to four lower-case words, then the colon right before the quotation. */
const PHRASE_BEFORE_COLON = /(?<=\s)((?:\p{Ll}[\p{Ll}'\u2019-]*\s+){0,3}\p{Ll}[\p{Ll}'\u2019-]*)\s*:\s*$/u;
/** Adverbs before the verb ("reportedly yelling", "then continues"). */
const ADVERB = /^(?:\p{Ll}+ly|then|later|also|again|simply|just|once|still)$/u;
// A past or -ing verb by its ending: "demurred", "yelling". (Not any "-s": "Ek heckles fans:" would
// read "fans" as the verb and "Ek heckles" as nothing; a present tense must be a known verb.)
const VERB_FORM = /^\p{Ll}{2,}(?:ed|ing)$/u;
/** Present tenses that announce a quotation though the lexicons do not list them. */
const ANNOUNCING = /^(?:continues|concludes|begins|ends|replies|responds|adds|writes|explains|reads)$/;
/** A particle after an irregular verb: "shot back", "spoke up", "lashed out". */
const PARTICLE = /^(?:back|up|out|in|on)$/;
/** A subject pronoun inside the lower-case words before the colon. */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|it)$/;
const RELATIVE = /^(?:which|whom|that|who|whose)$/i;
const COPULA = /^(?:is|was|are|were|be|been|being|has|have|had|seems|remains|means|does)$/;
// An "-ing" word after a determiner and a name, or after a possessive, heads a noun phrase: "the
// Ek briefing:", "a Lund hearing:", "Ek's closing:" name an occasion (the name modifies the noun),
// not a speaker going on speaking ("Ek, grinning:", "Ek kept smiling:"). A person's name takes no
// article, so an article before it marks the name as a modifier.
const NOUN_BEFORE_ING = /(?:^|[\s,(])(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|each|every|another)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}$|['\u2019]s?\s+$/u;
/** The quotation must be whole sentences: a capital first, its own stop last. */
const WHOLE = /^[\p{Lu}\d]/u;

/** The attribution of a quoted sentence to the subject of the verb before its colon, or null. */
export function colonVerbQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  if (!region.terminal) return null;
  const inner = scan.text.slice(region.innerStart, region.innerEnd);
  if (!WHOLE.test(inner.replace(/^['\u2018\u201C"]+/, ''))) return null;
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || region.start <= sentence.start) return null;
  const from = Math.max(sentence.start, region.start - REACH);
  const lead = scan.masked.slice(from, region.start);
  const m = PHRASE_BEFORE_COLON.exec(lead);
  if (!m) return null;
  let words = m[1]!.split(/\s+/);
  let phraseStart = from + m.index;
  // ("…, he demurred:", "and then she shot back:": a lower-case subject pronoun is the subject, not
  // part of the verb phrase; the phrase starts after it.)
  let pronoun = words.length - 2;
  while (pronoun >= 0 && !SUBJECT_PRONOUN.test(words[pronoun]!)) pronoun--;
  if (pronoun >= 0) {
    // ("this sound bite for which she later apologized: “…”": a verb in a relative clause does not
    // announce the quotation.)
    const before = pronoun > 0 ? words[pronoun - 1]! : /(\S+)\s*$/.exec(scan.masked.slice(Math.max(from, phraseStart - 20), phraseStart))?.[1] ?? '';
    if (RELATIVE.test(before)) return null;
    phraseStart += new RegExp(String.raw`^(?:\S+\s+){${pronoun + 1}}`).exec(scan.masked.slice(phraseStart))![0].length;
    words = words.slice(pronoun + 1);
  }
  let v = 0;
  while (v < words.length - 1 && ADVERB.test(words[v]!)) v++;
  const verb = words[v]!;
  if (COPULA.test(verb)) return null;
  const verbLike = VERB_FORM.test(verb) || ANNOUNCING.test(verb) || CUE_WORDS.has(verb) || ATTITUDE_WORDS.has(verb) || PARTICLE.test(words[v + 1] ?? '');
  if (!verbLike) return null;
  if (scan.usedCues.has(phraseStart)) return null;
  // (A bounded look back: a determiner and at most three capitalised words.)
  if (v === 0 && /ing$/.test(verb) && NOUN_BEFORE_ING.test(scan.masked.slice(Math.max(from, phraseStart - 80), phraseStart))) return null;
  // (Read from after the last quotation before the verb: a quotation the sentence splitter did not
  // cut off ("… that “….” Asked …, he demurred:") is no part of the subject's clause.)
  const lastMask = scan.masked.lastIndexOf(MASK, phraseStart - 1);
  const subject = subjectBefore(scan.masked, Math.max(sentence.start, lastMask + 1), phraseStart);
  // (No other quotation inside the subject's phrase: "“…” Asked …, he demurred:" starts after it.)
  if (!subject || scan.masked.slice(subject.phraseStart, phraseStart).includes(MASK)) return null;
  const speaker = subject.speaker;
  // The subject must end right before the verb phrase: no object or clause between them.
  if (scan.masked.slice(speaker.end, phraseStart).trim() !== '') return null;
  if (speaker.form === 'name' && speaker.kind !== 'person') return null;
  scan.usedCues.add(phraseStart);
  return quotedAttribution(scan.text, region, { cue: words.join(' '), cueStart: phraseStart, speaker, extractor: EXTRACTOR, confidence: 0.7 });
}
