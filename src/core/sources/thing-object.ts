// A verb of saying used as an act: its object is a thing made, placed, given or counted, not a
// thing said: "wrote a commentary for the paper", "posted the reading list on his page", "added
// another title to his resume", "denied Ruiz a hearing". Such a verb reports nothing; a clause
// after it ("posted the video was fake") or a noun of a thing said ("wrote a letter to …", "posted a
// statement") keeps it a verb of saying. Each verb has its own shape of act, kept only where PolNeAR
// train leaves it unmarked most of the time: it does mark "announced his candidacy", "reported a
// 2.8 percent jobless rate", "tweeted their approval", "wrote an op-ed urging …", "posted the
// following picture", so those verbs and shapes stay statements.

import { SAID_NOUN } from './act-object';
import { DOCUMENT_NOUNS } from './lexicon';
import { IRREGULAR_PAST_FORMS } from './main-clause-subject';
import { DAY_OR_MONTH } from './time-names';
import { NAME_WORD_START } from './name-word';

/** What opens a noun phrase: a determiner, a possessive, a number or an amount. */
const NOUN_PHRASE = /^\s+(?:a|an|the|another|his|her|their|its|our|my|your|some|several|two|three|four|five|\d[\d,.]*|\$\s?[\d,.]+)\s+\S/i;
/** A count opening the object: "381 permits", "two hostages", "thousands of visas". */
const COUNT = /^\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\s+\S/i;
/** Records a count may hold, information put out: "releases two indicators of spending", "issued three reports". */
const RECORD_WORD = /^(?:indicators?|measures?|readings?|figures?|numbers?)$/;
const countsRecords = (rest: string): boolean => words(rest).slice(1, 4).some((w) => {
  const word = w.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return RECORD_WORD.test(word) || DOCUMENT_NOUNS.has(word) || DOCUMENT_NOUNS.has(word.replace(/s$/, ''));
});
/** "posted the following picture": a thing pointed at ahead is what was said. */
const FOLLOWING = /^\s+(?:the|a|an)\s+following\b/i;
/** The first "to" after the object, then a place or a person: "added another title to his resume". */
const FIRST_TO = /^[^\uE000;:]*?\sto\s+(\S+)/;
const TO_PLACE = new RegExp(String.raw`^(?:the|a|an|his|her|their|its|our|my|your|this|that|${NAME_WORD_START}[\p{L}'\u2019-]*)$`, 'u');
/** The first preposition after the object: "wrote a commentary for the paper". */
const FIRST_PREPOSITION = /^\s+(?:\S+\s+){1,5}?(for|on|to|in|about|that|of|from|at|with)\s/;
/** "denied Ruiz a hearing", "denied him a vote": the person, then the thing withheld. (Not a day
 * or a month: "denied Friday any role in it" denies what was claimed.) */
const DOUBLE_OBJECT = new RegExp(String.raw`^\s+(?:him|her|them|(?!${DAY_OR_MONTH}\b)${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3})(?:,[^,;:\uE000]{1,80},)?\s+(?:a|an|the|any)\s+\S`, 'u');
/** Words that make a clause of what follows: an auxiliary, a complementiser (not "that of"). */
const CLAUSE_WORD = /^(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do|be|been|being|isn['\u2019]t|wasn['\u2019]t|won['\u2019]t|didn['\u2019]t|doesn['\u2019]t|if|whether|because)$/i;
/** A verb in the past: a regular "-ed" or an irregular form. */
const PAST = /^\p{Ll}{2,}ed$/u;

/** Where the object's clause ends: a semicolon, a dash, or a comma before a clause of its own ("…, and it was …"). */
const CLAUSE_END = /[;\u2014\u2013]|\s-\s|,\s+(?:and|but|which|who|while|as|after|before|when|saying|adding)\b/;
const ownClauseEnd = (rest: string): number => CLAUSE_END.exec(rest)?.index ?? rest.length;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Whether the words after a cue (the masked text to the sentence's end) hold a verb of their own. */
function hasClause(rest: string): boolean {
  const list = words(rest.slice(0, ownClauseEnd(rest)));
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!.replace(/[^\p{L}'\u2019]/gu, '');
    if (CLAUSE_WORD.test(w)) return true;
    if (/^that$/i.test(w) && !/^of$/i.test(list[i + 1] ?? '')) return true;
    // (Not right after a determiner: "the revised plan" is a noun phrase.)
    if ((PAST.test(w) || IRREGULAR_PAST_FORMS.test(w)) && i > 1) return true;
  }
  return false;
}

/** Whether the first words of the object name a thing said ("a letter", "a statement"). */
const saysSomething = (rest: string): boolean => SAID_NOUN.test(words(rest).slice(0, 5).join(' '));

/** The shape of object that makes each verb an act. */
function actShape(cueWord: string, rest: string): boolean {
  // "denied Ruiz a hearing": giving and withholding.
  if (/^den(?:y|ies|ied|ying)$/.test(cueWord)) return DOUBLE_OBJECT.test(rest);
  if (!NOUN_PHRASE.test(rest) || saysSomething(rest)) return false;
  // "added another title to his resume": putting a thing somewhere.
  if (/^add(?:s|ed|ing)?$/.test(cueWord)) return TO_PLACE.test(FIRST_TO.exec(rest)?.[1] ?? '');
  // "posted a photo of the crowd", "posted the list on his page": putting a thing up.
  if (/^post(?:s|ed|ing)?$/.test(cueWord)) return !FOLLOWING.test(rest);
  // "issued 381 permits", "released two hostages": a count of things handed out (a count of things
  // said, "released two statements", stays a saying above).
  if (/^(?:issue|issues|issued|issuing|release|releases|released|releasing)$/.test(cueWord)) return COUNT.test(rest) && !countsRecords(rest);
  // "wrote a commentary for the paper", "wrote the foreword for a new book": writing a piece for a place.
  if (/^(?:write|writes|wrote|writing)$/.test(cueWord)) return FIRST_PREPOSITION.exec(rest)?.[1] === 'for';
  return false;
}

/** True when `rest` (masked, from the cue's end to the sentence's end) is a thing the cue acts on, not a thing said. */
export function isThingObject(cueWord: string, rest: string): boolean {
  return actShape(cueWord, rest) && !hasClause(rest);
}
