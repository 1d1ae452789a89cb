// Indirect attribution by a reporting verb: "X said (that) …", "X confirmed that …", "…, X said.",
// "…, said X.", "North Korea, Jones said, has …", and participles hanging on an attribution
// ("…,” Jones said, adding that …"). The reported content is captured as the quote's text.

import { afterOpening, gapAfterCue, isBareVerb, NOUN_INFINITIVE, openingSubject, subjectAfter, subjectBefore, subjectOrInfinitive, withSubject, type Subject } from '../clause';
import { COMPLEMENT_ONLY, DOCUMENT_NOUNS, NAMING_CUES, PARTICIPLE_CUES, POSITION_CUES } from '../lexicon';
import type { Attribution } from '../model';
import { IRREGULAR_PAST_FORMS, mainClauseSubject, SPEECH_PARTICIPLE } from '../main-clause-subject';
import { modifiedSubject } from '../modified-subject';
import { modifiedSubjectAfterJoint } from '../modified-subject-after-joint';
import { DOCUMENT_FINDING, documentSubject, namesDocument } from '../document-subject';
import { MASK, wordCount } from '../quote-spans';
import { coordinatedAttribution, coordinatedQuote } from './coordinated-quote';
import { complementPronounSubject } from '../complement-pronoun';
import { subordinateSubject } from '../subordinate-subject';
import { subordinateClauseSpeaker } from '../subordinate-participle';
import { coordinatedClauseSubject } from '../coordinated-clause-subject';
import { coordinatedStatementSubject } from '../coordinated-statement-subject';
import { afterCoordinator } from '../coordinated-lead';
import { lastFoundBetween } from '../found-between';
import { namedMembersOf } from '../among-group';
import { bareJointSubject } from '../bare-joint-subject';
import { isThingObject } from '../thing-object';
import { isActSense } from '../act-sense';
import { withoutRecipient } from '../sent-recipient';
import { recipientBeforePronoun } from '../recipient-before-pronoun';
import { withAffiliation } from '../recipient-affiliation';
import { mediumThenThat } from '../medium-adjunct';
import { opensQuantity } from '../quantity-lead';
import { wholeDescription } from '../whole-description';
import { cuesIn, DATELINE, lastNonSpace, MAX_CONTENT, MAX_FOUND, type Cue, type Scan } from '../scan';
import type { Span } from '../../types';
import { firstEndingAfter } from '../../text/spans';
import { NAME_WORD_START } from '../name-word';
import { objectHerBeforeClause } from '../object-her';
import { issuedDocumentAt } from '../authored-document';
import { creditedClauseStart } from '../credited-relative';
import { opensParticipleModifier } from '../participle-modifier';
import { isTellingAside } from '../telling-aside';
import { intermediarySubject } from '../intermediary-credit';
import { isInvertedThing } from '../inverted-thing';
import { opensPronounClause } from '../pronoun-clause-that';
import { PREPOSITIONS_BEFORE_THAT } from '../demonstrative-that';
import { isTrailingStatement } from '../trailing-statement';

