// The way down to an element as a list of child positions, to find the same element in an exact
// copy of the tree (`cloneNode(true)`): the copy has the same children at every level until one
// of the two trees is changed, so the path must be taken, and followed, before that.

/** Child positions (among all child nodes) from `root` down to `element`; null when it is not under `root`. */
export function elementPath(root: Node, element: Element): number[] | null {
  const path: number[] = [];
  let node: Node = element;
  while (node !== root) {
    const parent: Node | null = node.parentNode;
    if (!parent) return null;
    path.push(Array.prototype.indexOf.call(parent.childNodes, node));
    node = parent;
  }
  return path.reverse();
}

/** The element at `path` under `root`, or null when the path leads nowhere or to no element. */
export function elementAt(root: Node, path: readonly number[]): Element | null {
  let node: Node | undefined = root;
  for (const index of path) {
    node = node.childNodes[index];
    if (!node) return null;
  }
  return node.nodeType === 1 ? (node as Element) : null;
}
