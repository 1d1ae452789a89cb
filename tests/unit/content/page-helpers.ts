import { TextMap } from '../../../src/core/reader/text-map';
import type { FactSheet, Figure, Quote } from '../../../src/core/types';

// A small article in the test document, its analysed text, and a TextMap from that text back to
// the paragraphs' text nodes, as the core would build it (one segment per paragraph).

export const PARAGRAPHS = [
  'The council will spend £12 million on the bridge, about 40% more than planned.',
  '“We need 300 more workers,” said Ana Ruiz, the site manager.',
  'Traffic fell by 8% in 2025, to 21,000 cars a day.',
];

export function mountArticle(doc: Document, paragraphs: readonly string[] = PARAGRAPHS): { text: string; map: TextMap } {
  doc.body.innerHTML = '<header><a href="/">Home</a></header><article></article><footer>© 2026</footer>';
  const article = doc.querySelector('article')!;
  const map = new TextMap();
  let text = '';
  for (const paragraph of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = paragraph;
    article.append(p);
    if (text) text += '\n\n';
    map.add({ start: text.length, length: paragraph.length, node: p.firstChild as Text, nodeOffsets: Int32Array.from(paragraph, (_, i) => i) });
    text += paragraph;
  }
  return { text, map };
}

/** Re-renders the article as a framework does: same words, all-new nodes (one split in two). */
export function rerender(doc: Document, paragraphs: readonly string[] = PARAGRAPHS): void {
  const article = doc.querySelector('article')!;
  article.replaceChildren(...paragraphs.map((paragraph, index) => {
    const p = doc.createElement('p');
    if (index === 0) {
      const cut = paragraph.indexOf('bridge');
      p.append(paragraph.slice(0, cut), Object.assign(doc.createElement('em'), { textContent: paragraph.slice(cut) }));
    } else p.textContent = paragraph;
    return p;
  }));
}

export function figureAt(text: string, words: string, id: string, extra: Partial<Figure> = {}): Figure {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no “${words}”`);
  return {
    id, start, end: start + words.length, text: words, kind: 'number', low: 0, high: 0, unit: null, counts: null,
    sentence: '', provenance: { extractor: 'test', confidence: 1 }, ...extra,
  };
}

export function sheetOf(text: string, figures: Figure[], quotes: Quote[] = []): FactSheet {
  return {
    version: 1, url: null, isArticle: true, detection: { isArticle: true, score: 1, signals: [] },
    meta: {
      title: null, published: null, modified: null, authors: [], publisher: null, publishers: [], language: 'en',
      canonicalUrl: null, section: null, image: null, description: null,
    },
    body: text, text, blocks: [], figures, dates: [], sources: [], quotes, crossChecks: [], timeline: [], warnings: [],
  };
}
