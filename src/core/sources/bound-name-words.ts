// Lower-case words that belong to a name: "Umfragewerk delta", a pollster whose name goes on in lower
// case. A reader tells such a word from the sentence's own by where the text puts it: every time the
// text writes it, right after the same capitalised word, and more than once ("figures published by
// Umfragewerk delta …", later "Umfragewerk delta projections showed"). A word of the language turns up
// elsewhere too ("figures", "projections"), or after other words.
//
// Linear: one pass over the text's words.

/** Times a word must be written, always after the same name, to count as part of it. */
const MIN_TIMES = 2;
const WORD = /(?<![\p{L}\p{N}'\u2019-])[\p{L}][\p{L}\p{N}-]*/gu;

/** Lower-case word → the capitalised word it always follows, for the words bound to a name. */
export function boundNameWords(text: string): Map<string, string> {
  const after = new Map<string, string | null>();
  const times = new Map<string, number>();
  let previous: { word: string; end: number } | null = null;
  for (const m of text.slice(0, 200_000).matchAll(WORD)) {
    const word = m[0];
    if (/^\p{Ll}/u.test(word)) {
      // (Only a single space or tab joins a name's words; a stop or a line ends it.)
      const joined = previous && /^[ \t]$/.test(text.slice(previous.end, m.index)) && /^\p{Lu}/u.test(previous.word) ? previous.word : null;
      const known = after.get(word);
      after.set(word, known === undefined ? joined : known === joined ? known : null);
      times.set(word, (times.get(word) ?? 0) + 1);
    }
    previous = { word, end: m.index + word.length };
  }
  const out = new Map<string, string>();
  for (const [word, name] of after) if (name && (times.get(word) ?? 0) >= MIN_TIMES) out.set(word, name);
  return out;
}
