// Two kinds of page that carry an article's markup or an article's length and are no article:
// a document of numbered sections (a licence, terms of service, a policy) and an image's own
// page, whose marked article body holds a picture and no prose (blog engines give every
// uploaded image one, with the post's headline, byline and date around it).

/** Headings looked at; a legal text has a few dozen at most, a long page is cut here. */
const MAX_HEADINGS = 200;
/** "3. Conveying Verbatim Copies.", "§ 4 Liability", "Section 12 - Termination". */
const SECTION_NUMBER = /^\s*(?:§\s*|section\s+|article\s+)?(\d{1,2})(?:\.|\s[-–—:]|\)|\s)\s*\S/i;
/** This many headings numbered in order make a document of sections. */
const MIN_SECTIONS = 6;

/**
 * Headings numbered 1, 2, 3 ... (or 0, 1, 2 ...) in order, at least MIN_SECTIONS of them. A
 * numbered listicle has the same shape, so the caller asks only of a page with no article metadata.
 */
export function numberedSections(doc: Document): boolean {
  const headings = doc.querySelectorAll('h2, h3, h4, h5, h6');
  let inOrder = 0;
  let last = -1;
  for (let index = 0; index < Math.min(headings.length, MAX_HEADINGS); index++) {
    const match = SECTION_NUMBER.exec(headings[index]!.textContent ?? '');
    if (!match) continue;
    const number = Number(match[1]);
    if (number === last + 1 || (last === -1 && number <= 1)) {
      inOrder++;
      last = number;
    }
  }
  return inOrder >= MIN_SECTIONS;
}

/** Less prose than this in the marked article body is a caption at most. */
const MAX_CAPTION = 80;

/** The element marked as the article's body holds a picture and next to no text of its own. */
export function pictureOnlyBody(doc: Document): boolean {
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (!body || !body.querySelector('img, picture')) return false;
  // An ad's script is no text a reader sees, and links to other stories (a carousel the
  // engine nests in the body) are no prose of this page.
  let chars = (body.textContent ?? '').replace(/\s+/g, '').length;
  for (const other of body.querySelectorAll('script, style, noscript, a')) chars -= (other.textContent ?? '').replace(/\s+/g, '').length;
  return chars < MAX_CAPTION;
}
