// Sources and quotes: who said what, direct and indirect.
//
//   text ──createScan──▶ quoted regions, masked text, sentences
//        parseSpeakerLabels    WALLACE: … (transcripts), Pence: … (headlines)
//        parseHeadlineLabels   Poll: … / Ryan to donors: … (headline labels that are not a bare name)
//        parseDirectQuotes     “…,” he said / Jones said, “…” / described it as “…” / As Lund put it, “…” / what Lund called “…”
//        parseAsPutItClauses   As Lund put it in May, the pier is … (the rest of the sentence)
//        parseAsReportedClauses …, as the Courier reported on Tuesday. / The plan, as Lund noted, cuts …
//        parseAccordingTo      according to X, …
//        parseReportingVerbs   X said (that) … / …, X said / …, adding that …
//        parseHearingHeard     …, an inquest heard. / The court heard that … (court reporting credits the hearing)
//        parseDocumentStandings The latest poll put Lane on 48 percent / A Gazette poll has Lane at 45 percent
//        parseHeadedQuotations "Tove Arnesen's statement in full" over a paragraph of quotation: the heading names its speaker
//        parseReceivedStances the plan drew criticism from pilots / Lund has the support of most unions
//        parseAttitudes       X believes / wants / criticized … (positions; the pipeline asks for them, as for the next five)
//        parseNounCues        X's claim that … / her call for …
//        parseAgentNounCues   claims by the ministry that … / a sense among donors that …
//        parseStanceAdjectives X is confident that … / voters are unhappy with …
//        parseStanceNouns     X is a longtime supporter of … / Ann Roe, a critic of …
//        parsePossessiveStances X's energetic endorsement of Lund / her long support for …
//        parseDescribedNounCues X's controversial proposal to … / his stern warning that …
//        parseNounPredicates  X's fear is that … / Their argument: …
//        parseMakingCases     X made the case that … / is making an impassioned case for …
//        parseSpokenObjectColons  X delivered a blunt message to Y: … / has some advice for Z: … (quoted: in parseDirectQuotes)
//        parseInHopes         X toured the state in hopes of winning … / in the hope that …
//        parseSurveyStandings  Lane has a clear lead in the polls ahead of … (a standing measured in a poll)
//        parsePrepositionalSources  In a Register poll, … / To Ms. Gil, …
//        parseViewpointFrames  In the mayor's view, … / …, in her words, … / by one estimate
//        parseLearnedCues     X vouches for / rules out / is wary of … (cues learned from PolNeAR train)
//        parseAskedBy         Asked by a reporter whether …, / when asked by host Ada Lind if …
//        parsePassiveAgents   the plan was criticized by pilots / was first reported by the Courier
//        parseDocumentParticiples  a new poll showing Smith ahead / records showing he was paid
//        parseAdStances       The ad slams Berg for … / ads that tout Lind's record
//        parseMeansParticiples  X opened by calling the levy a scam / After praising A, X …
//        parseCatenativeParticiples  X spent the day mocking Y / X began dismissing Z
//        parseNounParticiples  an outside group backing the senator / those supporting the ban
//        parseObjectGaps      the plan, which Ruiz opposed last year / what the mayor said
//        parseReducedPassives the bill, opposed by Democrats, … / a claim later denied by the ministry
//        parseAnyVerbs        Sanders distanced himself from … (any past-tense verb of a person)
//        parseReportingVerbs  again: "…, Trump mocked her record, saying …"
//        inheritSpeakers       split and multi-paragraph quotations
//        speakThreadQuotations an interview's answer after a question; "He is blunter. “…”" (then inheritSpeakers again)
//        clipAtOtherCues       "…, reported Euro News": a content ends where another attribution begins
//        clipAtNewSubjects     "…, while 60 percent said …": a content ends where a clause with its own speaker begins
//        endSubordinateClauses "While Roe said the fares were high, she …": a fronted clause's content ends at its comma
//        splitCoordinatedCues  "called it “outrageous” and called for …": two verb phrases, two attributions
//        clipAtParticiples     "…, calling it a fireable offense": a content ends before a participle cue of the same speaker
//        dropParticiplesInContent "said staff had followed them, yelling …": the participle is the reported clause's, no reading of the speaker
//        endRelativeClauses    "Lund, who wrote …, has died": a content in a relative clause ends before the main clause
//                                   ▼ attributions (speaker phrases, not yet entities)
//        bodyNamesOfSpeakers   "Arcade Publishing", "Arcade": names the article treats as bodies, organisations before any "he" is resolved
//        ownersOfPossessedWords "her own research shows …" → "her": the owner speaks
//        resolveSpeakers       names, surnames, pronouns, "the agency" → entities
//        mergeAliases          "a US expert" → the expert named next; "Ruritanian intelligence" → CIB
//        dropHeadlineTopics    "Harbour Point: Two boats sink": a headline's topic, no speaker, unless the name speaks or is a person's
//        dropPositionsInOthersStatements "Berg said she wanted …": a position inside another source's statement is part of it
//        dedupe                one statement, one quote (the attitude reading keeps repeats)
//        checkQuotes           a model learned on PolNeAR train drops unlikely positions
//        mergeOpeningNameWords "Tove" after "Tove Arnesen": a full name's first word alone is that person
//        mergeBodySecondNames  "USSF", "Department of Harbour Works": a body's shorter name is that body
//        buildSources          Source[] and Quote[] for the sheet
//
// Rules, then one small logistic model (weights as data); linear passes over the text, work
// bounded on long pages.

