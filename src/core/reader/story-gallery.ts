import { headingText } from './heading-text';

// A gallery of another story set inside an article's body: some sites drop a slideshow of an
// older piece into the text ("Ten things sugar does to you": a picture, a title and a caption a
// slide), under the gallery's own title, as they would drop a related-stories box. A reader
// skips it as such a box; read as the article, its people become the article's sources and its
// captions the article's statements.
//
// Told by its structure, not by the site's class names:
//   - a row of three or more slides of one shape (same tag, same class), each with a picture,
//     each no more than a caption long, most with no link (a row of linked cards is a
//     related-stories box, a row of posts with reply links a comment thread: the boilerplate's),
//     and together most of their parent's text (pictures set among paragraphs are the text's);
//   - a title of its own: a heading that every slide repeats, or a heading over the slides with
//     a link to another page of the site (the gallery's own page);
//   - that title shares no word with the article's title (a gallery of the article's own
//     pictures, "In pictures: the valley floods" under "Floods cut off the valley", stays);
//   - the article's own prose beside it (a photo essay, whose captions are the article, has
//     little or none: it stays), and not the headline inside it.

const MIN_SLIDES = 3;
const MAX_PICTURES = 300;
/** Levels from a picture up to the slide that holds it. */
const MAX_SLIDE_DEPTH = 5;
const MAX_SIBLINGS = 200;
/** A slide's text is a caption: a title and a paragraph or two, not a section of an article. */
const MAX_MEDIAN_SLIDE_CHARS = 800;
const MIN_CAPTION_CHARS = 20;
/** The slides' share of their parent's text. */
const SLIDES_SHARE = 0.7;
/** What a slide is built of: a box holding a picture and its caption (a paragraph with a picture is the text's own flow). */
const SLIDE_TAGS = new Set(['LI', 'DIV', 'FIGURE', 'SECTION', 'ARTICLE']);
/** Levels the gallery's box may reach above the slides' parent while adding no more than a heading and controls. */
const MAX_BOX_LEVELS = 3;
const BOX_EXTRA_CHARS = 300;
/** Levels above the box searched for the article's own prose. */
const MAX_PROSE_LEVELS = 4;
const PROSE_PARAGRAPH = 80;
const MIN_PROSE_PARAGRAPHS = 3;
const MIN_PROSE_CHARS = 600;
const MAX_PARAGRAPHS = 2_000;
const HEADINGS = 'h2, h3, h4, h5, h6';
/** Closed-class words of four letters or more that two unrelated titles may share. */
const FUNCTION_WORDS = new Set([
  'about', 'above', 'after', 'again', 'against', 'also', 'among', 'before', 'behind', 'being', 'below', 'between',
  'both', 'does', 'down', 'during', 'each', 'even', 'every', 'from', 'have', 'here', 'into', 'just', 'like', 'more',
  'most', 'much', 'must', 'only', 'over', 'some', 'such', 'than', 'that', 'their', 'them', 'then', 'there', 'these',
  'they', 'this', 'those', 'through', 'under', 'until', 'upon', 'very', 'were', 'what', 'when', 'where', 'which',
  'while', 'will', 'with', 'without', 'would', 'your', 'could', 'should', 'been', 'onto', 'toward', 'towards',
]);
const WORD = /[\p{L}\p{N}]+/gu;

export interface GalleryContext {
  /** The article's headline. Without it no gallery can be told from the article's own. */
  title: string | null;
  /** The page's address (canonical), to tell a link to another page of the site. */
  url: string | null;
}

/** The boxes of the galleries of other stories under `root`, in the page's order. */
export function otherStoryGalleries(root: ParentNode, context: GalleryContext): Element[] {
  if (!context.title) return [];
  const titleWords = contentWords(context.title);
  if (titleWords.size === 0) return [];
  const boxes: Element[] = [];
  for (const slides of slideRows(root)) {
    const parent = slides[0]!.parentElement!;
    if (boxes.some((box) => box.contains(parent))) continue;
    if (!captionSized(slides) || !mostOfParent(slides, parent)) continue;
    const box = galleryBox(parent);
    // The article's headline inside it: the slides are the article's own sections.
    if (box.querySelector('h1')) continue;
    const title = repeatedHeading(slides) ?? linkedBoxHeading(box, slides, context.url);
    if (title === null || sharesWord(title, titleWords)) continue;
    if (!proseBeside(box)) continue;
    boxes.push(box);
  }
  return boxes;
}

/** Rows of slides: three or more siblings of one shape, each holding a picture. */
function slideRows(root: ParentNode): Element[][] {
  const rows: Element[][] = [];
  const judged = new Set<Element>();
  const pictures = root.querySelectorAll('img, picture');
  for (let index = 0; index < Math.min(pictures.length, MAX_PICTURES); index++) {
    let node: Element = pictures[index]!;
    for (let level = 0; level < MAX_SLIDE_DEPTH; level++) {
      const parent = node.parentElement;
      if (!parent || parent.tagName.toUpperCase() === 'BODY') break;
      if (judged.has(node)) {
        // Its row, if it was one, is already found; else look higher.
        if (rows.some((row) => row.includes(node))) break;
        node = parent;
        continue;
      }
      const slides = sameShapeWithPictures(node);
      for (const slide of slides) judged.add(slide);
      judged.add(node);
      if (slides.length >= MIN_SLIDES) {
        rows.push(slides);
        break;
      }
      node = parent;
    }
  }
  return rows;
}

