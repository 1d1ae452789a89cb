import { collapseWhitespace } from '../text/normalize';
import { decodeEntities } from './entities';

// A heading's text as a reader sees it. `textContent` runs a rubric and a headline set on two
// lines together ("Rubric<br>Headline" → "RubricHeadline") and reads an icon's <title> aloud.

/** Elements that part a heading's words on screen. */
const WORD_BREAKS = new Set(['BR', 'DIV', 'P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6']);
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);
/** A heading holds a handful of nodes; a hostile page's may hold thousands. */
const MAX_HEADING_NODES = 200;

/** A heading's text as it reads on screen: line breaks and blocks part words; scripts, icons and a trailing permalink mark (¶) say nothing. */
export function headingText(element: Element): string {
  let text = '';
  let visited = 0;
  const stack: (Node | string)[] = [element];
  while (stack.length && visited++ < MAX_HEADING_NODES) {
    const node = stack.pop()!;
    if (typeof node === 'string') text += node;
    else if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (UNSEEN.has(tag)) continue;
      const gap = WORD_BREAKS.has(tag) ? ' ' : '';
      text += gap;
      stack.push(gap);
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapseWhitespace(decodeEntities(text)).replace(/\s*[¶§#]+$/u, '');
}
