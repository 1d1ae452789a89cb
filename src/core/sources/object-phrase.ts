// Where a noun phrase that is a cue's object ends: "attacked Machado in early-morning tweets on
// Friday" → "Machado in early-morning tweets"; "made the reference Monday as he discussed …" → "the
// reference"; "has been critical of Trump since they both …" → "Trump". A stance toward someone or
// something has that object as its content (PolNeAR annotates it so, with all the phrase's own
// modifiers: "restrictions on foreign media ownership", "the 1994 crime bill, which put …"); what
// follows it — a time, a subordinate clause, a second predicate — is the circumstance, not what is
// believed or attacked. Words only, no tagger: the phrase runs to the first word that plainly
// opens an adjunct; anything less plain leaves the content whole.

/** Conjunctions that open a subordinate clause after the object ("as" only before a pronoun). */
const SUBORDINATOR = /^(?:since|when|while|because|although|though|until|unless|whereas|as\s+(?:he|she|they|we|i|it)\b)/i;
/** Time adverbs and phrases: "Monday", "this week", "on Friday", "during the debate". */
const TIME = /^(?:yesterday|today|tonight|tomorrow|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|during|amid|(?:this|last|next)\s+(?:week|weekend|month|year|night|morning|afternoon|evening|summer|spring|fall|autumn|winter)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
/** A complement after the object ("thanked Trump for backing …", "saw it as a dig"): the rest belongs. */
const COMPLEMENT = /^(?:for|to|as|into|with|of|from|against|over)$/i;
/** The words a content must start with to be an object noun phrase at all (not "that …", "to …"). */
const NOT_AN_OBJECT = /^(?:that|to|whether|if|what|why|how|when|where|who|which|he|she|they|we|i|it|there|about|for|on|of|with|in|at|as|by|into|from)\b/i;
const WORD = /[\p{L}\p{N}'\u2019.-]+|[^\s\p{L}\p{N}]/gu;

/**
 * The end of the object noun phrase that opens `masked[start, end)`, or `end` when the content is
 * no noun phrase (a clause, an infinitive, a quotation) or runs to the end without a plain adjunct.
 */
export function objectEnd(masked: string, start: number, end: number): number {
  const span = masked.slice(start, end);
  const lead = span.trimStart();
  if (!lead || NOT_AN_OBJECT.test(lead) || /^[\uE000"“‘']/.test(lead)) return end;
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(span); m; m = WORD.exec(span)) {
    const token = m[0];
    const lower = token.toLowerCase();
    const at = start + m.index;
    const rest = span.slice(m.index);
    if (words > 0) {
      if (COMPLEMENT.test(lower)) return end;
      if (SUBORDINATOR.test(rest) || TIME.test(rest)) return at;
      // ", calling her …", "… and called for …": a participle or a second verb is a new predicate.
      if (token === ',' && /^,\s+\p{Ll}+ing\b/u.test(rest)) return at;
      if ((lower === 'and' || lower === 'but') && /^\p{L}+\s+(?:also\s+|then\s+|later\s+)?\p{Ll}{3,}ed\b/u.test(rest)) return at;
      // A finite verb of its own makes the content a clause: "… the deal is dead" is not an object.
      if (/^(?:is|was|are|were|has|had|have|will|would|could|can|should|did|does|do|may|might|must)$/.test(lower)) return end;
    }
    if (/[\p{L}\p{N}]/u.test(token)) words++;
  }
  return end;
}
