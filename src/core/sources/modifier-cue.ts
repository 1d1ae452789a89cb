// "the union's lobbying arm", "the senator's alleged donors", "her son's reassuring words": a word in
// -ing or -ed right after a possessive noun is an adjective or a noun of the possessed thing, not a
// verb, so it opens no statement or position. Only a plain possessive counts: a pronoun's "he's" and
// a contraction after a name ("Trump's hoping …" for "Trump is hoping") are verbs; a name's
// possessive is kept as a verb reading unless the word is a past participle ("Ruiz's planned
// levy"), which "is" or "has" before it would rarely drop from news copy.

/** A possessive word right before the cue: "union's ", "NRA's ", "Ruiz's ", "voters' ". */
const POSSESSIVE_BEFORE = /(?:^|[\s(])([\p{L}.&-]+)(?:['\u2019]s|s['\u2019])\s+$/u;
/** Words whose "'s" is "is" or "has": pronouns and the like. */
const CONTRACTING = /^(?:he|she|it|that|this|who|what|where|there|here|how|when|why|let|everyone|everybody|someone|somebody|nobody|no one|one)$/i;
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u;

/** True when the one-word cue at `cueStart` follows a possessive noun and so modifies the next word. */
export function isModifierAfterPossessive(text: string, cue: string | null, cueStart: number): boolean {
  const word = cue?.trim() ?? '';
  if (!PARTICIPLE.test(word)) return false;
  const m = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, cueStart - 40), cueStart));
  if (!m) return false;
  const owner = m[1]!;
  if (CONTRACTING.test(owner)) return false;
  // A lower-case noun or an acronym owns the thing; a name may be a contraction unless the cue is a participle in -ed.
  const name = /^\p{Lu}\p{Ll}/u.test(owner);
  return !name || word.endsWith('ed');
}

// "leads by 270 pledged delegates", "won the most pledged delegates": a participle in -ed between a
// number or a superlative and a plural noun is that noun's adjective, not a verb. (Not a number that
// is the subject, "Of the 40 members, 12 pledged their support": a pronoun, a determiner or a
// preposition follows the verb there, never a bare plural noun.)
const QUANTITY_BEFORE = /(?:^|\s)(?:\d[\d,.]*|the\s+(?:most|fewest))\s+$/i;
const PLURAL_NOUN_AFTER = /^\s+(?!(?:they|them|their|theirs|his|hers|its|ours|yours|this|these|those|was|is|as|us|plans|thanks|always|perhaps|sometimes|besides|towards|afterwards|less|unless)\b)\p{Ll}{2,}s\b(?!['\u2019])/u;

/** True when the -ed cue at `cueStart` stands between a number or superlative and a plural noun it modifies. */
export function isModifierAfterQuantity(text: string, cue: string | null, cueStart: number): boolean {
  const word = cue?.trim() ?? '';
  if (!/^\p{Ll}+ed$/u.test(word) || !text.startsWith(word, cueStart)) return false;
  return QUANTITY_BEFORE.test(text.slice(Math.max(0, cueStart - 24), cueStart))
    && PLURAL_NOUN_AFTER.test(text.slice(cueStart + word.length, cueStart + word.length + 40));
}
