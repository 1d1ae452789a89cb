// What counts as a word of a proper name. A name word opens with a capital ("Vance", "O'Neil",
// "Al-Amin"), or with a lower-case particle joined to a capital by a hyphen or an apostrophe:
// Arabic articles ("Bashar al-Assad", "Abdel Fattah el-Sisi", "Nabil ash-Shami", "Zia ul-Haq")
// and Romance ones ("Valéry Giscard d'Estaing", "Marcello dell'Utri"). Written in lower case they
// are still part of the name, as "von" in "Ursula von der Leyen" is; the capital after the joint
// is what tells them from ordinary words ("e-mail", "al-fresco", "d'oh" have none).
//
// One definition for every reader that asks "is this a name word": the token test `isNameWord`,
// and `NAME_WORD_START` for regexes that spell a name word as `\p{Lu}[\p{L}'’.-]*` (the
// particle and its joint are read, the capital after it is left for the rest of the pattern).

/** Particles joined by a hyphen: the Arabic article in its assimilated spellings, "ul"/"ud" ("Zia ul-Haq"). */
const HYPHEN_PARTICLES = 'al|el|ad|as|ash|at|az|an|ar|ul|ud';
/** Particles joined by an apostrophe: "d'Estaing", "l'Aquila", "dell'Utri", "dall'Oglio". */
const APOSTROPHE_PARTICLES = 'd|l|dell|dall|nell|sull';

/** The opening of a name word in a regex: a capital, or a joined particle before one (read with `u`). */
export const NAME_WORD_START = String.raw`(?:\p{Lu}|(?:${HYPHEN_PARTICLES})[-\u2010](?=\p{Lu})|(?:${APOSTROPHE_PARTICLES})['\u2019](?=\p{Lu}))`;

const JOINED_PARTICLE = new RegExp(String.raw`^(?:(?:${HYPHEN_PARTICLES})[-\u2010]|(?:${APOSTROPHE_PARTICLES})['\u2019])(?=\p{Lu})`, 'u');
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Whether a word opens with a lower-case particle joined to a capital ("al-Assad", "d'Estaing"). */
export function hasJoinedParticle(word: string): boolean {
  return JOINED_PARTICLE.test(word);
}

/** Whether a word is written as a name word: capitalised, or a joined particle before a capital. */
export function isNameWord(word: string): boolean {
  return OPENS_CAPITAL.test(word) || JOINED_PARTICLE.test(word);
}

/**
 * A hyphen-joined article, in either case, before a capital anywhere in a name: "al-" of "Bashar
 * al-Assad", "Al-" of "Al-Assad". Stories write one surname with and without it ("Assad"), so a
 * name's key leaves it out. (Not the apostrophe particles: "D'Angelo" is a whole surname.)
 */
// (Each particle in either case by hand: with the "i" flag, \p{Lu} would match lower case too.)
const EITHER_CASE = HYPHEN_PARTICLES.split('|').map((p) => `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1)}`).join('|');
const JOINED_ARTICLE = new RegExp(String.raw`(?<![\p{L}\p{N}'\u2019-])(?:${EITHER_CASE})[-\u2010](?=\p{Lu})`, 'gu');

/** A name without its joined articles: "Bashar al-Assad" → "Bashar Assad", "Al-Nouri" → "Nouri". */
export function withoutJoinedArticles(name: string): string {
  return name.replace(JOINED_ARTICLE, '');
}
