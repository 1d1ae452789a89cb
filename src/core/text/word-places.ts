// Where a name stands in a text as a whole word. The sources step asks how the article writes a
// name elsewhere ("Rioland, who …"; "Penny" without the "Afterwards" that opened one sentence), so
// the answer is bounded: the first MAX_TEXT characters, and at most `maxPlaces` places.

const MAX_TEXT = 200_000;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The offsets where `name` stands in `text` with no letter or digit on either side. */
export function wholeWordPlaces(text: string, name: string, maxPlaces: number): number[] {
  const places: number[] = [];
  if (!name) return places;
  for (let at = text.indexOf(name); at >= 0 && at < MAX_TEXT && places.length < maxPlaces; at = text.indexOf(name, at + name.length)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + name.length] ?? '')) places.push(at);
  }
  return places;
}
