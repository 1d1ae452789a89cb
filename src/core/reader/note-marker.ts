// A superscript that points to a note ("[6]", "[n 1]", "[citation needed]" on wikis, "12" linked to
// a footnote on journals) is no part of the sentence it stands in. Read as text it joins what is
// around it: "Communicator.[6][7] Jamie Zawinski" makes one name of the end of a sentence and the
// start of the next, "census[270]" a source with a number. An exponent ("10<sup>6</sup>"), an
// ordinal ("3<sup>rd</sup>") or a mark ("®") has no brackets and no link to a place on the page,
// and stays.

/** A short bracketed marker: "[6]", "[n 11]", "[a]", "[citation needed]". */
const BRACKETED = /^\[[^\][]{1,24}\]$/;
/** What a footnote link shows: a number, a letter or a dotted number ("1.5"), "*" or "†". */
const LINKED_MARK = /^(?:[\dA-Za-z]{1,3}(?:[.,\u2013-][\dA-Za-z]{1,3}){0,3}|[*\u2020\u2021]{1,3})$/;

/** Whether the SUP `element` marks a note, not a part of the text. */
export function isNoteMarker(element: Element): boolean {
  const text = (element.textContent ?? '').trim();
  if (!text || text.length > 26) return false;
  if (BRACKETED.test(text)) return true;
  if (!LINKED_MARK.test(text)) return false;
  const link = element.querySelector('a[href^="#"]');
  return link !== null && (link.textContent ?? '').trim() === text;
}
