// A reference list's entry ("12. Varga AB, Lund C, et al. Ferry wakes in shallow harbours. J Coast
// Res. 2019;35(2):101–9.", "Varga, A. B. (2019). Ferry wakes. In: Proceedings of …") names the work
// it cites, not anyone's statement: "in a randomized phase II study" of its title is no source, nor
// "Chronic stress" before the verb of a title. A line is such an entry when it opens on an author
// written the way citations write authors (a surname then bare initials, "Varga AB," or "Varga, A.
// B.") and carries a year as citations print it (";35(2)", "(2019).", "2019;", "et al."). Prose never
// writes a surname before bare initials, so news paragraphs stay.

/** An entry's number, if any: "12. ", "[12] ", "12) ". */
const NUMBER = String.raw`(?:\[?\d{1,3}[.\])]\s*)?`;
/** Vancouver author: a surname, bare capital initials, then a comma, a full stop or "et al". */
const VANCOUVER = String.raw`\p{Lu}[\p{L}'\u2019\u2010-]+\s+\p{Lu}{1,3}\s*(?:,|\.|\set al\b)`;
/** APA author: a surname, a comma, initials with full stops. */
const APA = String.raw`\p{Lu}[\p{L}'\u2019\u2010-]+,\s+(?:\p{Lu}\.\s?){1,3}`;
const ENTRY_START = new RegExp(`^${NUMBER}(?:${VANCOUVER}|${APA})`, 'u');
/** How a citation prints its year: "2019;35", "(2019).", "2016;174(5):985", or "et al.". */
const CITED_YEAR = /\b(?:19|20)\d\d[a-z]?\s*;|\((?:19|20)\d\d[a-z]?\)\s*[.,]|\bet al\./;
/** How far a line is read. */
const MAX_LINE = 2000;

/** Whether the position `at` of `text` lies on a line that is a reference list's entry. */
export function inCitationLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  if (at - start > MAX_LINE) return false;
  const found = text.indexOf('\n', at);
  const end = found < 0 ? Math.min(text.length, start + MAX_LINE) : Math.min(found, start + MAX_LINE);
  const line = text.slice(start, end);
  return ENTRY_START.test(line) && CITED_YEAR.test(line);
}
