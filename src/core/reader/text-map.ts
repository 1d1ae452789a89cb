// A map from offsets in the analysed text back to the live page's text nodes, so that the
// content script can turn any span the core finds into a DOM Range. It holds node references and
// is never serialised: the fact sheet carries only offsets.

export interface TextSegment {
  /** Offset of the segment's first character in the analysed text. */
  start: number;
  /** Its length in the analysed text (after white space was collapsed). */
  length: number;
  node: Text;
  /** For each character of the segment, its offset in `node.data` (white space was collapsed). */
  nodeOffsets: Int32Array;
}

export class TextMap {
  private readonly segments: TextSegment[] = [];

  add(segment: TextSegment): void {
    this.segments.push(segment);
  }

  /** The text node of the first segment, if any. */
  firstNode(): Text | null {
    return this.segments[0]?.node ?? null;
  }

  get size(): number {
    return this.segments.length;
  }

  /** Shift every segment (used when blocks are reordered into the final text). */
  static shifted(source: TextMap, delta: number, into: TextMap): void {
    for (const segment of source.segments) into.add({ ...segment, start: segment.start + delta });
  }

  /** A DOM Range for `[start, end)` of the analysed text, or null where the text has no node. */
  rangeFor(doc: Document, start: number, end: number): Range | null {
    const first = this.locate(start, false);
    const last = this.locate(end, true);
    if (!first || !last) return null;
    if (!first.node.isConnected || !last.node.isConnected) return null;
    try {
      const range = doc.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset);
      return range;
    } catch {
      return null;
    }
  }

  /** The node and offset of a text offset; at an end, the position just after the previous character. */
  private locate(offset: number, isEnd: boolean): { node: Text; offset: number } | null {
    const target = isEnd ? offset - 1 : offset;
    let low = 0;
    let high = this.segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = this.segments[mid]!;
      if (target < segment.start) high = mid - 1;
      else if (target >= segment.start + segment.length) low = mid + 1;
      else {
        const nodeOffset = segment.nodeOffsets[target - segment.start]!;
        return { node: segment.node, offset: isEnd ? nodeOffset + 1 : nodeOffset };
      }
    }
    return null;
  }
}
