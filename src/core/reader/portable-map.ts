import { pointInRun, TextAddresser, TextRunFinder } from './text-address';
import type { TextMap } from './text-map';

// The TextMap of a page read elsewhere (the background reads a serialised copy), as plain data
// that can cross a message channel, and its reading in the live page: the same `rangeFor` as a
// TextMap, resolving each segment's text address on first use.

export interface PortableSegment {
  /** Offset of the segment's first character in the analysed text, and its length there. */
  start: number;
  length: number;
  /** The text run's address under <body> (see text-address.ts), and the run's length. */
  path: number[];
  runLength: number;
  /**
   * Where the segment's characters are in the run: flat pairs [index in the segment, offset in
   * the run], one pair per place where the offsets stop running on one by one (white space the
   * reader collapsed), the first pair at index 0.
   */
  points: number[];
}

export interface PortableTextMap {
  segments: PortableSegment[];
  /**
   * The sheet's items already placed (the background has time to spare; the page has not): flat
   * sextuples [start, end, first segment, offset in its run, last segment, offset in its run].
   */
  anchors: number[];
}

/** Where offset `offset` of the analysed text falls: [segment index, offset in the segment's run]. */
function findPoint(segments: readonly PortableSegment[], offset: number, isEnd: boolean): [number, number] | null {
  const target = isEnd ? offset - 1 : offset;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid]!;
    if (target < segment.start) high = mid - 1;
    else if (target >= segment.start + segment.length) low = mid + 1;
    else {
      const runOffset = offsetInRun(segment.points, target - segment.start);
      return [mid, isEnd ? runOffset + 1 : runOffset];
    }
  }
  return null;
}

/**
 * The map of a page read from a copy (`root` is the copy's <body>), as data, with `spans` (the
 * [start, end) of each item the page will highlight) placed in advance.
 */
export function toPortableMap(map: TextMap, root: Element, spans: Iterable<{ start: number; end: number }>): PortableTextMap {
  const addresser = new TextAddresser(root);
  const segments: PortableSegment[] = [];
  for (const segment of map.list()) {
    const address = addresser.address(segment.node);
    if (!address) continue;
    const points: number[] = [];
    const offsets = segment.nodeOffsets;
    if (!offsets) points.push(0, address.base + (segment.nodeStart ?? 0));
    else {
      for (let index = 0; index < segment.length; index++) {
        const offset = offsets[index]!;
        if (index === 0 || offset !== offsets[index - 1]! + 1) points.push(index, address.base + offset);
      }
    }
    segments.push({ start: segment.start, length: segment.length, path: address.path, runLength: address.runLength, points });
  }
  const anchors: number[] = [];
  for (const { start, end } of spans) {
    const first = end > start ? findPoint(segments, start, false) : null;
    const last = first ? findPoint(segments, end, true) : null;
    if (first && last) anchors.push(start, end, first[0], first[1], last[0], last[1]);
  }
  return { segments, anchors };
}

/** A portable map read against the live page: Ranges for offsets of the analysed text. */
export class LiveTextMap {
  private readonly runs: (Text[] | null | undefined)[] = [];
  private finder: TextRunFinder | null = null;
  /** Anchors by their span (start × 2^26 + end; texts are far shorter than 2^26 characters). */
  private anchorAt: Map<number, number> | null = null;

  constructor(private readonly data: PortableTextMap) {}

  rangeFor(doc: Document, start: number, end: number): Range | null {
    const root = doc.body;
    if (!root || end <= start) return null;
    const anchors = this.data.anchors;
    if (!this.anchorAt) {
      this.anchorAt = new Map();
      for (let at = 0; at < anchors.length; at += 6) this.anchorAt.set(anchors[at]! * 2 ** 26 + anchors[at + 1]!, at);
    }
    const at = this.anchorAt.get(start * 2 ** 26 + end);
    let from: { node: Text; offset: number } | null;
    let to: { node: Text; offset: number } | null;
    if (at !== undefined) {
      from = this.pointAt(root, anchors[at + 2]!, anchors[at + 3]!, false);
      to = this.pointAt(root, anchors[at + 4]!, anchors[at + 5]!, true);
    } else {
      const first = findPoint(this.data.segments, start, false);
      const last = findPoint(this.data.segments, end, true);
      from = first && this.pointAt(root, first[0], first[1], false);
      to = last && this.pointAt(root, last[0], last[1], true);
    }
    if (!from || !to) return null;
    try {
      const range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    } catch {
      return null;
    }
  }

  private pointAt(root: Element, segmentIndex: number, runOffset: number, isEnd: boolean): { node: Text; offset: number } | null {
    const run = this.runOf(root, segmentIndex);
    return run ? pointInRun(run, runOffset, isEnd) : null;
  }

  private runOf(root: Element, segmentIndex: number): Text[] | null {
    let run = this.runs[segmentIndex];
    // A run found before may have left the page since (the page re-rendered): look again.
    if (run === undefined || (run && !run[0]!.isConnected)) {
      if (this.finder?.root !== root) this.finder = new TextRunFinder(root);
      const segment = this.data.segments[segmentIndex]!;
      run = this.finder.runAt(segment.path, segment.runLength);
      this.runs[segmentIndex] = run;
    }
    return run;
  }
}

/** The run offset of character `index` of a segment, from its points. */
function offsetInRun(points: readonly number[], index: number): number {
  let pair = 0;
  while (pair + 2 < points.length && points[pair + 2]! <= index) pair += 2;
  return points[pair + 1]! + (index - points[pair]!);
}
