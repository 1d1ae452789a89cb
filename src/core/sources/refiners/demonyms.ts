// The adjectives and peoples' words English builds on a place's name: Israel-i, Cuba-n, Ital-ian,
// Japan-ese, Swed-ish, Europe-an, and "German" from "Germany". Two readers ask for them: one
// settles a one-word "person" as a place when the article also writes its adjective ("Sweden"
// beside "Swedish", name-shapes.ts), the other shows a one-word "person" that is a people's word
// as unnamed ("Japanese", "Canadians", group-words.ts).
//
// "-i" follows only a name ending in a consonant (Israel-i, Iraq-i; not "Tulsi" from "Tuls"), and
// "-n" only a name ending in "a" (Cuba-n, Kenya-n; not "Chinn"): the looser forms are names.

/** Endings after the place's stem: Ital-ian, Japan-ese, Swed-ish, Europe-an, Kor-ean. */
const ENDINGS = ['an', 'ian', 'ese', 'ish', 'ean'];
/** What a place's name drops before the ending: China → Chin-ese, Sweden → Swed-ish, Britain → Brit-ish, Turkey → Turk-ish. */
const STEM_END = /(?:[aeoy]|en|ain|ey)$/;
const CONSONANT_END = /[^aeiouy]$/;
/** A stem shorter than this makes other words ("Iran" → "Ir-ish"). */
const MIN_STEM = 4;

/** The adjective and people's words of one place, singular and plural ("Swedish", "Israelis"). */
export function demonymsOf(place: string): string[] {
  const forms = new Set<string>();
  const stem = place.replace(STEM_END, '');
  // ("Arkansas" → "Arkans-an".)
  for (const s of new Set([place, stem, place.replace(/as$/, '')])) {
    if (s.length < MIN_STEM) continue;
    for (const end of ENDINGS) forms.add(s + end);
  }
  // ("Germany" → "German": the adjective is the stem itself when the name drops a "y".)
  if (place.endsWith('y') && stem.length >= MIN_STEM) forms.add(stem);
  if (CONSONANT_END.test(place)) forms.add(`${place}i`);
  if (place.endsWith('a')) forms.add(`${place}n`);
  for (const w of [...forms]) forms.add(`${w}s`);
  forms.delete(place);
  return [...forms];
}