const EXTRACTOR = 'sources/reporting-verb';
// "said (on Tuesday) that …": only a short adjunct may stand between the verb and its "that".
// (Not after a question word: "asked if that remains his view" asks about "that".)
const THAT = /^(?:\s+(?!(?:if|whether|how|what|why|when|where)\b)[^\s,\uE000.;:\u2014\u2013-]+){0,7}?\s+that\b[\s,]+|^\s*,(?:\s+[^\s,\uE000.;:]+){1,6},\s+that\b[\s,]+|^\s*,\s+that\b[\s,]+/;
const DASHED_THAT = /^\s*(?:--|[\u2014\u2013])[^\u2014\u2013\uE000;]{1,60}?(?:--|[\u2014\u2013])\s*that\b[\s,]+/;
/** A preposition right before the "that": "in that magazine", "at that point" (a determiner, not the complementiser). */
const DETERMINER_THAT = new RegExp(String.raw`\s${PREPOSITIONS_BEFORE_THAT}\s+that\b[\s,]*$`, 'i');
const CLAUSE_VERB = /\s(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do)\s/;
// "criticized the bill that was signed …", "found nothing that had not been reported": words of the
// cue's object, then a "that" with an auxiliary right after it: a relative clause on that object, not
// the complementiser of what was said (a clause after "that" has a subject before its verb).
const OBJECT_BEFORE_THAT = /^\s*[^\s,]/;
const RELATIVE_THAT_VERB = /^(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do)\b/;
// (A closing parenthesis may end the sentence: "(The rule, Mr. Vale said, is new.)".)
// ("…, the agency announced mid-May.", "…, the board said March 3.": a time without its preposition.)
const ADJUNCT_ONLY = /^\s*(?:(?:on|in|at|during|last|this|earlier|late|early|mid|after|before|while|from|to|via|through|over|when|as|again|later|previously|recently|yesterday|today|tonight|also|too|then|privately|publicly|[A-Z][a-z]+day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d))\b[^;]*?)?[.!?]?\)?\s*$/;
// "…, officials said Friday afternoon, as they met the union.": when the telling happened, then a
// clause of its circumstance, however long; the statement is before the cue. (Not "because": a
// reason after the attribution is usually the statement's own, "…, aides said Friday, because she …".)
// So is a participle clause there, the writer's gloss or the speaker's next act ("…, Zelenskyy said
// Sunday, marking the third time …", "…, she said Friday, adding that …"); read as the content, it
// lost the statement before the cue. (Not the prepositions in -ing: "said Friday, during a visit, that …".)
const TIME_THEN_CIRCUMSTANCE = /^\s+(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:as|while|amid|(?!(?:during|including|according|regarding|concerning|following|considering|pending|notwithstanding)\b)\p{Ll}{2,}ing)\s/u;
const TIME_THEN_WHEN = /^\s+(?:after|before|when|while)\s/;
/** The main verb of a sentence whose subject a past participle describes: "The figures released Tuesday were …". */
const REDUCED_RELATIVE_VERB = /^\s+(?:is|are|was|were|will|would|has|have|had)\s/;
/** When the telling happened, between a cue and its content: "on Thursday", "last week", "in 2017". */
const TIME_ADJUNCT = /^\s+(?:(?:on|last|this|earlier|late|early|in)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|week|month|year|night|morning|afternoon|evening|\d{4})(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.;])/;
const DASH_ASIDE = /\s+(?:--|\u2014|\u2013)\s+|\u2014/;
const AS_AFTER_CLAUSE = /[,;]\s+(?:(?:and|but|yet|so)\s+)?as\s+$/i;
const AS_LEAD = /^\s*(?:(?:and|but|yet|so)\s+)?as\s+$/i;
const TRAILING_STOP = /(,|\uE000)\s+(?:adding|saying|noting|arguing|warning|claiming|insisting|explaining|suggesting|stressing|according\s+to|citing)\b/g;
// A clause's or a noun phrase's first word: a determiner, a pronoun, a quantifier (each a whole word:
// not the start of "afternoon", "are", "about"), or a capital or a digit.
const CLAUSE_START = /^\s+(?:(?:the|a|an|he|she|they|it|we|i|his|her|their|there|this|these|those|its|our|no|not|all|some|many|most|more|any)\b|[A-Z0-9])/;
// "boasted about his new club", "is worried about division": the topic after "about" is what was said or thought.
const ABOUT_TOPIC = /^\s+about\s/;
// "the workers they thought were the best fit", "what he believes is wrong": the object of belief is
// the gap before the cue, and its clause goes on with a form of "be".
const GAP_BE = /^\s+(?:is|are|was|were)\s/;
// "believe in the promise of …", "believes in smaller government": the preposition of what is believed in.
const BELIEVE_IN = /^\s+in\s+(?!(?:to|and|or|but|if|that|which|what)\b)(?=\p{L})/u;
/** Forms of "write", whose object may be a work composed (act-sense.ts), not words reported. */
const WRITE = /^(?:write|writes|wrote|written|writing)$/;
/** "assure" tells only a clause: "that …" or a subject pronoun opening one. */
const ASSURE = /^(?:re)?assur/;
const ASSURED_CLAUSE = /^\s+(?:that|he|she|they|it|we|i|you|there)\b/;
/** A short object and then "that": "her mother that …", "the crowd that …". */
const OBJECT_THEN_THAT = /^\s+(?!that\b)(?:[\p{L}'\u2019.-]+\s+){1,4}that\s/u;
const TELL = /^(?:tell|tells|told|telling|ask|asks|asked|asking|warn|warns|warned|warning|remind|reminded|assure|assured|urge|urges|urged|urging)$/;
/** Verbs of saying proper: whatever follows them (bar adjuncts) is what was said. */
const SPEECH = /^(?:say|says|said|saying|add|adds|added|adding|note|notes|noted|noting|write|writes|wrote|argue|argues|argued|arguing|claim|claims|claiming|warn|warns|warned|explain|explains|explained|insist|insists|insisted|acknowledge|acknowledged|admit|admits|admitted|announce|announced|confirm|confirms|confirmed|deny|denies|denied|suggest|suggests|suggested|stress|stressed|emphasize|emphasized|predict|predicts|predicted|contend|contends|contended|maintain|maintains|maintained|assert|asserted|declare|declared|concede|conceded|caution|cautioned|reply|replied|respond|responded|testify|testified|allege|alleged|complain|complained|conclude|concluded|tweet|tweeted|state|stated)$/;
// "claimed that Hallworth backs it — which she denies — and has pointed to …": after an aside the
// subject's next verb begins, not more of the content.
const DASH_AND_VERB = /\s[\u2014\u2013]\s+(?:and|but)\s+(?:(?:has|have|had|also|then|later)\s+)?\p{Ll}+(?:ed|s)\s/u;

// "claimed momentum and argued she is …": a second verb of saying starts a statement of its own.
// "… and (she) added …", "… and she wants …", "…, but asked …": a second cue, of the same subject or a
// pronoun, ends the content (a gerund or an infinitive, "… and asking yourself …", "would sit down and
// tell him …", goes on with it, and so does a passive, "had been hired and told to …"). The parts of
// that pattern follow, each a string to build it with.
/** The words of a whole-word list such as SPEECH, `^(?:say|says|…)$`. */
const wordsOf = (list: RegExp): string[] => list.source.slice(4, -2).split('|');
/** What joins the second verb phrase to the first: "and", "but", a comma before them. */
export const SECOND_COORDINATOR = String.raw`,?\s+(?:and|but)\s+`;
/** The subject again, as a pronoun ("and she added"): still the same speaker's next verb. */
export const REPEATED_SUBJECT = String.raw`(?:(?:he|she|they|we|I)\s+)?`;
/** An adverb before a second verb of saying, telling or position: "and later added", "and quickly denied". */
export const SECOND_CUE_ADVERB = String.raw`(?:\w+ly\s+|also\s+|then\s+|later\s+)?`;
/** The verbs of saying but "state" ("federal and state law": after "and" it is a noun's modifier). */
export const SECOND_SAYING = `(?:${wordsOf(SPEECH).filter((w) => w !== 'state').join('|')})`;
/**
 * A verb of telling in a tense of its own, "and told", "and urges" (not "and telling", which goes on
 * with the content), and not a passive before its infinitive, "had been hired and told to …".
 */
export const SECOND_TELLING = `(?:${wordsOf(TELL).filter((w) => /(?:s|ed)$|^told$/.test(w)).join('|')})(?!\\s+to\\s)`;
/** A verb of position: "… and thinks the vote will hold", "…, but wanted …". */
export const SECOND_POSITION = `(?:${[...POSITION_CUES].join('|')})`;
/** Before a naming verb also "still" and "even": "says he understands the wish, but still calls …". */
export const SECOND_NAMING_ADVERB = String.raw`(?:\w+ly\s+|also\s+|then\s+|later\s+|still\s+|even\s+)?`;
/**
 * A naming verb in a tense of its own ("…, but still calls the plan “reckless”"): the subject's next
 * verb phrase too.
 */
export const SECOND_NAMING = `(?:${[...NAMING_CUES].filter((w) => /(?:s|ed)$/.test(w)).join('|')})`;
const SECOND_CUE = new RegExp(
  `${SECOND_COORDINATOR}${REPEATED_SUBJECT}(?:${SECOND_CUE_ADVERB}(?:${SECOND_SAYING}|${SECOND_TELLING}|${SECOND_POSITION})|${SECOND_NAMING_ADVERB}${SECOND_NAMING})\\s`,
);
const TOLD_OBJECT = new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|their)\s+)?(?:${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}(?:\s+(?:panel|committee|audience|crowd|station|reporter|interviewer|newspaper|radio|program|show|host|hearing|conference|gathering|rally|forum))?|reporters|journalists|supporters|lawmakers|listeners|viewers|readers|members|officials|the\s+\w+|him|her|them|us|me)(?=[\s,.]|$)`, 'u');
/**
 * The person told, described: "his closest advisers", "an audience at the Brookings Institution":
 * a determiner, up to two lower-case words and a lower-case head, then a phrase of place or time
 * (after a possessive, the sentence's end or a comma too: "the poll tells a different story." tells
 * a story, not a person).
 */
const DESCRIBED_RECIPIENT = /^\s+(?:(?:his|her|their|its|our|my)\s+(?:[\p{Ll}-]+\s+){0,2}?(?!(?:that|as|to|about|of)\b)[\p{Ll}-]+(?=\s*[,.;]|\s*$|\s+(?:at|in|on|during|as|when|while|before|after|last|this|earlier|from)\s)|(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?!(?:that|as|to|about|of)\b)[\p{Ll}-]+(?=\s+(?:at|in|on|during|as|when|while|before|after|last|this|earlier|from)\s))/u;
/** An infinitive after the one asked or told, or after the rest of its noun: " (pilots) (not) to slow …". */
const REQUEST_INFINITIVE = /^\s+(?:(?!(?:he|she|they|it|we|I|you|that|this)\s)[\p{Ll}-]+\s+){0,2}?(?:not\s+)?to\s+\p{Ll}/u;
/** The person told: the longer of a name or pronoun ("her") and a description ("her closest aides"). */
function recipient(rest: string): RegExpExecArray | null {
  // ("told her the plan was dead": "her" is the one told when a clause follows, object-her.ts.)
  const her = objectHerBeforeClause(rest);
  if (her) return her;
  const named = TOLD_OBJECT.exec(rest);
  // ("told police he feared …": a noun phrase before a subject pronoun, recipient-before-pronoun.ts.)
  const described = DESCRIBED_RECIPIENT.exec(rest) ?? recipientBeforePronoun(rest);
  return described && (!named || described[0].length > named[0].length) ? described : named;
}
/** "tell" and its forms, whose named recipient may go on with where they work. */
const TELL_PROPER = /^(?:tell|tells|told|telling)$/;
/** The one told after `cueWord`: a name told takes the "of" phrase after it ("told Chris Wallace of Fox News", recipient-affiliation.ts). */
function toldRecipient(cueWord: string, rest: string): RegExpExecArray | null {
  const told = recipient(rest);
  return told && TELL_PROPER.test(cueWord) ? withAffiliation(rest, told) : told;
}
/** A one-word answer after a verb of saying: "said no.", "says so.", "said yes, and …". */
const ANSWER = /^\s+(yes|no|so)(?=\s*[.,;!?]|\s*$)/i;
const COGNITION = /^(?:believe|believes|believed|think|thinks|thought|expect|expects|expected|fear|fears|feared|hope|hopes|hoped|worry|worries|worried|estimate|estimates|estimated|predict|predicts|predicted)$/;
const FINDING = /^(?:find|finds|found|show|shows|showed|shown|indicate|indicates|indicated|reveal|reveals|revealed|estimate|estimates|estimated|project|projected|projects|forecast|forecasts)$/;

export function parseReportingVerbs(scan: Scan): void {
  scan.sentences.forEach((sentences, block) => {
    for (const sentence of sentences) {
      for (const cue of cuesIn(scan, sentence)) {
        if (scan.found.length >= MAX_FOUND) return;
        if (scan.usedCues.has(cue.start)) continue;
        const attribution = attribute(scan, sentence, cue, block);
        if (attribution) {
          scan.usedCues.add(cue.start);
          scan.found.push(attribution);
          const quoted = joinedQuote(scan, attribution);
          if (quoted) scan.found.push(quoted);
        }
      }
    }
  });
}

/** One cue's attribution in its sentence, or null (parsers/trailing-cue.ts asks it for verbs only read there). */
export function attribute(scan: Scan, sentence: Span, cue: Cue, block: number): Attribution | null {
  const { masked } = scan;
  const before = masked.slice(Math.max(sentence.start, cue.start - 24), cue.start);
  // "the secretary of state denied", "a claim", "his report": after "of" or a determiner the word is a noun.
  if (NOUN_BEFORE.test(before)) return null;
  let subject: Subject | null = null;
  let inverted = false;
  // "… with three in ten saying …": the phrase after "with" is the participle's subject.
  const absolute = PARTICIPLE_CUES.has(cue.word) ? withSubject(scan.masked, sentence.start, cue.start) : null;
  if (absolute) {
    const content = forward(scan, sentence, cue, absolute);
    return content ? make(scan, content, cue, absolute, block, 0.75) : null;
  }
  // ("…, also saying", "…, while insisting": an adverb may come between.)
  // ("The council issued a statement Monday saying …": the document's participle is its issuer's, as after a comma.)
  const issued = PARTICIPLE_CUES.has(cue.word) ? issuedDocumentAt(masked, sentence.start, cue.start) : -1;
  if (PARTICIPLE_CUES.has(cue.word) && (participleLead(scan, before, cue.start) || issued >= 0)) {
    subject = issued >= 0 ? issuerOf(scan, sentence, issued, cue.start) : newClauseSubject(scan, sentence, cue.start) ?? speakerEarlierInSentence(scan, sentence, cue.start);
    if (!subject) return null;
    const content = forward(scan, sentence, cue, subject);
    if (content && issued >= 0) issuedVerbRead(scan, issued);
    return content ? make(scan, content, cue, subject, block, 0.8) : null;
  }
  // (Other than "saying", only with its "that": "by adding a district to …", "by asking them to …" report nothing.)
  if (PARTICIPLE_CUES.has(cue.word) && prepositionLead(masked, sentence, cue.start) && (cue.word === 'saying' || THAT.test(masked.slice(cue.end, sentence.end)))) {
    const own = speakerEarlierInSentence(scan, sentence, cue.start, true);
    const content = own ? forward(scan, sentence, cue, own) : null;
    if (own && content) return make(scan, asideEnd(masked, sentence, cue.start, content), cue, own, block, 0.8);
  }
  // ("The council issued a statement that said …": the relative clause on the document is its issuer's.)
  const issuedRelative = SPEECH.test(cue.word) && !PARTICIPLE_CUES.has(cue.word) ? issuedDocumentAt(masked, sentence.start, cue.start, true) : -1;
  if (issuedRelative >= 0) {
    subject = issuerOf(scan, sentence, issuedRelative, cue.start);
    const content = subject ? forward(scan, sentence, cue, subject) : null;
    if (!subject || !content) return null;
    issuedVerbRead(scan, issuedRelative);
    return make(scan, content, cue, subject, block, 0.8);
  }
  // ("…, weather models to forecast storms": an infinitive on a noun, nobody's statement, noun-infinitive.ts.)
  const readBefore = subjectOrInfinitive(masked, sentence.start, cue.start);
  if (readBefore === NOUN_INFINITIVE) return null;
  const afterComma = /[,\uE000]/.test(lastNonSpace(masked, sentence.start, cue.start));
  // ("Judicial sources quoted by AFP said …": the outlet that quoted an unnamed group, intermediary-credit.ts.)
  subject = (SPEECH.test(cue.word) ? intermediarySubject(masked, sentence.start, cue.start) : null) ?? readBefore ?? coordinatedSubject(scan, sentence, cue)
    // ("A producer for the studio told …": a head with its modifier opening the sentence.)
    ?? (PLAIN_SAYING.test(cue.word) ? modifiedSubject(masked, sentence.start, cue.start) : null)
    // ("…, but a number of the guests said …": or opening a clause after a comma and a conjunction.)
    ?? (PLAIN_SAYING.test(cue.word) ? modifiedSubjectAfterJoint(masked, sentence, cue.start) : null)
    // ("… no fraud but the inspector said …", "The imprint is owned by Tarn Books and a Tarn
    // spokeswoman said …": the subject after a comma-less conjunction that joins two whole clauses.)
    ?? (SPEECH.test(cue.word) ? bareJointSubject(scan, sentence, cue.start) : null);
  // "Cruz lacks support in Congress, whom he has alienated, said Larry Sabato, director of …": after
  // a comma, a verb of saying with a speaker that ends its clause is inverted when the words before
  // hold no subject, or one with a verb of its own ("Cruz lacks"): a clause, not "Ann Roe, a nurse,".
  const invertedFirst = afterComma && (!subject || ownClause(masked, subject)) ? invertedSpeaker(scan, sentence, cue) : null;
  if (invertedFirst) {
    subject = invertedFirst;
    inverted = true;
  }
  // ("“…,” Claverie said, told Observer": the phrase after "told" is whom it was told to, never who told it.)
  if (!subject && afterComma && !TELLING_WHOM.test(cue.word)) {
    subject = subjectAfter(masked, cue.end, sentence.end);
    // ("…, “Tide,” confirmed the director's rare gift": a thing after the verb is its object, inverted-thing.ts.)
    if (subject && isInvertedThing(subject.speaker, cue.word)) subject = null;
    inverted = Boolean(subject);
  }
  // ("A Marist poll out Monday showed …": where the phrase read before the cue is no speaker, a
  // document with its post-modifier may open the sentence.)
  // ("…, records compiled by the council show.": or close it, after the statement's comma.)
  if ((!subject || !acceptable(cue, subject)) && !inverted && DOCUMENT_FINDING.test(cue.word)) {
    subject = documentSubject(masked, sentence.start, cue.start)
      ?? (CLAUSE_END.test(masked.slice(cue.end, sentence.end)) || SUBORDINATE_OPENING.test(masked.slice(sentence.start, cue.start)) ? documentSubject(masked, clauseAfterComma(masked, sentence, cue.start), cue.start) : null);
  }
  if (!subject || !acceptable(cue, subject)) return null;
  if (!inverted) subject = complementPronounSubject(masked, sentence, subject) ?? subject;
  // ("Lund and Berg are among the critics who said …": the named members speak, among-group.ts.)
  if (!inverted) subject = namedMembersOf(masked, sentence.start, subject) ?? subject;
  if (!inverted) {
    const relative = relativeClause(scan, sentence, cue, subject);
    if (relative) return make(scan, relative, cue, subject, block, 0.75);
  }
  // "the tariffs announced by the president": a participle with its agent is passive.
  if (!inverted && /ed$/.test(cue.word) && /^\s+by\s/.test(masked.slice(cue.end, cue.end + 5))) return null;
  // "Nurses are told that …": the subject of a passive verb of telling is the one told, not the teller.
  if (!inverted && ADDRESSEE_PASSIVE.test(cue.word) && BE_BEFORE.test(masked.slice(subject.phraseStart, cue.start))) return null;
  // "Lee was declared the winner", "Ruiz was named as coach", "Ames is projected to win": the
  // subject of a passive verb of saying or finding is what was said or found, not who said it.
  // (Also the irregular participles, "the same cannot be said of …", "it was found that …", and a
  // time adverb between, "the town is now added to the list".)
  if (!inverted && PASSIVE_PARTICIPLE.test(cue.word) && (SPEECH.test(cue.word) || FINDING.test(cue.word)) && PLAIN_BE_BEFORE.test(masked.slice(subject.phraseStart, cue.start))) return null;
  // "As the Post noted, trust is collapsing": what follows the comma is what was noted.
  // (Also after a clause of its own: "…, and as Comey noted, people …".)
  if (!inverted && (AS_LEAD.test(masked.slice(sentence.start, subject.phraseStart)) || AS_AFTER_CLAUSE.test(masked.slice(sentence.start, subject.phraseStart)))) {
    const comma = /^[^,;:\uE000]{0,40},\s*/.exec(masked.slice(cue.end, sentence.end));
    const content = comma ? trimContent(scan, cue.end + comma[0].length, sentence.end) : null;
    return content ? make(scan, content, cue, subject, block, 0.75) : null;
  }
  // ("Covering the bay, Reed told me, would cost …": a telling between commas is an aside, telling-aside.ts.)
  const told = !inverted && TELL.test(cue.word) ? toldRecipient(cue.word, masked.slice(cue.end, sentence.end)) : null;
  const aside = told !== null && isTellingAside(masked.slice(sentence.start, subject.phraseStart), masked.slice(cue.end + told[0].length, sentence.end));
  if (!inverted && !aside) {
    const content = forward(scan, sentence, cue, subject);
    if (content) return make(scan, withAntecedent(scan, sentence, subject, cue, content), cue, subject, block, 0.8);
  }
  // "…, a study by the council found.": a document's finding may close the sentence too.
  const documentFinding = FINDING.test(cue.word) && namesDocument(subject.speaker);
  if (NAMING_CUES.has(cue.word) || COMPLEMENT_ONLY.has(cue.word) && !documentFinding && !heldBelief(cue, subject) && !/^(?:said|says|told|added|wrote|stated|claimed|estimates|estimated|reported|posted)$/.test(cue.word) && !TRAILING_MEMORY.test(cue.word)
    && !isTrailingStatement(cue.word, masked.slice(sentence.start, subject.phraseStart), masked.slice(subject.phraseStart, cue.start), masked.slice(cue.end, sentence.end))) return null;
  const content = trailing(scan, sentence, cue, subject, inverted);
  return content ? make(scan, content, cue, subject, block, 0.75) : null;
}

// "The harbour wall held, Smith recalls.": a memory told closes the sentence as a statement would. (Its
// forward reading still wants a "that": "recalled the day", "recalled 3,000 cars" tell nothing.)
const TRAILING_MEMORY = /^recall(?:s|ed)?$/;

// After the comma, a document's clause either ends the sentence ("…, records compiled by X show.") or
// is its main clause after an opening subordinate one ("As she spoke, video from the scene showed …").
const CLAUSE_END = /^\s*(?:[.!?;,)]|$)/;
const SUBORDINATE_OPENING = /^\s*(?:As|When|While|After|Before|Although|Though|Because|Since|If|Once|Until)\s[^,;:\uE000]*,[^,]*$/;
/** Where the clause after the last comma before `at` begins (the sentence's start when there is none). */
function clauseAfterComma(masked: string, sentence: Span, at: number): number {
  const comma = masked.lastIndexOf(',', at);
  return comma >= sentence.start ? comma + 1 : sentence.start;
}

/** An apposition after an inverted speaker, then a relative clause on the speaker: ", a professor of law, whose …". */
const APPOSITION_THEN_RELATIVE = /^,\s+[^,;\uE000]{1,120},\s+(?:who|whose)\s/;
// Where an inverted speaker's phrase may end: the sentence's end, an apposition or a relative clause.
// (Past a short parenthesis the phrase reader leaves out: "…, says Ada Lund of the Harbour Board (HB), “…”".)
const INVERTED_END = /^(?:\s*\([^()\uE000]{1,15}\))?(?:\s*[.!?)\u201D"]*\s*$|,\s+\S|\s+(?:who|whose)\s)/u;
/** After an inverted speaker, a short parenthesis at most, a comma, and one quotation to the sentence's end. */
const QUOTATION_CLOSES = /^(?:\s*\([^()\uE000]{1,15}\))?\s*,\s*\uE000+[^\p{L}\d\uE000]*$/u;
/** Verbs whose next phrase is the person told: no inverted speaker follows them. */
const TELLING_WHOM = /^(?:told|tells|tell|informed|informs)$/;
const INVERTING_VERB = /^(?:said|says|added|adds|wrote|writes|noted|notes|argued|argues|explained|explains|insisted|insists|warned|warns|cautioned|acknowledged|conceded|estimates|estimated)$/;

/**
 * "…, said an American official who was briefed", "…, said a former spokesman for the ministry,
 * Oleg Voloshyn, who …": the verb right after a comma, then a speaker whose phrase ends the clause.
 * (Not "Jones, a spokesman, said the plan would fail": there the words after the verb are a clause.)
 */
/** Whether the subject read before the cue goes on with a verb of its own ("Cruz also lacks …"), not a comma. */
function ownClause(masked: string, subject: Subject): boolean {
  return OWN_VERB.test(masked.slice(subject.speaker.end, subject.speaker.end + 40));
}

const OWN_VERB = /^\s+(?!(?:who|whom|whose|which|that|and|or|of|for|from|in|at|on|with|to)\b)\p{Ll}/u;

function invertedSpeaker(scan: Scan, sentence: Span, cue: Cue): Subject | null {
  if (!INVERTING_VERB.test(cue.word)) return null;
  const before = scan.masked.slice(sentence.start, cue.start);
  // The content before the comma needs words of its own: "Sorry, Sanders said" aside, three at least.
  if (wordCount(before, 3) < 3) return null;
  const found = subjectAfter(scan.masked, cue.end, sentence.end);
  if (!found || found.speaker.form === 'pronoun' || found.speaker.kind === 'document') return null;
  const tail = scan.masked.slice(found.speaker.end, sentence.end);
  return INVERTED_END.test(tail) ? found : null;
}

// "His leverage, they believe, is intact", "…, Jones thinks.": a belief may be stated around its holder.
/** Verbs of telling whose passive subject is the person told ("were told that", "was warned that"),
 * urged or promised ("residents are being urged to stay away", "workers who had been promised a raise"). */
const ADDRESSEE_PASSIVE = /^(?:told|asked|informed|warned|reminded|assured|advised|urged|promised|encouraged|instructed|ordered|implored|begged)$/;
const BE_FORMS = String.raw`am|is|are|was|were|be|been|being|'re|’re`;
// ("The remains were later confirmed as …": a time word too.)
const ADVERB_BEFORE_CUE = String.raw`(?:\p{Ll}+ly\s+|often\s+|also\s+|not\s+|never\s+|now\s+|still\s+|already\s+|just\s+|later\s+|then\s+|since\s+|again\s+|soon\s+)?`;
/** A past participle: regular, "-wn", or an irregular one of the verbs above ("said", "found", "written"). */
const PASSIVE_PARTICIPLE = /(?:ed|wn|^said|^found|^written)$/;
/** A form of "be", and at most two adverbs ("were also reportedly told"), right before the cue. */
const BE_BEFORE = new RegExp(String.raw`\b(?:${BE_FORMS}|'s|’s)\s+${ADVERB_BEFORE_CUE}${ADVERB_BEFORE_CUE}$`, 'u');
/** The same, without the contraction "'s", which is as often "has": "who's argued for years that …". */
const PLAIN_BE_BEFORE = new RegExp(String.raw`\b(?:${BE_FORMS})\s+${ADVERB_BEFORE_CUE}${ADVERB_BEFORE_CUE}$`, 'u');
// (Not "expected", mostly passive: "…, as expected"; a base form only after a plural or pronoun.)
const HELD_BELIEF = /^(?:believes?|believed|thinks?|thought|fears?|feared|hopes?|hoped|worry|worries|worried)$/;

