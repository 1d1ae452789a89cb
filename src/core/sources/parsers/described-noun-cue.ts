// Noun cues with a possessive holder and describing words, or nouns of stance that noun-cue does
// not list: "Roe's controversial proposal to close the pier", "his gloomy prediction that …",
// "the mayor's stated intention to …", "their reluctance to stop the levy". (Not "plan": "his plan to
// cut rates" names a policy more often than a view held, and PolNeAR marks it about one time in three.)
// noun-cue reads the plain "her proposal to …" with a few fixed modifiers and possessive-stance the
// describing words before stance nouns ("endorsement", "support"); the describing word is open
// ("controversial", "fire-breathing", "unlikely"), and the same holds for these nouns. Read only
// for the attitude reading, like the other noun cues (a claim named as a noun is reported, not quoted).

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { CLAUSE_CONTENT_STOP, TO_OBJECT_NOUN } from './noun-cue';
import { AMOUNT_AFTER, PERSONAL_OWNER, POSSESSIVE_OBJECT_STOP, possessiveHolder } from './possessive-noun';

const EXTRACTOR = 'sources/described-noun-cue';
/** Up to two lower-case describing words; never a function word, an auxiliary or a verb of the clause. */
const MODIFIERS = String.raw`((?:(?!(?:of|to|for|on|in|at|by|with|from|about|the|a|an|and|or|but|that|this|is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|not|be|been|being|who|which|said|says)\b)\p{Ll}[\p{Ll}-]*\s+){0,2})`;
/** Nouns naming what a holder says, wants or holds. */
const NOUN = String.raw`(claims?|assertions?|arguments?|beliefs?|decision|promises?|pledges?|proposals?|call|remarks?|comments?|insistence|suggestions?|warnings?|vows?|threats?|demands?|contention|accusations?|admission|denial|refusal|predictions?|hopes?|concerns?|message|complaints?|theory|platform|policy|willingness|intentions?|reluctance|assessments?|disapproval|rhetoric|objections?|estimates?)`;
// (The owner is a name's or a person's possessive, not "its": "the letter drew ridicule for its
// hyperbolic prediction" is its author's.)
const DESCRIBED_NOUN = new RegExp(String.raw`(?<![\p{L}'\u2019])${PERSONAL_OWNER}\s+${MODIFIERS}${NOUN}\s+(?:(that)\b|(to|for|of|on|about|against)\s)`, 'gu');
/** A lower-case word after "to" that is no determiner or possessive: the verb of an infinitive. */
const INFINITIVE_VERB = /^\s*(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|any|all|some|each|every|no|more|most|such|what|which|whom)\b)\p{Ll}/u;
/**
 * "little in his plan that matches his rhetoric", "her remarks that were cut": a verb right after
 * "that" makes it a relative pronoun, the clause describing the noun, not holding its content.
 */
const RELATIVE_THAT = /^\s*(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|\p{Ll}+(?:es|ed)\s+(?:his|her|their|its|the|a|an|to)\b)/u;
/**
 * The sentence opens with a preposition whose object holds the owner and noun: "Despite", "After",
 * "Amid" … (the owner's capitalised words may have taken the preposition in: "Despite Trump's").
 */
const FRONTED_PREPOSITION = /^\s*(?:Despite|After|Amid|Amidst|With|Without|Under|Given|Following|Before|Since|Unlike|Like|Notwithstanding|Beyond)\s+[^,]*$/;

export function parseDescribedNounCues(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, DESCRIBED_NOUN)) {
    const holder = possessiveHolder(scan, m, at);
    if (!holder) continue;
    const { cueStart, speaker } = holder;
    const owner = m[1]!;
    const after = at + m[0].length;
    const preposition = m[5];
    // (A figure after "of" or "for" is the noun's amount, no stance: "Roe's estimate of 40 percent";
    // "his comment about 47 percent of voters" holds one.)
    if ((preposition === 'of' || preposition === 'for') && AMOUNT_AFTER.test(masked.slice(after, after + 4))) continue;
    const infinitive = preposition === 'to' && INFINITIVE_VERB.test(masked.slice(after, after + 30));
    if (m[4] && RELATIVE_THAT.test(masked.slice(after, after + 30))) continue;
    // (Before a noun phrase, "to" gives the object only of a stance: "her objection to the levy", not
    // "his remarks to the Herald".)
    if (preposition === 'to' && !infinitive && !TO_OBJECT_NOUN.test(m[3]!)) continue;
    const clause = !!m[4] || infinitive;
    // (An infinitive keeps its "to": "close the pier" alone reads as a headline.)
    const from = infinitive ? after - 3 : after;
    const [start, clauseEnd] = contentAfter(scan, from, sentence.end, clause ? CLAUSE_CONTENT_STOP : POSSESSIVE_OBJECT_STOP);
    // ("Despite Roe's vows to close the pier, it stays open": a phrase opening the sentence ends at its comma.)
    const comma = FRONTED_PREPOSITION.test(masked.slice(sentence.start, at + owner.length)) ? masked.indexOf(',', start) : -1;
    const end = comma >= 0 && comma < clauseEnd ? comma : clauseEnd;
    if (end <= start || wordCount(text.slice(start, end), 3) < (clause ? 2 : 1)) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: m[3]!, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}
