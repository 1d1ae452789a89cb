// The text under an element that a reader sees (not its scripts or styles, which `textContent`
// counts), in page order and bounded: a hostile page may nest thousands of nodes under one
// footer or wrapper.

/**
 * Calls `take` with the value of each text node under `root`, in page order, leaving out the
 * subtrees of `skippedTags`, until `take` returns false or `maxNodes` nodes have been visited.
 */
export function forEachVisibleText(root: Element, skippedTags: ReadonlySet<string>, maxNodes: number, take: (value: string) => boolean): void {
  let visited = 0;
  const stack: Node[] = [root];
  while (stack.length && visited++ < maxNodes) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (!take(node.nodeValue ?? '')) return;
    } else if (node.nodeType === 1 && !skippedTags.has((node as Element).tagName.toUpperCase())) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
}
