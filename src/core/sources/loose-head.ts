// The head noun of a phrase read loosely as a source ("according to a response from the board filed
// Tuesday in county court"): an article's noun is the word before the first preposition or
// participle that modifies it, not the phrase's last word ("court"), so that "the response" later
// finds the same document.

const ARTICLE = /^(?:a|an|the)$/;
const POSTMODIFIER = /^(?:from|by|of|in|at|on|for|with|to|filed|issued|released|published|submitted|sent|obtained|seen|made)$/;

/** The head of `words` (lower case), or null when the phrase opens with no article or names no noun before a modifier. */
export function looseHead(words: readonly string[]): string | null {
  if (words.length < 3 || !ARTICLE.test(words[0]!)) return null;
  const at = words.findIndex((w, k) => k > 1 && POSTMODIFIER.test(w));
  return at > 1 ? words[at - 1]! : null;
}