import type { AnalysisContext } from '../context';
import type { Quote, Source } from '../types';
import { parseAccordingTo } from './parsers/according-to';
import { parseAskedBy } from './parsers/asked-by';
import { parseAnyVerbs } from './parsers/any-verb';
import { parseAttitudes } from './parsers/attitude';
import { parseLearnedCues } from './parsers/learned-cue';
import { parseNounCues } from './parsers/noun-cue';
import { parseAgentNounCues } from './parsers/agent-noun-cue';
import { parsePassiveAgents } from './parsers/passive-agent';
import { parseReceivedStances } from './parsers/received-stance';
import { parseReducedPassives } from './parsers/reduced-passive';
import { parseObjectGaps } from './parsers/object-gap';
import { parseDirectQuotes } from './parsers/direct-quote';
import { parseDashSignatures } from './parsers/dash-signature';
import { parseDocumentParticiples } from './parsers/document-participle';
import { parseDocumentStandings } from './parsers/document-standing';
import { parseAdStances } from './parsers/ad-stance';
import { parseCatenativeParticiples, parseFrontedParticiples, parseMeansParticiples } from './parsers/means-participle';
import { parseNounParticiples } from './parsers/noun-participle';
import { parseReportingVerbs } from './parsers/reporting-verb';
import { parseTrailingCues } from './parsers/trailing-cue';
import { parseHearingHeard } from './parsers/hearing-heard';
import { parseHeadedQuotations } from './parsers/headed-quotation';
import { parsePrepositionalSources } from './parsers/prepositional-source';
import { parseSurveyStandings } from './parsers/standing-in-survey';
import { parseViewpointFrames } from './parsers/viewpoint-frame';
import { parseSpeakerLabels } from './parsers/speaker-label';
import { parseAsPutItClauses } from './parsers/as-put-it';
import { parseAsReportedClauses } from './parsers/as-reported';
import { parseHeadlineLabels } from './parsers/headline-label';
import { parseStanceAdjectives } from './parsers/stance-adjective';
import { parseStanceNouns } from './parsers/stance-noun';
import { parsePossessiveStances } from './parsers/possessive-stance';
import { parseDescribedNounCues } from './parsers/described-noun-cue';
import { parseNounPredicates } from './parsers/noun-predicate';
import { parseSpokenObjectColons } from './parsers/spoken-object-colon';
import { parseMakingCases } from './parsers/making-case';
import { parseInHopes } from './parsers/in-hopes';
import { mergeAliases, finalEntity } from './refiners/alias-merge';
import { firstFullNames } from './refiners/first-full-names';
import { buildSources } from './refiners/build-sources';
import { mergeOpeningNameWords } from './refiners/opening-name-word';
import { mergeBodySecondNames } from './refiners/body-second-names';
import { clipAtParticiples } from './refiners/clip-at-participles';
import { dropParticiplesInContent } from './refiners/participle-in-content';
import { endRelativeClauses } from './refiners/relative-clause-end';
import { clipAtOtherCues } from './refiners/clip-at-cues';
import { clipTrailingCredits } from './refiners/trailing-credit';
import { clipPhotoCreditTails } from './refiners/photo-credit-tail';
import { clipAnonymityTerms } from './refiners/anonymity-terms';
import { clipAtNewSubjects } from './refiners/clip-at-new-subjects';
import { endSubordinateClauses } from './refiners/subordinate-clause-end';
import { inheritSpeakers } from './refiners/continuation';
import { speakThreadQuotations } from './refiners/thread-quotations';
import { splitCoordinatedCues } from './refiners/coordinated-cues';
import { trimSpeakers } from './refiners/speaker-edges';
import { takeWholeBodyNames } from './whole-name';
import { takeListHolders } from './list-tail';
import { resolveSpeakers } from './refiners/coreference';
import { dedupe } from './refiners/dedupe';
import { checkQuotes, type QuoteCheck } from './refiners/quote-check';
import { dropPositionsInOthersStatements } from './refiners/nested-positions';
import { dropStatementsInOthersStatements } from './refiners/nested-statements';
import { dropSharesInSurveys } from './refiners/shares-in-survey';
import { isNotASource } from './refiners/not-a-source';
import { isWritersOwnWork } from './refiners/writers-own-work';
import { ownersOfPossessedWords } from './refiners/possessed-words';
import { inCitationLine } from './refiners/citation-line';
import { readParticipleClause } from './participle-clause-speaker';
import { clauseSubject } from './clause-speaker';
import { findMentions } from './refiners/person-mentions';
import { bodyNamesOfSpeakers } from './refiners/settled-kinds';
import { groupWordsAsAnonymous } from './refiners/group-words';
import { refineEntities } from './refiners/refine-entities';
import { dropHeadlineTopics } from './refiners/headline-topics';
import { firstPersonSpeakersAsPersons } from './refiners/first-person-speakers';
import { bareNounsAsAnonymous } from './refiners/entity-names';
import { pluralGroupsAsAnonymous } from './refiners/plural-groups';
import { peopleNounsAsAnonymous, pluralPeopleAsAnonymous } from './refiners/people-nouns';
import { ownedNamesAsPersons } from './refiners/owned-person-names';
import { pluralHeads } from './refiners/plural-names';
import { createScan } from './scan';
import { isDateOnly } from './date-only-content';
import { isCircumstanceOnly, isCircumstanceStatement } from './circumstance-content';
import { isWhileClauseAfterCue } from './while-clause-content';
import { inDefiningRelative } from './defining-relative';
import { isCoordinatedNonVerb } from './coordinator-content';
import { isProducedStatementOnly } from './produced-statement';
import { isMisreadCue } from './cue-sense';
import { isGreetingOnly } from './greeting-content';
import { isStrayWordContent } from './stray-word-content';

