// "For these stars, the German Dubbing Awards celebrate an art form …", "the Volcker Rule sought to
// ban banks from …": a named law, rule, treaty or prize holds no view and wants nothing; what it
// "seeks" or "celebrates" is its purpose, the drafters' or the organisers'. Only positions: a law's
// text may still say or state something ("the Act says that …"), as a document does. A name after
// "the" only, so that a surname ("Steven Law", "Nathan Deal") is never read as one.

/** The last word of a named instrument or prize. */
const INSTRUMENT_WORD = /(?:^|\s)(?:Act|Rule|Rules|Amendment|Awards|Treaty|Accord|Agreement|Doctrine|Clause|Protocol)$/;
/** "the" right before the name. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;

/** Whether a named speaker (its name, the phrase as printed from `start`) is a law, rule, treaty or prize called by its name. */
export function isNamedInstrument(name: string, phrase: string, text: string, start: number): boolean {
  if (!/\s/.test(name.trim()) || !INSTRUMENT_WORD.test(name.trim())) return false;
  return /^the\s/i.test(phrase.trim()) || THE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
