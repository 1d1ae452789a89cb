import type { ArticleMeta, Detection } from '../types';
import { detectArticle } from './detect';
import { pickArticleNode, readJsonLd, textOf } from './json-ld';
import { readMainText, type MainText } from './main-text';
import { readMetadata } from './metadata';

export interface ReadArticle {
  detection: Detection;
  meta: ArticleMeta;
  /** Absent when the page is not an article and the caller did not force a read. */
  main: MainText | null;
  warnings: string[];
}

/** Detect first (cheap), then read metadata and main text only for articles, or when forced. */
export function readArticle(doc: Document, url: string | null, force = false): ReadArticle {
  const jsonLd = readJsonLd(doc);
  const detection = detectArticle(doc, url, jsonLd.nodes);
  const meta = readMetadata(doc, url, jsonLd.nodes);
  const articleBody = textOf(pickArticleNode(jsonLd.nodes)?.articleBody);
  const main = detection.isArticle || force ? readMainText(doc, meta, { articleBody }) : null;
  return { detection, meta, main, warnings: jsonLd.warnings };
}

export { detectArticle, readJsonLd, readMetadata, readMainText };
export type { MainText };
