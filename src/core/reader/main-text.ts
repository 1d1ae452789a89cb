import { Readability } from '@mozilla/readability';
import type { ArticleMeta, BlockKind, TextBlock } from '../types';
import { collapseWhitespace } from '../text/normalize';
import {
  isAuthorBio, isBoilerplateText, isCreditLine, isDateLine, isFurniture, isFurnitureInArticle, isTailMarker, removeFurniture,
} from './boilerplate';
import { walkBlocks, type NodeResolver, type WalkedBlock } from './block-walker';
import { inPictureCredit } from './byline-scope';
import { articleRegion, findHeadline, leadingBlocks, outsideCaptions } from './leading-blocks';
import { decodeEntities } from './entities';
import { cloneWithLiveMap } from './live-resolver';
import { SeenTexts } from './seen-texts';
import { otherStoryGalleries, type GalleryContext } from './story-gallery';
import { TextMap } from './text-map';

// The article's text as a reader sees it. Readability finds the article's container on a clone
// of the page (it mutates what it reads), after page furniture was taken out of the clone; a map
// from the clone's text nodes to the live page's lets every block keep its way back to the DOM.
// Headline, deck, byline, the printed date line and a lead picture's caption often sit outside
// that container, so they are found in the live page and put first. When the page's JSON-LD
// carries the whole `articleBody`, it vouches for each body block: blocks it lacks are dropped.
// A gallery of another story set inside the body (its own title, a caption a slide) is found
// once, in the live page, and left out wherever the body is read: the live page's walks skip it,
// and its copy is taken out of the clone before Readability.

export interface MainText {
  text: string;
  blocks: TextBlock[];
  /** The body: deck, paragraphs, subheads, quotes and list items, separated by blank lines. */
  body: string;
  map: TextMap;
}

export interface MainTextOptions {
  /** JSON-LD `articleBody`, when the page has one. */
  articleBody?: string | null;
}

const BODY_KINDS = new Set<BlockKind>(['deck', 'paragraph', 'subhead', 'blockquote', 'list-item']);
const MAX_ELEMENTS = 25_000;
const MAX_WALK_CHARS = 1_000_000;
const MAX_BLOCKS = 3_000;
/** The page's own article element is read directly when it holds this much paragraph text… */
const DIRECT_MIN_CHARS = 1_000;
/** …and this share of all the page's paragraphs (by count). */
const DIRECT_SHARE = 0.9;
const BY_LINE = /^by\s+\p{Lu}/u;
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
const NAMES_ONLY = new RegExp(`^${NAME}(?:\\s*(?:/|,|&|\\band\\b)\\s*${NAME}){0,3}$`, 'u');

/** The body, then the blocks around it (headline, standfirst, captions), assembled. */
export function readMainText(doc: Document, meta: ArticleMeta, options: MainTextOptions = {}): MainText {
  const galleries: GalleryContext = { title: meta.title, url: meta.canonicalUrl };
  const liveGalleries = new LiveGalleries(doc, galleries);
  const body = readBody(doc, liveGalleries);
  let blocks = cleanBody(body, meta);
  blocks = vouchedByArticleBody(blocks, options.articleBody ?? null);

  const firstLive = firstMappedNode(blocks);
  const headline = meta.title ? findHeadline(doc, meta.title) : null;
  const region = articleRegion(headline, firstLive) ?? (firstLive?.parentElement?.closest('article') ?? null);
  const leading = leadingBlocks(doc, meta, region, headline);

  const seen = new SeenTexts(leading.blocks.map((block) => block.text));
  blocks = blocks.filter((block) => !seen.has(block.text) || block.kind === 'caption');
  for (const block of blocks) seen.add(block.text);
  const captions = outsideCaptions(region, seen).filter((block) => !liveGalleries.holds(block.map.firstNode()));
  return assemble([...leading.blocks, ...captions, ...blocks]);
}

const live: NodeResolver = (node) => node;

/** The live page's galleries of other stories, found once, on first need. */
class LiveGalleries {
  private found: Set<Element> | null = null;

  constructor(private readonly doc: Document, private readonly context: GalleryContext) {}

  /** Whether the element is a gallery's box (a walk skips it whole). */
  has(element: Element): boolean {
    return this.boxes().has(element);
  }

