import type { MarkItem } from './items';

// The page's live text, indexed so that an item of the sheet can be found again after the page
// replaced the text nodes the core mapped (a framework re-rendered the article). White space is
// collapsed as the reader collapses it, and block boundaries become "\n", so a short context
// around each item (from its own block of the sheet) finds the same words in the new nodes.

/** More text than any article: past it, the index stops (bounded work on hostile pages). */
const MAX_CHARS = 2_000_000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'SVG', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const CONTEXT = 24;
const WHITE = /\s/;

export interface LiveText {
  text: string;
  nodes: Text[];
  /** For each character of `text`: the index of its node in `nodes` (-1 for a block break). */
  nodeOf: Int32Array;
  /** …and its offset in that node's data. */
  offsetIn: Int32Array;
}

/**
 * Indexes the text under `root`, yielding every few hundred nodes so a slice runner can pause it.
 * `skip` names an element to leave out (Footnote's own card).
 */
export function* indexLiveText(root: Node, into: { result: LiveText | null }, skip?: Element | null): Generator<void> {
  let text = '';
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetIn: number[] = [];
  const breakBlock = (): void => {
    if (!text || text.endsWith('\n')) return;
    if (text.endsWith(' ')) {
      text = `${text.slice(0, -1)}\n`;
      nodeOf[nodeOf.length - 1] = -1;
      offsetIn[offsetIn.length - 1] = 0;
      return;
    }
    text += '\n';
    nodeOf.push(-1);
    offsetIn.push(0);
  };
  // [node, leaving]: a block element is visited twice, to break the text on entry and exit.
  const stack: [Node, boolean][] = [[root, false]];
  let visited = 0;
  while (stack.length && text.length < MAX_CHARS) {
    const [node, leaving] = stack.pop()!;
    if (++visited % 300 === 0) yield;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const index = nodes.push(node as Text) - 1;
      for (let at = 0; at < data.length; at++) {
        const char = data[at]!;
        if (WHITE.test(char)) {
          if (!text || text.endsWith(' ') || text.endsWith('\n')) continue;
          text += ' ';
        } else text += char;
        nodeOf.push(index);
        offsetIn.push(at);
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const element = node as Element;
    const tag = node.nodeType === 1 ? element.tagName.toUpperCase() : '';
    if (SKIPPED.has(tag) || (skip && node === skip)) continue;
    const block = BLOCKS.has(tag);
    if (leaving) {
      if (block) breakBlock();
      continue;
    }
    if (block) {
      breakBlock();
      stack.push([node, true]);
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, false]);
  }
  into.result = { text, nodes, nodeOf: Int32Array.from(nodeOf), offsetIn: Int32Array.from(offsetIn) };
}

/** The sheet's text as the live index writes it: runs of white space as one space, breaks as "\n". */
export function normalise(text: string): string {
  return text.replace(/\s*\n\s*/g, '\n').replace(/[^\S\n]+/g, ' ');
}

/** Finds the item again in the live text, near `from`; returns its [start, end) in `live.text`. */
export function findInLive(live: LiveText, sheetText: string, item: MarkItem, from: number): [number, number] | null {
  const blockStart = Math.max(sheetText.lastIndexOf('\n', item.start - 1) + 1, item.start - CONTEXT);
  let blockEnd = sheetText.indexOf('\n', item.end);
  if (blockEnd < 0 || blockEnd > item.end + CONTEXT) blockEnd = Math.min(sheetText.length, item.end + CONTEXT);
  const before = normalise(sheetText.slice(blockStart, item.start));
  const middle = normalise(item.text);
  const after = normalise(sheetText.slice(item.end, blockEnd));
  const attempts: [string, number][] = [[before + middle + after, before.length], [middle, 0]];
  for (const [needle, offset] of attempts) {
    let found = live.text.indexOf(needle, from);
    if (found < 0) found = live.text.indexOf(needle);
    if (found >= 0) return [found + offset, found + offset + middle.length];
  }
  return null;
}

/** A DOM Range over `[start, end)` of the live text. */
export function liveRange(doc: Document, live: LiveText, start: number, end: number): Range | null {
  let first = start;
  while (first < end && live.nodeOf[first]! < 0) first++;
  let last = end - 1;
  while (last > first && live.nodeOf[last]! < 0) last--;
  if (first > last) return null;
  const startNode = live.nodes[live.nodeOf[first]!]!;
  const endNode = live.nodes[live.nodeOf[last]!]!;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  try {
    const range = doc.createRange();
    range.setStart(startNode, live.offsetIn[first]!);
    range.setEnd(endNode, live.offsetIn[last]! + 1);
    return range;
  } catch {
    return null;
  }
}
