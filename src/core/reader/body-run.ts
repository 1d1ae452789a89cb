// The structural mark of an article: a run of prose paragraphs side by side under one parent
// (the story's body). Section fronts, topic and tag pages spread their text over many teaser
// blocks, one short summary each; galleries, video and podcast pages have a caption or two.
// One pass over the paragraph-like elements, bounded, cheaper than Readability's own check.

export interface BodyRun {
  /** The most prose paragraphs that share one parent. */
  paragraphs: number;
  /** Their characters. */
  chars: number;
  /** The parent they share (null when there is no run). */
  parent: Element | null;
}

const MAX_ELEMENTS = 4000;
const MIN_PARAGRAPH = 60;
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'BR', 'SUP', 'SUB', 'SMALL', 'ABBR', 'CITE', 'Q', 'U', 'MARK', 'CODE', 'TIME', 'FONT']);

export function longestBodyRun(doc: Document): BodyRun {
  const byParent = new Map<Element, BodyRun>();
  const elements = doc.querySelectorAll('p, pre, div, td');
  for (let index = 0; index < Math.min(elements.length, MAX_ELEMENTS); index++) {
    const element = elements[index]!;
    const tag = element.tagName.toUpperCase();
    if ((tag === 'DIV' || tag === 'TD') && !onlyInlineChildren(element)) continue;
    const text = element.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || text.trim().length < MIN_PARAGRAPH) continue;
    if (linkShare(element, text.length) > 0.5 || !prose(text)) continue;
    // Text set line by line with <br> is several paragraphs in one element.
    const lines = Math.max(1, Math.min(10, Math.floor(countBreaks(element) / 2) + 1));
    const parent = element.parentElement;
    if (!parent) continue;
    const run = byParent.get(parent) ?? { paragraphs: 0, chars: 0, parent };
    run.paragraphs += text.length >= 300 * lines ? lines : 1;
    run.chars += text.length;
    byParent.set(parent, run);
  }
  // The longest run that is not a list of teasers; only the few longest are looked at.
  const runs = [...byParent.values()].sort((a, b) => b.chars - a.chars);
  for (const run of runs.slice(0, 5)) if (!teaserList(run) && !inComments(run.parent!)) return { ...run };
  return { paragraphs: 0, chars: 0, parent: null };
}

/**
 * Running text has a space every few characters (prose averages one in 6-7) and few braces and
 * quotes; a JSON blob, a player's packed labels or a script printed into the page does not.
 * Chinese and Japanese are written without spaces, so their characters count as spaced.
 */
function prose(text: string): boolean {
  let spaced = 0;
  let symbols = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 9 || code === 160 || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) spaced++;
    else if (code === 123 || code === 125 || code === 34 || code === 91 || code === 93 || code === 61 || code === 60 || code === 62 || code === 92) symbols++;
  }
  return spaced / text.length >= 0.08 && symbols / text.length < 0.05;
}

/**
 * Summaries that alternate with linked headlines under one parent are a section front, topic,
 * tag or author page set as one flat list: `<h3><a>Headline</a></h3><p>Summary</p>` repeated.
 * A story's subheadings are seldom links, and never one per paragraph.
 */
const TEASER_SUMMARY_CHARS = 300;

function teaserList(run: BodyRun): boolean {
  let headlines = 0;
  for (let child = run.parent!.firstElementChild; child; child = child.nextElementSibling) {
    if (linkedHeadline(child)) headlines++;
  }
  // A listicle's linked items run longer than a teaser's one- or two-sentence summary.
  return headlines >= 3 && headlines * 2 >= run.paragraphs && run.chars / Math.max(1, run.paragraphs) < TEASER_SUMMARY_CHARS;
}

/** Headlines that are links, anywhere on the page (a listing's teasers), counted up to `cap`. */
export function headlineLinks(doc: Document, cap: number): number {
  let count = 0;
  const headings = doc.querySelectorAll('h2, h3, h4');
  for (let index = 0; index < Math.min(headings.length, 400) && count < cap; index++) {
    const heading = headings[index]!;
    if ((heading.textContent ?? '').trim().length >= 15 && (linkedHeadline(heading) || heading.closest('a[href]'))) count++;
  }
  return count;
}

/** A class or id naming the comments box itself ("comments", "comment-list"), not a page that has comments ("comments-open"). */
const COMMENTS = /^(?:comments?|commentlist|comment-?(?:list|thread|section|area|s-area|s-section|s-list|s-wrapper)|disqus_thread)$/i;

/** Readers' comments under a story are not its body, however long one of them runs. */
function inComments(element: Element): boolean {
  for (let box: Element | null = element, level = 0; box && level < 8; box = box.parentElement, level++) {
    if (`${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`.split(/\s+/).some((token) => COMMENTS.test(token))) return true;
  }
  return false;
}

/** A heading that is (mostly) one link, or a link around a heading; not a heading with an "edit" link. */
function linkedHeadline(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'A') return element.querySelector('h1, h2, h3, h4, h5, h6') !== null;
  if (!/^H[1-6]$/.test(tag)) return false;
  const text = (element.textContent ?? '').trim().length;
  return text > 0 && linkShare(element, text) >= 0.6;
}

function onlyInlineChildren(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (!INLINE.has(child.tagName.toUpperCase())) return false;
  }
  return true;
}

function countBreaks(element: Element): number {
  let breaks = 0;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (child.tagName === 'BR' || child.tagName === 'br') breaks++;
  return breaks;
}

/** The share of the element's text that sits in links: a teaser's summary is often all link. */
function linkShare(element: Element, length: number): number {
  let linked = 0;
  const links = element.getElementsByTagName('a');
  for (let index = 0; index < Math.min(links.length, 50); index++) linked += links[index]!.textContent?.length ?? 0;
  if (element.closest('a')) return 1;
  return linked / length;
}
