// A double hyphen between spaces (" -- ") is how plain-text and wire copy type a dash: "Kall --
// co-editor of a book on the debates -- said …". The readers know the dash (U+2014) as a
// separator of asides and clauses; they read the double hyphen as the same, in the masked text
// only (same length, so every offset still points into the original text).

const DOUBLE_HYPHEN = / -- /g;
// The dash, then a space to keep the length: " -- " (4) becomes " \u2014  " (4).
const AS_DASH = ' \u2014  ';

export function readDoubleHyphensAsDashes(masked: string): string {
  return masked.includes(' -- ') ? masked.replace(DOUBLE_HYPHEN, AS_DASH) : masked;
}
