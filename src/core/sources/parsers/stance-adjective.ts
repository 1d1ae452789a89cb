// Stances stated with an adjective: "X is confident that …", "voters are unhappy with …", "she was
// critical of …". Read only for the attitude reading, like the other attitudes.

import { subjectBefore, type Subject } from '../clause';
import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { looseSource } from './attitude';
import { embeddedShare } from './embedded-share';

const EXTRACTOR = 'sources/stance-adjective';
// The verb before the adjective, with "n't" on it ("isn't sure", "weren't happy with") or as "'re"
// / "'m" after a pronoun ("they're wary of"). ("'s" stays out: "Trump's critical role" is a possessive.)
const COPULA = String.raw`(?:(?<![\p{L}'\u2019-])(?:is|are|was|were|am|be|been|remains?|remained|seems?|seemed|appears?|appeared|grew|became|feels?|felt|sounded|(?:is|are|was|were)n['\u2019]t)|(?<=\p{L})['\u2019](?:re|m))`;
// Up to three adverbs between, any -ly adverb among them ("were evenly split on"): "were both sternly critical of", "are well aware of", "was always in
// favor of", "is most proud of", "were already skeptical of".
const ADVERBS = String.raw`(?:(?:not|also|still|now|very|so|more|most|less|far|much|all|already|always|well|both|even|too|quite|never|\p{Ll}+ly)\s+){0,3}`;
// Adjectives that hold a stance alone or with their preposition ("confident that", "eager to").
// ("in" only after those that take it for what they trust or doubt: "confident in her", "were
// disappointed in the vote"; "critical in the race" says how much something matters.)
// ("Sure to" and "certain to" tell how likely a thing is, "the rule is certain to be challenged",
// "she is sure to leave": no one's stance. "Committed" (to a cause, or a crime committed by) and
// "willing to" are left out: PolNeAR train marks 0 of 15 and 4 of 35 of them.)
const STANCE_WITH_ANY = String.raw`(confident|sure|certain|convinced|worried|concerned|skeptical|sceptical|optimistic|pessimistic|hopeful|unhappy|happy|angry|upset|frustrated|disappointed|critical|supportive|opposed|eager|reluctant|determined|adamant|proud|afraid|aware|wary|fearful|doubtful|comfortable|uncomfortable|satisfied|dissatisfied|furious|outraged|pleased|thrilled|excited|nervous|anxious|enthusiastic|unconvinced|unsure|uncertain|mindful|dismissive|fond|tired|ashamed|grateful|thankful|sympathetic|hostile|receptive|against|in\s+favor|in\s+favour)\b(?!(?<=sure|certain)\s+to\b)(?:\s+(?:that|about|of|with|to|by|toward|towards|on|over|for)|(?<=confident|disappointed)\s+in)?`;
// (A feeling or a split of opinion, "voters were divided over the deal", "she was impressed by the
// plan", "they are leery of the deal", reads only with the preposition that names what it is about:
// "the state is divided into districts", "he was surprised" and "they were sick" hold no position.
// A feeling's adjective or participle with that preposition is one: "startled by", "delighted by",
// "cagey about", "uneasy about", "mistrustful of", "embittered at", "mystified that".)
const STANCE_WITH_PREPOSITION = String.raw`(divided|split|undecided|torn|ambivalent|lukewarm|leery|upbeat|cautious|bullish|impressed|unimpressed|surprised|shocked|dismayed|alarmed|angered|troubled|disturbed|heartened|enamou?red|disillusioned|disenchanted|sick|glad|sorry|appalled|horrified|offended|displeased|resistant|suspicious|dubious|keen|startled|delighted|shaken|intrigued|irritated|miffed|mystified|terrified|embittered|agitated|uneasy|cagey|cynical|sanguine|tepid|mum|mistrustful|distrustful|appreciative|conscious)\s+(?:that|about|of|with|by|at|toward|towards|on|over)`;
// (Hesitation or its absence takes an infinitive, "were hesitant to back", "is unafraid to take on".)
const STANCE_WITH_INFINITIVE = String.raw`(hesitant|unafraid)\s+to`;
// ("Open" is a stance only toward something, "open to a deal": "the pools are open for swimmers",
// "the shops remain open" say what is open, not what anyone thinks.)
const STANCE = new RegExp(String.raw`${COPULA}\s+${ADVERBS}(?:${STANCE_WITH_ANY}|${STANCE_WITH_PREPOSITION}|(open)\s+to|(vocal|outspoken|candid|frank|blunt|explicit|upfront|forthright|unapologetic|honest|passionate|clear|open)\s+(?:about|on|in)|${STANCE_WITH_INFINITIVE})\s+`, 'gu');
// How a holder speaks of a matter, "she was vocal about the cuts", "he has been outspoken in his
// opposition", "the mayor was clear about one thing", reads with "about", "on" or "in" only (PolNeAR
// train marks 13 of 23 after a be-verb): "the road is clear", "the store is open" hold no stance.
// The stance ends where the sentence's own clause begins: "While the hopefuls were divided on Ukraine,
// they were united over Israel" holds a stance on Ukraine only.
const CLAUSE_STOP = /;|,\s+(?:adding|saying|noting|arguing|according\s+to|but|while|whereas|(?:they|he|she|it|we|I|you)\s+\p{Ll}+)\b/u;