function heldBelief(cue: Cue, subject: Subject): boolean {
  if (!HELD_BELIEF.test(cue.word)) return false;
  return /s$|ed$|^thought$/.test(cue.word) || subject.speaker.form !== 'name';
}

/** Thinking and finding verbs need a speaker that can think or a document that can find. */
const ESTIMATE = /^estimat(?:e|es|ed)$/;
function acceptable(cue: Cue, subject: Subject): boolean {
  const s = subject.speaker;
  if (s.form === 'nominal' && s.kind === 'other' && !/^(?:said|says|say|told|tells|added|adds|wrote|writes|stated|noted|warned|argued|claimed|insisted|explained|announced|confirmed|denied)$/.test(cue.word)) return false;
  // ("…, he estimated.": a person's estimate is a statement; "it estimated" stays a document's.)
  if (ESTIMATE.test(cue.word) && s.form === 'pronoun' && s.head !== 'it') return true;
  if (FINDING.test(cue.word)) return s.kind === 'document' || s.kind === 'organization' || DOCUMENT_NOUNS.has(s.head ?? '') || s.form === 'name';
  if (s.form === 'pronoun' && s.head === 'it' && !FINDING.test(cue.word) && !/^(?:said|says|added|stated|announced|reported|confirmed|denied|noted|warned)$/.test(cue.word)) return false;
  return true;
}

