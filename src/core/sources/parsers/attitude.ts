// Attitudes, intentions and stances of a named subject: "X believes the deal is dead", "X wants
// a recount", "X plans to appeal", "X criticized the ruling", "X called for an inquiry". The content
// is what follows the cue to the end of its clause. Read only when the caller asks for attitudes
// (they are attributions for political-news corpora, not statements for the fact sheet).

import { afterJoinedPronoun } from '../joined-pronoun';
import { withoutDemonstrativeThat } from '../demonstrative-that';
import { isAnotherAlone } from '../speaker-phrase';
import { NOUN_INFINITIVE, openingSubject, subjectBefore, subjectOrInfinitive, withSubject, type Subject } from '../clause';
import { ATTITUDE_PARTICLES, ATTITUDE_WORDS, DOCUMENT_CUES, IRREGULAR_PAST, PARTICLE_ONLY } from '../attitude-lexicon';
import { CUE_WORDS, DOCUMENT_NOUNS, NAMING_CUES, PARTICIPLE_CUES, PERSON_NOUNS } from '../lexicon';
import { isPeopleNoun } from '../refiners/people-nouns';
import type { Attribution, SpeakerRef } from '../model';
import { MASK, wordCount } from '../quote-spans';
import { learnedCue, objectShare } from '../learned-cues';
import { hostClauseStart, participleSubject } from '../participle-subject';
import { isPluralNounCue } from '../plural-noun-cue';
import { complementPronounSubject } from '../complement-pronoun';
import { subordinateSubject } from '../subordinate-subject';
import { subordinatePurposeSubject } from '../subordinate-purpose';
import { isOpportunityInfinitive } from '../opportunity-infinitive';
import { mainClauseSubject } from '../main-clause-subject';
import { coordinatedMainSubject } from '../coordinated-main-subject';
import { afterCoordinator } from '../coordinated-lead';
import { presentMainSubject } from '../coordinated-present';
import { isNamingParticiple } from '../naming-participle';
import { lastFoundBetween } from '../found-between';
import { embeddedShare } from './embedded-share';
import { ELIDED_INFINITIVE, MAX_CONTENT, positionMatches, type Cue, type Scan } from '../scan';
import type { Span } from '../../types';
import { nominalSpeaker } from '../speaker-ref';
import { looseHead } from '../loose-head';
import { partitiveGroup } from '../partitive-subject';
import { isThingObject } from '../thing-object';
import { withoutRecipient } from '../sent-recipient';
import { adverbThenParticle } from '../adverb-particle';
import { isThingSubject } from '../thing-subject';
import { verbEndingSubject } from '../verb-ending-subject';
import { isLookTo, looksToAVerb } from '../look-to-aim';
import { isPassiveCharge } from '../passive-charge';
import { isActSense } from '../act-sense';
import { isFoundThing } from '../found-thing';
import { isAbilityModal } from '../ability-modal';
import { isDutyModal } from '../duty-modal';
import { isEnabledAction } from '../enabled-action';
import { isNarratorGroup } from '../narrator-group';
import { isNamingDefinition } from '../naming-definition';
import { isOpposedModifier } from '../opposed-modifier';
import { isConsideringGiven } from '../considering-given';
import { isControlledInfinitive } from '../controlled-infinitive';
import { isExampleNotSubject } from '../example-not-subject';
import { isPluralLeadNoun } from '../plural-lead-noun';
import { participleJoinedClauseSubject } from '../participle-joined-clause';
import { neverCapitalisedInside } from '../ordinary-words';
import { genderOfGivenName } from '../gender';

const EXTRACTOR = 'sources/attitude';
const WORD = /(?<![\p{L}\p{N}'\u2019-])\p{Ll}+(?![\p{L}\p{N}'\u2019-])/gu;
/** Where the clause that holds the content ends. */
const FRONTED = /^\s*(?:As|When|While|After|Before|Since|Although|Though|If|Because|Once|Until)\s[^,;:]*$/;
// (", said …": a participle set off by commas — "the MP, supporting the report, said …" — ends at the
// main clause's verb.)
const CLAUSE_STOP = /;|,\s+(?:adding|saying|noting|arguing|according\s+to|said|says|told|added|wrote)\b|,?\s+(?:and|but)\s+(?:(?:he|she|they|we|I)\s+)?(?:also\s+|then\s+|later\s+)?(?:believes|believed|thinks|thought|wants|wanted|hopes|hoped|fears|feared|expects|expected|criticized|criticised|said|says|argued|argues|added|adds|noted|notes|warned|warns|insisted|insists|claimed|claims|told|wrote|writes|declared|predicted|acknowledged|admitted|suggested|explained|stressed)\s/;
/** A be-auxiliary before a participle makes the clause passive: the subject is not the source.
 * ("Now" may come between, "the town is now added to the list"; not "still", whose "is still
 * persuaded of", "was still focused on" are states of mind.) */
