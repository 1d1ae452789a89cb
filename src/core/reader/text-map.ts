// A map from offsets in the analysed text back to the text nodes of the document that was read,
// so that any span the core finds can become a DOM Range. It holds node references; to cross to
// the live page it becomes a PortableTextMap (portable-map.ts) of text addresses.

export interface TextSegment {
  /** Offset of the segment's first character in the analysed text. */
  start: number;
  /** Its length in the analysed text (after white space was collapsed). */
  length: number;
  node: Text;
  /**
   * For each character of the segment, its offset in `node.data` (where white space was
   * collapsed); null when the segment is a plain run of `node.data` from `nodeStart` on (the
   * common case, kept free of per-character arrays).
   */
  nodeOffsets: Int32Array | null;
  /** Where the run starts in `node.data`, when `nodeOffsets` is null. */
  nodeStart?: number;
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

  /** The segments in text order, to read (not to change). */
  list(): readonly TextSegment[] {
    return this.segments;
  }

  /** Moves every segment of `source` into `into`, shifted by `delta` (blocks placed in the final text); `source` is spent. */
  static shifted(source: TextMap, delta: number, into: TextMap): void {
    for (const segment of source.segments) {
      segment.start += delta;
      into.add(segment);
    }
    source.segments.length = 0;
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
        const index = target - segment.start;
        const nodeOffset = segment.nodeOffsets ? segment.nodeOffsets[index]! : (segment.nodeStart ?? 0) + index;
        return { node: segment.node, offset: isEnd ? nodeOffset + 1 : nodeOffset };
      }
    }
    return null;
  }
}
