// Cues read in a sense that reports nothing, each check in its own file; this one asks them all of
// an attribution, before its speaker becomes an entity. The verb keeps rather than claims ("maintains
// a wide lead"), says where a writer works ("reported from Denver"), gives the reason a source is not
// named ("anonymity to discuss …"), is no verb at all ("the union's lobbying arm"), is a phrasal verb
// of an act ("showed up", "backed down"), gives a name ("what he calls …"), is the verb of a relative
// clause inside the subject ("the account Trump retweeted was …"), speaks before a gathering
// ("addressed the convention"), tries a thing ("tried a new approach"), is the noun "state" ("most
// state parties"), founds something ("founded a firm"), is a participle inside the subject ("a poll
// released Sunday is …"), locates a thing ("found them during the search"), adds to something
// ("added to his lead"), is a noun with the verb after it ("SPH shares closed flat"), casts a ballot
// that names no choice ("voters cast ballots in five states"), is an adjective between a number and
// its noun ("leads by 270 pledged delegates"), is the preposition "compared to", finds something
// out ("to see how it works"), tells an attempt as background ("has been trying to …") or only
// when a choice was made ("voters who decided late"), sees an event happen ("saw its support
// fall"), enters a plea in court ("pleaded guilty"), signs an instrument ("signed the bill"), puts a
// state in force ("declared a state of emergency") or is a passive that raises its topic ("the
// tanker was reported to be empty"), tells its subject to act ("residents urged to stay home") or
// views or names its subject ("a state seen as critical", "the plan was criticized as wasteful"), or
// goes on doing what an infinitive says ("continue to search the debris"), or is a plural noun
// heading the subject, with a phrase and the subject's verb after it ("Tide Engine releases of a branch are …").

import { isAddingTo } from './adding-to';
import { isAddressedGathering } from './address-gathering';
import { isAnonymityPurpose, isAnonymityWish } from './anonymity-purpose';
import { isAttemptWithObject } from './attempt-object';
import { isCourtPlea } from './court-plea';
import { isContinuedAct } from './continued-act';
import { isBackgroundAttempt } from './background-attempt';
import { isBallotWithoutChoice } from './ballot-without-choice';
import { isBylineOnly } from './byline-content';
import { isCharacterizedPassive } from './characterized-passive';
import { isComparisonPreposition } from './comparison-preposition';
import { isDatedParticiple } from './dated-participle';
import { isFoundingAct } from './founding-act';
import { isFindingOut } from './finding-out';
import { isKeptNotClaimed } from './kept-not-claimed';
import { isLocatingFind } from './locating-find';
import type { Attribution } from './model';
import { isModifierAfterPossessive, isModifierAfterQuantity } from './modifier-cue';
import { isNamingCall } from './naming-call';
import { isNounBeforeVerb } from './noun-before-verb';
import { isNounHeadOfPhrase } from './noun-head-phrase';
import { isRelativeAfterNoun } from './relative-after-noun';
import { isPassiveReport } from './passive-report';
import { isOrderedPassive } from './ordered-passive';
import { isNounState } from './noun-state';
import { isPhrasalAct } from './phrasal-act';
import { isRelativeInSubject } from './relative-in-subject';
import { isSeenEvent } from './seen-event';
import { isSignedInstrument } from './signed-instrument';
import { isDeclaredState } from './declared-state';
import { isTimedDecision } from './timed-decision';

/** Readers of nouns, whose cue after a possessive is the noun itself ("Graham's backing of Cruz"). */
const NOUN_READERS = new Set(['sources/noun-cue', 'sources/possessive-stance', 'sources/stance-noun']);

/** True when the attribution's cue, in this sentence, reports no statement and no position. */
export function isMisreadCue(a: Attribution, text: string): boolean {
  if (a.direct) return false;
  if (isAnonymityPurpose(text, a.cueStart) || isAnonymityWish(a.text)) return true;
  if (!NOUN_READERS.has(a.extractor) && isModifierAfterPossessive(text, a.cue, a.cueStart)) return true;
  if (isModifierAfterQuantity(text, a.cue, a.cueStart)) return true;
  if (isBackgroundAttempt(text, a.cue, a.cueStart)) return true;
  // The object readings look at a content that follows its cue ("…, Blackwell maintains." is a claim).
  if (a.start < a.cueStart) {
    // (Save an attempt read with its object before it, "the things he has tried": the gap is a noun
    // phrase unless an infinitive follows the cue, as in "the levy she tried to block".)
    return a.cue !== null && isAttemptWithObject(a.cue, text.slice(a.cueStart + a.cue.length, a.cueStart + a.cue.length + 80));
  }
  // (A particle makes a phrasal verb, and a finite verb opens the main clause, only right after the
  // cue: "showed up", "the account Trump retweeted was …"; not "showed, up close, …", "said that was …".)
  const adjacent = a.cue !== null && /^\s{1,2}$/.test(text.slice(a.cueStart + a.cue.length, a.start));
  // (What the object checks read is all that follows the cue, so that a content read past an
  // adjunct, "tried, as before, to …", is still judged by its verb's complement.)
  const afterCue = a.cue === null ? a.text : text.slice(a.cueStart + a.cue.length, a.end);
  return isKeptNotClaimed(a.cue, a.text) || isBylineOnly(a.cue, a.text) || isNamingCall(text, a.cue, a.cueStart)
    || isAddressedGathering(a.cue, a.text) || isAttemptWithObject(a.cue, afterCue)
    || isNounState(a.cue, afterCue) || isFoundingAct(text, a.cue, a.cueStart) || isDatedParticiple(a.cue, afterCue)
    || isLocatingFind(a.cue, afterCue) || isAddingTo(a.cue, afterCue) || isBallotWithoutChoice(a.cue, afterCue)
    || isComparisonPreposition(a.cue, afterCue) || isFindingOut(text, a.cue, a.cueStart, afterCue)
    || isTimedDecision(a.cue, afterCue) || isSeenEvent(a.cue, afterCue) || isCourtPlea(a.cue, afterCue)
    || isSignedInstrument(a.cue, afterCue) || isDeclaredState(a.cue, afterCue) || isPassiveReport(text, a.cue, a.cueStart, afterCue) || isOrderedPassive(a.cue, afterCue)
    || isContinuedAct(a.cue, afterCue)
    // (Its "by" agent, read after the cue, does hold the view: "seen by voters as …".)
    || ((!a.speaker || a.speaker.end <= a.cueStart) && isCharacterizedPassive(text, a.cue, a.cueStart, afterCue))
    || (a.cue !== null && text.startsWith(a.cue, a.cueStart) && isNounBeforeVerb(a.cue, text.slice(a.cueStart + a.cue.length)))
    || (!NOUN_READERS.has(a.extractor) && a.speaker !== null && a.speaker.end <= a.cueStart
      && isNounHeadOfPhrase(a.cue, a.speaker.text, text.slice(a.speaker.end, a.cueStart),
        text.slice(Math.max(0, a.speaker.start - 40), a.speaker.start), text.slice(a.cueStart + (a.cue?.length ?? 0))))
    || (a.cue !== null && isRelativeAfterNoun(a.extractor, text.slice(a.cueStart + a.cue.length, a.start), a.text))
    || (adjacent && (isPhrasalAct(a.cue, a.text) || isRelativeInSubject(a.cue, a.text)));
}
