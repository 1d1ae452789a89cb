// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageHtml } from '../../../src/background/read-html';
import { LiveTextMap } from '../../../src/core/reader/portable-map';
import { TextAddresser, TextRunFinder } from '../../../src/core/reader/text-address';
import type { FactSheet } from '../../../src/core/types';
import { serializePage } from '../../../src/content/serialize-page';

// The page's trip through the background: the content script serialises the live page, the
// background reads a linkedom copy of it, and the map it sends back must lead to the live page's
// own text nodes, even where the two trees differ in their text nodes (a framework's split text,
// character references the copy's parser splits at, empty nodes).

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Ferry fares to rise 9% as operator loses £3.2m</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares to rise 9% as operator loses £3.2m","datePublished":"2026-03-12T08:00:00Z","author":{"@type":"Person","name":"Mara Quinn"}}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Ferry fares to rise 9% as operator loses £3.2m</h1>
<p class="byline">By Mara Quinn</p>
<p>Island Ferries will raise fares by 9% from 1 April after losing £3.2 million last year, the operator said on Tuesday.</p>
<p>Tickets for cars &amp; vans will cost £48, up from £44, while foot passengers&nbsp;will pay £7.50.</p>
<p>“We carried 410,000 passengers and still lost money,” said chief executive Hana Liu.   The   company
   runs 14 sailings a day.</p>
<p>The council, which owns 40% of the operator, said it would review the <em>£1.1 million</em> subsidy in June.</p>
<p>Passenger numbers fell 6% in 2025, to 410,000, the lowest since 2019, according to the operator’s report.</p>
</article><footer>© 2026 Island Herald</footer></body></html>`;

function livePage(html: string): Document {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return document;
}

function serialise(doc: Document): string {
  const steps = serializePage(doc);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

function readLive(doc: Document): { sheet: FactSheet; map: LiveTextMap } {
  const reading = readPageHtml(serialise(doc), 'https://islandherald.example/news/ferry-fares', false);
  if (reading.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(reading)}`);
  return { sheet: JSON.parse(reading.sheet) as FactSheet, map: new LiveTextMap(reading.map) };
}

