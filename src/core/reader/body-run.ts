// The structural mark of an article: a run of prose paragraphs side by side under one parent
// (the story's body). Section fronts, topic and tag pages spread their text over many teaser
// blocks, one short summary each; galleries, video and podcast pages have a caption or two.
// One pass over the paragraph-like elements, bounded, cheaper than Readability's own check.

export interface BodyRun {
  /** The most prose paragraphs that share one parent. */
  paragraphs: number;
  /** Their characters. */
  chars: number;
}

const MAX_ELEMENTS = 4000;
const MIN_PARAGRAPH = 60;
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'BR', 'SUP', 'SUB', 'SMALL', 'ABBR', 'CITE', 'Q', 'U', 'MARK', 'CODE', 'TIME', 'FONT']);

export function longestBodyRun(doc: Document): BodyRun {
  const byParent = new Map<Element, BodyRun>();
  const elements = doc.querySelectorAll('p, pre, div, td');
  let best: BodyRun = { paragraphs: 0, chars: 0 };
  for (let index = 0; index < Math.min(elements.length, MAX_ELEMENTS); index++) {
    const element = elements[index]!;
    const tag = element.tagName.toUpperCase();
    if ((tag === 'DIV' || tag === 'TD') && !onlyInlineChildren(element)) continue;
    const text = element.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || text.trim().length < MIN_PARAGRAPH) continue;
    if (linkShare(element, text.length) > 0.5) continue;
    // Text set line by line with <br> is several paragraphs in one element.
    const lines = Math.max(1, Math.min(10, Math.floor(countBreaks(element) / 2) + 1));
    const parent = element.parentElement;
    if (!parent) continue;
    const run = byParent.get(parent) ?? { paragraphs: 0, chars: 0 };
    run.paragraphs += text.length >= 300 * lines ? lines : 1;
    run.chars += text.length;
    byParent.set(parent, run);
    if (run.chars > best.chars) best = run;
  }
  return { ...best };
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