// ("Clinton argues …, while her rival, Sanders, has soared by saying …": a new clause, a new subject.)
const CLAUSE_BREAK_BEFORE = /[;]|,\s+(?:while|but|and|whereas|although|though)\s/;

/**
 * The speaker of the sentence's statement found before `at`, else its opening subject. `ownClause`:
 * not one found across a clause break, where the participle's clause has its own subject.
 */
// ("In response to Trump's proposal to …, her aide rallied supporters, saying …": the owner of a
// noun cue in a preposition's phrase that opens the sentence is no subject of its main clause, and a
// participle after that clause does not hang on it. Not "Yet she didn't limit her attacks to …, also
// calling …": there the noun is in the main clause, and its owner most often its subject.)
const NOUN_OWNER_READERS = new Set(['sources/noun-cue', 'sources/possessive-stance', 'sources/stance-noun']);
const OPENING_PREPOSITION_PHRASE = /^\s*(?:In|On|At|After|Before|Despite|Following|Amid|Since|With|Without|Like|Unlike|Against|Under|Over|During|Through|From)\s[^,;:\uE000]*$/;

function ownerInOpeningPhrase(masked: string, sentenceStart: number, a: Attribution, at: number): boolean {
  if (!NOUN_OWNER_READERS.has(a.extractor)) return false;
  const from = afterOpening(masked, sentenceStart, a.cueStart);
  return OPENING_PREPOSITION_PHRASE.test(masked.slice(from, a.cueStart)) && masked.slice(a.cueStart, at).includes(',');
}

function speakerEarlierInSentence(scan: Scan, sentence: Span, at: number, ownClause = false): Subject | null {
  const earlier = lastFoundBetween(scan, sentence.start, at, (a) => !ownerInOpeningPhrase(scan.masked, sentence.start, a, at));
  if (earlier) {
    if (ownClause && CLAUSE_BREAK_BEFORE.test(scan.masked.slice(earlier.cueStart, at))) return null;
    return { speaker: earlier.speaker!, phraseStart: earlier.speaker!.start };
  }
  if (ownClause && CLAUSE_BREAK_BEFORE.test(scan.masked.slice(sentence.start, at))) return null;
  // ("WASHINGTON — Sen. Tom Varga defended …, saying": the dateline is no part of the subject.)
  const from = afterOpening(scan.masked, sentence.start, at);
  const lead = subjectBefore(scan.masked, from, firstVerbGuess(scan.masked, from, at));
  // ("Many delegates walked out, saying …": a quantifier read alone is the start of a description.)
  // ("Democratic leaders walked out, saying …": the run of capitals may be a noun's modifier.)
  const main = lead ? (QUANTIFIER.test(lead.speaker.text) ? describedSubject(scan.masked, from, at) ?? lead : wholeDescription(scan.masked, from, at, lead))
    : describedSubject(scan.masked, from, at) ?? (SPEECH_PARTICIPLE.test(scan.masked.slice(at, at + 12)) ? mainClauseSubject(scan.masked, from, at, true) : null);
  // ("The recall comes a month after the agency issued an alert, saying …": a main subject that says
  // nothing leaves the participle to the subordinate clause's, subordinate-participle.ts.)
  if (!main || main.speaker.kind === 'other') return subordinateClauseSpeaker(scan.masked, from, at) ?? main;
  return main;
}

/** The verb of issuing is no cue of its own: "posted a video saying …" says what "saying" governs, not "a video …". */
function issuedVerbRead(scan: Scan, verb: number): void {
  scan.usedCues.add(verb);
  const own = scan.found.findIndex((a) => a.cueStart === verb);
  if (own >= 0) scan.found.splice(own, 1);
}

/**
 * Who issued the document the cue at `at` is part of: the participle's usual reading (the subject
 * of the clause before it, past an aside: "A coalition – including … – sent a letter"), else the
 * phrase right before the verb of issuing at `verb` ("The harbour board | issued …", where
 * "harbour" might be read as the verb).
 */
function issuerOf(scan: Scan, sentence: Span, verb: number, at: number): Subject | null {
  const usual = newClauseSubject(scan, sentence, at) ?? speakerEarlierInSentence(scan, sentence, at);
  if (usual && usual.speaker.kind !== 'other') return usual;
  const own = subjectBefore(scan.masked, afterOpening(scan.masked, sentence.start, verb), verb);
  return own && own.speaker.kind !== 'other' ? own : usual;
}

/**
 * "Fishermen say the rules are unfair, and the union has sued the city, saying …": after a clause
 * break the participle hangs on the new clause, whose own subject speaks, not the speaker of the
 * statement before the break.
 */
