// Which bylines on a page belong to its article. A page prints many: the story's own, and one
// under every teaser in the related, trending and "more from" boxes around it, in the sidebar
// and in the comments. A byline counts when it sits in none of those, and then only the first
// byline block that names a person, with the bylines beside it ("By <a>X</a> and <a>Y</a>").

/** Boxes around an article whose bylines are other stories' (or commenters'). */
const FURNITURE = 'nav, [class*="related" i], [class*="recommend" i], [class*="comment" i], [id*="comment" i], [class*="sidebar" i], [class*="teaser" i], [class*="trending" i], [class*="popular" i], [class*="most-read" i], [class*="more-stories" i], [class*="widget" i], [class*="promo" i]';
const HEADING = 'h2, h3, h4, h5, h6';
/** An <article> without the headline and with less text than this is another story's teaser. */
const TEASER_CHARS = 1500;
/** A link text this long is a headline, not a name. */
const HEADLINE_LINK_CHARS = 40;
/** How far up from the first byline the rest of its block may sit. */
const BLOCK_LEVELS = 3;
/** A byline block holds names, roles and dates, not paragraphs. */
const BLOCK_CHARS = 600;

/** The elements matching `selector` that are not in another story's teaser or the page's furniture. */
export function articleBylines(doc: Document, selector: string, limit: number): Element[] {
  const headlines = Array.from(doc.querySelectorAll('h1')).slice(0, 5);
  const holdsHeadline = (box: Element) => headlines.some((h1) => box.contains(h1));
  const out: Element[] = [];
  const elements = doc.querySelectorAll(selector);
  for (let index = 0; index < Math.min(elements.length, limit * 4) && out.length < limit; index++) {
    const element = elements[index]!;
    const box = element.closest(FURNITURE);
    // A class such as "has-comments" on the page's own wrapper holds the headline too: not furniture.
    if (box && !holdsHeadline(box)) continue;
    // An <aside> or <footer> inside the article (a byline box beside the text) is the article's own.
    const margin = element.closest('aside, footer');
    if (margin && !margin.closest('article, main')) continue;
    if (inTeaser(element, headlines.length > 0, holdsHeadline)) continue;
    out.push(element);
  }
  return out;
}

/** A list item with its own heading or headline link, or an <article> apart from the one with the headline. */
function inTeaser(element: Element, pageHasHeadline: boolean, holdsHeadline: (box: Element) => boolean): boolean {
  const item = element.closest('li');
  if (item && !holdsHeadline(item) && (item.querySelector(HEADING) || hasHeadlineLink(item))) return true;
  const article = element.closest('article');
  // The story's own <article> may start below a headline printed above it: a teaser is short.
  return !!article && pageHasHeadline && !holdsHeadline(article) && (article.textContent ?? '').length < TEASER_CHARS
    && article.ownerDocument.querySelectorAll('article').length > 1;
}

/** A link with a headline's length of text: a teaser's (an author's link holds a name). */
function hasHeadlineLink(item: Element): boolean {
  const links = item.getElementsByTagName('a');
  for (let index = 0; index < Math.min(links.length, 20); index++) {
    if ((links[index]!.textContent ?? '').trim().length >= HEADLINE_LINK_CHARS) return true;
  }
  return false;
}

/** The first element that names a person, with the others in its block (a few levels up). */
export function firstBylineBlock(elements: Element[], namesPerson: (element: Element) => boolean): Element[] {
  const first = elements.find(namesPerson);
  if (!first) return [];
  let block: Element = first;
  // Up a few levels, never into the story's text (a weekly edition prints one byline per story).
  for (let level = 0; level < BLOCK_LEVELS; level++) {
    const parent = block.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY' || (parent.textContent ?? '').length > BLOCK_CHARS) break;
    block = parent;
  }
  return elements.filter((element) => block.contains(element));
}

const BLOCK_TAGS = new Set(['LI', 'DIV', 'P', 'UL', 'OL', 'DD', 'DT', 'TR', 'TD', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION']);

/**
 * A byline's text with its blocks apart: "<li>Nora Quist</li><li>Owen Lark</li>" is "Nora Quist,
 * Owen Lark", where `textContent` runs them together into one name-shaped "Nora QuistOwen Lark".
 */
export function bylineText(element: Element, depth = 0): string {
  if (depth > 4) return element.textContent ?? '';
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      const block = BLOCK_TAGS.has(child.tagName.toUpperCase());
      text += block ? `, ${bylineText(child, depth + 1)}, ` : bylineText(child, depth + 1);
    }
  }
  // Tidied once, at the top: a child's own edge spaces ("<span>By </span>") stay.
  return depth ? text : text.replace(/\s*,[\s,]*,\s*/g, ', ').replace(/^[\s,]+|[\s,]+$/g, '');
}
