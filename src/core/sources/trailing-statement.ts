// "The levy will pass, the mayor agreed.", "…, Ada Lund commented.", "…, researchers found.",
// "…, the campaign countered.": a verb that otherwise wants its clause after it ("agreed to",
// "commented on", "found the keys", "charged with") closes a sentence as "said" does. After the
// comma at the sentence's end it has nothing left to take but the clause before it, so that clause
// is what was agreed, commented, found or countered. The reporting-verb parser reads these verbs in
// that place only (COMPLEMENT_ONLY keeps them from any other reading without a "that").

const TRAILING_STATEMENT = /^(?:agree|agrees|agreed|comment(?:s|ed)?|remark(?:s|ed)?|reveal(?:s|ed)?|found|finds|charged|counter(?:s|ed)?)$/;

// ("Once the vote was counted, the council agreed.", "Weighing in, Huckabee agreed, praising …": a
// subordinate clause or a participle before the comma says when or how, and is no statement; "said"
// rarely stands there without its own content, these verbs often do.)
const SUBORDINATE_OPENING = /^\s*(?:as|when|whenever|while|after|before|although|though|because|since|if|once|until|unless|asked|pressed|reached|\p{L}+ing)\b/iu;

// The verb must close the sentence: nothing after it but an adverb or a short phrase of time or place
// ("…, Lund revealed on Tuesday."). What runs on is its own complement ("agreed to pay …", "found
// the keys"), which the forward reading had and refused.
const CLOSES_SENTENCE = /^(?:\s+(?:\p{Ll}+ly|(?:on|in|at|last|this|earlier|later)\s+(?:\p{L}+\s+){0,2}?\p{L}+|\p{Lu}\p{Ll}+day))?\s*(?:[.!?;)]|$)/u;

// The speaker's phrase opens right after the comma, dash or quotation (whose comma is inside it:
// '… "no matter what," one user commented.'), with no preposition of its own: "…, such as the vines
// found in Florida." and "…, like the plants found …" make the phrase an object of "such as" or
// "like", and "found" its participle, no finding.
const AFTER_COMMA = /[,\u2014\u2013\uE000]\s*$/;
const OBJECT_OPENING = /^\s*(?:such\s+as|like|unlike|including|among|from|with|for|to|in|of|at|by|as|especially|particularly)\s/i;

/**
 * Whether `cue` closes the sentence as a statement of the clause `before` it (the words from the
 * sentence's start to the speaker's `phrase`), with only `after` (to the sentence's end) left after it.
 */
export function isTrailingStatement(cue: string, before: string, phrase: string, after: string): boolean {
  return TRAILING_STATEMENT.test(cue) && !SUBORDINATE_OPENING.test(before) && CLOSES_SENTENCE.test(after)
    && AFTER_COMMA.test(before) && !OBJECT_OPENING.test(phrase);
}
