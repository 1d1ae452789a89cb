// "Mayor Falk tried a new approach", "the agency has tried a range of sensors", "she tried on the
// hat", "he tried offering a truce": with a noun phrase, a particle or a gerund after it, "try" is
// an attempt, an act that holds no position. Only an intention stated as a to-infinitive ("tried to
// block the bill", "is trying hard to win back voters", "tried a second time to sell the plot")
// keeps the reading of what the subject wants.

const TRY = /^(?:try|tries|tried|trying)$/i;
/** Words that may stand between "try" and its infinitive: adverbs, a time, an occasion. */
const ADVERBIAL = /^(?:,[^,;.]{1,40},|[\u2014\u2013-][^\u2014\u2013,;.-]{1,40}[\u2014\u2013-]|\p{Ll}+ly|not|never|also|even|still|just|only|again|once|twice|here|there|hard|instead|now|then|first|at\s+first|in\s+vain|once\s+(?:more|again)|(?:a|the)\s+(?:first|second|third|fourth|last|final|next)\s+time|(?:last|this|next|that)\s+(?:week|month|year|night|weekend|morning|evening|spring|summer|fall|autumn|winter|\p{Ll}+day)|(?:on\s+)?\p{Lu}\p{Ll}+day|today|yesterday|tonight|(?:for|in|over)\s+(?:years|months|weeks|days|decades))(?=\s|,|$)\s*,?\s*/u;
const INFINITIVE = /^to\s+\p{Ll}/u;

/** True when the cue is "try" and what follows it is no to-infinitive: the thing tried, an act. */
export function isAttemptWithObject(cue: string | null, content: string): boolean {
  if (!cue || !TRY.test(cue.trim())) return false;
  let rest = content.trimStart();
  // (At most four adverbials: "tried again here last week to …".)
  for (let i = 0; i < 4; i++) {
    const m = ADVERBIAL.exec(rest);
    if (!m || !m[0]) break;
    rest = rest.slice(m[0].length);
  }
  return !INFINITIVE.test(rest);
}