  /** Whether the node sits inside a gallery's box. */
  holds(node: Node | null): boolean {
    const boxes = this.boxes();
    if (!node || boxes.size === 0) return false;
    for (const box of boxes) if (box.contains(node)) return true;
    return false;
  }

  /** The walk's test: furniture by `furniture`, or a gallery of another story. */
  skipping(furniture: (element: Element) => boolean): (element: Element) => boolean {
    return (element) => furniture(element) || this.has(element);
  }

  /** The galleries' boxes (cloneWithLiveMap takes their copies out of the clone). */
  boxes(): ReadonlySet<Element> {
    this.found ??= new Set(otherStoryGalleries(this.doc, this.context));
    return this.found;
  }
}

/** The body's blocks: from the page's own article element, Readability's choice, or the whole page. */
function readBody(doc: Document, liveGalleries: LiveGalleries): WalkedBlock[] {
  // A page this large is not worth a clone and a Readability pass (seconds on 5 MB): its own
  // container, furniture skipped, is read directly.
  if (doc.querySelectorAll('*').length > MAX_ELEMENTS) {
    const container = ownContainer(doc)?.element;
    if (container) return walkBlocks(container, live, MAX_WALK_CHARS, liveGalleries.skipping(isFurniture));
    return readWholePage(doc, liveGalleries);
  }
  // A page whose own article element holds nearly all of its paragraphs needs no search for
  // the article: reading that element directly skips a clone and a Readability pass.
  const container = ownContainer(doc);
  if (container && plainlyTheArticle(doc, container)) {
    return walkBlocks(container.element, live, MAX_WALK_CHARS, liveGalleries.skipping(isFurnitureInArticle));
  }
  const { clone, toLive, copies: galleryCopies } = cloneWithLiveMap(doc, liveGalleries.boxes());
  removeFurniture(clone);
  for (const box of galleryCopies) box.remove();
  let content: Element | null = null;
  try {
    const result = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: MAX_ELEMENTS,
      charThreshold: 250,
    }).parse();
    content = result?.content ?? null;
  } catch {
    content = null;
  }
  const found = content ? walkBlocks(content, toLive) : [];
  // Readability gave up, or chose far less than the page's own article container holds (a
  // print-only notice, a teaser): the container, its furniture skipped.
  if (container && container.paragraphText > 500 && container.paragraphText > 2 * textLength(found)) {
    return walkBlocks(container.element, live, MAX_WALK_CHARS, liveGalleries.skipping(isFurniture));
  }
  if (content) return found;
  return readWholePage(doc, liveGalleries);
}

function readWholePage(doc: Document, liveGalleries: LiveGalleries): WalkedBlock[] {
  const root = doc.querySelector('main, [role="main"]') ?? doc.body;
  return root ? walkBlocks(root, live, MAX_WALK_CHARS, liveGalleries.skipping(isFurniture)) : [];
}

/**
 * Whether the container holds the article beyond doubt: a real article's worth of paragraph
 * text, and nearly all the paragraphs of the page (so no comments, teasers or second story beside
 * it). Paragraphs are counted, not measured: counting costs no strings.
 */
function plainlyTheArticle(doc: Document, container: OwnContainer): boolean {
  if (container.paragraphText < DIRECT_MIN_CHARS) return false;
  return container.paragraphs >= DIRECT_SHARE * doc.getElementsByTagName('p').length;
}

/** The page's own article container with the most paragraph text. */
interface OwnContainer {
  element: Element;
  /** Characters of its paragraphs (the first 2,000 paragraphs). */
  paragraphText: number;
  paragraphs: number;
}

function ownContainer(doc: Document): OwnContainer | null {
  const candidates = doc.querySelectorAll('[itemprop="articleBody"], article');
  let best: OwnContainer | null = null;
  for (let index = 0; index < Math.min(candidates.length, 12); index++) {
    const element = candidates[index]!;
    const paragraphs = element.getElementsByTagName('p');
    let total = 0;
    // Raw lengths: close enough to compare containers, and native (no loop over characters).
    for (let p = 0; p < Math.min(paragraphs.length, 2_000); p++) total += (paragraphs[p]!.textContent ?? '').trim().length;
    if (!best || total > best.paragraphText) best = { element, paragraphText: total, paragraphs: paragraphs.length };
  }
  return best;
}

