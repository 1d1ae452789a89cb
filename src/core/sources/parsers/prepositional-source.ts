// Sources named in a prepositional phrase that opens or closes the sentence: "In a Register poll
// last month, Cruz had a 10-point lead", "Cruz led by 10 points in a Register poll", "To Ms. Gil,
// skateboarding is a cry of dissent". Read only for the attitude reading (the fact sheet lists
// statements by their verb).

import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { readSpeaker } from '../speaker-phrase';
import { pronounSpeaker } from '../speaker-ref';
import { MAX_FOUND, readsPositions, SHARE_FIRST, type Scan } from '../scan';
import type { Span } from '../../types';
import { NAME_WORD_START } from '../name-word';
import { isDescribedTopic } from '../described-topic';

const EXTRACTOR = 'sources/prepositional';
/** A survey or study: the head of the phrase after "in". */
const SURVEY = /\b(?:poll|polls|survey|surveys|study|studies|report|analysis|tally|count|census|exit polls)\b/i;
// "In a Des Moines Register poll last month, …"
const OPENING_IN = /^\s*(?:(?:But|And|Yet)\s+)?(?:In|According\s+to)\s+((?:the|a|an|its|their|his|her|this|that|one|another|several|most|recent|new|latest|\p{Lu}[\p{L}.-]*['\u2019]s)(?![\p{L}])[^,\uE000;:]{3,90}?)\s*,\s+/u;
// "… by 8 points in a Quinnipiac poll released Sunday."
const CLOSING_IN = /[\s,]+in\s+((?:the|a|an|its|their|this|that|one|another|several|most|recent|new|latest)\b[^,\uE000;:]{3,90}?)\s*[.!?]?\s*$/;
// "… fell to 10 percent in the latest Register poll, a drop of four points.": before a last aside.
// (Only when the survey word ends its phrase or a short adjunct follows it: in "voters in the poll
// were undecided about Ruiz, …" the phrase is part of the subject.)
const SURVEY_ADJUNCT = /^(?:\s+(?:released|conducted|taken|published|out|last|this|earlier|from|by|of|on|\p{Lu}[\p{L}.]*|\d[\d,-]*)(?:\s+[\p{L}\d.,-]+){0,3})?\s*$/u;
/** Those a survey asked, opening its finding: "most Democrats", "two of three voters", "Republicans", "respondents". */
const RESPONDENTS_FIRST = /^(?:(?:most|many|some|few|all|more|fewer|half|majorities|a\s+majority|a\s+plurality)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out\s+of)\s|(?:\p{Lu}\p{Ll}+\s+)?(?:voters|respondents|Americans|Democrats|Republicans|independents|adults|residents|people|those|parents|women|men)\b)/u;
/** How far into the clause its subject may start: past "the " or "The ". */
const OPENING_DETERMINER_CHARS = 4;
const OWN_SAYING = /^(?:say|says|said|tell|tells|told)$/;
const SAYING_BEFORE = /\b(?:said|says|say|told|wrote|writes|stated|states|added|adds|noted|notes|reported|reports)\s*$/;
const CLOSING_IN_ASIDE = /[\s,]+in\s+((?:the|a|an|its|their|this|that|one|another|several|most|recent|new|latest)\b[^,\uE000;:]{3,90}?),\s[^,\uE000;:]{1,80}[.!?]?\s*$/;
/** A preposition other than "of" before a survey word: the word heads another phrase, not this one. */
const BEFORE_NO_SURVEY = /(?<![\p{L}])(?:in|to|at|after|before|as|with|on|into|from|since|during)\s/iu;
/** "polls closed", "polls open": the polling stations, not a survey. */
const VOTING_AFTER = /^\s+(?:close|closed|closes|closing|open|opened|opens)\b/i;
// "To Ms. Gil, …", "For many Republicans, …", "For many island voters, …", "For most Liberals
// today, …", "For other students of the law, …" (a quantifier and a plural head, up to two words
// before it; not "For many months, …", "For some other reasons, …": a time or a cause), "To them, …",
// "To many, …" (only after "to": "For them, life has become …" says whom it befalls, not who holds it).
const NOT_HOLDERS = String.raw`(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|generations|times|reasons|things|ways|purposes|cases|instances)(?![\p{L}])`;
const OPENING_TO = new RegExp(String.raw`^\s*(?:(?:But|And|Yet)\s+)?(?:(?:To|For)\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}|(?:many|most|some|other)\s+(?:(?!${NOT_HOLDERS})[\p{L}-]+\s+){0,2}?(?!${NOT_HOLDERS})\p{L}[\p{L}-]*\p{Ll}s(?:\s+(?:today|now|of\s+the\s+\p{Ll}+))?)|To\s+(them|him|her|many|some))\s*,\s+`, 'u');

/** The preposition of an opening "To X, " or "For X, ", past a leading conjunction. */
const OPENING_WORD = /^\s*(?:(?:But|And|Yet)\s+)?(To|For)\s/;

export function parsePrepositionalSources(scan: Scan): void {
  scan.sentences.forEach((sentences, block) => {
    if (!readsPositions(scan, block)) return;
    for (const sentence of sentences) {
      if (scan.found.length >= MAX_FOUND) return;
      const attribution = opening(scan, sentence, block) ?? closing(scan, sentence, block);
      if (attribution) scan.found.push(attribution);
    }
  });
}

function opening(scan: Scan, sentence: Span, block: number): Attribution | null {
  const slice = scan.masked.slice(sentence.start, Math.min(sentence.end, sentence.start + 160));
  const survey = OPENING_IN.exec(slice);
  const m = survey && SURVEY.test(survey[1]!) ? survey : OPENING_TO.exec(slice);
  // "…, the agency said in a June report": the report is how the speaker said it, not a source.
  if (!m || SAYING_BEFORE.test(slice.slice(0, m.index))) return null;
  const phrase = m[1] ?? m[2]!;
  const phraseStart = sentence.start + m.index + m[0].indexOf(phrase);
  const speaker = m[2] ? pronounHolder(scan, phraseStart, phraseStart + phrase.length) : sourceOf(scan, phraseStart, phraseStart + phrase.length, m === survey);
  if (!speaker) return null;
  // "To Donald Trump, the front-runner, Florida's contest is …": the apposition is not content.
  let start = sentence.start + m[0].length;
  // "For Trump, the Republican front-runner, Florida's contest …": the writer's account of X.
  if (m !== survey && isDescribedTopic(OPENING_WORD.exec(m[0])?.[1] ?? '', scan.masked.slice(start, sentence.end))) return null;
  // ("For China, the region offers oil, but Beijing's plans …": a clause, not an apposition, comes
  // before a conjunction.)
  const apposition = /^(?:the|a|an)\s+[^,\uE000;:]{2,60},\s+(?!(?:but|and|yet|while|although|though|so)\b)/.exec(scan.masked.slice(start, sentence.end));
  if (apposition && m !== survey) start += apposition[0].length;
  // "For Trump, 38% of likely voters would be scared …": a share of respondents answers about X; the
  // phrase names what they were asked about, not whose view it is.
  if (m !== survey && SHARE_FIRST.test(scan.masked.slice(start, sentence.end).trimStart())) return null;
  // "In the study, researchers from Vardby found that …", "In a report, the paper claimed …": the
  // clause after the phrase has a speaker of its own, whose finding the document only carries.
  if (m === survey && ownSpeakerOpens(scan, start, sentence.end)) return null;
  return make(scan, { start, end: sentence.end }, speaker, block, m === survey ? 'in' : 'to');
}

function closing(scan: Scan, sentence: Span, block: number): Attribution | null {
  const slice = scan.masked.slice(sentence.start, sentence.end);
  const aside = CLOSING_IN_ASIDE.exec(slice);
  const m = [CLOSING_IN.exec(slice), aside && SURVEY_ADJUNCT.test(afterSurvey(aside[1]!)) ? aside : null].find((x) => x && SURVEY.test(x[1]!));
  // "…, the agency said in a June report": the report is how the speaker said it, not a source.
  if (!m || SAYING_BEFORE.test(slice.slice(0, m.index))) return null;
  // "Six in 10 say he is decisive, after half said so in the earlier poll.": a sentence whose
  // statement already has a speaker of its own ("Six in 10") is not the survey's; the survey only
  // says where the earlier answer was given.
  // (A verb of saying only: "… have a favorable view of Trump in a new poll" is the poll's finding.)
  if (scan.found.some((a) => a.cueStart >= sentence.start && a.cueStart < sentence.start + m.index && a.extractor !== EXTRACTOR && OWN_SAYING.test(a.cue ?? ''))) return null;
  const phraseStart = sentence.start + m.index + m[0].indexOf(m[1]!);
  const speaker = sourceOf(scan, phraseStart, phraseStart + m[1]!.length, true);
  if (!speaker) return null;
  return make(scan, { start: sentence.start, end: sentence.start + m.index }, speaker, block, 'in');
}

/**
 * Whether another reader found the clause's own subject speaking: an attribution whose cue lies in
 * the clause and whose speaker is the clause's first phrase ("researchers from Vardby University",
 * "they", "the paper"). A share of those asked ("38 percent of voters said …", "most Democrats
 * say …") answers inside the survey: the finding stays the survey's (as shares-in-survey.ts reads it).
 */
function ownSpeakerOpens(scan: Scan, start: number, end: number): boolean {
  const lead = scan.masked.slice(start, end).search(/\S/);
  if (lead < 0) return false;
  const from = start + lead;
  const opening = scan.masked.slice(from, end);
  if (SHARE_FIRST.test(opening) || RESPONDENTS_FIRST.test(opening)) return false;
  return scan.found.some((a) => a.extractor !== EXTRACTOR && a.speaker && a.cueStart > from && a.cueStart < end
    && a.speaker.start >= from && a.speaker.start <= from + OPENING_DETERMINER_CHARS);
}

/** What follows the survey word in its phrase: "" in "a Register poll", " released Sunday" in "a Register poll released Sunday". */
function afterSurvey(phrase: string): string {
  const head = SURVEY.exec(phrase);
  return head ? phrase.slice(head.index + head[0].length) : phrase;
}

function sourceOf(scan: Scan, start: number, end: number, survey: boolean): SpeakerRef | null {
  // "head to the polls": voting, not a survey ("the poll" is one survey).
  if (survey && /^the\s+polls\b/i.test(scan.masked.slice(start, end))) return null;
  // "a Register poll last month": the survey word is the head; what follows is an adjunct.
  const head = survey ? SURVEY.exec(scan.masked.slice(start, end)) : null;
  // "in the District of Columbia head to the polls", "in the day after polls closed": a phrase
  // whose survey word follows a preposition, or opens a clause of voting, names no survey. ("of"
  // may stand before it: "the average of state polls".)
  if (head && (BEFORE_NO_SURVEY.test(scan.masked.slice(start, start + head.index)) || VOTING_AFTER.test(scan.masked.slice(start + head.index + head[0].length, end)))) return null;
  if (head) end = start + head.index + head[0].length;
  const speaker = readSpeaker(scan.masked, start, end);
  if (!speaker) return null;
  if (survey) return speaker.form === 'nominal' || speaker.form === 'name' ? speaker : null;
  return speaker.form === 'name' && speaker.kind === 'person' || speaker.form === 'nominal' && speaker.kind !== 'document' ? speaker : null;
}

/** The subject form of an object pronoun after "To", which coreference reads back. */
const SUBJECT_FORM: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** "To them, …", "To many, …": a pronoun the resolver reads back, or a bare quantifier standing for people. */
function pronounHolder(scan: Scan, start: number, end: number): SpeakerRef | null {
  const word = scan.masked.slice(start, end);
  const head = SUBJECT_FORM[word];
  if (head) return pronounSpeaker(word, start, end, head);
  const speaker = readSpeaker(scan.masked, start, end);
  return speaker && speaker.kind !== 'document' ? speaker : null;
}

function make(scan: Scan, span: Span, speaker: SpeakerRef, block: number, cue: string): Attribution | null {
  const { text } = scan;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  if (end <= start || wordCount(text.slice(start, end), 3) < 3 || scan.usedCues.has(speaker.start)) return null;
  scan.usedCues.add(speaker.start);
  return {
    start, end, text: text.slice(start, end), direct: false, cue, cueStart: speaker.start, speaker, block,
    extractor: EXTRACTOR, confidence: 0.5, attitude: true,
  };
}
