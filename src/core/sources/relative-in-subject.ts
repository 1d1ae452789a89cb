// "The account Trump retweeted was set up as a trap", "One label Rubio resists is the one …", "what
// he is proposing is unrealistic": when the words right after the cue open with a finite verb, the
// cue is the verb of a relative clause inside the subject, and that finite verb is the main
// clause's. The cue's object is the subject noun itself; the words after it say something about
// that noun, not what the cue's subject said or holds.
// Verbs of saying and thinking are left alone: they let the subject of their own clause be the one
// extracted ("names he said would be released", "a tactic Democrats hope will work"), and then the
// words after them are their content. So are cues with a particle of topic ("talking about",
// "referring to"): "the judge he was referring to is Curiel", "the tough love she was talking about
// was the energy …" name after the copula the very topic the cue is about.

/** A finite verb or modal opening the content. */
const FINITE_FIRST = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|remains|remained|seems|seemed|appears|appeared|becomes|became)\b/i;
/** Verbs of saying, thinking and finding, whose clause may lose its subject to a relative. */
export const SAYING_OR_THINKING = /^(?:sa(?:y|ys|id|ying)|tell(?:s|ing)?|told|think(?:s|ing)?|thought|believ\w*|hop(?:e|es|ed|ing)|expect\w*|claim\w*|argu\w*|estimat\w*|doubt\w*|know(?:s|n|ing)?|knew|speculat\w*|not(?:e|es|ed|ing)|explain\w*|suggest\w*|insist\w*|contend\w*|fear\w*|predict\w*|worr\w*|assum\w*|guess\w*|suspect\w*|feel(?:s|ing)?|felt|warn\w*|assert\w*|consider\w*|deem\w*|find(?:s|ing)?|found|show(?:s|n|ed|ing)?|report\w*|stat(?:e|es|ed|ing)|add(?:s|ed|ing)?|describ\w*|call(?:s|ed|ing)?|refer\w*|imagin\w*|wish\w*|want\w*|alleg\w*|acknowledg\w*|conclud\w*|recall\w*|admit\w*|conced\w*|realiz\w*|understand\w*|understood|remember\w*|indicat\w*|project\w*|forecast\w*|calculat\w*|point(?:s|ed|ing)? out)$/i;

/** True when the content right after the cue opens with a finite verb and the cue is no verb of saying or thinking. */
export function isRelativeInSubject(cue: string | null, content: string): boolean {
  const verb = cue?.trim() ?? '';
  if (!verb || /\s/.test(verb) || SAYING_OR_THINKING.test(verb)) return false;
  return FINITE_FIRST.test(content.trimStart());
}