function textLength(blocks: WalkedBlock[]): number {
  return blocks.reduce((sum, block) => sum + (block.kind === 'paragraph' ? block.text.length : 0), 0);
}

/** Block kinds fixed up and boilerplate dropped. */
function cleanBody(walked: WalkedBlock[], meta: ArticleMeta): WalkedBlock[] {
  const title = meta.title ? collapseWhitespace(meta.title).toLowerCase() : null;
  const out: WalkedBlock[] = [];
  let paragraphSeen = false;
  for (const block of walked.slice(0, MAX_BLOCKS)) {
    let kind = block.kind;
    if (kind === 'headline' && block.text.toLowerCase() !== title) kind = 'subhead';
    if (kind !== 'caption' && kind !== 'headline' && isBoilerplateText(block.text)) continue;
    if (kind === 'paragraph' && isCreditLine(block.text)) kind = 'caption';
    if (kind === 'paragraph' && isDateLine(block.text)) kind = 'dateline';
    // A line in a picture ("AP Photo/Jo Mills" beside the image) credits the photographer.
    const bylineShaped = kind === 'paragraph' && ((out.length < 3 && block.text.length < 80 && BY_LINE.test(block.text))
      // A short line of names alone before the first paragraph: a byline printed in the body.
      || (!paragraphSeen && block.text.length <= 70 && NAMES_ONLY.test(block.text)));
    if (bylineShaped && !inPicture(block)) kind = 'byline';
    if (kind === 'paragraph') paragraphSeen = true;
    out.push(kind === block.kind ? block : { ...block, kind });
  }
  return cutTail(out);
}

/** Drops the recirculation that follows the article inside its container ("More in News" …). */
function cutTail(blocks: WalkedBlock[]): WalkedBlock[] {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  let seen = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (seen > total * 0.5 && block.kind !== 'caption' && isTailMarker(block.text)) {
      return blocks.slice(0, index);
    }
    seen += block.text.length;
  }
  const last = blocks[blocks.length - 1];
  if (last && last.kind === 'paragraph' && blocks.length > 3 && isAuthorBio(last.text)) return blocks.slice(0, -1);
  return blocks;
}

const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

/** With a complete JSON-LD `articleBody`, keep only the body blocks it contains. */
function vouchedByArticleBody(blocks: WalkedBlock[], articleBody: string | null): WalkedBlock[] {
  if (!articleBody || articleBody.length < 400) return blocks;
  // (A CMS often writes the body's JSON with HTML entities in it: "King&#039;s" is "King's" on the page.)
  const reference = decodeEntities(articleBody.slice(0, 1_000_000)).toLowerCase().replace(NOT_LETTERS, '');
  const bodyBlocks = blocks.filter((block) => BODY_KINDS.has(block.kind));
  let total = 0;
  let found = 0;
  const vouched = new Set<WalkedBlock>();
  for (const block of bodyBlocks) {
    const key = block.text.toLowerCase().replace(NOT_LETTERS, '');
    total += key.length;
    const inside = key.length <= 60 ? reference.includes(key) : reference.includes(key.slice(0, 40)) || reference.includes(key.slice(-40));
    if (inside) {
      found += key.length;
      vouched.add(block);
    }
  }
  // A truncated or summary `articleBody` vouches for too little to judge by.
  if (total === 0 || found / total < 0.6 || reference.length < found * 0.8) return blocks;
  return blocks.filter((block) => !BODY_KINDS.has(block.kind) || vouched.has(block));
}

function inPicture(block: WalkedBlock): boolean {
  const element = block.map.firstNode()?.parentElement;
  return !!element && inPictureCredit(element);
}

function firstMappedNode(blocks: WalkedBlock[]): Text | null {
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const node = block.map.firstNode();
    if (node) return node;
  }
  return null;
}

function assemble(walked: WalkedBlock[]): MainText {
  const map = new TextMap();
  const blocks: TextBlock[] = [];
  let text = '';
  for (const block of walked) {
    if (text) text += '\n\n';
    const start = text.length;
    TextMap.shifted(block.map, start, map);
    text += block.text;
    blocks.push({ kind: block.kind, start, end: text.length });
  }
  const body = blocks
    .filter((block) => BODY_KINDS.has(block.kind))
    .map((block) => text.slice(block.start, block.end))
    .join('\n\n');
  return { text, blocks, body, map };
}
