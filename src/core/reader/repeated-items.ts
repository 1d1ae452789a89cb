// Is the page's longest run of prose one item of a repeated list? Gallery slides, forum posts,
// reader comments, live-stream cards and teasers come as a row of sibling blocks of one shape
// (same tag, same class), each with its own picture, time or heading, and most of them a
// paragraph or two long. A story's body is one block, or sections of several paragraphs each.
// Looks at most a few levels above the run, and at the siblings of each: cheap.

const MAX_LEVELS = 4;
const MIN_ITEMS = 6;
/** A caption, a post or a teaser is a paragraph or two; a long-read's section is more. */
const MAX_MEDIAN_PARAGRAPHS = 2;
const MIN_PARAGRAPH = 60;
/** A long-read has a handful of sections; a gallery or a thread may run to dozens of items. */
const MANY_ITEMS = 20;
const MAX_SIBLINGS = 400;

export interface RepeatedItems {
  /** How many marked sibling blocks share the run's block's shape. */
  items: number;
  /** The median item's prose paragraphs. */
  medianParagraphs: number;
}

export function repeatedItemsAround(runParent: Element | null): RepeatedItems | null {
  let element = runParent;
  for (let level = 0; element && level < MAX_LEVELS; level++, element = element.parentElement) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') break;
    const shape = `${tag}|${element.getAttribute('class') ?? ''}`;
    const paragraphs: number[] = [];
    let seen = 0;
    for (let sibling = element.parentElement?.firstElementChild ?? null; sibling && seen < MAX_SIBLINGS; sibling = sibling.nextElementSibling, seen++) {
      if (`${sibling.tagName.toUpperCase()}|${sibling.getAttribute('class') ?? ''}` !== shape) continue;
      if (!sibling.querySelector('img, picture, time, [datetime], h1, h2, h3, h4')) continue;
      paragraphs.push(proseParagraphs(sibling));
    }
    if (paragraphs.length < MIN_ITEMS) continue;
    const median = paragraphs.sort((a, b) => a - b)[paragraphs.length >> 1]!;
    if (median <= MAX_MEDIAN_PARAGRAPHS || paragraphs.length >= MANY_ITEMS) return { items: paragraphs.length, medianParagraphs: median };
  }
  return null;
}

function proseParagraphs(item: Element): number {
  let count = 0;
  const paragraphs = item.getElementsByTagName('p');
  for (let index = 0; index < Math.min(paragraphs.length, 20); index++) if ((paragraphs[index]!.textContent ?? '').length >= MIN_PARAGRAPH) count++;
  return count;
}
