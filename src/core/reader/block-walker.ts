import type { BlockKind } from '../types';
import { isHidden } from './hidden';
import { isNoteMarker } from './note-marker';
import { TextMap } from './text-map';

// Turns a DOM subtree into blocks of text as a reader sees them: one block per paragraph,
// heading, list item or caption, white space collapsed, and every character mapped back to its
// text node (through `toLiveNode`, so that a walk over a cloned tree still maps to the live page).

export interface WalkedBlock {
  kind: BlockKind;
  text: string;
  map: TextMap;
}

const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT',
  'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'INPUT', 'FORM', 'NAV',
]);
/**
 * A sentence's stop at the end of one text node and a capitalised word opening the next, with no
 * space between: two elements the page sets apart by its style alone ("were not as
 * fortunate.<span class=br></span>The report", a caption and its credit). A space keeps the two
 * sentences apart, as a reader sees them.
 */
const STOP_AT_END = /\p{Ll}[.!?]["'\u201D\u2019)]?$/u;
const WORD_AT_START = /^\p{Lu}\p{Ll}/u;
/** White space that collapsing would change: anything but single ASCII spaces. */
const NEEDS_COLLAPSING = /[\n\t\r\f\u00A0]| {2}/;
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'THEAD', 'TBODY',
  'TR', 'TD', 'TH', 'CAPTION', 'ADDRESS', 'HR', 'BR', 'DETAILS', 'SUMMARY',
]);

export function kindOfElement(tag: string, inherited: BlockKind): BlockKind {
  switch (tag) {
    case 'H1':
      return 'headline';
    case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
      return 'subhead';
    case 'FIGCAPTION': case 'CAPTION':
      return 'caption';
    case 'LI': case 'DT': case 'DD':
      return inherited === 'caption' ? inherited : 'list-item';
    case 'BLOCKQUOTE':
      return 'blockquote';
    default:
      return inherited;
  }
}

export type NodeResolver = (node: Text) => Text | null;

interface Frame {
  node: Node;
  kind: BlockKind;
  exit: boolean;
}

/**
 * Walks `root` in document order; `skip` leaves out subtrees (page furniture when the walk is
 * over the live page), `maxChars` bounds the work on huge pages.
 */
export function walkBlocks(
  root: Node, toLiveNode: NodeResolver, maxChars = 2_000_000, skip?: (element: Element) => boolean,
): WalkedBlock[] {
  const blocks: WalkedBlock[] = [];
  const builder = new BlockBuilder();
  let total = 0;
  const stack: Frame[] = [{ node: root, kind: 'paragraph', exit: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (frame.exit) {
      builder.flush(frame.kind, blocks);
      continue;
    }
    if (node.nodeType === 3) {
      const live = toLiveNode(node as Text);
      builder.append((node as Text).data, live);
      total += (node as Text).data.length;
      if (total > maxChars) break;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const element = node as Element;
    const tag = (element.tagName ?? '').toUpperCase();
    if (SKIPPED.has(tag) || isHidden(element)) continue;
    if (tag === 'SUP' && isNoteMarker(element)) continue;
    if (skip && node !== root && skip(element)) continue;
    const isBlock = BLOCKS.has(tag);
    const kind = kindOfElement(tag, frame.kind);
    if (isBlock) {
      builder.flush(frame.kind, blocks);
      stack.push({ node, kind, exit: true });
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index]!, kind, exit: false });
    }
  }
  builder.flush('paragraph', blocks);
  return blocks;
}

class BlockBuilder {
  private text = '';
  private map = new TextMap();
  /** Whether the last character written was a space (or nothing was written yet). */
  private atSpace = true;
  /** The text node appended last, as the page wrote it. */
  private lastData = '';

  append(data: string, live: Text | null): void {
    // (The word and its stop in one node: "Ferry" "." "Link", a name split by markup, stays whole.)
    if (!this.atSpace && WORD_AT_START.test(data) && STOP_AT_END.test(this.lastData.slice(-3))) {
      this.text += ' ';
      this.atSpace = true;
    }
    if (data) this.lastData = data;
    const start = plainRunStart(data, this.atSpace);
    if (start >= 0) {
      // Most text nodes need no collapsing: one slice, no per-character offsets.
      if (start === data.length) return;
      if (live) this.map.add({ start: this.text.length, length: data.length - start, node: live, nodeOffsets: null, nodeStart: start });
      this.text += start === 0 ? data : data.slice(start);
      this.atSpace = data.charCodeAt(data.length - 1) === 32;
      return;
    }
    const offsets: number[] = [];
    let chunk = '';
    for (let index = 0; index < data.length; index++) {
      const char = data[index]!;
      if (char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00A0' || char === '\f') {
        if (this.atSpace) continue;
        chunk += ' ';
        this.atSpace = true;
      } else {
        chunk += char;
        this.atSpace = false;
      }
      offsets.push(index);
    }
    if (!chunk) return;
    if (live) {
      this.map.add({ start: this.text.length, length: chunk.length, node: live, nodeOffsets: Int32Array.from(offsets) });
    }
    this.text += chunk;
  }

  flush(kind: BlockKind, out: WalkedBlock[]): void {
    const text = this.text.trimEnd();
    if (text) out.push({ kind, text, map: this.map });
    this.text = '';
    this.map = new TextMap();
    this.atSpace = true;
    this.lastData = '';
  }
}

/**
 * When `data` needs no collapsing, where the run of it to keep starts: after a leading space
 * that follows a space (or opens a block), else at 0. -1 when it holds white space other than
 * single ASCII spaces, or two spaces in a row. (A regular expression, not a loop over the
 * characters: this runs on every text node of an article, in code the page has not warmed up.)
 */
function plainRunStart(data: string, atSpace: boolean): number {
  if (NEEDS_COLLAPSING.test(data)) return -1;
  return atSpace && data.charCodeAt(0) === 32 ? 1 : 0;
}
