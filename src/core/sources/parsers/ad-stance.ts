// What a campaign's advertisement says of its target: "The 60-second ad slams Berg for voting
// against the bridge", "The ad touts Lind's record on housing", "The ad also renews accusations that
// …", "a new ad hitting him for skipping the debate", "television ads that slam the council". An ad
// is a document that takes a side as a person does, but the verbs it is told with ("slams", "hits",
// "targets", "touts") are no cues, or only a person's, so the stance went unread. The ad is the
// source (named by its owner as the refiners name documents); a stance, as "Berg slammed Lind" is.

import type { Attribution } from '../model';
import { documentBefore } from '../document-before';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';

const EXTRACTOR = 'sources/ad-stance';
/** The nouns of an advertisement. */
const ADS = new Set(['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'commercial', 'commercials', 'mailer', 'mailers']);
// The verb of attack or praise right after the ad's noun, its aside or time, or its "that"/"which"
// ("ads that slam …"); a participle only right after the noun ("a new ad hitting him").
const VERB = /(?<![\p{L}\p{N}'\u2019-])(?:(?:also|again|then)\s+)?(slams|slammed|slam|slamming|hits|hit|hitting|attacks|attacked|attack|attacking|targets|targeted|target|targeting|touts|touted|tout|touting|contrasts|contrasted|accuses|accused|accusing|blasts|blasted|blasting|mocks|mocked|mocking|knocks|knocked|praises|praised|praising|criticizes|criticized|criticises|criticised|criticizing|renews|renewed|hammers|hammered|lambasts|lambasted|portrays|portrayed|portraying|paints|painted|painting)\s+(?=\S)/gu;
const PARTICIPLE = /ing$/;
const HIT = /^hit/;
const TARGET = /^target/;
const AUDIENCE = /^[^,;]{0,60}?\b(?:voters|viewers|audiences?|listeners|readers|residents|families|women|men|people|supporters|Latinos|Hispanics|seniors|students|workers|fans)\b(?:\s+(?:in|across|on|at|of)\s+[^,;]{1,40})?$/u;
const PERSON_OBJECT = /^(?:\p{Lu}|(?:him|her|them|his|their)\b)/u;
/** A relative pronoun between the ad's noun and its verb: "ads that slam …". */
const RELATIVE_END = /\s(?:that|which)\s*$/;
const MIN_WORDS = 2;
/** The content stops where the sentence goes on to something else. */
const CLAUSE_STOP = /;|\s[\u2014\u2013]\s|\s--\s|,\s+(?:and|but|while|which|who)\s/;

export function parseAdStances(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, VERB)) {
    const cueStart = at + m[0].indexOf(m[1]!);
    if (scan.usedCues.has(cueStart)) continue;
    // ("television ads that slam …": the relative clause's verb is the ad's.)
    const relative = RELATIVE_END.exec(masked.slice(sentence.start, at));
    const verbAt = relative ? at - relative[0].length : at;
    // ("The ad hit the airwaves": hitting is an attack only on someone named or a pronoun.)
    if (HIT.test(m[1]!) && !PERSON_OBJECT.test(masked.slice(at + m[0].length, at + m[0].length + 20))) continue;
    const speaker = documentBefore(scan, sentence.start, verbAt, PARTICIPLE.test(m[1]!) || Boolean(relative), ADS);
    if (!speaker) continue;
    const [start, end] = contentAfter(scan, at + m[0].length, sentence.end, CLAUSE_STOP);
    const content = text.slice(start, end);
    if (wordCount(content, MIN_WORDS) < MIN_WORDS) continue;
    // ("ads targeting Latino voters": the audience an ad is aimed at is no one it attacks.)
    if (TARGET.test(m[1]!) && AUDIENCE.test(content)) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: content, direct: false, cue: m[1]!, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.6, attitude: true,
    } satisfies Attribution);
  }
}
