// Runs the sources step on paragraphs of our own, as the pipeline would.
import { createContext } from '../../../src/core/context';
import { extractSources } from '../../../src/core/sources/index';
import type { ArticleMeta, BlockKind, Quote, Source, TextBlock } from '../../../src/core/types';

// The sources step reads only the authors from the metadata (the pipeline's module pulls in every step).
const EMPTY_META: ArticleMeta = {
  title: null, published: null, modified: null, authors: [], publisher: null, publishers: [],
  language: 'en', canonicalUrl: null, section: null, image: null, description: null,
};

export interface Result {
  sources: Source[];
  quotes: Quote[];
  text: string;
}

export function run(paragraphs: (string | [BlockKind, string])[], authors: string[] = []): Result {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const p of paragraphs) {
    const [kind, body] = typeof p === 'string' ? (['paragraph', p] as const) : p;
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + body.length });
    text += body;
  }
  const ctx = createContext({ text, blocks, meta: { ...EMPTY_META, authors }, url: null, referenceDate: new Date('2026-03-04T12:00:00Z') });
  return { ...extractSources(ctx), text };
}

/** "speaker | text" lines, for exact comparisons. */
export function said(result: Result): string[] {
  return result.quotes.map((q) => `${q.speaker} | ${q.text}`);
}
