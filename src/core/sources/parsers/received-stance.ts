// A stance the subject receives, its holder after the noun: "Lund has the support of most unions",
// "the plan drew sharp criticism from pilots", "Berg won the endorsement of the Gazette", "the
// mayor faced attacks from both rivals". The holder in the "of"/"from"/"by"/"among" phrase is the
// source, and what the stance is about, the clause's subject, is the content (as in the passive,
// "Lund is supported by most unions", passive-agent.ts). Unlike the passive reader, a name alone is
// kept as the content: PolNeAR train marks 65 such stances, mostly with a name as the subject (the
// passive's name-only contents cost a gold-page extra for four train hits and were left). Read
// only for the attitude reading, like the other positions.

import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { positionMatches, SHARE_FIRST, type Scan } from '../scan';
import { subjectBefore } from '../clause';
import { agentAfter } from './passive-agent';
import { looseSource } from './attitude';
import { STANCE_NOUNS } from './possessive-stance';

const EXTRACTOR = 'sources/received-stance';
/** What may stand between the verb and the noun: a determiner, adjectives, a share ("the overwhelming", "48%"). */
const MODIFIER = String.raw`(?:the|a|an|his|her|their|its|some|much|more|most|broad|wide|strong|stronger|deep|full|overwhelming|harsh|sharp|fierce|fresh|early|new|widespread|growing|increasing|unanimous|key|crucial|bipartisan|public|formal|official|personal|enthusiastic|lukewarm|tepid|considerable|significant|solid|little|no|any|only|even|further|additional|heavy|intense|stinging|withering|immediate|quick|majority|\d[\d.,]*%?|percent)`;
/** A verb of getting or having (its forms; "came under" fire). */
const VERB = [
  'has', 'have', 'had', 'having',
  'receive[sd]?', 'receiving', 'w[io]n', 'wins', 'winning', 'earn(?:s|ed|ing)?', 'dr[ae]w', 'drawn', 'draws', 'drawing',
  'enjoy(?:s|ed|ing)?', 'fac(?:e|es|ed|ing)', 'secur(?:e|es|ed|ing)', 'gain(?:s|ed|ing)?', 'garner(?:s|ed|ing)?',
  'attract(?:s|ed|ing)?', 'spark(?:s|ed|ing)?', 'got', 'gotten', 'gets?', 'getting', 'consolidat(?:e|es|ed|ing)',
  String.raw`(?:pick(?:s|ed|ing)?|lock(?:s|ed|ing)?|sew(?:s|ed|ing)?|sewn)\s+(?:up|down|in)`, String.raw`(?:c[oa]me|comes|coming)\s+under`,
].join('|');
/** The verb, up to four modifiers, a noun of stance, then the holder's preposition. */
const RECEIVED = new RegExp(String.raw`(?<![\p{L}'\u2019-])(?:${VERB})\s+((?:${MODIFIER}\s+){0,4})(${STANCE_NOUNS}|scorn|rebukes?|fire)\s+(of|from|by|among)\s+`, 'dgiu');
/** A holder phrase: a name or a description of people or bodies, never a document or a place alone. */
const SPEAKING_KINDS = new Set(['person', 'anonymous', 'organization']);
/** A subordinator or a verb of saying or thinking inside what was read as the subject: a clause ends there. */
const INNER_CLAUSE = /(?<![\p{L}'\u2019-])(?:as|while|when|whereas|because|after|before|since|although|though|if|that|which|says|said|thinks|thought|believes|believed)\s+/giu;
/** A "that" right after the holder: the stance noun's complement clause (or a relative the holder reader left). */
const THAT_CLAUSE_AFTER = /^\s*that\s/i;
/** A relative pronoun after the holder's noun. */
const RELATIVE = /\s(?:who|whom|whose|that|which)\s/;
/** A subject of at most this many characters: longer, the clause holds more than a noun phrase. */
const MAX_SUBJECT = 90;

export function parseReceivedStances(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, RECEIVED)) {
    if (scan.usedCues.has(at)) continue;
    // ("has the support of" after "who": the relative's antecedent, left to the readers of who.)
    const subject = subjectBefore(masked, sentence.start, at);
    if (!subject) continue;
    const target = { ...subject.speaker };
    // ("The poll indicates a tightening race as Trump consolidates the support of …": a clause read
    // as the subject; the subject is the one after its last subordinator or verb of saying.)
    const inner = [...text.slice(target.start, target.end).matchAll(INNER_CLAUSE)].pop();
    if (inner) target.start += inner.index + inner[0].length;
    if (target.end - target.start > MAX_SUBJECT) continue;
    if (target.form === 'pronoun' && !/^(?:he|she|they|it)$/i.test(target.head ?? '')) continue;
    const holder = holderAfter(masked, at + m[0].length, sentence.end, m[3]!);
    if (!holder) continue;
    // ("has faced criticism from residents that its timetable leaves them stranded": the noun's own
    // clause says what the stance is, and the agent-noun reader takes it with the same holder.)
    if (THAT_CLAUSE_AFTER.test(masked.slice(holder.end, sentence.end))) continue;
    // ("Rubio and Christie -- seeking breakout performances -- faced …": an aside set off by dashes is no part of it.)
    const aside = /\s(?:--|[\u2014\u2013])\s/.exec(text.slice(target.start, target.end));
    const end = aside ? target.start + aside.index : target.end;
    const content = text.slice(target.start, end);
    if (wordCount(content, 1) < 1 || content.includes('\uE000')) continue;
    const cueEnd = sentence.start + m.indices![3]![1];
    // (The noun is no verb's cue either: "continues to draw support among …" is not "support …".)
    scan.usedCues.add(at);
    scan.usedCues.add(sentence.start + m.indices![2]![0]);
    scan.found.push({
      start: target.start, end, text: content, direct: false, cue: text.slice(at, cueEnd), cueStart: at, speaker: holder, block,
      extractor: EXTRACTOR, confidence: 0.4, attitude: true,
    } satisfies Attribution);
  }
}

/**
 * The holder after the preposition: a name or people; a group after "among" ("among union members")
 * or a share of respondents ("the support of 41 percent of voters").
 */
function holderAfter(masked: string, start: number, sentenceEnd: number, preposition: string): SpeakerRef | null {
  // ("from activist workers who have demanded …": a relative clause describes the holder, it is no part of the name.)
  const relative = RELATIVE.exec(masked.slice(start, Math.min(sentenceEnd, start + 80)));
  if (relative) sentenceEnd = start + relative.index;
  const read = agentAfter(masked, start, sentenceEnd);
  if (read && (read.form === 'name' || (read.form === 'nominal' && SPEAKING_KINDS.has(read.kind)))) return read;
  if (preposition.toLowerCase() !== 'among' && !SHARE_FIRST.test(masked.slice(start, start + 30))) return null;
  const end = /^[^,;:!?\uE000]{1,60}?(?=\s+(?:in|on|at|during|after|before|since|because|when|while|who|that|which)\b|[,;:!?\uE000]|\.?$)/u.exec(masked.slice(start, Math.min(sentenceEnd, start + 60)));
  const loose = end ? looseSource(masked, start, start + end[0].trimEnd().length) : null;
  return loose && loose.kind !== 'document' ? loose : null;
}
