// Addresses of text nodes that survive serialising a page and parsing it again elsewhere, so
// that the background can read a copy of the page and the content script can still find, in the
// live page, the text nodes the copy's offsets point into.
//
// An address is a path of child positions from <body> down to a text node. Positions count
// "slots", not nodes: a run of adjacent text nodes is one slot (serialising merges them; a parser
// may split them again, at entities say) and an empty run is no slot at all. Offsets into a text
// node are offsets into its whole run. Counting the same way on both sides makes the two trees
// agree wherever the HTML round trip keeps the page's structure, which is nearly everywhere;
// where it does not, the content script checks each range's words and finds the rest by text.

export interface TextAddress {
  /** Slot index at each level below <body>; the last one is the text run's. */
  path: number[];
  /** Where the node's data starts within its run. */
  base: number;
  /** The length of the whole run's data, to check a run found in the live page against. */
  runLength: number;
}

const TEXT = 3;

function isText(node: Node | null): node is Text {
  return node !== null && node.nodeType === TEXT;
}

/** Computes addresses for many nodes of one tree, remembering each parent's slots. */
export class TextAddresser {
  private readonly slotsOf = new Map<Node, Map<Node, { slot: number; base: number; run: { length: number } }>>();

  constructor(private readonly root: Element) {}

  address(node: Text): TextAddress | null {
    const path: number[] = [];
    let base = 0;
    let runLength = 0;
    let current: Node = node;
    while (current !== this.root) {
      const parent: Node | null = current.parentNode;
      if (!parent) return null;
      const place = this.slotsFor(parent).get(current);
      if (!place) return null;
      path.push(place.slot);
      if (current === node) {
        base = place.base;
        runLength = place.run.length;
      }
      current = parent;
    }
    return { path: path.reverse(), base, runLength };
  }

  private slotsFor(parent: Node): Map<Node, { slot: number; base: number; run: { length: number } }> {
    let slots = this.slotsOf.get(parent);
    if (slots) return slots;
    slots = new Map();
    let slot = -1;
    let run: { length: number } | null = null;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (isText(child)) {
        if (!child.data) continue;
        if (!run) {
          slot++;
          run = { length: 0 };
        }
        slots.set(child, { slot, base: run.length, run });
        run.length += child.data.length;
      } else {
        slot++;
        run = null;
        slots.set(child, { slot, base: 0, run: { length: 0 } });
      }
    }
    this.slotsOf.set(parent, slots);
    return slots;
  }
}

/**
 * Finds text runs by address in the live page.
 *
 * First as plain child indices, which is what slots are wherever the page has no adjacent or
 * empty text nodes (the background normalises its copy, and the HTML parser makes none): a
 * direct step per level, no walk over siblings, and the run's length confirms it. Where that
 * fails (a framework split a paragraph's text into several nodes, say), by slots: each parent's
 * slots are listed once and kept while the parent keeps its children, since an
 * article's paragraphs often share one parent, and walking its children anew for each would
 * cost the square of their number.
 */
export class TextRunFinder {
  private readonly slotsOf = new WeakMap<Node, { count: number; firsts: Node[] }>();

  constructor(readonly root: Element) {}

  /** The text nodes of the run at `path` (of `runLength` characters), or null when the path leads nowhere. */
  runAt(path: readonly number[], runLength: number): Text[] | null {
    return this.byIndex(path, runLength) ?? this.bySlots(path);
  }

  private byIndex(path: readonly number[], runLength: number): Text[] | null {
    let node: Node | undefined = this.root;
    for (const index of path) {
      node = node.childNodes[index];
      if (!node) return null;
    }
    if (!isText(node) || node.data.length !== runLength) return null;
    const next = node.nextSibling;
    return isText(next) && next.data ? null : [node];
  }

  private bySlots(path: readonly number[]): Text[] | null {
    let parent: Node = this.root;
    for (let level = 0; level < path.length; level++) {
      const found = this.slotsFor(parent)[path[level]!];
      if (!found) return null;
      if (level === path.length - 1) return isText(found) ? runFrom(found) : null;
      if (isText(found)) return null;
      parent = found;
    }
    return null;
  }

  /** The first node of each slot among `parent`'s children. */
  private slotsFor(parent: Node): Node[] {
    const count = parent.childNodes.length;
    const known = this.slotsOf.get(parent);
    // Kept while the children look the same: as many, and the first and last still there (a
    // re-render that replaced them all with as many new ones would leave the old ones listed).
    if (known && known.count === count && known.firsts[0]?.parentNode === parent && known.firsts.at(-1)?.parentNode === parent) {
      return known.firsts;
    }
    const firsts: Node[] = [];
    let inRun = false;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (isText(child)) {
        if (!child.data || inRun) continue;
        inRun = true;
      } else inRun = false;
      firsts.push(child);
    }
    this.slotsOf.set(parent, { count, firsts });
    return firsts;
  }
}

function runFrom(first: Text): Text[] {
  const run: Text[] = [];
  for (let node: Node | null = first; isText(node); node = node.nextSibling) run.push(node);
  return run;
}

/** The node and offset in it of offset `offset` within a text run; at a node's end when `isEnd`. */
export function pointInRun(run: readonly Text[], offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  let remaining = offset;
  for (const node of run) {
    const length = node.data.length;
    if (remaining < length || (isEnd && remaining === length)) return { node, offset: remaining };
    remaining -= length;
  }
  return null;
}
