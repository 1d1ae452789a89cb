// Runs the sources step on paragraphs of our own, as the pipeline would.
import { createContext } from '../../../src/core/context';
import { extractSources, type SourceOptions } from '../../../src/core/sources/index';
import { emptyMeta } from '../../../src/core/meta';
import { joinBlocks } from '../../../src/core/text/plain-text';
import type { BlockKind, Quote, Source } from '../../../src/core/types';

export interface Result {
  sources: Source[];
  quotes: Quote[];
  text: string;
}

// The rules' tests read what the parsers and refiners find: the learned check (quote-check.ts),
// weighed on a news corpus, would judge their one-line fixtures as it judges articles. Its own
// test passes it back in.
const RULES_ONLY: SourceOptions = { quoteCheck: () => true };

export function run(paragraphs: (string | [BlockKind, string])[], authors: string[] = [], options: SourceOptions = {}): Result {
  const { text, blocks } = joinBlocks(paragraphs.map((p) => (typeof p === 'string' ? (['paragraph', p] as const) : p)));
  const ctx = createContext({ text, blocks, meta: { ...emptyMeta(), language: 'en', authors }, url: null, referenceDate: new Date('2026-03-04T12:00:00Z') });
  return { ...extractSources(ctx, { ...RULES_ONLY, ...options }), text };
}

/** "speaker | text" lines, for exact comparisons. */
export function said(result: Result): string[] {
  return result.quotes.map((q) => `${q.speaker} | ${q.text}`);
}
