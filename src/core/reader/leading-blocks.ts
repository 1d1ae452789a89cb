import type { ArticleMeta, BlockKind } from '../types';
import { collapseWhitespace } from '../text/normalize';
import { isFurniture, PAGE_MARGIN } from './boilerplate';
import { inPictureCredit } from './byline-scope';
import { isOutOfSight } from './hidden';
import { walkBlocks, type NodeResolver, type WalkedBlock } from './block-walker';
import type { SeenTexts } from './seen-texts';
import { TextMap } from './text-map';

// The parts of an article that sit around its body container: headline, deck, byline, the
// printed date line, and image captions of a lead picture placed above the body. Found in the
// live page, so their text maps to live nodes directly.

const identity: NodeResolver = (node) => node;
const DECK_CLASS = /(?:^|[-_\s])(?:dek|deck|standfirst|sub-?title|subhead(?:line)?|summary|excerpt|lede|lead|intro|description|teaser|strapline|kicker-text)(?:$|[-_\s])/i;
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .by-line, .author, .author-name, .article-author, .post-author, .entry-author, [class*="byline" i], [data-testid*="byline" i]';
const DATE_SELECTOR = 'time, [itemprop="datePublished"], .pubdate, .published, .post-date, .entry-date, .article-date, .article__date, .timestamp, .date, [class*="publish-date" i], [class*="dateline" i]';
const MONTH_OR_DIGITS = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const MAX_CANDIDATES = 400;

export interface Leading {
  blocks: WalkedBlock[];
  /** The headline element, when the page has one that matches the title. */
  headline: Element | null;
}

export function leadingBlocks(doc: Document, meta: ArticleMeta, root: Element | null, headline: Element | null): Leading {
  const blocks: WalkedBlock[] = [];
  const scope: ParentNode = root ?? doc;
  if (headline) blocks.push(...as('headline', walkBlocks(headline, identity)));
  else if (meta.title) blocks.push({ kind: 'headline', text: collapseWhitespace(meta.title), map: new TextMap() });

  const deck = findDeck(doc, headline, meta.description);
  if (deck) blocks.push(...as('deck', walkBlocks(deck, identity, 10_000)));

  const byline = firstShort(scope, BYLINE_SELECTOR, 120, (element) => /\p{Lu}/u.test(element.textContent ?? '') && !inPictureCredit(element));
  if (byline) blocks.push(...as('byline', walkBlocks(byline, identity, 2_000)));

  const dateline = firstShort(scope, DATE_SELECTOR, 80, (element) => MONTH_OR_DIGITS.test(element.textContent ?? ''));
  if (dateline) blocks.push(...as('dateline', walkBlocks(dateline, identity, 1_000)));
  return { blocks: dedupe(blocks), headline };
}

/** Captions of figures inside the article's region that the body container left out. */
export function outsideCaptions(root: Element | null, bodyTexts: SeenTexts): WalkedBlock[] {
  if (!root) return [];
  const out: WalkedBlock[] = [];
  const captions = root.querySelectorAll('figcaption, .wp-caption-text');
  const limit = Math.min(captions.length, 30);
  for (let index = 0; index < limit; index++) {
    const caption = captions[index]!;
    if (insideFurniture(caption, root) || isTeaserCaption(caption)) continue;
    // (Not a screen reader's label inside it: "Media caption" would run into the caption's first word.)
    const walked = as('caption', walkBlocks(caption, identity, 5_000, isOutOfSight));
    for (const block of walked) {
      if (block.text.length < 3 || bodyTexts.has(block.text)) continue;
      bodyTexts.add(block.text);
      out.push(block);
    }
  }
  return out;
}

/** The smallest live element holding both the headline and the body's first node. */
export function articleRegion(headline: Element | null, bodyNode: Node | null): Element | null {
  if (!bodyNode) return headline?.closest('article') ?? null;
  if (!headline) return (bodyNode.parentElement ?? null)?.closest('article') ?? null;
  const ancestors = new Set<Node>();
  for (let node: Node | null = headline, depth = 0; node && depth < 40; node = node.parentNode, depth++) ancestors.add(node);
  for (let node: Node | null = bodyNode, depth = 0; node && depth < 60; node = node.parentNode, depth++) {
    if (ancestors.has(node)) return node.nodeType === 1 && (node as Element).tagName !== 'HTML' && (node as Element).tagName !== 'BODY' ? node as Element : null;
  }
  return null;
}

