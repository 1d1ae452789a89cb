// A verb of viewing or naming in the passive, with "as" right after it: "the bill is seen as a
// test", "a state seen as critical for the campaign", "a lawyer appointed as deputy", "a woman
// later identified as Ada Lind", "the plan was criticized as wasteful". The phrase before the verb
// is what is viewed or named, not who views it, so it holds no position; whoever does ("seen by
// voters as …") is another reading's speaker. The active keeps its object between the verb and
// "as" ("voters see the bill as a test"), and the gap of a relative keeps its own subject before
// the verb ("what the writers described as …", "the pier the mayor described as …"), so neither
// is read here.

/** Participles of viewing, judging or naming that take "as" ("seen as", "criticized as", "listed as"). */
const CHARACTERIZING = /^(?:seen|viewed|regarded|considered|perceived|described|characteri[sz]ed|portrayed|painted|pitched|billed|branded|labell?ed|critici[sz]ed|denounced|praised|hailed|touted|dismissed|identified|listed|named|appointed|chosen|picked|known|recogni[sz]ed|treated|framed)$/i;
/** A form of "be", with at most two adverbs after it ("was widely", "are both", "is often still"), right before the cue. */
const BE_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|'s|\u2019s|'re|\u2019re)\s+(?:(?:\p{Ll}+ly|also|both|all|still|now|often|later|long|already|once|even|not|never)\s+){0,2}$/u;
/** Adverbs that may stand between a reduced relative's noun and its participle ("a woman later identified"). */
const ADVERB = /^(?:\p{Ll}+ly|later|once|often|also|long|now|still)$/u;
/** Words that open a noun phrase. */
const DETERMINER = /^(?:a|an|the|this|that|these|those|another|one|its|his|her|their|our|my|your)$/i;
/** Words that may stand before the noun phrase of a reduced relative ("in a state seen as", "and a man seen as"):
 * after anything else, a relative word or a noun, the phrase is a relative clause's subject ("what the
 * writers described as", "the pier the mayor described as"). */
const BEFORE_PHRASE = /^(?:in|of|for|to|with|by|on|at|from|into|among|about|and|or|but|than|like|as|including)$/i;
/** A lower-case word of a noun phrase ("state", "12-employee", "business"). */
const COMMON_WORD = /^[\p{Ll}\d][\p{L}\d'\u2019-]*$/u;

/**
 * Whether the words before the cue are a short noun phrase the participle modifies: a determiner and
 * at most two words ("a state", "the bill", "a 12-employee business", "a Republican"), or at
 * the start of a clause a bare one ("People seen as …"), opening its clause or after a preposition.
 * A name after a common noun is a relative's subject ("the pier Lind described as").
 */
function isModifiedNounPhrase(before: string): boolean {
  const clause = before.split(/[.!?;:\u2014\u2013(\n"\u201c\u201d]|,\s/).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean);
  while (words.length && ADVERB.test(words[words.length - 1]!)) words.pop();
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const phrase = words.slice(words.length - n);
    const head = phrase[0]!;
    const rest = phrase.slice(1);
    // (A capitalised word after a common one is a name, the subject of a relative: "the pier Lind".)
    const firstCommon = rest.findIndex((w) => COMMON_WORD.test(w));
    if (firstCommon >= 0 && !rest.slice(firstCommon).every((w) => COMMON_WORD.test(w))) return false;
    if (DETERMINER.test(head)) {
      if (rest.length === 0) return false;
      const prior = words[words.length - n - 1];
      return prior === undefined || BEFORE_PHRASE.test(prior);
    }
    // (A bare noun phrase opening its clause: "People seen as likely disrupters".)
    if (n === words.length && /^\p{Lu}\p{Ll}+$/u.test(head) && rest.length === 0 && words.length === 1) return true;
  }
  return false;
}

/** True when the cue at `cueStart` is a passive participle of viewing or naming with "as" right after it (`afterCue`). */
export function isCharacterizedPassive(text: string, cue: string | null, cueStart: number, afterCue: string): boolean {
  if (!cue || cueStart < 0 || !CHARACTERIZING.test(cue.trim()) || !/^\s+as\s/i.test(afterCue)) return false;
  const before = text.slice(Math.max(0, cueStart - 80), cueStart);
  return BE_BEFORE.test(before) || isModifiedNounPhrase(before);
}
