// "The province declared a state of emergency", "declared martial law", "the firm declared
// bankruptcy": declaring such a state puts it in force. That is an act of office, not a statement
// or a view held, and the page reports what was done; what the declarer thinks comes, if at all, in
// what it says. (Declaring words stays a statement: "declared that the pier was safe", "declared
// victory", "declared his candidacy"; so does "declared war on …", which PolNeAR train marks as an
// attribution.)

const DECLARE = /^(?:declare|declares|declared|declaring)$/i;
/** A state put in force, after an optional article and adjectives: a closed class. */
const STATE = /^\s*(?:(?:a|an|the)\s+)?(?:(?:national|nationwide|statewide|local|regional|public|health|climate|federal|partial|full|total|formal|official|new|three-day|\d+-day)\s+)*(?:state\s+of\s+(?:emergency|disaster|calamity|siege|alert)|(?:emergency|disaster|curfew|lockdown|drought)\b(?!\s+(?:that|over)\b)|martial\s+law|bankruptcy|independence|(?:a\s+)?day\s+of\s+mourning|ceasefire|truce)/i;

/** True when the cue is "declare" with a state put in force for its object. */
export function isDeclaredState(cue: string | null, rest: string): boolean {
  return cue !== null && DECLARE.test(cue.trim()) && STATE.test(rest);
}
