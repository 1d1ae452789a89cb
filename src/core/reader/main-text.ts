import { Readability } from '@mozilla/readability';
import type { ArticleMeta, BlockKind, TextBlock } from '../types';
import { collapseWhitespace } from '../text/normalize';
import { walkBlocks, type NodeResolver, type WalkedBlock } from './block-walker';
import { TextMap } from './text-map';

// The article's text as a reader sees it. Readability finds the article's container on a clone
// of the page (it mutates what it reads); a map from the clone's text nodes to the live page's
// lets every block keep its way back to the DOM. Headline, deck and the printed date line often
// sit outside that container, so they are found in the live page and put first.

export interface MainText {
  text: string;
  blocks: TextBlock[];
  /** The body paragraphs only, separated by blank lines. */
  body: string;
  map: TextMap;
}

const BODY_KINDS = new Set<BlockKind>(['paragraph', 'subhead', 'blockquote', 'list-item']);
const MAX_ELEMENTS = 60_000;

export function readMainText(doc: Document, meta: ArticleMeta): MainText {
  const { clone, toLive } = cloneWithNodeMap(doc);
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
  const root: Node | null = content ?? doc.querySelector('article') ?? doc.body;
  const walked = root ? walkBlocks(root, content ? toLive : (node) => node) : [];
  const bodyBlocks = walked.map((block) => (block.kind === 'headline' ? { ...block, kind: 'subhead' as const } : block));

  const leading = leadingBlocks(doc, meta, bodyBlocks);
  return assemble([...leading, ...bodyBlocks]);
}

/** Headline, deck and date line from the live page, unless the body already has them. */
function leadingBlocks(doc: Document, meta: ArticleMeta, body: WalkedBlock[]): WalkedBlock[] {
  const inBody = new Set(body.map((block) => block.text.toLowerCase()));
  const blocks: WalkedBlock[] = [];
  const headline = meta.title ? findElementByText(doc, 'h1, h2, [itemprop="headline"]', meta.title) : null;
  if (headline) blocks.push(...walkBlocks(headline, identity).map((block) => ({ ...block, kind: 'headline' as const })));
  else if (meta.title) blocks.push(unmappedBlock('headline', meta.title));

  if (meta.description) {
    const deck = findElementByText(doc, 'p, h2, div, span', meta.description);
    if (deck && !inBody.has(collapseWhitespace(deck.textContent ?? '').toLowerCase())) {
      blocks.push(...walkBlocks(deck, identity).map((block) => ({ ...block, kind: 'deck' as const })));
    }
  }

  const time = doc.querySelector('article time, header time, time[datetime]');
  const timeText = time ? collapseWhitespace(time.textContent ?? '') : '';
  if (time && timeText.length > 5 && timeText.length < 80 && !body.some((block) => block.text.includes(timeText))) {
    blocks.push(...walkBlocks(time, identity).map((block) => ({ ...block, kind: 'dateline' as const })));
  }
  return blocks;
}

function findElementByText(doc: Document, selector: string, wanted: string): Element | null {
  const target = collapseWhitespace(wanted).toLowerCase();
  const candidates = doc.querySelectorAll(selector);
  const limit = Math.min(candidates.length, 400);
  for (let index = 0; index < limit; index++) {
    const element = candidates[index]!;
    if (collapseWhitespace(element.textContent ?? '').toLowerCase() === target) return element;
  }
  return null;
}

function unmappedBlock(kind: BlockKind, text: string): WalkedBlock {
  return { kind, text: collapseWhitespace(text), map: new TextMap() };
}

const identity: NodeResolver = (node) => node;

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

/** Clones the document and maps each cloned text node to the live one, walking both trees in step. */
function cloneWithNodeMap(doc: Document): { clone: Document; toLive: NodeResolver } {
  const clone = doc.cloneNode(true) as Document;
  const map = new WeakMap<Node, Text>();
  const stack: [Node, Node][] = [[doc, clone]];
  while (stack.length) {
    const [live, copy] = stack.pop()!;
    if (live.nodeType === 3) {
      map.set(copy, live as Text);
      continue;
    }
    const liveChildren = live.childNodes;
    const copyChildren = copy.childNodes;
    const count = Math.min(liveChildren.length, copyChildren.length);
    for (let index = 0; index < count; index++) stack.push([liveChildren[index]!, copyChildren[index]!]);
  }
  return { clone, toLive: (node) => map.get(node) ?? null };
}
