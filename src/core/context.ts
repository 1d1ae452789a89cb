import type { ArticleMeta, DateMention, Figure, Quote, Source, Span, TextBlock } from './types';
import { splitSentences } from './text/sentences';

/**
 * Everything an extractor may read: the analysed text, its blocks and sentences, the article's
 * metadata, the reference date, and what earlier steps found. No globals: the same input always
 * gives the same sheet, whatever today's date is.
 */
export interface AnalysisContext {
  readonly text: string;
  readonly blocks: readonly TextBlock[];
  readonly sentences: readonly Span[];
  readonly meta: ArticleMeta;
  readonly url: string | null;
  /** What relative dates resolve against: the publication date, or the caller's reference date. */
  readonly referenceDate: Date;
  /** BCP 47 primary language, lower case ("en"). */
  readonly language: string;
  /** Read 1/11/2025 as 1 November (true) or 11 January (false). */
  readonly dayFirst: boolean;
  /** Filled in pipeline order: dates first, then figures (which skip date spans), then sources. */
  dates: DateMention[];
  figures: Figure[];
  sources: Source[];
  quotes: Quote[];
  readonly warnings: string[];
}

export interface ContextInput {
  text: string;
  blocks: TextBlock[];
  meta: ArticleMeta;
  url: string | null;
  referenceDate: Date;
}

// Outlets and languages that write the day before the month.
const DAY_FIRST_LANGUAGES = /^(en-(gb|au|nz|ie|in|za|sg|hk|my|pk|ng|ke)|fr|de|es|it|pt|nl|ru|pl|tr|id|vi)/i;
const DAY_FIRST_HOSTS = /\.(uk|au|nz|ie|in|za|sg|my|pk|ng|ke)$/i;

export function createContext(input: ContextInput): AnalysisContext {
  const language = (input.meta.language ?? 'en').toLowerCase();
  const host = safeHost(input.url);
  return {
    text: input.text,
    blocks: input.blocks,
    sentences: splitSentences(input.text),
    meta: input.meta,
    url: input.url,
    referenceDate: input.referenceDate,
    language: language.split('-')[0] || 'en',
    dayFirst: DAY_FIRST_LANGUAGES.test(language) || DAY_FIRST_HOSTS.test(host),
    dates: [],
    figures: [],
    sources: [],
    quotes: [],
    warnings: [],
  };
}

function safeHost(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