/** The element that prints the headline: the title's text in an <h1> (or headline), else the page's one <h1>. */
export function findHeadline(doc: Document, title: string): Element | null {
  const target = comparable(title);
  const candidates = doc.querySelectorAll('h1, [itemprop="headline"], h2');
  const limit = Math.min(candidates.length, MAX_CANDIDATES);
  let loose: Element | null = null;
  for (let index = 0; index < limit; index++) {
    const element = candidates[index]!;
    const text = comparable(element.textContent ?? '');
    if (text === target) return element;
    // The visible headline sometimes differs from the metadata's by a word or two.
    if (!loose && element.tagName === 'H1' && text.length > 10 && (text.includes(target) || target.includes(text))) loose = element;
  }
  if (loose) return loose;
  const h1s = doc.querySelectorAll('h1');
  return h1s.length === 1 && comparable(h1s[0]!.textContent ?? '').length > 10 ? h1s[0]! : null;
}

function findDeck(doc: Document, headline: Element | null, description: string | null): Element | null {
  // The element that follows the headline and is named as a deck…
  if (headline) {
    let element: Element | null = headline.nextElementSibling ?? headline.parentElement?.nextElementSibling ?? null;
    for (let step = 0; element && step < 4; step++, element = element.nextElementSibling) {
      const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
      const length = collapseWhitespace(element.textContent ?? '').length;
      if (DECK_CLASS.test(names) && length >= 30 && length <= 500 && !isFurniture(element)) return element;
    }
  }
  // …or the element that prints the page's description.
  if (!description || description.length < 30) return null;
  const target = comparable(description);
  const candidates = doc.querySelectorAll('p, h2, div, span');
  const limit = Math.min(candidates.length, 3_000);
  for (let index = 0; index < limit; index++) {
    const element = candidates[index]!;
    const text = element.textContent ?? '';
    if (text.length < target.length || text.length > target.length * 2 + 40) continue;
    if (comparable(text) === target && !element.closest('meta, head')) return element;
  }
  return null;
}

function firstShort(scope: ParentNode, selector: string, maxLength: number, accept: (element: Element) => boolean): Element | null {
  const candidates = scope.querySelectorAll(selector);
  const limit = Math.min(candidates.length, 40);
  for (let index = 0; index < limit; index++) {
    const element = candidates[index]!;
    const length = collapseWhitespace(element.textContent ?? '').length;
    if (length < 3 || length > maxLength || !accept(element)) continue;
    if (element.closest(PAGE_MARGIN)) continue;
    // The outermost match of nested ones (`.byline` around `.author`), so it reads whole.
    return element;
  }
  return null;
}

/**
 * A caption that is a link, or that a link wraps ("<a href><figure><img><figcaption>Other story's
 * headline</figcaption></figure></a>"), titles another page: a related-stories carousel's card, not a
 * picture of this article, and its headline ("IMF Says India Growing …") is no statement of this page.
 */
function isTeaserCaption(caption: Element): boolean {
  if (caption.closest('a[href]')) return true;
  const links = caption.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  return collapseWhitespace(links[0]!.textContent ?? '') === collapseWhitespace(caption.textContent ?? '');
}

function insideFurniture(element: Element, root: Element): boolean {
  for (let node: Element | null = element, depth = 0; node && node !== root && depth < 20; node = node.parentElement, depth++) {
    if (isFurniture(node)) return true;
  }
  return false;
}

function as(kind: BlockKind, blocks: WalkedBlock[]): WalkedBlock[] {
  return blocks.map((block) => ({ ...block, kind }));
}

function dedupe(blocks: WalkedBlock[]): WalkedBlock[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    const key = block.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function comparable(text: string): string {
  return collapseWhitespace(text).toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"');
}