function newClauseSubject(scan: Scan, sentence: Span, at: number): Subject | null {
  // (From the cue of the sentence's last statement before the participle, else from its start:
  // "Holt pivoted to trade, but Wallace pressed him again, asking …" has no statement before.)
  const from = lastFoundBetween(scan, sentence.start, at)?.cueStart ?? sentence.start;
  const brk = lastMatch(CLAUSE_BREAKS, scan.masked.slice(from, at));
  if (!brk) return null;
  const start = from + brk.index + brk[0].length;
  // (The new clause runs on to the participle's own comma: "…, and after the vote, Holt left, saying" has another.)
  if (/[,\uE000]/.test(scan.masked.slice(start, at).replace(/[\s,]+$/, ''))) return null;
  // The new clause's subject: the phrase before its first verb ("the union has sued").
  const verb = firstVerb(scan.masked.slice(start, at));
  const own = verb >= 0 ? subjectBefore(scan.masked, start, start + verb) : null;
  return own && own.phraseStart >= start && own.speaker.form !== 'pronoun' ? own : null;
}

const CLAUSE_BREAKS = /;\s*|,\s+(?:and|but)\s+/g;
/** A finite verb or auxiliary opening a clause's predicate: "has", "was", "sued". */
const FINITE_VERB = /\s(?:has|have|had|is|are|was|were|will|would|also|already|\p{Ll}{2,}ed)\b/u;

