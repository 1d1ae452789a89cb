// "Users can also see how the sample compares", "relatives can turn to the centre", "visitors were
// unable to tell the accents apart": a cue after "can", "could" or "(un)able to" tells what someone is
// able to do, not a view they hold or a step they take. (A refusal stays: "couldn't confirm the
// reports", "cannot support the bill" are answers given, so the negated modal is not read here. So
// does a judgement in a clause of its own: "anyone can see the plan is a mess".)

const ABILITY_BEFORE = /(?<![\p{L}'\u2019-])(?:can|could|(?:un)?able\s+to)\s+(?:(?:also|still|only|now|then|even|\p{Ll}+ly)\s+)?$/iu;
/** A content that is a clause with its own verb ("the plan is a mess"), not a question ("how late it runs"). */
const CLAUSE_AFTER = /^\s+(?:that\s|(?!how\b|what\b|which\b|whether\b|if\b|when\b|where\b|why\b)(?:[\p{L}'\u2019-]+\s+){1,4}(?:is|are|was|were|has|have|had|will|would)\s)/iu;

/** True when `lead`, the text right before a cue, ends with a modal or adjective of ability and `after` is no clause of its own. */
export function isAbilityModal(lead: string, after: string): boolean {
  return ABILITY_BEFORE.test(lead) && !CLAUSE_AFTER.test(after);
}