function sameShapeWithPictures(element: Element): Element[] {
  if (!SLIDE_TAGS.has(element.tagName.toUpperCase())) return [];
  const shape = shapeOf(element);
  const out: Element[] = [];
  let seen = 0;
  for (let sibling = element.parentElement?.firstElementChild ?? null; sibling && seen < MAX_SIBLINGS; sibling = sibling.nextElementSibling, seen++) {
    if (shapeOf(sibling) === shape && sibling.querySelector('img, picture')) out.push(sibling);
  }
  return out;
}

function shapeOf(element: Element): string {
  return `${element.tagName.toUpperCase()}|${element.getAttribute('class') ?? ''}`;
}

/** The slides' parent, widened while the wider box adds little text (its heading, its controls). */
function galleryBox(parent: Element): Element {
  let box = parent;
  const base = textLength(parent);
  for (let level = 0; level < MAX_BOX_LEVELS; level++) {
    const wider = box.parentElement;
    if (!wider || /^(?:BODY|HTML|MAIN|ARTICLE)$/.test(wider.tagName.toUpperCase())) break;
    if (textLength(wider) > base + BOX_EXTRA_CHARS) break;
    box = wider;
  }
  return box;
}

/** A heading whose text every slide carries: the gallery's title, set on each slide. */
function repeatedHeading(slides: Element[]): string | null {
  let common = headingTexts(slides[0]!);
  for (const slide of slides.slice(1)) {
    const texts = headingTexts(slide);
    common = common.filter((text) => texts.includes(text));
    if (common.length === 0) return null;
  }
  return common[0] ?? null;
}

function headingTexts(slide: Element): string[] {
  const texts: string[] = [];
  const headings = slide.querySelectorAll(HEADINGS);
  for (let index = 0; index < Math.min(headings.length, 6); index++) {
    const text = headingText(headings[index]!).toLowerCase();
    if (text.length >= 3) texts.push(text);
  }
  return texts;
}

/** A heading over the slides, in the gallery's box, with a link from the box to another page of the site. */
function linkedBoxHeading(box: Element, slides: Element[], url: string | null): string | null {
  const first = slides[0]!;
  const headings = box.querySelectorAll(HEADINGS);
  let title: string | null = null;
  for (let index = 0; index < Math.min(headings.length, 20); index++) {
    const heading = headings[index]!;
    if (slides.some((slide) => slide.contains(heading))) continue;
    // Over the slides: before the first one in the page's order.
    if (!(heading.compareDocumentPosition(first) & 4)) continue;
    const text = headingText(heading);
    if (text.length >= 3) {
      title = text;
      break;
    }
  }
  if (title === null) return null;
  const links = box.querySelectorAll('a[href]');
  for (let index = 0; index < Math.min(links.length, 100); index++) {
    if (isOtherPageOfSite(links[index]!.getAttribute('href') ?? '', url)) return title;
  }
  return null;
}

function isOtherPageOfSite(href: string, url: string | null): boolean {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(trimmed)) return false;
  let page: URL | null = null;
  try {
    page = url ? new URL(url) : null;
  } catch {
    page = null;
  }
  let target: URL;
  try {
    target = new URL(trimmed, page ?? 'http://page.invalid/');
  } catch {
    return false;
  }
  if (!page) return target.hostname === 'page.invalid';
  return sameSite(target.hostname, page.hostname) && target.pathname !== page.pathname;
}

/** The same host, a "www.", "m." or "amp." prefix aside. */
function sameSite(a: string, b: string): boolean {
  const bare = (host: string) => host.toLowerCase().replace(/^(?:www|m|amp)\./, '');
  return bare(a) === bare(b);
}

/** The article's own prose: paragraphs outside the box in one of its near ancestors. */
function proseBeside(box: Element): boolean {
  let ancestor = box.parentElement;
  for (let level = 0; ancestor && level < MAX_PROSE_LEVELS; level++, ancestor = ancestor.parentElement) {
    let count = 0;
    let chars = 0;
    const paragraphs = ancestor.getElementsByTagName('p');
    for (let index = 0; index < Math.min(paragraphs.length, MAX_PARAGRAPHS); index++) {
      const paragraph = paragraphs[index]!;
      if (box.contains(paragraph)) continue;
      const length = (paragraph.textContent ?? '').trim().length;
      if (length < PROSE_PARAGRAPH) continue;
      count++;
      chars += length;
    }
    if (count >= MIN_PROSE_PARAGRAPHS && chars >= MIN_PROSE_CHARS) return true;
    if (/^(?:BODY|MAIN|ARTICLE)$/.test(ancestor.tagName.toUpperCase())) break;
  }
  return false;
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    // Five letters stand for the word's stem: "flood" and "floods", "protest" and "protesters".
    if (word.length >= 4 && !FUNCTION_WORDS.has(word)) words.add(word.slice(0, 5));
  }
  return words;
}

function sharesWord(title: string, words: Set<string>): boolean {
  for (const word of contentWords(title)) if (words.has(word)) return true;
  return false;
}

/** A gallery is a row of slides; figures among paragraphs are the text's own pictures. */
function mostOfParent(slides: Element[], parent: Element): boolean {
  const slidesText = slides.reduce((sum, slide) => sum + textLength(slide), 0);
  return slidesText >= SLIDES_SHARE * textLength(parent);
}

/**
 * The median slide holds a caption: some text, no more than a paragraph or two; and most slides
 * hold no link (a row of linked cards is a related-stories box, a row of posts with reply links a
 * comment thread: the boilerplate's to drop).
 */
function captionSized(slides: Element[]): boolean {
  const lengths = slides.map(textLength).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1]!;
  if (median < MIN_CAPTION_CHARS || median > MAX_MEDIAN_SLIDE_CHARS) return false;
  const linked = slides.filter((slide) => slide.querySelector('a[href]') || slide.closest('a[href]')).length;
  return linked * 2 < slides.length;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
