import type { ArticleMeta } from './types';

/** Metadata with nothing known: plain text, a failed read, a page that is not an article. */
export function emptyMeta(): ArticleMeta {
  return {
    title: null, published: null, modified: null, authors: [], publisher: null, publishers: [],
    language: null, canonicalUrl: null, section: null, image: null, description: null,
  };
}
