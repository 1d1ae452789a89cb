// PolNeAR's brat annotations, read as the shared runner reads them: text-bound spans ("T" lines)
// and the attribution events ("E" lines) that tie a Cue, one or more Content spans and a Source.
// Shared by the scripts that learn from the train split.
import { readFileSync } from 'node:fs';

export interface AnnotatedSpan {
  type: string;
  /** The first span's start and the last span's end (a span may be split: "a;b c;d"). */
  start: number;
  end: number;
  spans: [number, number][];
  /** The spans' texts, joined by a space. */
  text: string;
}

export interface AnnotatedAttribution {
  cue: AnnotatedSpan | undefined;
  /** The event's "Content" argument. */
  content: AnnotatedSpan | undefined;
  /** "Content", "Content2", …: every content argument, in the order the event lists them. */
  contents: AnnotatedSpan[];
  source: AnnotatedSpan | undefined;
}

export function readAttributions(path: string, text: string): AnnotatedAttribution[] {
  const spans: Record<string, AnnotatedSpan> = {};
  const events: Record<string, string>[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]!)) {
      const [type, ...rest] = cols[1]!.split(' ');
      const parts = rest.join(' ').split(';').map((s) => s.trim().split(' ').map(Number) as [number, number]);
      spans[cols[0]!] = {
        type: type!, start: parts[0]![0], end: parts[parts.length - 1]![1], spans: parts,
        text: parts.map(([a, b]) => text.slice(a, b)).join(' '),
      };
    } else if (/^E\d+$/.test(cols[0]!)) {
      events.push(Object.fromEntries(cols[1]!.trim().split(/\s+/).map((kv) => kv.split(':') as [string, string])));
    }
  }
  const at = (id: string | undefined) => (id === undefined ? undefined : spans[id]);
  return events.map((e) => ({
    cue: at(e.Cue),
    content: at(e.Content),
    contents: Object.keys(e).filter((k) => /^Content\d*$/.test(k)).map((k) => spans[e[k]!]).filter((c) => c !== undefined),
    source: at(e.Source),
  }));
}

/**
 * The .ann file of an article's first annotator (two articles have several), as the runner takes
 * it; `annFiles` in alphabetical order.
 */
export function firstAnnotator(annFiles: readonly string[], id: string): string | undefined {
  return annFiles.find((a) => a.slice(0, a.lastIndexOf('_')) === id);
}
