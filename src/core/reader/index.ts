import { emptyMeta } from '../meta';
import type { ArticleMeta, Detection } from '../types';
import { lowerAttributeNames } from './attribute-names';
import { detectArticle } from './detect';
import { pickArticleNode, readJsonLd, textOf } from './json-ld';
import { readMainText, type MainText } from './main-text';
import { accountLinkNames, headBylineNames, isPersonName, readMetadata, splitByline } from './metadata';

export interface ReadArticle {
  detection: Detection;
  meta: ArticleMeta;
  /** Absent when the page is not an article and the caller did not force a read. */
  main: MainText | null;
  warnings: string[];
}

/**
 * Detect first (cheap), then read metadata and main text only for articles, or when forced.
 * `quickNo` skips the metadata of pages that are not articles (every page the reader visits).
 * Never throws: the reader runs on every page the user visits, whatever its markup; a step that
 * fails leaves its part empty and says so in `warnings`.
 */
export function readArticle(doc: Document, url: string | null, force = false, quickNo = false): ReadArticle {
  const warnings: string[] = [];
  const failed = (step: string, error: unknown): void => {
    warnings.push(`reader: ${step} failed (${error instanceof Error ? error.message : String(error)})`);
  };
  const attempt = <T>(step: string, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (error) {
      failed(step, error);
      return fallback;
    }
  };
  // A DOM that kept React's `dateTime` and `itemProp` as written reads them as a browser would.
  attempt('attribute names', () => lowerAttributeNames(doc), undefined);
  const jsonLd = attempt('json-ld', () => readJsonLd(doc), { nodes: [], warnings: [] });
  warnings.push(...jsonLd.warnings);
  const detection = attempt('detection', () => detectArticle(doc, url, jsonLd.nodes), { isArticle: false, score: 0, signals: ['error'] });
  if (quickNo && !detection.isArticle && !force) {
    // The cheap "no", asked of every page the reader visits: a page that is not an article
    // needs no metadata beyond its title.
    return { detection, meta: { ...emptyMeta(), title: doc.title?.trim() || null }, main: null, warnings };
  }
  const meta = attempt('metadata', () => readMetadata(doc, url, jsonLd.nodes), emptyMeta());
  const articleBody = attempt('article-body', () => textOf(pickArticleNode(jsonLd.nodes)?.articleBody), null);
  let main: MainText | null = null;
  try {
    main = readMainText(doc, meta, { articleBody });
  } catch (error) {
    failed('main text', error);
  }
  const read = main;
  // The printed byline names people; a wire service alone (the metadata's last resort) gives way to it.
  if (read && !meta.authors.some(isPersonName)) {
    // An administrator account printed under the outlet's name ("Written by <a href="…/author/admin/">
    // Ridge Courier</a>") is nobody's; under a person's name it is often the site owner's own.
    const outlet = meta.publisher?.toLowerCase();
    const outletAccounts = outlet ? accountLinkNames(doc).filter((name) => name.toLowerCase() === outlet) : [];
    const printed = attempt('byline', () => bylineAuthors(read, outletAccounts), []);
    if (printed.length) meta.authors = printed;
  }
  return { detection, meta, main, warnings };
}

/** How far into the text a byline of no byline box may sit: under the headline, a deck, a date line. */
const HEAD_BLOCKS = 6;

/**
 * Authors from a byline the page prints in its text, when no metadata names them: the first
 * byline block that names a person (the first may name a desk), or a line at the head of the
 * text that is a byline by its shape ("By Ana Ruiz | 12/10/2020" set as a date line), never the
 * headline ("Patch Notes 4.47.4 - Bugfix Build" has the shape of names and a date).
 */
function bylineAuthors(main: MainText, nobody: string[]): string[] {
  const keys = new Set(nobody.map((name) => name.toLowerCase()));
  const person = (name: string) => isPersonName(name) && !keys.has(name.toLowerCase());
  let head = 0;
  for (const block of main.blocks) {
    const text = main.text.slice(block.start, block.end);
    if (block.kind === 'byline') {
      const names = splitByline(text).filter(person);
      if (names.length) return names.slice(0, 6);
    } else if (block.kind !== 'caption' && block.kind !== 'headline' && head++ < HEAD_BLOCKS) {
      const names = headBylineNames(text).filter(person);
      if (names.length) return names.slice(0, 6);
    }
  }
  return [];
}

export { detectArticle, readJsonLd, readMetadata, readMainText };
export type { MainText };
