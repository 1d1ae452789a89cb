// Which text the parsers read, and in what pieces. chrono costs a few milliseconds per call
// whatever the length, so sentences are read in windows of several sentences of one block; a
// sentence without a date-like word is skipped, and one longer than a window is cut at spaces.

import type { AnalysisContext } from '../context';
import type { Span } from '../types';

// A sentence without any of these cannot hold a date.
const TRIGGER =
  /\d|\b(?:christmas|easter|halloween|thanksgiving|juneteenth|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|day|spring|summer|fall|autumn|winter|quarter|morning|afternoon|evening|night|decade|fiscal|earlier|later)/i;
const WINDOW = 2_000;

/** Runs of consecutive date-bearing sentences of one block, each at most WINDOW characters. */
export function* readingWindows(ctx: AnalysisContext): Generator<Span> {
  let run: Span | null = null;
  for (const sentence of ctx.sentences) {
    const text = ctx.text.slice(sentence.start, sentence.end);
    if (!TRIGGER.test(text)) {
      if (run) yield run;
      run = null;
      continue;
    }
    if (sentence.end - sentence.start > WINDOW) {
      if (run) yield run;
      run = null;
      yield* cut(text, sentence.start);
      continue;
    }
    // A run never crosses a block (blocks are joined by a blank line) and stays under WINDOW.
    const joinable = run && !ctx.text.slice(run.end, sentence.start).includes('\n') && sentence.end - run.start <= WINDOW;
    if (run && joinable) run = { start: run.start, end: sentence.end };
    else {
      if (run) yield run;
      run = { start: sentence.start, end: sentence.end };
    }
  }
  if (run) yield run;
}

/** A long sentence in pieces of at most WINDOW characters, cut at spaces. */
function* cut(text: string, offset: number): Generator<Span> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + WINDOW / 2) end = space;
    }
    yield { start: offset + start, end: offset + end };
    start = end;
  }
}
