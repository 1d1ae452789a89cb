// "a deadline that county officials said went unnoticed", "a finish that he said defied the polls":
// in a relative clause the relative pronoun may stand for the subject of the clause that a verb of
// saying or thinking reports. The reported clause then opens straight with its own verb, and that
// verb need not be an auxiliary ("said was", "say would" are read in `clause.ts`): a past form says
// the same. Only after verbs of saying and thinking: "a bill that critics opposed passed" has a verb
// whose own object is gapped; its content is the bill.
// (A verb in -s, "a gap that experts say renders the wall useless", is left out: after "say" it is
// as often a plural noun opening the reported clause, and on PolNeAR it paid one item on train for
// one extra on dev. A base form, "laws that some say target farmers", is a noun as often.)

import { IRREGULAR_PAST_FORMS } from './main-clause-subject';

/** Verbs of saying and thinking whose reported clause may lose its subject to a relative pronoun. */
const REPORTING = /^(?:say|says|said|believe|believes|believed|think|thinks|thought|hope|hopes|hoped|expect|expects|expected|claim|claims|claimed|argue|argues|argued|fear|fears|feared|predict|predicts|predicted|estimate|estimates|estimated|insist|insists|insisted|contend|contends|contended|suspect|suspects|suspected|allege|alleges|alleged|suggest|suggests|suggested|worry|worries|worried|warn|warns|warned)$/i;
/** The cue word, an optional adverb, then the next word. */
const AFTER_CUE = /^(\S+)\s+(?:(?:also|now|still|never|only|once|probably|likely)\s+)?(\p{Ll}[\p{Ll}'\u2019-]*)(?=[\s,.;:!?]|$)/u;
/** A regular past form: "defied", "improved" (not "need", "seed": a double "e" before the "d"). */
const PAST = /^\p{Ll}{2,}(?<!e)ed$|^\p{Ll}+ied$/u;
/** Irregular pasts that are also verbs of saying or finding, which take their own object: "said told them". */
const NOT_A_GAP = /^(?:told|found|felt|saw)$/;

/** Whether the verb of saying or thinking at `cue` is followed straight by a past form: "said went", "says led". */
export function lexicalGapAfterCue(masked: string, cue: number): boolean {
  const m = AFTER_CUE.exec(masked.slice(cue, cue + 60));
  if (!m || !REPORTING.test(m[1]!)) return false;
  const verb = m[2]!;
  return (PAST.test(verb) || IRREGULAR_PAST_FORMS.test(verb)) && !NOT_A_GAP.test(verb);
}
