// A standing told "in" a poll inside the sentence, with no verb of saying: "Lane has a clear lead in
// the polls ahead of the vote", "Berg fell to 10 percent in the latest Gazette poll released Monday, a
// drop driven by …", "…, where Lane led in the dozen statewide surveys but lost", "Four candidates
// have been stuck near 10 percent in state surveys." The poll is where the standing was measured: it
// is the source, and the clause before "in" is what it tells. (prepositional-source.ts reads the
// phrase that opens or closes its sentence; this reads it wherever it stands, and only after a
// standing: a lead, a share, a rise or a fall, so "faith in the polls" or "voters in the poll said"
// are left alone.) Read with the positions, as the prepositional phrases are.

import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { readSpeaker } from '../speaker-phrase';
import { nominalSpeaker } from '../speaker-ref';
import { MAX_FOUND, readsPositions, sentenceMatches, type Scan } from '../scan';

const EXTRACTOR = 'sources/standing-in-survey';
// "in" and the survey's phrase: a determiner or quantifier ("the", "every", "just about every", "the
// dozen", "Monday's"), up to six words of its name or description (no word that opens a phrase or a
// clause of its own: "in the race according to a poll" is no survey's phrase), and a survey word as
// its head.
const IN_SURVEY = /(?<![\p{L}])in\s+((?:(?:just\s+about\s+|nearly\s+|almost\s+)?(?:every|each|all|most|several|many|both)\s+(?:(?:the|of\s+the)\s+)?|the\s+dozen\s+|(?:the|a|an|its|their|his|her|this|that|these|those|one|another)\s+|\p{Lu}[\p{L}.-]*['\u2019]s\s+)?(?:(?!(?:the|a|an|to|for|by|with|on|at|from|in|into|according|and|or|but|than|as|that|which|who|is|was|are|were|has|have|had|be|been|he|she|they|it|we|his|her|their|its|after|before|during|since)\s)[\p{L}\d][\p{L}\d./&'\u2019-]*\s+){0,6}?(?:polls|poll|surveys|survey|polling))(?![\p{L}-])/gu;
/** Places and acts of voting, not a survey: "polling places", "polling stations", "polls closed". */
const VOTING_AFTER = /^\s+(?:places?|stations?|booths?|locations?|sites?|days?|hours|workers?|officials?|close|closed|closes|closing|open|opened|opens)\b/i;
// Those asked, or trust in surveys, before "in": "voters in the poll", "faith in polls", "a shift in
// the polls" name the survey inside a noun phrase, not the place a standing was measured.
const NOUN_BEFORE = /(?<![\p{L}])(?:voters|respondents|people|adults|those|Americans|Democrats|Republicans|independents|residents|members|participants|faith|confidence|trust|belief|interest|errors?|bias|shifts?|changes?|movement|swings?|questions?|included|participated|part|appear|appears|appeared|appearing|named|listed)\s*$/u;
// A standing: a lead or a margin, a share or a count, a place, a rise or a fall.
const STANDING = /(?<![\p{L}])(?:lead|leads|leading|led|trail|trails|trailed|trailing|ahead|behind|tied|percent|per\s+cent|points?|fell|fallen|falls|rose|risen|rises|dropped|drops|slipped|slipping|slips|climbed|climbs|sagged|sags|surged|surges|gained|gains|edge|advantage|margin|double\s+digits|second|third|fourth|fifth|place|approval|favou?rability|support)(?![\p{L}])|\d\s*%|\d-\d/iu;
/** A verb of the clause's own: a standing is told by a clause, not by a noun phrase alone ("Ruiz's support"). */
const FINITE = /(?<![\p{L}])(?:has|have|had|is|are|was|were|\p{Ll}{2,}ed|\p{Ll}{2,}s|led|fell|rose|won|lost|drew|held|came|stood|sits|sat)(?![\p{L}])/u;
// Where the clause that tells the standing opens: a subordinator or "that" before its subject ("…,
// where Lane led", "although Berg moved", "shocked that Lane is leading"), a dash or a semicolon.
// ("before slipping back": an -ing form keeps the clause; "because of" is a preposition; "as" opens a
// clause before its subject only, not "as the front-runner".) A relative
// pronoun opens a description of someone ("Lane, who leads in the polls, …"), which tells nothing.
const CLAUSE_OPENER = /(?:;\s+|\s[\u2014\u2013]\s*|\s--?\s+|(?<![\p{L}])(?:(where|when|while|whereas|although|though|because(?!\s+of\b)|after|that|as(?=\s+(?:he|she|they|it|we|I|you|\p{Lu})))|(who|which))\s+(?!\p{Ll}+ing\b))/giu;
/** A subordinate clause opening the sentence ends at a comma; the main clause after it tells the standing. */
const FRONTED_SUBORDINATOR = /^(?:while|whereas|although|though|because|after|as|when|if|since|despite)\b/i;
// "his double-digit lead in polls", "the lead he has enjoyed in the polls": a standing named by a noun
// phrase of the sentence, not told by its clause.
const NOUN_STANDING = /(?:(?<![\p{L}])(?:his|her|their|its|\p{L}+['\u2019]s?)\s+(?:[\p{L}\d-]+\s+){0,2}(?:lead|leads|advantage|edge|margin|standing|numbers)|(?<![\p{L}])(?:lead|advantage|edge|margin|standing|numbers)\s+(?:he|she|they|it|we|I|you)\s[^,;]*)$/u;
/** A conjunction opening the sentence is no part of what the poll tells. */
const OPENING_CONJUNCTION = /^(?:But|And|Yet|So|Still)\s+/;
const MIN_WORDS = 3;
const HEDGE = /^(?:just\s+about|nearly|almost)\s+/;
const DETERMINER = /^(?:the|a|an)\s+/;
const SURVEY_HEAD = /\p{L}+$/u;
/** The clause told is a short one; a longer reach reads past its start. */
const MAX_CLAUSE = 240;

export function parseSurveyStandings(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of sentenceMatches(scan, IN_SURVEY)) {
    if (!readsPositions(scan, block) || scan.found.length >= MAX_FOUND) continue;
    const phrase = m[1]!;
    const phraseStart = at + m[0].indexOf(phrase);
    const phraseEnd = phraseStart + phrase.length;
    if (scan.usedCues.has(phraseStart) || VOTING_AFTER.test(masked.slice(phraseEnd, phraseEnd + 20))) continue;
    if (NOUN_BEFORE.test(masked.slice(Math.max(sentence.start, at - 40), at))) continue;
    const start = clauseStart(masked, sentence.start, at);
    if (start < 0 || at - start > MAX_CLAUSE) continue;
    let end = at;
    while (end > start && /[\s,\u2014\u2013-]/.test(text[end - 1]!)) end--;
    const clause = masked.slice(start, end);
    if (!STANDING.test(clause) || !FINITE.test(clause) || NOUN_STANDING.test(clause) || wordCount(text.slice(start, end), MIN_WORDS) < MIN_WORDS) continue;
    // ("Six in 10 said Lane was ahead in the poll", "Berg reminded Lane he would need 15 percent in the
    // polls": the clause has a speaker of its own; "Pundits are shocked that Lane is leading in the
    // polls": it is already what someone else holds.)
    if (scan.found.some((a) => (a.cueStart >= start && a.cueStart < end) || (a.start <= start && a.end >= end))) continue;
    const speaker = surveyPhrase(scan, phraseStart, phraseEnd);
    if (!speaker) continue;
    scan.usedCues.add(phraseStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: 'in', cueStart: phraseStart, speaker: { ...speaker, kind: 'document' },
      block, extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}

/**
 * The survey named by its phrase: as the phrase reader reads it, past a hedge on its quantifier ("just
 * about every statewide poll"); a name the reader refuses ("an NBC/Marist South Carolina poll") is
 * the phrase as written, headed by its survey word.
 */
function surveyPhrase(scan: Scan, start: number, end: number): SpeakerRef | null {
  start += HEDGE.exec(scan.masked.slice(start, end))?.[0].length ?? 0;
  const speaker = readSpeaker(scan.masked, start, end);
  if (speaker) return speaker.form === 'nominal' || speaker.form === 'name' ? { ...speaker, kind: 'document' } : null;
  const determiner = DETERMINER.exec(scan.masked.slice(start, end))?.[0].length ?? 0;
  const head = SURVEY_HEAD.exec(scan.masked.slice(start, end))![0].toLowerCase();
  return nominalSpeaker(scan.text.slice(start + determiner, end), start + determiner, end, 'document', head);
}

/**
 * Where the clause before `at` opens: past the last subordinator, dash or semicolon, else the
 * sentence's start past a conjunction, or past the comma that ends a subordinate clause opening the
 * sentence. -1 for a relative clause.
 */
function clauseStart(masked: string, from: number, at: number): number {
  const slice = masked.slice(from, at);
  let start = 0;
  let relative = false;
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(slice); m; m = CLAUSE_OPENER.exec(slice)) {
    start = m.index + m[0].length;
    relative = m[2] !== undefined;
    // ("Though Lane held a lead …, Berg won": the fronted clause is read from its subordinator on.)
    if (m.index === 0 && m[1]) start = 0;
  }
  if (relative) return -1;
  start += OPENING_CONJUNCTION.exec(slice.slice(start))?.[0].length ?? 0;
  if (FRONTED_SUBORDINATOR.test(slice.slice(start))) {
    const comma = slice.lastIndexOf(', ');
    start = comma > start ? comma + 2 : start + FRONTED_SUBORDINATOR.exec(slice.slice(start))![0].length;
  }
  while (start < slice.length && /\s/.test(slice[start]!)) start++;
  return from + start;
}