/** Where the first finite verb of a clause starts ("has", "sued", "brought"), or -1. */
function firstVerb(clause: string): number {
  for (const m of clause.matchAll(/\S+/g)) {
    if (m.index === 0) continue;
    if (FINITE_VERB.test(` ${m[0]}`) || IRREGULAR_PAST_FORMS.test(m[0])) return m.index!;
  }
  return -1;
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/** Words that open a description: "The harbour master", "Its owner". */
const DETERMINER = /^(?:The|A|An|Its|His|Her|Their)$/;
/** A preposition that joins a role to its organisation: "a spokeswoman for", "the head of". */
const ROLE_PREPOSITION = /^(?:for|of|at)$/;
/** The name after it, perhaps after "the": "Janney", "the Harbour Board". */
const NAMED_OBJECT = new RegExp(String.raw`^\s+(?:the\s+)?${NAME_WORD_START}[\p{L}.'\u2019&-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019&-]*){0,4}\s+$`, 'u');
/** A quantifier, a subject alone ("Many") or the start of one ("Many delegates"). */
const QUANTIFIER = /^(?:Both|Many|Most|Some|Several|Other|Two|Three|Four|Five)$/;

/**
 * "The victim's mother testified, describing …": a description that opens the sentence, read up to
 * the first lower-case word after which it names a person or a body (never a bare "other" phrase:
 * "The harbour" of "The harbour master spoke").
 */
function describedSubject(masked: string, from: number, at: number): Subject | null {
  // (Or a quantifier: "Both parents stiffened …, saying", "Many delegates walked out, saying".)
  const opening = /^\s*(\S+)\s/.exec(masked.slice(from, from + 10))?.[1] ?? '';
  const quantified = QUANTIFIER.test(opening);
  if (!quantified && !DETERMINER.test(opening)) return null;
  const words = /\S+/g;
  words.lastIndex = from;
  let count = 0;
  let held: Subject | null = null;
  let roleObject = -1;
  for (let m = words.exec(masked); m && m.index < at && count < 7; m = words.exec(masked), count++) {
    if (count === 0 || !/^\p{Ll}/u.test(m[0])) continue;
    const found = subjectBefore(masked, from, m.index);
    if (!found) continue;
    const s = found.speaker;
    const ok = s.form === 'nominal' && s.kind !== 'other' && s.kind !== 'document' && found.phraseStart <= from + 1;
    // (A quantifier is a subject alone, "Many"; the noun after it goes with it: "Many delegates".)
    if (quantified && ok) { held = found; continue; }
    // ("A spokeswoman for Janney also declined …, saying": a role's preposition and the name after it
    // go with the role. Only a name: "the head of the harbour board walked" has no word that shows
    // where a lower-case object ends.)
    if (ok && !held && ROLE_PREPOSITION.test(m[0])) { held = found; roleObject = m.index + m[0].length; continue; }
    if (held && roleObject >= 0) {
      const between = masked.slice(roleObject, m.index);
      if (m[0] === 'the' && !between.trim()) continue;
      return ok && NAMED_OBJECT.test(between) && found.speaker.end > roleObject ? found : held;
    }
    return held ?? (ok ? wholeDescription(masked, from, at, found) : null);
  }
  return held;
}

/**
 * The sentence's own subject for "Trump spoke Tuesday, saying …": the words before its second token run.
 * (A long title before a name is one run: "House Intelligence Committee Chair Adam Schiff (D-Calif.)
 * … and said", never cut to "House Intelligence Committee Chair".)
 */
function firstVerbGuess(masked: string, from: number, at: number): number {
  // ("Sen. Tim Ross, after first saying …": a name run may end at the comma that opens an aside.)
  const m = /^\s*(?:[A-Z][\w.'’-]*\s+){1,6}[A-Z][\w.'’-]*(?=,\s)|^\s*(?:[A-Z][\w.'’-]*\s+){1,7}/.exec(masked.slice(from, at));
  return m ? from + m[0].trimEnd().length : from;
}

/** Content after the cue: "said (on Tuesday) that …", "told reporters …", "said: …". */
function forward(scan: Scan, sentence: Span, cue: Cue, subject: Subject): Span | null {
  const { masked } = scan;
  let start = cue.end;
  const stop = Math.min(sentence.end, start + MAX_CONTENT);
  const rest = masked.slice(start, stop);
  // "said — on Twitter, as it happens — that …": an aside between dashes before the "that"; "said in
  // an interview with The Associated Press last week that …": a longer one of medium (medium-adjunct.ts).
  let that = THAT.exec(rest) ?? DASHED_THAT.exec(rest)
    ?? (SPEECH.test(cue.word) || TELL.test(cue.word) || PARTICIPLE_CUES.has(cue.word) ? mediumThenThat(rest) : null);
  if ((!that && /^\s*[,.;!?]/.test(rest)) || !rest.trim()) return null;
  // "Asked if he would run, he said no.": an answer word is the whole of what was said.
  const answer = SPEECH.test(cue.word) ? ANSWER.exec(rest) : null;
  if (answer) return { start: start + answer[0].length - answer[1]!.length, end: start + answer[0].length };
  // "said the coverage would resemble that of …": words with a verb of their own are a clause, and its "that" is not the complementiser.
  if (that && CLAUSE_VERB.test(that[0])) that = null;
  // ("says she believed that …", "said he opposes the toll but that …": the reported clause's own
  // subject before the "that", which belongs inside what was said.)
  if (that && opensPronounClause(that[0])) that = null;
  // ("wrote in that magazine about …": a "that" right after a preposition is a determiner.)
  if (that && DETERMINER_THAT.test(that[0])) that = null;
  if (that && !TELL.test(cue.word) && OBJECT_BEFORE_THAT.test(that[0].replace(/\bthat\b[\s,]*$/, ''))
    && RELATIVE_THAT_VERB.test(rest.slice(that[0].length))) that = null;
  // ("called for contestants to wear dresses that showed …": "call for" takes a noun phrase; a "that"
  // after it opens a relative clause in that phrase.)
  if (that && /^call/.test(cue.word) && /^\s+for\s/.test(rest)) that = null;
  const colon = /^\s*:\s*/.exec(rest);
  // "posted a photo of the crowd", "denied Ruiz a hearing": an act on a thing, nothing said.
  if (!that && !colon && isThingObject(cue.word, masked.slice(cue.end, sentence.end))) return null;
  // "wrote the original film's screenplay": a work composed, not words reported (act-sense.ts).
  if (!that && !colon && WRITE.test(cue.word) && isActSense(cue.word, masked.slice(cue.end, sentence.end))) return null;
  // "reported on Tuesday -- a development …": only an adjunct before the aside; the content came first.
  const aside = DASH_ASIDE.exec(rest);
  if (!that && !colon && aside && isAdjunct(rest.slice(0, aside.index))) return null;
  // "…, officials said Friday afternoon, as they met the union.": the time and its circumstance; the content came first.
  if (!that && TIME_THEN_CIRCUMSTANCE.test(rest)) return null;
  // "said on Thursday it aims …", "announced in 2017 his decision …": the time is the telling's.
  const timed = TIME_ADJUNCT.exec(rest);
  // "…, Hasen said last week after the court's ruling.": the time, then when it was told; the content came first.
  if (!that && !colon && timed && TIME_THEN_WHEN.test(rest.slice(timed[0].length))) return null;
  // "The results reported Monday are based on …": a description right before a past participle whose
  // sentence goes on with its own verb is a noun with a reduced relative clause; nothing was said.
  // (With a name or pronoun between, "the plan she described is costly", the gap reading stays.)
  if (!that && !colon && /ed$/.test(cue.word) && subject.speaker.form === 'nominal' && REDUCED_RELATIVE_VERB.test(timed ? rest.slice(timed[0].length) : rest)) return null;
  const time = timed && CLAUSE_START.test(rest.slice(timed[0].length)) && !isAdjunct(rest.slice(timed[0].length)) ? timed[0].length : 0;
  // "assure" tells a person a clause, "assured lawmakers that …", "assured him it would pass"; with
  // two objects it guarantees a thing ("had assured Brecht a generous advance"), and without the
  // person it ensures ("to assure that it was straightforward").
  if (ASSURE.test(cue.word)) {
    const person = recipient(rest);
    if (!person || !(ASSURED_CLAUSE.test(rest.slice(person[0].length)) || OBJECT_THEN_THAT.test(rest))) return null;
  }
  if (colon) start += colon[0].length;
  else if (that) start += that[0].length;
  else if (time) start += time;
  else if (/^(?:call|calls|called|calling)$/.test(cue.word)) {
    const m = /^\s+(?:for|on)\s+/.exec(rest);
    if (!m) return null;
    start += m[0].length;
  } else if (COGNITION.test(cue.word)) {
    // "still believe in the promise of a steady job": what is believed in, without the preposition.
    const believedIn = /^believ/.test(cue.word) ? BELIEVE_IN.exec(rest) : null;
    if (believedIn) start += believedIn[0].length;
    else if (!(CLAUSE_START.test(rest) || ABOUT_TOPIC.test(rest) || GAP_BE.test(rest)) || subject.speaker.form === 'nominal' && subject.speaker.kind === 'document') return null;
  } else if (FINDING.test(cue.word) && namesDocument(subject.speaker)) {
    // "A poll shows Clinton ahead", "data from X show flooding doubled".
    if (isAdjunct(rest)) return null;
  } else if (FINDING.test(cue.word) || COMPLEMENT_ONLY.has(cue.word)) {
    // ("… and allies, who claim the agency has been infiltrated": right after a relative "who" the
    // present is a verb of saying as "claimed" is; elsewhere "claim" is as often a noun, "a 1981
    // claim over payments", or a taking, "to claim the nomination".)
    const claimAfterWho = cue.word === 'claim' && /\swho\s+$/i.test(scan.masked.slice(Math.max(sentence.start, cue.start - 6), cue.start));
    if (!claimAfterWho && !/^(?:reveal|reveals|revealed|estimated|projected|forecast|forecasts|reported|stated|claimed|posted|urged|urges|urge|urging|promised|promises|pledged|vowed)$/.test(cue.word)) return null;
  } else if (TELL.test(cue.word)) {
    // "told reporters (on Friday)": the person told is not the content; nor is where a named one
    // works, "told Chris Wallace of Fox News that …" (recipient-affiliation.ts).
    const object = toldRecipient(cue.word, rest);
    let after = object ? rest.slice(object[0].length) : rest;
    // ("told WKOW-TV of Madison, that …": a "that" after the one told and where they work opens what was told.)
    const thatAfter = object && /\sof\s/.test(object[0]) ? /^,?\s+that\b[\s,]+/.exec(after) : null;
    if (thatAfter) {
      start += thatAfter[0].length;
      after = after.slice(thatAfter[0].length);
    }
    // ("told his advisers as he labored over the speech": when the telling happened, not what was told.)
    // (Not after "to": "requiring the police to tell the government when …" has no speaker before it.)
    if (object && /^\s+(?:as|when|while|before|after)\s/.test(after) && !/\sthat\s/.test(after) && !/\bto\s+$/.test(masked.slice(cue.start - 4, cue.start))) return null;
    // ("…, she told reporters, meaning …": the writer's gloss on what was told, which came first.)
    if (object && WRITERS_GLOSS.test(after)) return null;
    // ("asked the crowd to stand": an infinitive after the person told is what was asked, however short.)
    if (isAdjunct(after) && !(object && /^\s+to\s+\p{Ll}/u.test(after))) return null;
    // ("asked the woman to raise her voice", "told residents not to drink it": the one asked is
    // the request's own subject, part of what was asked; "told reporters that …" is not.)
    // (The object read may stop short of its head: "the harbour | pilots to …".)
    start += object && !REQUEST_INFINITIVE.test(after) ? object[0].length : 0;
  } else if (isAdjunct(rest) || isAdjunct(beforeParticiple(rest)) || occasionAfterStatement(scan.text, masked, sentence, subject, rest)) {
    return null;
  } else if (!SPEECH.test(cue.word) && !TELL.test(cue.word) && !CLAUSE_START.test(rest) && !ABOUT_TOPIC.test(rest) && !/^\s+\uE000/.test(rest)) {
    return null;
  }
  const second = secondCue(masked.slice(start, stop), cue.word, Boolean(that)) ?? DASH_AND_VERB.exec(masked.slice(start, stop));
  let end = second ? start + second.index : stop;
  // "said she supports it — … — and “…,”": the content ends before a quotation coordinated after it.
  const stopAt = trailingStop(scan, start, end);
  const coordinated = coordinatedQuote(scan, start, stopAt >= 0 ? stopAt : end);
  if (coordinated) end = coordinated.cut;
  const content = trimContent(scan, start, end);
  // ("emailed the mayor in May": the person sent to is no content, sent-recipient.ts; the person
  // told was skipped above.)
  return content && (TELL.test(cue.word) ? content : withoutRecipient(cue.word, scan.text, content));
}

const SECOND_CUES = new RegExp(SECOND_CUE.source, 'g');
/** A verb in the present: "says", "say", "tells". */
const PRESENT_CUE = /^(?:say|says|tell|tells|write|writes|add|adds|note|notes|insist|insists|argue|argues|explain|explains)$/;

/**
 * Where a second cue ends the content, if one does. Not a past verb after a cue in the present
 * ("says he spoke to Trump and asked him to …": the telling is now, the asking was then, inside
 * what is told), nor a belief after a "that" with its own clause ("told friends that the candidate
 * knew … and thought …": the content's subject goes on).
 */
function secondCue(rest: string, cueWord: string, that: boolean): RegExpExecArray | null {
  SECOND_CUES.lastIndex = 0;
  for (let m = SECOND_CUES.exec(rest); m; m = SECOND_CUES.exec(rest)) {
    const verb = /(\S+)\s$/.exec(m[0])![1]!;
    const past = /ed$|^told$|^thought$/.test(verb);
    if (PRESENT_CUE.test(cueWord) && past) continue;
    if (that && POSITION_CUES.has(verb) && !/\s(?:he|she|they|we|I)\s/.test(m[0])) continue;
    return m;
  }
  return null;
}

/**
 * The quotation coordinated after a forward content ("said … — and “…”"), as a direct quote of its
 * own: forward() ended the content before its "and", so the quotation stands right after it.
 */
function joinedQuote(scan: Scan, statement: Attribution): Attribution | null {
  if (statement.cueStart > statement.start || statement.attitude) return null;
  const region = scan.regions[firstEndingAfter(scan.regions, statement.end)];
  if (!region || region.start < statement.end || !JUST_AND.test(scan.masked.slice(statement.end, region.start))) return null;
  const coordinated = coordinatedQuote(scan, statement.start, region.end);
  if (coordinated?.region !== region || scan.usedRegions.has(region)) return null;
  scan.usedRegions.add(region);
  return coordinatedAttribution(scan, region, statement);
}

const JUST_AND = /^[\s,\u2014\u2013]*(?:and|but)\s+$/;

// "… has pointed to choices Hallworth has made that he said underscore her values": what was said
// is about the phrase the relative clause hangs on, back to a preposition, verb or comma.
const RELATIVE_BEFORE = /\s(?:that|which)\s+$/;
// (From its last determiner, else from the word after a preposition or comma: never the sentence's subject.)
const ANTECEDENT = /^[^]*(?:\s|^)((?:a|an|the|its|his|her|their|this|these|those)\s+(?:[^\s,;:\uE000]+\s+){1,4})$|(?:[,;:\u2014(]\s*|\s(?:to|of|on|about|for|with|at|in|by|from|is|are|was|were|as|than)\s)((?:[^\s,;:\uE000]+\s+){1,5})$/;

function withAntecedent(scan: Scan, sentence: Span, subject: Subject, cue: Cue, content: Span): Span & { text?: string } {
  const { masked, text } = scan;
  const before = masked.slice(Math.max(sentence.start, subject.phraseStart - 80), subject.phraseStart);
  const relative = RELATIVE_BEFORE.exec(before);
  // (Only a verb followed straight by its clause's verb: "that he said underscore …".)
  if (!relative || subject.speaker.form === 'nominal' || content.start - cue.end > 2) return content;
  // ("wrote that Trump had claimed a loss …": a verb with an object is no relative clause's.)
  if (!/^(?:said|says|say|believes?|believed|thinks?|thought)$/.test(cue.word) || /^\s*(?:a|an|the|his|her|its|their|this|that|these|those)\s/i.test(masked.slice(content.start, content.start + 8))) return content;
  const lead = before.slice(0, relative.index + 1);
  const phrase = ANTECEDENT.exec(lead);
  if (!phrase) return content;
  const words = phrase[1] ?? phrase[2]!;
  const start = subject.phraseStart - before.length + relative.index + 1 - words.length;
  const antecedent = text.slice(start, start + words.trimEnd().length);
  if (!/\p{L}/u.test(antecedent)) return content;
  return { start, end: content.end, text: `${antecedent} ${text.slice(content.start, content.end)}` };
}

// A relative pronoun right before the subject: "…, which critics said was …", "… that officials say would …".
const RELATIVE_PRONOUN = /(?:^|[\s,])(which|whom|that)\s+$/i;
// Where the relative clause ends: a comma, a semicolon, a colon, a dash, a bracket.
// (A comma inside a number, "1,200", is none.)
const CLAUSE_BREAK = /,(?!\d)|[;:\u2014\u2013(]|\s-\s/;

/**
 * "the bill, which critics said was unfair, passed": what the critics said is the relative clause
 * itself, pronoun to clause end (the pronoun stands for what was said about; the cue's own clause
 * lacks its subject). Not the rest of the sentence: the clause ends at its first comma or dash.
 */
function relativeClause(scan: Scan, sentence: Span, cue: Cue, subject: Subject): Span | null {
  const { masked } = scan;
  if (!gapAfterCue(masked, cue.start)) return null;
  // (A name takes "says", "said": in "that New York state is …" the "state" is a noun.)
  if (subject.speaker.form === 'name' && isBareVerb(cue.word)) return null;
  const pronoun = RELATIVE_PRONOUN.exec(masked.slice(Math.max(sentence.start, subject.phraseStart - 12), subject.phraseStart));
  if (!pronoun) return null;
  const start = subject.phraseStart - pronoun[0].length + pronoun[0].indexOf(pronoun[1]!);
  const rest = masked.slice(cue.end, Math.min(sentence.end, cue.end + MAX_CONTENT));
  const stop = CLAUSE_BREAK.exec(rest);
  const content = trimContent(scan, start, cue.end + (stop ? stop.index : rest.length));
  return content && content.start === start ? content : null;
}

/** Content before the cue: "…, a US expert said." / "…, said Jones." / "North Korea, Jones said, has …". */
function trailing(scan: Scan, sentence: Span, cue: Cue, subject: Subject, inverted: boolean): (Span & { text?: string }) | null {
  const { masked } = scan;
  const phraseStart = inverted ? cue.start : subject.phraseStart;
  let end = phraseStart;
  while (end > sentence.start && /[\s,\u2014\u2013-]/.test(masked[end - 1]!)) end--;
  if (end <= sentence.start) return null;
  if (!/[,\uE000\u2014\u2013-]/.test(masked.slice(end - 1, phraseStart))) return null;
  let afterStart = inverted ? subject.speaker.end : cue.end;
  if (end - sentence.start > MAX_CONTENT) return null;
  const after = masked.slice(afterStart, Math.min(sentence.end, afterStart + MAX_CONTENT));
  const stop = trailingStop(scan, afterStart, afterStart + after.length);
  let tail = stop >= 0 ? after.slice(0, stop - afterStart) : after;
  // "…, the office reported on Tuesday -- a development that …": an aside after a dash.
  const dash = DASH_ASIDE.exec(tail);
  if (dash) tail = tail.slice(0, dash.index);
  if (TELL.test(cue.word)) {
    const told = toldRecipient(cue.word, tail);
    if (told) {
      tail = tail.slice(told[0].length);
      afterStart += told[0].length;
    }
    // ("…, Obama told his advisers as he labored over the speech.": the telling's circumstance.)
    if (/^\s+(?:as|when|while|before|after)\s/.test(tail) && !/\sthat\s/.test(tail) && !/\bto\s+$/.test(masked.slice(cue.start - 4, cue.start))) tail = '.';
  }
  // The content before the cue ends at the cue: a "though" or "while" inside it is its own.
  // "…; in 2012, …": a semicolon ends the statement's clause.
  const semicolon = tail.indexOf(';');
  if (semicolon >= 0) tail = tail.slice(0, semicolon);
  // "The paradox, says Carl Holm, a historian at the library, is that …": an apposition after an
  // inverted speaker, then a verb that resumes the sentence.
  const resumed = inverted ? resumedAfterApposition(tail) : 0;
  if (resumed > 0) {
    tail = tail.slice(resumed);
    afterStart += resumed;
  }
  // "…, said Katie Hale, the paper's politics editor.": an apposition after an inverted speaker.
  // ("…, said Jo Lund, UC Berkeley professor of history, whose research …": or a capitalised
  // apposition with a relative clause on it.)
  const apposition = resumed === 0 && inverted && (/^,\s+[^,\uE000]{1,120}[.!?]?\s*$/.test(tail) && !/\s(?:is|was|are|were|has|have|had|will|would|said|says)\s/.test(tail)
    || APPOSITION_THEN_RELATIVE.test(tail));
  // ("…, says Ada Lund of the harbour board (HB), “…”": the speaker goes on in a quotation of their
  // own, which closes the sentence; the words before the cue are the statement, inverted-then-quote.ts.)
  const quotationAfter = inverted && QUOTATION_CLOSES.test(tail);
  // ("…, said an official who was briefed on the talks.": a relative clause describes the speaker.)
  if (quotationAfter || resumed === 0 && isAdjunct(tail) || WRITERS_GLOSS.test(tail) || !inverted && (isOccasion(tail) || TIME_THEN_CIRCUMSTANCE.test(tail)) || apposition || (inverted && /^(?:,\s+(?:a|an|the|[a-z])|\s+(?:who|whose)\s)/.test(tail) && !RESUMING_VERB.test(tail))
    // ("…, says a report highlighting the rise.": a participle on the speaker, as a relative clause.)
    || inverted && /^\s/.test(tail) && opensParticipleModifier(tail.trimStart())) {
    return openingAdverbialOnly(masked.slice(sentence.start, end)) ? null : trimContent(scan, sentence.start, end, false);
  }
  // "North Korea, Jones said, has deployed …": the sentence goes on after the attribution.
  // (words of a quotation count: "The industry, she said, is ''doing much better''").
  // ("The contrast, said Doyle, would be clear": after an inverted speaker, only a verb resumes it.)
  if (inverted && !RESUMING_VERB.test(tail)) return null;
  // ("Any attempt to fix it, he said, becomes hopeless.": two words are enough when a verb opens them.)
  if (!/^,\s+\S/.test(tail) || wordCount(scan.text.slice(afterStart, afterStart + tail.length), 4) < 3 && !RESUMING_VERB.test(tail) && !VERB_FORM_RESUMES.test(tail)) return null;
  const resume = afterStart + (/^,\s+/.exec(tail)?.[0].length ?? 0);
  // ("…, which, his aides believe, would …": the clause the credit interrupts may begin later, credited-relative.ts.)
  const span = trimContent(scan, creditedClauseStart(masked, sentence.start, end), sentence.end);
  if (!span || resume >= span.end) return null;
  return { ...span, text: `${scan.text.slice(span.start, end)} ${scan.text.slice(resume, span.end)}` };
}

/**
 * "During the two-hour service, the pastor asked …": a short phrase of time or place that opens the
 * sentence is no statement the speaker made, only when it was made.
 */
const OPENING_PREPOSITION = /^\s*(?:In|During|At|On|After|Before|For|With|From|Over|Under|Amid|Throughout|Since)\s/;
function openingAdverbialOnly(before: string): boolean {
  return OPENING_PREPOSITION.test(before) && !before.includes(MASK) && wordCount(before, 7) <= 5
    && !CLAUSE_VERB.test(` ${before} `) && !/\s(?:I|we|he|she|they|it|you)\s/i.test(` ${before} `);
}

/**
 * "…, Roe told the paper, meaning the ferry could not sail.": "meaning" after an attribution is the
 * writer's gloss on the statement before it, neither its content nor a second statement (unlike ",
 * adding that …"). (PolNeAR train has no such gloss after a cue; feature pages do.)
 */
const WRITERS_GLOSS = /^\s*,\s+meaning\s/;

/** A verb in -s or -ed right after the comma: "…, he said, becomes hopeless." */
const VERB_FORM_RESUMES = /^,\s+\p{Ll}{3,}(?:es|s|ed)\s+\p{L}/u;
/** ", a historian at the library," — an apposition after an inverted speaker, up to its closing comma. */
const INVERTED_APPOSITION = /^,\s+(?:a|an|the)\s[^,\uE000;]{1,100}?(?=,\s)/;

/** How far the tail runs before the verb that resumes the sentence after an apposition, or 0. */
function resumedAfterApposition(tail: string): number {
  const m = INVERTED_APPOSITION.exec(tail);
  return m && RESUMING_VERB.test(tail.slice(m[0].length)) ? m[0].length : 0;
}

/** A finite verb that resumes the sentence after an inverted aside: ", would be clear", ", is doing better". */
const RESUMING_VERB = /^,\s+(?:(?:also|still|now|only|never|already)\s+)?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|does|did|do|(?:is|are|was|were|has|have|had|does|did|do|would|could|should|ca|wo)n['\u2019]t)\s/;

/**
 * Where a participle or "according to" starts a statement of its own, between `start` and `end`:
 * after a comma (", adding that …"), or after a quotation that closes on its own comma ("…,”
 * adding that …": the mask hides that comma). The end of the content before it, or -1.
 */
function trailingStop(scan: Scan, start: number, end: number): number {
  const slice = scan.masked.slice(start, end);
  TRAILING_STOP.lastIndex = 0;
  for (let m = TRAILING_STOP.exec(slice); m; m = TRAILING_STOP.exec(slice)) {
    if (m[1] === ',') return start + m.index;
    if (closesOnComma(scan, start + m.index + 1)) return start + m.index + 1;
  }
  return -1;
}

/** Whether the quotation that ends at `end` closes on a comma inside its marks (`…terminal,”`, `…terminal,»`). */
function closesOnComma(scan: Scan, end: number): boolean {
  const region = scan.regions[firstEndingAfter(scan.regions, end - 1)];
  return region?.end === end && /,\s*$/.test(scan.text.slice(Math.max(region.innerStart, region.innerEnd - 3), region.innerEnd));
}

// "…, Wilkin said during his campaign speech to be a delegate.": a long phrase of the occasion,
// with no clause of its own, after a speaker whose statement came before the comma.
// ("…,” Miller said pleasantly into the phone.": a manner adverb may come first.)
const OCCASION = /^\s+(?:\p{Ll}+ly\s+)?(?:during|at|in|on|after|before|while|when|from|via|through|to|into)\s/u;
const OWN_CLAUSE = /\s(?:that|is|was|are|were|will|would|could|should|can|has|have|had|does|did)\s|\uE000/;

function isOccasion(rest: string): boolean {
  return OCCASION.test(rest) && !OWN_CLAUSE.test(`${rest} `) && rest.length <= 160;
}

/** The end of a quotation that closes on a comma inside its marks: `…priority,”`, `…here,''`. */
const QUOTE_ON_COMMA = /,\s*(?:["\u201D\u2019\u00BB]|'')$/;

function occasionAfterStatement(text: string, masked: string, sentence: Span, subject: Subject, rest: string): boolean {
  if (!isOccasion(rest)) return false;
  // (Or a quotation closing on its own comma, masked: "… would “end all …,” Lund declared in an interview Thursday, in …".)
  const before = masked.slice(sentence.start, subject.phraseStart);
  if (/[,\uE000]\s*$/.test(before) && wordCount(before, 4) >= 4) return true;
  // ("“… top priority,” the bespectacled, 71-year-old diplomat said in an interview.": or a
  // quotation, then no more than the rest of the speaker's phrase; the sentence may begin after it.)
  // (Only one that closes on its own comma: "… cape.” She said in an interview" follows another sentence.)
  const from = Math.max(0, sentence.start - 3);
  const afterQuote = /\uE000([^\uE000.;:!?]*)$/.exec(masked.slice(from, subject.phraseStart));
  const quoteEnd = afterQuote ? from + afterQuote.index + 1 : -1;
  return afterQuote !== null && wordCount(afterQuote[1]!, 4) < 4 && QUOTE_ON_COMMA.test(text.slice(Math.max(0, quoteEnd - 4), quoteEnd));
}

/** The words before a participle that takes up the telling: "in a press release Thursday, adding that …". */
const PARTICIPLE_AFTER = new RegExp(TRAILING_STOP.source);
function beforeParticiple(rest: string): string {
  const m = PARTICIPLE_AFTER.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

/** "in a statement.", "on Tuesday." — what may follow a cue that ends its sentence. */
function isAdjunct(rest: string): boolean {
  // ("said at least 195 people were killed.": a quantity opens the clause said, quantity-lead.ts.)
  return rest.length < 120 && wordCount(rest, 8) <= 7 && ADJUNCT_ONLY.test(rest) && !opensQuantity(rest);
}

function trimContent(scan: Scan, start: number, end: number, cut = true): (Span & { text?: string }) | null {
  const { text, masked } = scan;
  const stop = cut ? trailingStop(scan, start, end) : -1;
  if (stop >= 0) end = stop;
  const dateline = DATELINE.exec(text.slice(start, end));
  if (dateline) start += dateline[0].length;
  while (start < end && /[\s,:;\u2014\u2013-]/.test(text[start]!)) start++;
  // "(The rule, he said, is new.)": the parenthesis that holds the sentence is no part of it.
  if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
  // ("(as low as 19%, Gutin says) hurt her husband": what follows an aside's closing parenthesis is not its content.)
  if (text[start] === ')') return null;
  while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  // ("(She says the photo was too much.)": so is the parenthesis that closes it.)
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) {
    end--;
    while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  }
  if (end <= start || wordCount(text.slice(start, end), 3) < 3) return null;
  // Content that is one quotation belongs to the direct-quote parser.
  const inner = masked.slice(start, end);
  let masks = 0;
  for (let i = 0; i < inner.length; i++) if (inner[i] === MASK) masks++;
  // (unless words outside it go with it: "said Cruz “has courage …”", or that parser left it to
  // the clause it stands in: "told reporters that “…,” adding …").
  if (masks > inner.length * 0.9 && !/[\p{L}\p{N}]/u.test(inner.replace(/\uE000+/g, '')) && quotedByDirectParser(scan, start, end)) return null;
  return { start, end };
}

/** Whether the quotation in `start`–`end` is one the direct-quote parser attributed (regions are in text order). */
function quotedByDirectParser(scan: Scan, start: number, end: number): boolean {
  const region = scan.regions[firstEndingAfter(scan.regions, start)];
  return region !== undefined && region.start < end && scan.usedRegions.has(region);
}

function make(scan: Scan, content: Span & { text?: string }, cue: Cue, subject: Subject, block: number, confidence: number): Attribution {
  return {
    start: content.start, end: content.end, text: content.text ?? scan.text.slice(content.start, content.end),
    direct: false, cue: cue.word, cueStart: cue.start, speaker: subject.speaker, block, extractor: EXTRACTOR, confidence,
    // "X believes …", "X criticized …": a position, even when read with the verbs of saying.
    ...(POSITION_CUES.has(cue.word.split(' ')[0]!) ? { attitude: true } : {}),
  };
}

const PLAIN_SAYING = /^(?:said|says|say|told|tells|wrote|writes|stated|noted)$/;
const NOUN_BEFORE = /(?:^|\s)(?:of|the|a|an|his|her|their|its|our|my|your|whose)\s+$/i;
const PARTICIPLE_LEAD = /(,|\uE000)\s*(?:(?:also|even|instead|then|again|while|often|repeatedly|not\s+even|\p{Ll}+ly)\s+)?$/u;

// "… landed in trouble by saying that …", "Rubio responded before adding that …", "Sanders, after
// initially saying he would …": a participle after "by", "after", "before" or "while" hangs on the
// clause before it, whose subject speaks. (Not one that opens the sentence, "While saying that …, he
// went on": its subject comes after it.) A dash may stand for the comma too: "… on the spot – saying …".
const PREPOSITION_LEAD = /\s(?:(?:by|after|before|while|when)\s+(?:(?:also|first|initially|then|repeatedly|again|\p{Ll}+ly)\s+)?|(?:--|[\u2013\u2014])\s*)$/u;

function prepositionLead(masked: string, sentence: Span, cueStart: number): boolean {
  const lead = PREPOSITION_LEAD.exec(masked.slice(Math.max(sentence.start, cueStart - 40), cueStart));
  if (!lead) return false;
  // Two words of the clause at least before the preposition.
  return wordCount(masked.slice(sentence.start, cueStart - lead[0].length), 2) >= 2;
}

/**
 * "Sanders, after initially saying he would not advertise, took to the airwaves": a participle in an
 * aside set off by commas says only what comes before the comma that closes the aside.
 */
function asideEnd(masked: string, sentence: Span, cueStart: number, content: Span): Span {
  const lead = PREPOSITION_LEAD.exec(masked.slice(Math.max(sentence.start, cueStart - 40), cueStart));
  if (!lead || !/,\s*$/.test(masked.slice(Math.max(sentence.start, cueStart - lead[0].length - 3), cueStart - lead[0].length))) return content;
  const comma = masked.lastIndexOf(',', content.end - 1);
  return comma > content.start && wordCount(masked.slice(content.start, comma), 3) >= 3 ? { start: content.start, end: comma } : content;
}

/** A participle hanging on the clause before it: after a comma, or a quotation that closes on one ("…,” adding that …"). */
function participleLead(scan: Scan, before: string, cueStart: number): boolean {
  const lead = PARTICIPLE_LEAD.exec(before);
  if (!lead) return false;
  return lead[1] === ',' || closesOnComma(scan, cueStart - before.length + lead.index + 1);
}

/** "Mr. Schultz supported Democrats …, and said he …": a second verb shares the sentence's subject. */
function coordinatedSubject(scan: Scan, sentence: Span, cue: Cue): Subject | null {
  const { masked } = scan;
  const before = masked.slice(Math.max(sentence.start, cue.start - 12), cue.start);
  // ("… and has said …": a perfect auxiliary may stand between.)
  if (!afterCoordinator(before, masked, sentence.start, cue.start)) return null;
  // "House Democrats, looking for a way out, seized the floor and said …", "He toured the plant and said …";
  // after an opening adverbial, the speaker of the sentence's first statement ("In addition to …,
  // the office said …, but added …").
  // ("…, while Ben Holt, the former director, proposed a fee and said …": the later clause's subject.)
  // ("The suspect then spoke to the agent and said …": a description opening the sentence, before its
  // own verb, which the name-only opening reader refuses, coordinated-statement-subject.ts; after a
  // speaker the sentence has already read, "Sources believe X has …, and admit …", whose reading is surer.)
  return coordinatedClauseSubject(masked, sentence, cue.start) ?? subordinateSubject(masked, sentence, cue.start) ?? openingSubject(masked, sentence.start, cue.start)
    ?? (SPEECH.test(cue.word) ? speakerEarlierInSentence(scan, sentence, cue.start) ?? coordinatedStatementSubject(masked, scan.text, sentence, cue.start) : null);
}
