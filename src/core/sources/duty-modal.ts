// "MPs are supposed to declare gifts", "firms are required to report their emissions", "members
// have to declare any interest": a cue after a verb of duty tells what a rule asks of someone, not a
// view they hold nor words they gave. The rule is the writer's (or a law's); its subject, often a
// whole class of people, holds no position by it.
// (Not "had to": "she had to admit the plan failed" says she did admit it. Not a first person, "I
// have to say …", whose duty is a way of saying it. Not "expected to": a forecast of what will be said.)

const DUTY_BEFORE = /(?<![\p{L}'\u2019-])(?:(?:is|are|was|were|be|been|being)\s+(?:not\s+|also\s+|now\s+|still\s+|legally\s+|formally\s+)?(?:supposed|required|obliged|obligated|compelled|mandated|forced)|(?<!\b(?:i|we|I|We)\s)(?:have|has))\s+to\s+(?:(?:also|still|only|now|then|first|\p{Ll}+ly)\s+)?$/u;

/** True when `lead`, the text right before a cue, ends with a verb of duty and its "to". */
export function isDutyModal(lead: string): boolean {
  return DUTY_BEFORE.test(lead);
}
