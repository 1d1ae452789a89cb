// "The app lets users highlight a form's data", "the tool helps teams decide which …": a cue in the
// bare infinitive after "let" or "help" and its object tells what a product or a rule makes
// possible, not a view the object holds or a step it takes; read as a position, its holder became
// the phrase "Acme AI lets users". (Only the present and the gerund: "helped her decide to run" tells
// of one decision taken. "allows riders to …" is controlled-infinitive.ts's.)

/** "lets users ", "helps small teams ", "helping them to ": the causative, its object, the verb's slot. */
const ENABLING_BEFORE = /(?<![\p{L}'\u2019-])(?:let|lets|letting|help|helps|helping)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){1,4}(?:to\s+)?$/iu;

/** True when `lead`, the text right before a cue, ends with "let" or "help" and its object. */
export function isEnabledAction(lead: string): boolean {
  return ENABLING_BEFORE.test(lead);
}
