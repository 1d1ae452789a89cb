import type { NodeResolver } from './block-walker';

// Maps the text nodes of a cloned document back to the live page's. Walking both trees in step
// gives an exact map for every node the clone still holds; but Readability rebuilds its nodes
// from HTML when it retries with looser rules, and those new nodes are in no map. For them the
// resolver aligns by text: the next live text node (in document order, after the last one
// matched) whose data is the same. Bounded: one pass to index, a binary search per lookup.
// The same walk hands back the copies of live elements the caller wants out of the clone (a
// gallery of another story found in the live page), before either tree changes.

const MAX_INDEXED_NODES = 200_000;

export interface ClonedDocument {
  clone: Document;
  toLive: NodeResolver;
  /** The clone's copies of the live elements asked for (`copiesOf`), in no particular order. */
  copies: Element[];
}

export function cloneWithLiveMap(doc: Document, copiesOf: ReadonlySet<Element> = new Set()): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  const exact = new WeakMap<Node, Text>();
  const liveTexts: Text[] = [];
  const copies: Element[] = [];
  const stack: [Node, Node][] = [[doc, clone]];
  while (stack.length) {
    const [live, copy] = stack.pop()!;
    if (copiesOf.has(live as Element)) copies.push(copy as Element);
    if (live.nodeType === 3) {
      exact.set(copy, live as Text);
      if (liveTexts.length < MAX_INDEXED_NODES) liveTexts.push(live as Text);
      continue;
    }
    const liveChildren = live.childNodes;
    const copyChildren = copy.childNodes;
    const count = Math.min(liveChildren.length, copyChildren.length);
    // Pushed in reverse so that text nodes are met (and indexed) in document order.
    for (let index = count - 1; index >= 0; index--) stack.push([liveChildren[index]!, copyChildren[index]!]);
  }

  let byData: Map<string, number[]> | null = null;
  let position = new WeakMap<Text, number>();
  let lastMatched = -1;

  const buildIndex = (): Map<string, number[]> => {
    const index = new Map<string, number[]>();
    position = new WeakMap();
    liveTexts.forEach((node, at) => {
      position.set(node, at);
      const key = node.data;
      if (!key.trim()) return;
      const list = index.get(key);
      if (list) list.push(at);
      else index.set(key, [at]);
    });
    return index;
  };

  const toLive: NodeResolver = (node) => {
    const known = exact.get(node);
    if (known) {
      if (byData) lastMatched = position.get(known) ?? lastMatched;
      return known;
    }
    // Same data, so the clone's character offsets are the live node's too.
    const key = node.data;
    if (!key.trim()) return null;
    byData ??= buildIndex();
    const list = byData.get(key);
    if (!list) return null;
    const next = list[firstAfter(list, lastMatched)] ?? list[0]!;
    lastMatched = next;
    return liveTexts[next]!;
  };
  return { clone, toLive, copies };
}

/** Index of the first value greater than `after` in an ascending list (its length if none). */
function firstAfter(list: number[], after: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! > after) high = mid;
    else low = mid + 1;
  }
  return low;
}
