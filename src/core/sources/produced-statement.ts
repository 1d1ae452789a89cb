// A position whose content is only the statement its subject produced ("the mayor released a
// statement on Friday", "Ortiz gave a defiant speech in Tulsa", "the union issued the following
// statement:") is an act of putting words out, not a belief or a stance: the words themselves come
// elsewhere (after a colon, in the next paragraph, in a quotation), and that passage is the
// attribution. Only verbs that produce or deliver a text count, and only a content that is the
// container noun with nothing but a time, a place or an audience after it: "issued a statement
// saying …", "released a letter that …", "gave a speech about …" still say what was said. (A
// "message" is left out: it names the gist as often as the text, "delivered a hopeful message".)

/** Verbs of putting a text out: release, issue, sign, make, give, deliver, send, post, publish, read. */
const PRODUCING = /^(?:releas(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|sign(?:s|ed|ing)?|mak(?:e|es|ing)|made|giv(?:e|es|en|ing)|gave|deliver(?:s|ed|ing)?|send(?:s|ing)?|sent|post(?:s|ed|ing)?|publish(?:es|ed|ing)?|read(?:s|ing)?)$/i;
/**
 * The container alone, with up to three modifiers ("a formal statement", "an eight-hour floor
 * speech"), then at most an adjunct of time, place or audience ("on Saturday night", "to
 * reporters", "in Tulsa", "Thursday").
 */
const CONTAINER_ONLY = /^(?:(?:the|a|an|his|her|their|its|our|this|another)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:statements?|speech(?:es)?|remarks|address|interviews?|(?:news|press)\s+conferences?|conference\s+calls?|tweets?|letters?)(?:\s+(?:on|at|in|to|during|before|after|from|via|with|through|late|early|last|this|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)\b[^]*)?$/iu;
/** What makes the content say something after all: a clause, a topic, a participle of saying, a quotation. */
// (An -ing word is a participle of saying, "calling", "urging", unless it names a time or an event.)
const SAYS_SOMETHING = /\b(?:that|which|who|whether|about|of|on\s+(?:the\s+)?(?:subject|issue|topic|matter|question)|aimed|titled|(?!(?:morning|evening|during|following|meeting|briefing|hearing|gathering|building|opening|closing)\b)\p{Ll}{2,}ing)\b|["“”:]/iu;

/** True when a position's content is only a statement its subject put out, with when, where or to whom. */
export function isProducedStatementOnly(cue: string | null, content: string): boolean {
  if (!cue || !PRODUCING.test(cue.trim())) return false;
  const text = content.trim().replace(/[.,;]+$/, '');
  return CONTAINER_ONLY.test(text) && !SAYS_SOMETHING.test(text);
}