describe('the page read in the background, mapped back to the live page', () => {
  it('places every figure on the live text', () => {
    const doc = livePage(ARTICLE);
    const { sheet, map } = readLive(doc);
    expect(sheet.figures.length).toBeGreaterThanOrEqual(10);
    for (const figure of sheet.figures) {
      const range = map.rangeFor(doc, figure.start, figure.end);
      expect(range?.toString().replace(/\s+/g, ' '), figure.text).toBe(figure.text);
    }
  });

  it('finds text past character references and collapsed white space', () => {
    const doc = livePage(ARTICLE);
    const { sheet, map } = readLive(doc);
    for (const words of ['£48', '£7.50', '14 sailings']) {
      const figure = sheet.figures.find((f) => f.text === words)!;
      expect(figure, words).toBeDefined();
      const range = map.rangeFor(doc, figure.start, figure.end)!;
      expect(range.startContainer.isConnected).toBe(true);
      expect(range.toString()).toBe(words);
    }
  });

  /** As React renders "{count} passengers": the paragraph's text in three nodes, one empty. */
  function splitParagraph(doc: Document): HTMLParagraphElement {
    const paragraph = [...doc.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Passenger numbers'))!;
    const words = paragraph.textContent!;
    const cut = words.indexOf('410,000');
    paragraph.replaceChildren(doc.createTextNode(words.slice(0, cut)), doc.createTextNode(''), doc.createTextNode(words.slice(cut)));
    return paragraph;
  }

  function passengersIn(doc: Document): Range | null {
    const { sheet, map } = readLive(doc);
    const figure = sheet.figures.find((f) => f.text === '410,000' && sheet.text.slice(f.start - 20, f.start).includes('2025'))!;
    return map.rangeFor(doc, figure.start, figure.end);
  }

  it('finds text a framework split into several nodes', () => {
    const doc = livePage(ARTICLE);
    const paragraph = splitParagraph(doc);
    const range = passengersIn(doc)!;
    expect(range.toString()).toBe('410,000');
    expect(range.startContainer).toBe(paragraph.childNodes[2]);
  });

  it('steps over empty text nodes the copy does not have', () => {
    const doc = livePage(ARTICLE);
    const paragraph = splitParagraph(doc);
    doc.querySelector('article')!.insertBefore(doc.createTextNode(''), paragraph);
    doc.body.prepend(doc.createTextNode(''));
    const range = passengersIn(doc)!;
    expect(range.toString()).toBe('410,000');
    expect(range.startContainer).toBe(paragraph.childNodes[2]);
  });

  it('places any span of the text, not only the items placed in advance', () => {
    const doc = livePage(ARTICLE);
    const { sheet, map } = readLive(doc);
    const words = 'will pay £7.50';
    const start = sheet.text.indexOf(words);
    expect(start).toBeGreaterThan(0);
    expect(map.rangeFor(doc, start, start + words.length)!.toString().replace(/\u00a0/g, ' ')).toBe(words);
  });

  it('gives no range once the page dropped the text', () => {
    const doc = livePage(ARTICLE);
    const { sheet, map } = readLive(doc);
    const figure = sheet.figures.find((f) => f.text === '£48')!;
    doc.querySelector('article')!.remove();
    const range = map.rangeFor(doc, figure.start, figure.end);
    expect(range === null || range.toString() !== '£48').toBe(true);
  });
});

describe('text addresses', () => {
  it('count a run of adjacent text nodes as one slot, and empty ones as none', () => {
    const doc = livePage('<html><body><p id="a">one</p><p id="b"></p></body></html>');
    const b = doc.getElementById('b')!;
    b.append(doc.createTextNode(''), doc.createElement('br'), doc.createTextNode('Fish '), doc.createTextNode('& chips'), doc.createElement('i'));
    const addresser = new TextAddresser(doc.body);
    const address = addresser.address(b.childNodes[3] as Text)!;
    expect(address).toEqual({ path: [1, 1], base: 5, runLength: 12 });
    const run = new TextRunFinder(doc.body).runAt(address.path, address.runLength)!;
    expect(run.map((node) => node.data)).toEqual(['Fish ', '& chips']);
  });

  it('find the new nodes after a re-render that replaced every child', () => {
    const doc = livePage('<html><body><main><p>one</p><p>two</p></main></body></html>');
    const main = doc.querySelector('main')!;
    const split = (): void => main.querySelectorAll('p')[1]!.replaceChildren('tw', 'o');
    split();
    const finder = new TextRunFinder(doc.body);
    expect(finder.runAt([0, 1, 0], 3)!.map((node) => node.data)).toEqual(['tw', 'o']);
    main.replaceChildren(...['uno', 'dos'].map((words) => Object.assign(doc.createElement('p'), { textContent: words })));
    split();
    const run = finder.runAt([0, 1, 0], 3)!;
    expect(run.every((node) => node.isConnected)).toBe(true);
  });

  it('lead nowhere when the page lost the node', () => {
    const doc = livePage('<html><body><p>one</p></body></html>');
    expect(new TextRunFinder(doc.body).runAt([3, 0], 3)).toBeNull();
    expect(new TextRunFinder(doc.body).runAt([0, 0, 0], 3)).toBeNull();
  });
});

describe('the background’s reading of a page', () => {
  it('says “not an article” for a section front', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about the harbour</a></li>`).join('');
    const reading = readPageHtml(`<!DOCTYPE html><html><head><title>News</title></head><body><ul>${links}</ul></body></html>`, 'https://x.example/news', false);
    expect(reading.status).toBe('not-article');
  });

  it('answers a page too large to read with a clear error', () => {
    const reading = readPageHtml('x'.repeat(16_000_001), 'https://x.example/', false);
    expect(reading).toEqual({ status: 'error', message: expect.stringMatching(/too large/) });
  });

  it('never throws on malformed or hostile markup', () => {
    for (const html of ['', '<p>', '<<<>>>', '<html><body><script type="application/ld+json">{"@type":</script><p>' + '9 '.repeat(5000) + '</p>']) {
      expect(() => readPageHtml(html, 'https://x.example/', true)).not.toThrow();
    }
  });

  it('sends the sheet as text with its marks and anchors beside it', () => {
    const reading = readPageHtml(serialise(livePage(ARTICLE)), 'https://islandherald.example/news/ferry-fares', false);
    if (reading.status !== 'ready') throw new Error('not ready');
    const sheet = JSON.parse(reading.sheet) as FactSheet;
    expect(reading.marks.text).toBe(sheet.text);
    expect(reading.marks.figureCount).toBe(sheet.figures.length);
    expect(reading.marks.spans.filter((s) => s.kind === 'figure').map((s) => s.id)).toEqual(sheet.figures.map((f) => f.id));
    expect(reading.map.anchors.length / 6).toBe(reading.marks.spans.length);
  });
});

describe('the serialised page', () => {
  it('is what outerHTML gives, also for a page large enough to be taken apart in steps', () => {
    const rows = Array.from({ length: 900 }, (_, i) => `<li><a href="/n/${i}" title="a &quot;b&quot; &amp; c">Item ${i} &lt;${i}&gt; &amp;&nbsp;more</a></li>`).join('\n');
    const doc = livePage(`<!DOCTYPE html><html lang="en"><head><title>Big</title><style>a > b { color: red }</style></head><body><!-- top --><main id="m"><ul>${rows}</ul><script>if (1 < 2 && 3 > 2) {}</script><p>Tail &amp; end</p></main></body></html>`);
    const steps = serializePage(doc);
    let count = 0;
    let next = steps.next();
    while (!next.done) {
      count++;
      next = steps.next();
    }
    expect(count).toBeGreaterThan(5);
    expect(next.value).toBe(`<!DOCTYPE html>${doc.documentElement.outerHTML}`);
  });

  it('keeps the root’s attributes (the language) and both head and body', () => {
    const doc = livePage(ARTICLE);
    doc.documentElement.setAttribute('lang', 'en-GB');
    doc.documentElement.setAttribute('data-x', 'a "quoted" & value');
    const html = serialise(doc);
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB" data-x="a &quot;quoted&quot; &amp; value"><head>')).toBe(true);
    expect(html).toContain('Ferry fares to rise 9%');
    expect(html.endsWith('</body></html>')).toBe(true);
  });
});