export function parseStanceAdjectives(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block } of positionMatches(scan, STANCE)) {
    const cueStart = sentence.start + m.index;
    if (scan.usedCues.has(cueStart)) continue;
    const share = shareSubject(masked, sentence.start, cueStart);
    const subject = share ?? subjectBefore(masked, sentence.start, cueStart);
    if (!subject) continue;
    const s = subject.speaker;
    const ok = share !== null || s.form === 'name' || (s.form === 'pronoun' && /^(?:he|she|they|we|i|who)$/.test(s.head ?? ''))
      || (s.form === 'nominal' && (s.kind === 'person' || s.kind === 'anonymous' || s.kind === 'organization' || (s.kind === 'other' && /[^s]s$/.test(s.head ?? ''))));
    if (!ok) continue;
    const [start, end] = contentAfter(scan, cueStart + m[0].length, sentence.end, CLAUSE_STOP);
    if (end <= start || wordCount(text.slice(start, end), 1) < 1) continue;
    scan.usedCues.add(cueStart);
    const attribution: Attribution = {
      start, end, text: text.slice(start, end), direct: false, cue: (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!, cueStart, speaker: s, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    };
    scan.found.push(attribution);
  }
}

/** A verb, modal or pronoun inside a share: its "of" phrase ran on into a clause. */
const CLAUSE_IN_SHARE = /\b(?:say|says|said|think|thinks|believe|believes|would|will|could|should|might|may|they|he|she|who|that|which)\b/i;

/**
 * "Fifteen percent of voters in the poll were undecided about …", "Six in 10 Democrats are
 * confident that …": a share of respondents, which the speaker reader refuses (a number is no name
 * nor a description), holds the stance. Each share is its own source, as in the attitude reader.
 */
function shareSubject(masked: string, sentenceStart: number, cueStart: number): Subject | null {
  // The lead opens at the sentence's start (where the pattern's "^" may match) or the share follows
  // a comma or a word that opens its clause.
  const from = cueStart - sentenceStart <= 160 ? sentenceStart : cueStart - 160;
  const lead = (from === sentenceStart ? '' : '\u0001') + masked.slice(from, cueStart);
  const m = embeddedShare(lead, '');
  // ("79 percent of Democrats say they would be satisfied with …": a clause of its own ends the share.)
  if (!m?.indices?.[1] || CLAUSE_IN_SHARE.test(m[1]!)) return null;
  const start = cueStart - lead.length + m.indices[1][0];
  const speaker = looseSource(masked, start, start + m[1]!.trimEnd().length);
  if (!speaker) return null;
  speaker.kind = 'other';
  return { speaker, phraseStart: start };
}
