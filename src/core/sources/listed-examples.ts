// "UiPath, one of the larger vendors with 10,000 customers, including Acme, Brill and Corvo,
// recently announced …": a list of examples that an apposition ends with ("including …", "such as
// …") names members of the description, never the subject; the verb's subject is still the name
// the apposition stands beside. (Not "like …": "Pilots, like Ada Lind, a captain for the Harbour
// Line, said" gives the example's own words, tests/unit/sources/subjects.test.ts.)

import type { Span } from '../types';

const LIST_OPENING = /^\s*(?:including|such\s+as|among\s+them)\s/i;

/**
 * The index of the first segment (after the first) that opens a list of examples, or -1: the
 * segments from it on belong to that list.
 */
export function listedExamplesStart(masked: string, segments: readonly Span[]): number {
  for (let k = 1; k < segments.length; k++) {
    if (LIST_OPENING.test(masked.slice(segments[k]!.start, segments[k]!.end))) return k;
  }
  return -1;
}
