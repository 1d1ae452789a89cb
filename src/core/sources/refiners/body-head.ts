// "Department of Homeland Security Acting Secretary Ann Roe told Congress … The DHS chief
// acknowledged …": a description that names a body, by its name, a word of it or its initials, and
// the person at its head ("chief", "head", "boss", "leader", or the title itself) is the person the
// article gave a head's title of that body. Coreference asks these two tests of the titles it finds
// (titled-earlier.ts), and gives the description to that person only when no one else was so titled.

/** Heads that stand for any title of the person at a body's head: "the DHS chief", "the NASA boss". */
const BODY_HEADS = new Set(['chief', 'head', 'boss', 'leader']);
/** Titles of the person at the head of a body or of one of its parts. */
const HEAD_TITLES = new Set([
  'secretary', 'sec', 'director', 'minister', 'chief', 'head', 'boss', 'leader', 'president', 'chairman', 'chairwoman',
  'chair', 'ceo', 'commissioner', 'administrator', 'superintendent', 'chancellor', 'premier', 'governor', 'gov', 'mayor',
]);
/** Words a body's initials leave out: "Department of Homeland Security" is "DHS". */
const LINKS = new Set(['of', 'and', 'for', 'the', '&', 'on']);

/** Whether a description's generic `head` ("chief") names the holder of `role` (lower-case title words ending on a head's title). */
export function headsBody(head: string, role: string): boolean {
  const words = role.split(/\s+/);
  return BODY_HEADS.has(head) && HEAD_TITLES.has(words[words.length - 1]!);
}

/**
 * Whether the description's modifier `modifier` (as written) names the body of `role` (lower-case
 * title words): one of its words ("Ohio" of "ohio gov"), or, written in capitals, the initials of
 * consecutive words ("DHS" of "department of homeland security acting secretary").
 */
export function namesBody(role: string, modifier: string): boolean {
  const words = role.split(/\s+/);
  const word = modifier.toLowerCase().replace(/['\u2019]s?$/, '');
  if (words.includes(word)) return true;
  if (!/^\p{Lu}{2,6}$/u.test(modifier)) return false;
  const initials = words.filter((w) => !LINKS.has(w)).map((w) => w[0]).join('');
  return initials.includes(word);
}
