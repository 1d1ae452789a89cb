// "“…,” Trump said. He said, twice, that he was going back to work": a short aside between commas
// after the cue, then "that", is the cue's own clause, not an aside on the quotation before it. The
// sentence is a statement of its own; read as the quotation's bare attribution, its clause was lost.
// (Without the "that", "He said, smiling at the crowd." stays an attribution.)

const ASIDE_THEN_THAT = /^\s*,\s+[^,\uE000.!?;:]{1,60},\s+that\s/i;

/** Whether the text after a cue is an aside between commas and then a "that" clause. */
export function isAsideThenThat(afterCue: string): boolean {
  return ASIDE_THEN_THAT.test(afterCue);
}
