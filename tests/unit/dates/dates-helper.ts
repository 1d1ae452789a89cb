// Runs the dates step alone on plain text with a fixed publication day, as the pipeline does.

import { createContext, type AnalysisContext } from '../../../src/core/context';
import { extractDates } from '../../../src/core/dates/index';
import { emptyMeta } from '../../../src/core/meta';
import type { BlockKind, DateMention, TextBlock } from '../../../src/core/types';

export interface DatesOptions {
  /** BCP 47 language of the page; `en-GB` reads 1/11/2025 day first. */
  language?: string;
  url?: string;
}

/** Paragraphs separated by blank lines; an optional `kind:` prefix ("dateline: …") sets a block's kind. */
export function contextFor(text: string, published: string, options: DatesOptions = {}): AnalysisContext {
  const blocks: TextBlock[] = [];
  let joined = '';
  for (const raw of text.split(/\n\s*\n/)) {
    const kinded = /^(headline|deck|byline|dateline|caption|paragraph):\s*/.exec(raw);
    const paragraph = kinded ? raw.slice(kinded[0].length) : raw;
    if (joined) joined += '\n\n';
    blocks.push({ kind: (kinded?.[1] ?? 'paragraph') as BlockKind, start: joined.length, end: joined.length + paragraph.length });
    joined += paragraph;
  }
  const meta = { ...emptyMeta(), language: options.language ?? 'en-US', published };
  return createContext({
    text: joined, blocks, meta, url: options.url ?? null, referenceDate: new Date(`${published.slice(0, 10)}T12:00:00Z`),
  });
}

export function datesIn(text: string, published: string, options: DatesOptions = {}): DateMention[] {
  return extractDates(contextFor(text, published, options));
}

/** `text=value` for each date, the shape most assertions compare. */
export function pairs(text: string, published: string, options: DatesOptions = {}): string[] {
  return datesIn(text, published, options).map((d) => `${d.text}=${d.value}`);
}