// ("isn't expected to", "they're expected to", "was not widely expected": negated and contracted too.)
// (Or a time word: "Reed, who was later charged with theft", "was then asked to".)
const PASSIVE_AUX = /(?:\b(?:is|was|are|were|be|been|being|get|got|gets)|\b(?:is|was|are|were)n['\u2019]t|\w['\u2019]re)\s+(?:not\s+)?(?:\w+ly\s+|now\s+|later\s+|then\s+|since\s+|again\s+|also\s+|already\s+|soon\s+)?$/;
/** A base-form cue ("support", "plan") needs a subject it agrees with, or a modal before it. */
const AGREEING_PRONOUN = /^(?:they|we|i|you|who)$/;
const MODAL_BEFORE = /\b(?:will|would|could|can|should|must|may|might|did|do|does|to|not|never|also|still|often|(?:did|do|does|would|could|wo|ca|should)n['\u2019]t)\s+$/;
const QUANTITY_SUBJECT = /(?:^|[,;:]\s*(?:(?:while|whereas|and|but|yet|(?:even\s+)?though|although|as|because|since|when)\s+)?|^\s*(?:But|And|Yet|Still|Only|Just)\s+)((?:(?:only|just|nearly|almost|about|roughly|around|some|more\s+than|fewer\s+than|less\s+than|over|under|another|a\s+full|a\s+mere)\s+)*(?:(?:\d+(?:\.\d+)?|[\p{L}]+(?:-[\p{L}]+)?)\s*(?:percent|per\s+cent|%)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:in|out\s+of)[\s-]+(?:\d+|four|five|ten|three)|half|a\s+third|a\s+quarter|two-thirds|three-quarters|(?:(?:a|the)\s+)?(?:(?:large|slim|narrow|wide|clear|overwhelming|solid|vast|bare|sizable|substantial)\s+)?(?:majority|majorities)|most|a\s+plurality|a\s+minority)(?:\s+of\s+[^,;:\uE000]{1,60}?|(?:\s+[\p{L}-]+){0,4}\s+[\p{L}-]+s(?:\s+(?:in|from|across|at)\s+[^,;:\uE000]{1,40}?)?)?\s*(?:,\s*(?:\d+(?:\.\d+)?\s*(?:percent|%)),\s*)?)(?:\s+(?:also|still|now|all|both|each|either))?\s+$/diu;
// "In a statement", "With Democratic leaders", "Despite electric utilities": a prepositional phrase is not a subject.
// ("Besides attacking …, Trump asserted": nor a preposition alone, read as a capitalised name.)
const LEADING_PREPOSITION = /^(?:in|with|for|at|on|from|by|after|before|against|during|under|over|since|as|to|into|without|among|despite|amid|unlike|via|through|toward|towards|throughout|beyond|besides)(?:\s|$)/i;
/**
 * A past tense with its counted or determined object inside a description: "the campaign issued
 * nine press releases blasting …" is a clause whose object the participle describes, not a holder
 * (not "the officials involved", "voters polled last week": no object after the participle).
 */
const INNER_VERB_OBJECT = /\s\p{Ll}{3,}ed\s+(?:a|an|the|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|its|his|her|their)\s/u;
// A description holding a pronoun, a verb of saying or a time word is a clause, not a subject.
const CLAUSE_WORDS = /\b(?:he|she|they|it|we|i|says|said|say|what|time|when|while|before|after|because|that|which|whom|could|would|will|should|can|may|might|must|did|does|do|not|is|was|are|were)\b|\s(?:to|of|for|with|by|the|a|an)$/i;
const INNER_DETERMINER = /\S\s+(?:the|a|an|some|most|many|this|that|these|those|his|her|their|its)\s/i;
const NOUN_BEFORE = /\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|each|every|of|into|for|with|by|from|in|on)\s+$/i;
// "the voters' views of her", "the union's plans": a possessive before the cue makes it a noun too.
// ("he's hoping", "that's expected", "Ruiz's trying": after a pronoun, and before an -ing form,
// 's is "is" or "has".)
const POSSESSIVE_BEFORE = /\p{L}s['\u2019]\s+$/u;
const NAME_POSSESSIVE_BEFORE = /(?<![\p{L}'\u2019])(?!(?:he|she|it|that|what|who|there|here|where|everyone|everybody|someone|somebody|nobody|one|this|which|how|why|when|let)['\u2019]s\s)\p{L}[\p{L}.-]*['\u2019]s\s+$/iu;
// "more than 300 pledged delegates", "4,051 pledged delegates": a participle right after a count
// describes the counted noun. Not a share ("six in 10 favored", "42% backed"), a year or an age
// ("in 2012, Smith pleaded", "Smith, 40, cited": a comma comes between).
const COUNT_BEFORE = /(?:^|\s)(?!(?:19|20)\d\d\s)\d{1,3}(?:,\d{3})*\s+$/;
const SHARE_BEFORE = /\b(?:in|of)\s+\d[\d,]*\s+$/;
/** A content that is only a particle: "would have shown up", "aren't backing down" read no object. */
const PARTICLE_ONLY_CONTENT = /^(?:up|out|off|down|away|back|over|around|in|on)[.!?]?$/i;
const LOWER_WORD = /\b\p{Ll}[\p{Ll}'-]*\b/gu;
const AUXILIARY_BEFORE = /(?:\b[a-z]+n['\u2019]t|\b[a-z]{3,}ly|\b(?:likely|probably|certainly|surely|clearly|now|also|still|already|actually|really|just|increasingly|long|strongly|privately|publicly|reportedly|apparently))\s+$/;
/** Content may start with "that" or an adjunct the cue governs; both are dropped. */
/** The one-word particle after a phrasal cue ("called for", "pointed to"). */
const PARTICLE = /^\s+(for|to|about|of|on|against|at|out)\b/;
const NOUN_AFTER = /^\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\s/;
const RELATIVE_BEFORE = /\b(?:that|which|who|whom|what)\s+$/i;
/** ", which has …", ", who strongly …": the cue opens a relative clause set off by a comma. */
const RESTRICTIVE_RELATIVE = /[^,\s]\s+(?:who|that)\s+(?:\p{Ll}+ly\s+)?$/u;
const MAIN_SAYING = /\s(?:say|says|said|believe|believes|believed|think|thinks|thought|argue|argues|argued|insist|insists|insisted|contend|contends|agree|agrees|agreed|worry|worries|worried|fear|fears|feared)\s/;
// (Up to four words between pronoun and verb: "which the council has been trying …".)
const ASIDE_RELATIVE = /,\s*(?:which|who)\s+(?:\p{Ll}+\s+){0,4}$/u;
const LEADING_THAT = /^\s*(?:,\s*)?that\b[\s,]*/;

export function parseAttitudes(scan: Scan): void {
  widenNamingQuotes(scan);
  const { masked } = scan;
  for (const { match: m, sentence, block } of positionMatches(scan, WORD)) {
    const cue = cueAt(masked, sentence, sentence.start + m.index, m[0]);
    if (!cue || scan.usedCues.has(cue.start) || RARELY_ATTITUDES.has(cue.word) || isPluralNounCue(masked, cue.word, cue.end)) continue;
    // ("Cruz looks to build on …": "look to" is an aim only before a verb, look-to-aim.ts.)
    if (isLookTo(cue.word) && !looksToAVerb(masked.slice(cue.end, Math.min(sentence.end, cue.end + 40)))) continue;
    const attribution = attribute(scan, sentence, cue, block);
    if (!attribution) continue;
    scan.usedCues.add(cue.start);
    scan.found.push(attribution);
    // The content's own cues are read too: "X criticized A, and Y praised B" holds two.
  }
}

/**
 * "Clinton called half of his supporters “deplorables.”": what a naming cue says is the whole
 * predicate, the object with its quoted label. The direct-quote parser keeps the label alone; for
 * the attitude reading the content starts right after the cue.
 */
function widenNamingQuotes(scan: Scan): void {
  for (const a of scan.found) {
    if (!a.direct || !a.cue || !NAMING_CUES.has(a.cue) || a.cueStart >= a.start || a.start - a.cueStart > 200) continue;
    let start = a.cueStart + a.cue.length;
    while (start < a.start && /\s/.test(scan.text[start]!)) start++;
    const between = scan.masked.slice(start, a.start).replace(/\uE000+$/, '');
    if (!between.trim() || /[.;!?\uE000]/.test(between)) continue;
    const end = labelListEnd(scan, a.end) ?? Math.min(a.end + 1, scan.text.length);
    a.start = start;
    a.end = end;
    a.text = scan.text.slice(start, end);
  }
}

// Between two quoted labels of one list: a comma, "and"/"or", an article ("a “liar,” an “embarrassment”
// and “unfit”").
const LABEL_JOIN = /^\s*,?\s*(?:(?:and|or)\s+)?(?:(?:a|an)\s+)?$/;

/**
 * "Trump called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick.”": the labels
 * after the first are the same naming's, so the content runs to the end of the list's last one.
 * Null when no second label follows.
 */
function labelListEnd(scan: Scan, innerEnd: number): number | null {
  const i = scan.regions.findIndex((r) => r.innerEnd === innerEnd);
  if (i < 0) return null;
  let last = scan.regions[i]!;
  for (let j = i + 1; j < scan.regions.length; j++) {
    const next = scan.regions[j]!;
    if (next.block !== last.block || next.start - last.end > 12 || !LABEL_JOIN.test(scan.masked.slice(last.end, next.start))) break;
    last = next;
  }
  return last === scan.regions[i] ? null : last.end;
}

function cueAt(masked: string, sentence: Span, start: number, word: string): Cue | null {
  const particles = ATTITUDE_PARTICLES.get(word);
  if (particles) {
    const after = masked.slice(start + word.length, Math.min(sentence.end, start + word.length + 24));
    const m = PARTICLE.exec(after);
    const found = m ? m[1]!.toLowerCase().replace(/\s+/g, ' ') : '';
    if (m && particles.includes(found)) return { start, end: start + word.length + m[0].length, word: `${word} ${found}` };
    for (const p of particles) {
      if (!after.startsWith(` ${p}`) || /[\p{L}]/u.test(after[p.length + 1] ?? '')) continue;
      return { start, end: start + word.length + 1 + p.length, word: `${word} ${p}` };
    }
    const spaced = adverbThenParticle(word, masked.slice(start + word.length, Math.min(sentence.end, start + word.length + 60)), particles);
    if (spaced) return { start, end: start + word.length + spaced.length, word: `${word} ${spaced.particle}` };
  }
  if (PARTICLE_ONLY.has(word) || !(ATTITUDE_WORDS.has(word) || CUE_WORDS.has(word))) return null;
  return { start, end: start + word.length, word };
}

function attribute(scan: Scan, sentence: Span, cue: Cue, block: number): Attribution | null {
  const { masked } = scan;
  if (isNamingParticiple(masked, sentence.start, cue.start, cue.word)) return null;
  // ("users can also see …", "were unable to tell …": an ability, ability-modal.ts; "students opposed
  // to the plan were asked …": a noun's modifier, opposed-modifier.ts; "…, considering the cost": the
  // preposition "given", considering-given.ts.)
  const near = masked.slice(Math.max(sentence.start, cue.start - 40), cue.start);
  const next = masked.slice(cue.end, Math.min(sentence.end, cue.end + 60));
  // ("the app lets users highlight …": what a thing makes possible, enabled-action.ts.)
  // ("MPs are supposed to declare …", "firms have to report …": a rule's duty, duty-modal.ts.)
  if (isDutyModal(near)) return null;
  if (isAbilityModal(near, next) || isEnabledAction(near) || isOpposedModifier(cue.word, near, next) || isConsideringGiven(cue.word, near, next)) return null;
  // ("…, weather models to forecast storms": an infinitive on a noun, nobody's position, noun-infinitive.ts.)
  const readBefore = subjectOrInfinitive(masked, sentence.start, cue.start);
  if (readBefore === NOUN_INFINITIVE) return null;
  // (A share the pattern below leaves out, "… in which 67 percent of voters say", comes first: the
  // speaker reader refuses a share, so what it reads before the cue then is some other phrase.)
  const share = quantitySubject(masked, sentence, cue, true);
  const hosted = share ? null : hostReporter(scan, sentence, cue);
  const own = share || hosted ? null : readBefore ?? subjectBefore(masked, sentence.start, pastAuxiliaries(masked, sentence.start, cue.start));
  const read = share ?? hosted ?? own ?? sharedSubject(scan, sentence, cue) ?? quantitySubject(masked, sentence, cue);
  let subject = read && (complementPronounSubject(masked, sentence, read) ?? read);
  // ("Merkel deserves credit", "the email includes names": the subject's last word is its own verb,
  // which joins the cue; the words before it are the subject.)
  const verbEnding = subject && subject === own ? verbEndingSubject(masked, subject.speaker, cue) : null;
  if (verbEnding) {
    if (!verbEnding.speaker) return null;
    subject = { speaker: verbEnding.speaker, phraseStart: subject!.phraseStart };
    cue = verbEnding.cue;
  }
  // ("… lets users highlight X and point it to Y": the verb coordinated with an enabled one shares
  // its subject, a phrase that holds the causative.)
  if (subject && isEnabledAction(`${subject.speaker.text} `)) return null;
  // ("We Brits love …": the writer's own group, narrator-group.ts.)
  if (subject && isNarratorGroup(subject.speaker.text)) return null;
  // ("… and another called i360, which …", "Another wondered why …": a bare "another" before a verb
  // of stance is as often one more thing, a firm or a study, as one more person; it speaks by a
  // statement only, speaker-phrase.ts.)
  if (subject && isAnotherAlone(subject.speaker.text)) return null;
  if (!subject || !acceptable(subject, cue) || commonWordAsName(scan, subject, sentence) || thingWithoutView(scan, subject, cue)) return null;
  // ("copies sold in towns like Tarn pointed to …", "Reed, like Lund, has …": an example or a comparison, example-not-subject.ts.)
  if (isExampleNotSubject(masked.slice(Math.max(sentence.start, subject.speaker.start - 60), subject.speaker.start), subject.speaker.text)) return null;
  // ("the term Deep Tide refers to …": a word's meaning, naming-definition.ts.)
  if (isNamingDefinition(cue.word, masked.slice(Math.max(sentence.start, subject.speaker.start - 20), cue.start))) return null;
  // ("was arrested and charged with theft", "Banker charged with fraud": the one accused, passive-charge.ts.)
  if (isPassiveCharge(cue.word, masked.slice(cue.end, cue.end + 8))) return null;
  // "the emails", "of plans": a determiner or preposition right before the cue makes it a noun.
  if (NOUN_BEFORE.test(masked.slice(Math.max(sentence.start, cue.start - 8), cue.start))) return null;
  // ("had issues of his own", "several other issues": a plural noun after a word no verb follows, plural-lead-noun.ts.)
  if (isPluralLeadNoun(cue.word, masked.slice(Math.max(sentence.start, cue.start - 12), cue.start))) return null;
  if (possessiveBefore(masked.slice(Math.max(sentence.start, cue.start - 30), cue.start), cue.word)) return null;
  const lead = masked.slice(Math.max(sentence.start, cue.start - 30), cue.start);
  if (/ed$/.test(cue.word) && COUNT_BEFORE.test(lead) && !SHARE_BEFORE.test(lead)) return null;
  if (!own) return withContent(scan, sentence, cue, subject, block);
  // Only the words after an apposition ("Berg, the host of “Sea Lanes,” listed …") stand between.
  const between = masked.slice(subject.speaker.end, cue.start).replace(/^[^]*[,\u2014\u2013)]/, '');
  if (between.length > 60 || /[\uE000]/.test(between)) return null;
  const verb = cue.word.split(' ')[0]!;
  const participle = /ed$|en$/.test(verb) || /^(?:thought|known|felt|seen|understood|sought|told|found|shown|spoken|taken|laid)$/.test(verb);
  if (participle && PASSIVE_AUX.test(between)) return null;
  // "the issue reported by the Post", "Suspect Named By Police": a participle with its agent is passive.
  if (participle && /^\s+by\s/i.test(masked.slice(cue.end, cue.end + 5))) return null;
  // "Okafor, accused of fraud, …", "the men charged with theft": a participle of a verb that takes
  // an object, with a preposition where the object would stand, is passive too.
  if (participle && /^\s+(?:with|of|for|in|on|at|after|over|from|into)\s/.test(masked.slice(cue.end, cue.end + 8)) && takesObject(cue.word)) return null;
  if (isBaseForm(verb) && !agrees(subject, between)) return null;
  return withContent(scan, sentence, cue, subject, block);
}

/** "the voters' views", "the party's plans" (not "she's planning", "Ruiz's planning"). */
function possessiveBefore(lead: string, cue: string): boolean {
  if (POSSESSIVE_BEFORE.test(lead)) return true;
  return !/ing$/.test(cue.split(' ')[0]!) && NAME_POSSESSIVE_BEFORE.test(lead);
}

function withContent(scan: Scan, sentence: Span, cue: Cue, subject: Subject, block: number): Attribution | null {
  // "Some projects are well suited …", "Gun rights advocates have started …": a plural cue word
  // right before the clause's own verb is a noun, the head of the subject; a verb only in a relative
  // clause ("the plan that Ruiz hopes will pass").
  if (/s$/.test(cue.word) && NOUN_AFTER.test(scan.masked.slice(cue.end, cue.end + 12))
    && !RELATIVE_BEFORE.test(scan.masked.slice(Math.max(sentence.start, subject.phraseStart - 12), subject.phraseStart))) return null;
  // ("posted a photo of the crowd", "denied Ruiz a hearing": an act on a thing, neither said nor held.)
  if (isThingObject(cue.word, scan.masked.slice(cue.end, sentence.end))) return null;
  // ("dismissed him", "showed off his boat", "recalling 40,000 pounds of beef": acts, act-sense.ts.)
  if (isActSense(cue.word, scan.masked.slice(cue.end, sentence.end))) return null;
  // ("found the missing boat inside the shed": a thing come upon, found-thing.ts.)
  if (isFoundThing(cue.word, scan.masked.slice(cue.end, sentence.end))) return null;
  const read = contentAfter(scan, sentence, cue);
  // ("emailed supporters a plea to give": the person sent to is no content, sent-recipient.ts.)
  const content = read && withoutRecipient(cue.word, scan.text, read);
  if (!content) return null;
  if (PARTICLE_ONLY_CONTENT.test(scan.text.slice(content.start, content.end).trim())) return null;
  return {
    start: content.start, end: content.end, text: scan.text.slice(content.start, content.end), direct: false,
    // "…, saying …" is a statement even when this parser reads it.
    cue: cue.word, cueStart: cue.start, speaker: subject.speaker, block, extractor: EXTRACTOR, confidence: 0.6, attitude: !PARTICIPLE_CUES.has(cue.word),
  };
}

/**
 * "called him a kind, loving and careful skipper": an -ing word between an article's first adjective
 * and a coordinator is one more adjective of that noun phrase, not a participle clause.
 */
const ADJECTIVE_SERIES = /(?<![\p{L}'\u2019-])(?:a|an)\s+\p{Ll}+,\s*$/u;

/**
 * A cue without a subject of its own shares the sentence's: "Jones toured the plant, criticizing
 * the closure", "Jones met the mayor and praised her plan", "Jones flew to Iowa to announce …".
 * Only a name or a personal pronoun opening the sentence is taken.
 */
function sharedSubject(scan: Scan, sentence: Span, cue: Cue): Subject | null {
  const { masked } = scan;
  const before = masked.slice(Math.max(sentence.start, cue.start - 24), cue.start);
  const verb = cue.word.split(' ')[0]!;
  const absolute = /ing$/.test(verb) ? withSubject(masked, sentence.start, cue.start) : null;
  if (absolute) return absolute;
  const participle = /ing$/.test(verb) && /,\s*(?:(?:also|even|instead|then|again|while|often|repeatedly|\p{Ll}+ly)\s+)?$/u.test(before);
  // ("… and has pledged to …": a perfect auxiliary may stand between.)
  const coordinated = afterCoordinator(before, masked, sentence.start, cue.start) && !isBaseForm(verb);
  const purpose = /\bto\s+$/.test(before) && isBaseForm(verb);
  if (!participle && !coordinated && !purpose) {
    // ("Farmers plant corn by the river and fear …": a plain present after a plain-present main verb.)
    return isBaseForm(verb) && afterCoordinator(before, masked, sentence.start, cue.start) ? presentMainSubject(masked, sentence, cue.start, verb) : null;
  }
  // ("After voters got to see him in action": a chance had, no purpose and no view.)
  if (purpose && isOpportunityInfinitive(before, verb)) return null;
  // ("urged the board to reject …": the object's to do, not the subject's position, controlled-infinitive.ts.)
  if (purpose && isControlledInfinitive(masked.slice(Math.max(sentence.start, cue.start - 90), cue.start))) return null;
  if (participle && ADJECTIVE_SERIES.test(masked.slice(Math.max(sentence.start, cue.start - 30), cue.start)) && /^\s*(?:,|and\s|or\s)/.test(masked.slice(cue.end, cue.end + 5))) return null;
  if (purpose && !coordinated) {
    // ("… as parades in those cities paused to remember …": the subordinate clause's own subject.)
    const inner = subordinatePurposeSubject(masked, sentence, cue.start);
    if (inner !== undefined) return inner;
  }
  if (!participle) {
    return (coordinated ? coordinatedWith(scan, sentence, cue) ?? subordinateSubject(masked, sentence, cue.start) : null) ?? openingSubject(masked, sentence.start, cue.start)
      ?? (coordinated ? coordinatedMainSubject(masked, sentence, cue.start) : null);
  }
  // ("Later in the day, she escalated …, criticizing …": the clause before the comma lends its subject.
  // "While most rivals called for X, Trump hewed to Y, noting …": an attribution whose speaker opens a
  // subordinate clause lends none while the clause the participle hangs on has a subject of its own.)
  const earlier = speakerBefore(scan, sentence, cue.start);
  const subordinate = earlier !== null && SUBORDINATE_LEAD.test(masked.slice(Math.max(sentence.start, earlier.phraseStart - 16), earlier.phraseStart));
  return openingSubject(masked, sentence.start, cue.start) ?? (subordinate ? participleSubject(masked, sentence, cue.start) ?? earlier : earlier)
    ?? participleSubject(masked, sentence, cue.start) ?? mainClauseSubject(masked, sentence.start, cue.start);
}

/**
 * What may stand between a first verb's content and a coordinated verb: "… and", "…, but then",
 * "…, but has previously" (a perfect auxiliary, as coordinated-lead.ts reads it: "who is supporting
 * Lund, but has previously dismissed …" is still the first verb's subject, not the sentence's).
 */
const COORDINATION_GAP = /^[\s,.\u201D\u2019"'\uE000]*(?:and|but)\s+(?:(?:\p{Ll}+ly|also|then|later)\s+)?(?:(?:has|have|had)\s+(?:(?:\p{Ll}+ly|also|since|long|not|never)\s+)?)?$/u;

/**
 * "Lund lamented the “disheartened” state of the campaign and criticized …": a verb coordinated
 * with a first cue whose content ends right before the "and" shares that cue's speaker (the first
 * content is the first verb's object, never the second verb's subject).
 */
function coordinatedWith(scan: Scan, sentence: Span, cue: Cue): Subject | null {
  // ("featuring voters telling their stories and criticizing …": another cue inside the first one's
  // content, "telling", may be the verb the second is coordinated with; then neither is taken.)
  let first: Attribution | null = null;
  let nearest = -1;
  for (const a of scan.found) {
    if (!a.speaker || a.cueStart < sentence.start || a.cueStart >= cue.start) continue;
    nearest = Math.max(nearest, a.cueStart);
    if (a.end <= cue.start && (!first || a.cueStart > first.cueStart) && COORDINATION_GAP.test(scan.masked.slice(a.end, cue.start))) first = a;
  }
  return first && first.cueStart === nearest ? { speaker: first.speaker!, phraseStart: first.speaker!.start } : null;
}

/** A subordinator right before a subject: the clause it opens is not the one a participle hangs on. */
const SUBORDINATE_LEAD = /\b(?:while|whereas|when|as|although|though|because|since|if|after|before|once|until|unless|that)\s+$/i;

/** A participle set off by a comma: "…, citing …", "…, also calling …". */
const COMMA_PARTICIPLE_LEAD = /,\s*(?:(?:also|even|instead|then|again|while|often|repeatedly|\p{Ll}+ly)\s+)?$/u;

/**
 * "Members of the family soured on him, the Post reported, citing …": a participle after a clause
 * whose verb of saying was already read takes that verb's speaker, not the sentence's opening phrase
 * (which is the reported clause's subject). Only the clause the participle hangs on is searched.
 */
function hostReporter(scan: Scan, sentence: Span, cue: Cue): Subject | null {
  if (!/ing$/.test(cue.word.split(' ')[0]!) || !COMMA_PARTICIPLE_LEAD.test(scan.masked.slice(Math.max(sentence.start, cue.start - 24), cue.start))) return null;
  // ("… charged the officer and Lund fired his chief, acknowledging …": the clause joined by "and"
  // right before the participle has a subject of its own, participle-joined-clause.ts.)
  const joined = participleJoinedClauseSubject(scan.masked, sentence.start, cue.start);
  if (joined) return joined;
  const from = hostClauseStart(scan.masked, sentence, cue.start);
  return from < 0 ? null : speakerBefore(scan, { start: from, end: sentence.end }, cue.start);
}

/** "“Too much hate,” she said, blaming …": the speaker of an attribution earlier in the sentence. */
export function speakerBefore(scan: Scan, sentence: Span, at: number): Subject | null {
  const earlier = lastFoundBetween(scan, sentence.start, at);
  return earlier ? { speaker: earlier.speaker!, phraseStart: earlier.speaker!.start } : null;
}

const LOOSE_RELATIVE = /\s(?:that|which|who|whom|whose)\s/;

/**
 * Any short noun phrase as a source, for the looser reading: "the most recent data available from
 * the FBI", "early results of exit polls". A document unless it names people.
 */
export function looseSource(masked: string, start: number, end: number): SpeakerRef | null {
  while (start < end && /\s/.test(masked[start]!)) start++;
  // ("according to new modelling that the minister will use …": a relative clause describes the
  // phrase's head, never holds it; read whole, "minister" became the head and the minister's later
  // statements went to the modelling.)
  const relative = LOOSE_RELATIVE.exec(masked.slice(start, end));
  if (relative) end = start + relative.index;
  while (end > start && /[\s,]/.test(masked[end - 1]!)) end--;
  const text = masked.slice(start, end);
  if (!text || text.includes(MASK) || wordCount(text, 20) > 16 || !/^[\p{L}\d]/u.test(text)) return null;
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const head = words.find((w) => DOCUMENT_NOUNS.has(w) || PERSON_NOUNS.has(w)) ?? looseHead(words) ?? words[words.length - 1] ?? '';
  // ("according to a royal correspondent", "a computer programmer": an agent noun the lexicon does
  // not list names a person as a listed one does, no document.)
  return nominalSpeaker(text, start, end, PERSON_NOUNS.has(head) || !DOCUMENT_NOUNS.has(head) && isPeopleNoun(head) ? 'anonymous' : 'document', head);
}

/**
 * "47 percent said …", "about three in 10 say …", "half of GOP voters said …": poll respondents
 * as a source, for the looser reading. The quantity opens the sentence or follows a comma.
 */
function quantitySubject(masked: string, sentence: Span, cue: Cue, embedded = false): Subject | null {
  // The lead opens at the sentence's start (where "^" may match) or the quantity follows a comma,
  // alone or with a conjunction that opens a second clause ("…, while 60 percent said …").
  const from = cue.start - sentence.start <= 160 ? sentence.start : cue.start - 160;
  const lead = (from === sentence.start ? '' : '\u0001') + masked.slice(from, cue.start);
  // (`embedded`, to be read before the clause's own subject: a share with a number, or one the
  // pattern misses, read by embeddedShare.)
  const m = embedded ? numberedShare(QUANTITY_SUBJECT.exec(lead)) ?? embeddedShare(lead, cue.word) : QUANTITY_SUBJECT.exec(lead);
  if (!m?.indices?.[1]) return null;
  const start = cue.start - lead.length + m.indices[1][0];
  const speaker = looseSource(masked, start, start + m[1]!.trimEnd().length);
  if (!speaker) return null;
  // Each share of respondents is its own source: "24 percent" and "26 percent" are not one group.
  speaker.kind = 'other';
  QUANTITIES.add(speaker);
  return { speaker, phraseStart: start };
}

/** A share with a number ("Nine in 10 voters", "41 percent"), not a word alone ("most", "a majority"), which may be a subject's quantifier. */
function numberedShare(m: RegExpExecArray | null): RegExpExecArray | null {
  return m && /\d|percent|per\s+cent|\sin\s|\sout\s+of\s/i.test(m[1]!) ? m : null;
}

/**
 * Cue forms that on PolNeAR train were an attribution less than a third of the time ('known as',
 * 'continued to', 'likes', 'voted for', 'points' as a noun …): a cost to the reading, not a gain.
 */
const RARELY_ATTITUDES = new Set([
  'known', 'continue', 'continues', 'continued', 'continuing', 'points', 'rules', 'like', 'likes', 'liked',
  'spoke to', 'offers', 'vote for', 'votes for', 'voted for', 'voting for', 'speak to', 'speaks to', 'speaking to', 'find',
]);

/** Shares of respondents found by quantitySubject: a strict pattern, so any words may follow "of". */
const QUANTITIES = new WeakSet<SpeakerRef>();

const lowerWordsOf = new WeakMap<Scan, Set<string>>();

/**
 * "Long endorse …", "Local news …": a capitalised word opening the sentence alone is no name when
 * the article also uses it in lower case (a name is never written "long" or "local"). So is one
 * news text writes in lower case that the article never capitalises inside a sentence: "Given his
 * past comments, it's safe to say …" has no "given" elsewhere, and "Given" took the statement.
 */
function commonWordAsName(scan: Scan, subject: Subject, sentence: Span): boolean {
  const s = subject.speaker;
  if (s.form !== 'name' || !s.name || /\s/.test(s.name) || s.role) return false;
  if (scan.masked.slice(sentence.start, s.start).trim()) return false;
  let words = lowerWordsOf.get(scan);
  if (!words) {
    words = new Set(scan.masked.match(LOWER_WORD) ?? []);
    lowerWordsOf.set(scan, words);
  }
  // (The phrase must be the word alone: "The Fed" is read from its article, which is no name.)
  return words.has(s.name.toLowerCase())
    || (s.text === s.name && genderOfGivenName(s.name) === null && neverCapitalisedInside(scan.masked, s.start, s.end));
}

/** "Dashboards answer …", "the x-axis calls …": a thing holds no view; like a document it may only show, find or say. */
function thingWithoutView(scan: Scan, subject: Subject, cue: Cue): boolean {
  return !QUANTITIES.has(subject.speaker) && !DOCUMENT_CUES.has(cue.word.split(' ')[0]!) && isThingSubject(subject.speaker, scan.text);
}

function acceptable(subject: Subject, cue: Cue): boolean {
  const s = subject.speaker;
  const verb = cue.word.split(' ')[0]!;
  if (s.form === 'name') return !LEADING_PREPOSITION.test(s.text);
  if (s.form === 'pronoun') return s.head !== 'it' && s.head !== 'which' || DOCUMENT_CUES.has(verb);
  if (s.kind === 'document') return DOCUMENT_CUES.has(verb);
  // ("as many as 40 percent of voters", "over half": a share's hedge is no preposition.)
  // ("She and her aides": the pronoun joined to the group is its own, not a clause's subject.)
  // ("The judge in that case": a preposition's "that" is a determiner, demonstrative-that.ts.)
  if (LEADING_PREPOSITION.test(s.text) && !QUANTITIES.has(s) || CLAUSE_WORDS.test(withoutDemonstrativeThat(afterJoinedPronoun(s.text))) || /ing$/.test(verb) && mainVerbInside(s.text)) return false;
  // "the crowd", "callers", "multiple operatives": any other short description may hold a view
  // (a thing as subject, "the plan would raise fares", costs less than the people it finds), but
  // not a clause read as one ("plan faced some steep", "think tank that").
  if (s.kind !== 'other' || QUANTITIES.has(s)) return true;
  // ("Skippers who fish the northern banks oppose …": a "who" clause speaks of people; only the
  // words before it are the description, and they may hold no clause.)
  // ("Some of the skippers": the determiner after a partitive "of" is the group's own.)
  const text = partitiveGroup(s.text, s.head) ?? s.text;
  const who = /\swho\s/.exec(text);
  return !INNER_DETERMINER.test(who ? text.slice(0, who.index) : text);
}

/**
 * "campaign issued nine press releases" before "blasting": a past tense with its object, outside a
 * relative clause ("voters who attended the caucuses"), the object a plural the participle describes.
 */
function mainVerbInside(text: string): boolean {
  // (The participle then follows the object's plural noun: "releases blasting"; not "a court ruling".)
  if (!/\p{Ll}s$/u.test(text)) return false;
  const m = INNER_VERB_OBJECT.exec(text);
  return !!m && !/\b(?:who|that|which|whom|whose)\b/i.test(text.slice(0, m.index));
}

/** "doesn't want", "will likely back", "’ll probably oppose": auxiliaries subjectBefore does not skip. */
function pastAuxiliaries(masked: string, from: number, cue: number): number {
  let at = cue;
  for (let guard = 0; guard < 4; guard++) {
    const m = AUXILIARY_BEFORE.exec(masked.slice(Math.max(from, at - 24), at));
    if (!m || m[0].length === 0) break;
    at -= m[0].length;
  }
  return at;
}

/** A cue the learned lexicon knows to take an object noun phrase ("accuse", "credit"). */
function takesObject(cue: string): boolean {
  const entry = learnedCue(cue);
  return entry !== undefined && entry.annotated >= 5 && objectShare(entry) >= 0.8;
}

function isBaseForm(verb: string): boolean {
  return (!/(?:s|ed|ing)$/.test(verb) || /ss$/.test(verb)) && !IRREGULAR_PAST.has(verb) && !/^(?:told|found)$/.test(verb);
}

/** Plural heads without a plural "-s": "Men under 35 support …", "Many fear …", "Both want …". */
const PLURAL_HEAD = /^(?:men|women|people|children|police|clergy|few|many|both|all|most|several)$/i;

/** "they support", "Democrats oppose", "Trump will back": never "the Trump plan". */
function agrees(subject: Subject, between: string): boolean {
  const s = subject.speaker;
  if (MODAL_BEFORE.test(` ${between}`) || /['\u2019](?:ll|d)$/.test(s.text)) return true;
  if (s.form === 'pronoun') return AGREEING_PRONOUN.test(s.head ?? '');
  if (s.form === 'nominal') return /s$/.test(s.head ?? '') && !/ss$/.test(s.head ?? '') || PLURAL_HEAD.test(s.head ?? '');
  return /[a-rt-z]s$/.test(s.name ?? '') && !/(?:ss|us|is)$/.test(s.name ?? '');
}

/** ", and confirmed that …", ", but then praised …": a second verb of the subject in the past. */
const COORDINATED_VERB = /,\s+(?:and|but)\s+(?:(?:he|she|they|we|I)\s+)?(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\s/gu;

/**
 * Where a coordinated cue in the past opens the subject's next attribution ("wants her in school,
 * and confirmed that she filed a report"): the content ends before it, and the cue is read on its
 * own. Past forms only, and after a comma: "and claims" or "tired and worried" may be nouns or
 * adjectives.
 */
function nextCoordinatedCue(content: string): number {
  for (const m of content.matchAll(COORDINATED_VERB)) {
    const word = m[1]!;
    if ((/ed$/.test(word) || IRREGULAR_PAST.has(word)) && (ATTITUDE_WORDS.has(word) || CUE_WORDS.has(word))) return m.index;
  }
  return -1;
}

/**
 * The first comma in `[from, to)` that can close a clause: not one inside an adjective series ("who
 * portrayed him as a generous, patient owner, …": the first comma parts two adjectives).
 */
// The word after such a comma: lower case, and no verb of the main clause ("which backed a
// candidate, is now …", "…, said …", "…, then …").
const NEXT_ADJECTIVE = /^,\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|says|said|then|and|but|or|who|which|that|while|as|so|not)\b)\p{Ll}+(?<!ed)\s+\p{Ll}/u;

function closingComma(masked: string, from: number, to: number): number {
  for (let comma = masked.indexOf(',', from); comma >= 0 && comma < to; comma = masked.indexOf(',', comma + 1)) {
    if (!(ADJECTIVE_SERIES.test(masked.slice(Math.max(from, comma - 30), comma + 1)) && NEXT_ADJECTIVE.test(masked.slice(comma, comma + 40)))) return comma;
  }
  return -1;
}

/** The first comma in `[from, to)` that is not a thousands separator ("between 1,600 and 2,300 cases"). */
function clauseComma(masked: string, from: number, to: number): number {
  for (let comma = masked.indexOf(',', from); comma >= 0 && comma < to; comma = masked.indexOf(',', comma + 1)) {
    if (!(/\d/.test(masked[comma - 1] ?? '') && /\d/.test(masked[comma + 1] ?? ''))) return comma;
  }
  return -1;
}

/** A short prepositional phrase or adverb between commas, then a determiner opening the object. */
const ADVERBIAL_AFTER_CUE = /^\s*,\s*(?:(?:in|on|at|with|during|after|before|by|from|under|through|over)\s[^,;:.!?\uE000]{1,50}|\p{Ll}+ly),\s+(?=(?:a|an|the|his|her|their|its|our|this|that|these|those)\s)/u;

function contentAfter(scan: Scan, sentence: Span, cue: Cue): Span | null {
  const { masked, text } = scan;
  let start = cue.end;
  const limit = Math.min(sentence.end, start + MAX_CONTENT);
  // ("described, in fairly harsh terms, a set of practices …": an adverbial set off by commas
  // between the verb and its object; the content is the object after it.)
  const adverbial = ADVERBIAL_AFTER_CUE.exec(masked.slice(start, limit));
  if (adverbial) start += adverbial[0].length;
  const rest = masked.slice(start, limit);
  // ("… — which she denies — and …": a dash after the verb closes an aside; the verb has no content.)
  if (/^\s*(?:[,.;:!?)\u2014\u2013]|-\s)/.test(rest) || !rest.trim()) return null;
  // ("any religion they wanted to, or …": an infinitive whose verb is left out has no content.)
  if (ELIDED_INFINITIVE.test(rest)) return null;
  const that = LEADING_THAT.exec(rest);
  if (that) start += that[0].length;
  let end = limit;
  const stop = CLAUSE_STOP.exec(masked.slice(start, limit));
  if (stop) end = start + stop.index;
  const next = nextCoordinatedCue(masked.slice(start, end));
  if (next >= 0) end = start + next;
  // "As she seeks a third term, Hallworth …": a clause that opens the sentence ends at its comma.
  // (A bounded look: a fronted clause is short, and a page may hold one sentence of 10,000 cues.)
  if (cue.start - sentence.start < 240 && FRONTED.test(masked.slice(sentence.start, cue.start))) {
    const comma = clauseComma(masked, start, end);
    if (comma >= 0) end = comma;
  }
  // "The union, which endorsed Clinton in May, is …": a relative clause set off by commas ends at
  // its closing comma; the main clause's verb follows.
  if (ASIDE_RELATIVE.test(masked.slice(Math.max(sentence.start, cue.start - 40), cue.start))) {
    const comma = closingComma(masked, start, end);
    if (comma >= 0 && comma < end) end = comma;
  }
  // "Voters who backed him in 2012 say …": a restrictive relative clause on the subject ends where
  // the subject's own verb of saying or thinking begins.
  if (RESTRICTIVE_RELATIVE.test(masked.slice(Math.max(sentence.start, cue.start - 40), cue.start))) {
    const own = MAIN_SAYING.exec(masked.slice(start, end));
    if (own) end = start + own.index;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  if (end <= start || wordCount(text.slice(start, end), 2) < 1) return null;
  const inner = masked.slice(start, end);
  let masks = 0;
  for (let i = 0; i < inner.length; i++) if (inner[i] === MASK) masks++;
  // A bare quotation after the cue is the direct-quote parser's, unless it left it ("He offered “my
  // thoughts and prayers”": no verb of saying).
  if (masks > inner.length * 0.9 && scan.found.some((a) => a.direct && a.start < end && a.end > start)) return null;
  return { start, end };
}
