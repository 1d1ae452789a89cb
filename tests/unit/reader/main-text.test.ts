import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page, READER_FIXTURES, readerFixture } from './helpers';

const URL = 'https://pacificnews.example/harbour-ferry-fares-to-rise-12-per-cent-from-april/';

describe('main text of a syndicated WordPress article', () => {
  const doc = readerFixture('wordpress-syndicated.html');
  const main = readArticle(doc, URL).main!;
  const textOf = (kind: string) => main.blocks.filter((b) => b.kind === kind).map((b) => main.text.slice(b.start, b.end));

  it('headline block', () => expect(textOf('headline')).toEqual(['Harbour ferry fares to rise 12 per cent from April']));
  it('deck block', () => expect(textOf('deck')).toEqual(['The operator says fuel costs rose by a third in two years.']));
  it('byline block', () => expect(textOf('byline')).toEqual(['Lena Moana and Sione Taufa']));
  it('dateline block', () => expect(textOf('dateline')).toEqual(['March 5, 2025']));
  it('the caption outside the body container is kept', () =>
    expect(textOf('caption')).toEqual(['Passengers board the morning ferry at Queens Wharf on February 27, 2025. PHOTO: THE ISLAND TIMES']));
  it('five body paragraphs', () => expect(textOf('paragraph')).toHaveLength(5));
  it('first paragraph', () => expect(textOf('paragraph')[0]).toBe('APIA – Fares on the harbour ferry will rise by 12 per cent from April 1, the operator said on Tuesday, blaming fuel costs that have climbed by a third since 2023.'));
  it('the image alt text is left out', () => expect(main.text).not.toContain('ferry-4.jpg'));
  it('the share bar is left out', () => expect(main.text).not.toContain('WhatsApp'));
  it('the sidebar is left out', () => expect(main.text).not.toContain('Most Read'));
  it('the newsletter box is left out', () => expect(main.text).not.toContain('80,000 readers'));
  it('the footer is left out', () => expect(main.text).not.toContain('partner newsrooms'));
  it('the body has no caption or byline', () => expect(main.body).not.toMatch(/Queens Wharf|Sione Taufa/));
  it('blocks are joined by blank lines', () => expect(main.text.slice(main.blocks[0]!.end, main.blocks[1]!.start)).toBe('\n\n'));

});

// linkedom has no real Range: the map is checked in happy-dom, as a browser would use it.
describe('the map back to the live page (happy-dom)', () => {
  const window = new Window({ url: URL });
  window.document.write(readFileSync(join(READER_FIXTURES, 'wordpress-syndicated.html'), 'utf8'));
  const doc = window.document as unknown as Document;
  const main = readArticle(doc, URL).main!;

  it('every block maps back to live text', () => {
    const mismatched = main.blocks.filter((block) => {
      const range = main.map.rangeFor(doc, block.start, block.end);
      return range?.toString().replace(/\s+/g, ' ').trim() !== main.text.slice(block.start, block.end);
    });
    expect(mismatched).toEqual([]);
  });

  it('a span inside a paragraph maps to its words', () => {
    const at = main.text.indexOf('$6.70');
    expect(main.map.rangeFor(doc, at, at + 5)?.toString()).toBe('$6.70');
  });

  it('the range is in the live document', () => {
    const at = main.text.indexOf('Queens Wharf');
    expect(main.map.rangeFor(doc, at, at + 12)?.startContainer.parentElement?.tagName).toBe('FIGCAPTION');
  });
});

describe('boilerplate inside the body container', () => {
  const filler = 'The harbour board met on Thursday to discuss the dredging contract, which has been delayed twice since the storm last winter damaged the channel markers.';
  const doc = page(`<html><head><meta property="og:type" content="article"><title>Dredging contract signed</title></head><body><article><h1>Dredging contract signed</h1>
    <p>${filler}</p><p>Advertisement</p><p>${filler} The board chair said work would begin in May.</p>
    <p>Read more: Channel markers to be replaced</p><p>${filler} Contractors will work at night.</p>
    <p>Sign up for our newsletter to get the latest news in your inbox.</p><p>${filler} The cost is not yet public.</p>
    <p>© 2025 Harbour Herald. All rights reserved.</p></article></body></html>`);
  const main = readArticle(doc, null, true).main!;
  it('an advertisement label goes', () => expect(main.body).not.toContain('Advertisement'));
  it('a read-more link goes', () => expect(main.body).not.toContain('Read more'));
  it('a newsletter plea goes', () => expect(main.body).not.toContain('newsletter'));
  it('a copyright line goes', () => expect(main.body).not.toContain('All rights reserved'));
  it('the prose stays', () => expect(main.body.split('\n\n').filter((p) => p.startsWith('The harbour board'))).toHaveLength(4));
});

describe('JSON-LD articleBody vouches for body blocks', () => {
  const one = 'Police closed the coastal road on Sunday after a slip brought down rocks and trees across both lanes near the lookout, cutting off two settlements.';
  const two = 'Crews expect to reopen one lane by Wednesday, the transport agency said, but warned that more rain was forecast for the region this week.';
  const doc = page(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Slip closes coast road', articleBody: `${one} ${two} ${one} ${two}` })}</script></head>
    <body><article><h1>Slip closes coast road</h1><p>${one}</p><p>${two}</p><p>Residents can call the helpline on weekdays between nine and five for updates about the closure and detours.</p><p>${one} ${two}</p></article></body></html>`);
  const main = readArticle(doc, null, true).main!;
  it('a block the articleBody lacks is dropped', () => expect(main.body).not.toContain('helpline'));
  it('the vouched blocks stay', () => expect(main.body.split('\n\n')).toHaveLength(3));
  it('HTML entities in the articleBody read as the characters the page prints ("Mayor&#039;s" is "Mayor\'s")', () => {
    const heading = 'The Mayor&#039;s statement in full';
    const body = `${one} ${two} ${heading} &#8216;We will reopen the road.&#8217; ${one}`;
    const entities = page(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Slip closes coast road', articleBody: body })}</script></head>
      <body><article><h1>Slip closes coast road</h1><p>${one}</p><p>${two}</p><h2>The Mayor's statement in full</h2><p>‘We will reopen the road.’</p><p>${one}</p></article></body></html>`);
    expect(readArticle(entities, null, true).main!.body).toContain("The Mayor's statement in full");
  });
});