export interface SourceOptions {
  /**
   * Also read positions: attitudes, intentions and stances ("X believes …", "X plans to …", "X
   * criticized …"), marked `cueKind: 'attitude'`. Readers judge sourcing by these as much as by
   * statements, so the pipeline asks for them; off, the step reads statements only.
   */
  attitudes?: boolean;
  /**
   * Keep the same words told twice in separate places (a deck that repeats the body) as two
   * quotes, as attribution corpora count each telling. The fact sheet lists a statement once.
   */
  keepRepeats?: boolean;
  /** Which attributions to keep by their features: the learned check unless a caller (training) gives its own. */
  quoteCheck?: QuoteCheck;
}

/** The article's sources and what each said, direct and indirect. */
export function extractSources(ctx: AnalysisContext, options: SourceOptions = {}): { sources: Source[]; quotes: Quote[] } {
  const scan = createScan(ctx, options.attitudes ?? false);
  parseSpeakerLabels(scan);
  parseHeadlineLabels(scan);
  // (Before the direct quotes: a quotation signed on the next line has its speaker there, not in the text around it.)
  parseDashSignatures(scan);
  parseDirectQuotes(scan);
  parseAsPutItClauses(scan);
  parseAsReportedClauses(scan);
  parseAccordingTo(scan);
  parseAskedBy(scan);
  parseReportingVerbs(scan);
  parseTrailingCues(scan);
  parseHearingHeard(scan);
  parseDocumentStandings(scan);
  // (After every reader of a cue: a quotation under a heading that names its speaker has none of its own.)
  parseHeadedQuotations(scan);
  if (options.attitudes) {
    parseObjectGaps(scan);
    // (Before the attitude reader, which would take the stance noun for a verb: "draw support among …".)
    parseReceivedStances(scan);
    parseAttitudes(scan);
    parseNounCues(scan);
    parseAgentNounCues(scan);
    parseStanceAdjectives(scan);
    parseStanceNouns(scan);
    parsePossessiveStances(scan);
    parseDescribedNounCues(scan);
    parseNounPredicates(scan);
    parseMakingCases(scan);
    parseSpokenObjectColons(scan);
    parseInHopes(scan);
    // (Before the prepositional phrases: a standing in a subordinate clause is told from the clause's own start.)
    parseSurveyStandings(scan);
    parsePrepositionalSources(scan);
    parseViewpointFrames(scan);
    parseLearnedCues(scan);
    parsePassiveAgents(scan);
    parseDocumentParticiples(scan);
    parseAdStances(scan);
    parseMeansParticiples(scan);
    parseCatenativeParticiples(scan);
    parseFrontedParticiples(scan);
    parseNounParticiples(scan);
    parseReducedPassives(scan);
    parseAnyVerbs(scan);
    // "After …, Trump mocked her record, saying …": a participle takes the subject of the attitude
    // cue found only now.
    parseReportingVerbs(scan);
  }
  // Cues read in a sense that reports nothing ("maintains a lead", "reported from Denver", "the
  // account Trump retweeted was …", cue-sense.ts) go before the steps that read the other
  // attributions (continuations, clipping at other cues): they are no attributions to those either.
  const cued = scan.found.filter((a) => !isMisreadCue(a, scan.text));
  scan.found.splice(0, scan.found.length, ...cued);
  inheritSpeakers(scan);
  // (An interview's answer after the writer's question, a quotation after a sentence about one person,
  // refiners/thread-quotations.ts; then their own continuations.)
  speakThreadQuotations(scan);
  inheritSpeakers(scan);
  clipAtOtherCues(scan);
  // ("…, Lund told investigators": a trailing credit no parser read, refiners/trailing-credit.ts.)
  clipTrailingCredits(scan);
  // ("… entering the country AP Photo/Edgar H. Clemente": a caption's credit, refiners/photo-credit-tail.ts.)
  clipPhotoCreditTails(scan);
  // ("…, two officials said, speaking on condition of anonymity because …": the terms, refiners/anonymity-terms.ts.)
  clipAnonymityTerms(scan);
  clipAtNewSubjects(scan);
  // ("While Roe said the fares were high, she kept them": the main clause is no part of it.)
  endSubordinateClauses(scan);
  splitCoordinatedCues(scan);
  clipAtParticiples(scan);
  dropParticiplesInContent(scan);
  endRelativeClauses(scan);
  // Credits, codes, adverbials and pronoun phrases read as speakers are dropped before they become
  // entities, and so are contents that are only a date ("…, as the Courier reported last week") and
  // positions that are only a place or a time ("Clinton celebrated in Florida": an act, no stance)
  // or only the statement put out ("the mayor issued a statement on Friday": its words come elsewhere).
  // A position in a defining relative clause ("voters who want a new pier") tells which people are
  // meant, not what anyone holds: defining-relative.ts.
  // (An unquoted content of a lone particle or adverb, "kept pushing back", or a preposition and one
  // word, "responded with scorn", is no statement either: stray-word-content.ts. Nor is one that opens
  // with "and"/"but" and no verb, "sued, and an out-of-court settlement …": coordinator-content.ts.)
  const dates = [...ctx.dates].sort((x, y) => x.start - y.start);
  // ("…, echoing experts who say": a participle clause read as the subject; its object speaks, or no one.)
  const readable = scan.found.filter((a) => {
    if (!a.speaker) return true;
    const reading = readParticipleClause(a.speaker, scan.text);
    if (reading.kind === 'object') a.speaker = reading.speaker;
    // ("The board released a statement saying": the clause's subject speaks, not its whole text.)
    const subject = reading.kind === 'none' ? clauseSubject(a.speaker, scan.text, a.cue, a.cueStart) : null;
    if (subject) a.speaker = subject;
    return reading.kind !== 'drop';
  });
  const kept = readable.filter((a) =>
    (!a.speaker || !isNotASource(a.speaker, a.attitude ?? false, scan.text, a.cueStart, a)) && !isDateOnly(scan.text, a.start, a.end, dates)
    // ("our survey revealed …" in the writer's narration: the page's own work, refiners/writers-own-work.ts.)
    && !(a.speaker && isWritersOwnWork(scan, a.speaker, a.block))
    // ("Five policies announced in the King's Speech": a statement whose content is one short phrase of
    // where or when, and no clause, is a headline's passive, no saying, circumstance-content.ts.)
    && !(!a.direct && (isGreetingOnly(a.cue, a.text) || isStrayWordContent(a.text) || isCoordinatedNonVerb(a.text) || isCircumstanceStatement(a.cue, a.text)))
    // ("she said as she left the court": an "as" clause after the cue tells when, not what, while-clause-content.ts.)
    && !(!a.direct && isWhileClauseAfterCue(scan.text, a.cue, a.cueStart, a.start, a.text))
    // (A reference list's entry cites a work; its title says nothing of anyone's.)
    && !inCitationLine(scan.text, a.cueStart >= 0 ? a.cueStart : a.start)
    && !(a.attitude && (isCircumstanceOnly(a.cue, a.text) || isProducedStatementOnly(a.cue, a.text) || inDefiningRelative(scan.masked, a.cueStart))));
  scan.found.splice(0, scan.found.length, ...kept);
  // ("critical of Republicans who say …": the speaker's text loses the words that link it to its clause.)
  trimSpeakers(scan.found, scan.text);
  // ("the U.S. Agency for International Development’s support": the tail of a body's name takes the whole, whole-name.ts.)
  takeWholeBodyNames(scan.found, scan.text);
  // ("Residents of Ha Tuke, Mechaling and Mokotane say": the plural noun speaks, not its list's tail, list-tail.ts.)
  takeListHolders(scan.found, scan.text);
  // ("Her own research indicates …": the words or work a pronoun owns are its person's, refiners/possessed-words.ts.)
  ownersOfPossessedWords(scan.found);
  const mentions = findMentions(scan);
  // (The kinds of named speakers first: "he" is never the publisher "Arcade", refiners/settled-kinds.ts.)
  const entities = resolveSpeakers(scan, scan.found, mentions, bodyNamesOfSpeakers(scan.text, scan.found, mentions));
  mergeAliases(entities, scan.found, firstFullNames(mentions));
  refineEntities(scan, entities, mentions, ctx.meta.publishers);
  // ("Harbour Point: Two more boats sink …": a headline's topic before the colon, no speaker, refiners/headline-topics.ts.)
  const resolved = dropHeadlineTopics(scan.found, entities, mentions, scan.text).filter((a) => a.entity !== undefined);
  for (const a of resolved) a.entity = finalEntity(entities, a.entity!);
  // (A share of respondents inside an opening survey's finding is the survey's: refiners/shares-in-survey.ts.)
  // The learned check runs on what dedupe kept, so it judges exactly the quotes it was trained on.
  const checked = checkQuotes(dedupe(dropStatementsInOthersStatements(dropPositionsInOthersStatements(dropSharesInSurveys(resolved), scan.text), scan.text), scan.text, options.keepRepeats ?? false), entities, scan.blocks, options.quoteCheck, scan.text);
  // (The sheet's label only, after the quote check, whose features read the kinds as coreference left them.)
  pluralGroupsAsAnonymous(entities, pluralHeads(scan.masked), scan.masked);
  bareNounsAsAnonymous(entities);
  // ("the tweeter", "a film producer", "the teen": people by their noun's shape, refiners/people-nouns.ts.)
  peopleNounsAsAnonymous(entities, checked);
  // ("the authors of the study": a plural of people is a group, refiners/people-nouns.ts.)
  pluralPeopleAsAnonymous(entities);
  // ("CBS News' Ann Lindqvist": a person owned by an outlet, refiners/owned-person-names.ts.)
  ownedNamesAsPersons(entities);
  // ("the Republican", "Japanese": a party's or a people's word names nobody, refiners/group-words.ts.)
  groupWordsAsAnonymous(entities);
  // (A one-word "organisation" whose quotations say "I" is a person: refiners/first-person-speakers.ts.)
  firstPersonSpeakersAsPersons(entities, checked, scan.text);
  // ("Tove Arnesen said …", then "Tove added …": one person, listed once, refiners/opening-name-word.ts.)
  mergeOpeningNameWords(entities, scan.text);
  // ("USSF" beside "U.S. Soccer Federation": one body, listed once, refiners/body-second-names.ts.)
  mergeBodySecondNames(entities);
  return buildSources(entities, checked, ctx.meta.authors);
}
