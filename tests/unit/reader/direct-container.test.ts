import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// A page whose <article> holds nearly all of its paragraphs is read directly, without
// Readability: what Readability would have cleaned inside it must still go.

const URL = 'https://valleyledger.example/news/2026/04/02/reservoir-levels-fall-to-41-per-cent';
const PARAGRAPHS = [
  'Reservoir levels across the valley fell to 41 per cent this week, the lowest for April since records began in 1978, the water board said on Wednesday.',
  'The board said that rainfall over the winter was 38 per cent below the long-term average, and that demand had risen by 6 per cent as the population grew.',
  '“We are not yet at the point of restrictions, but we are closer than we would like,” said Maria Okafor, the board’s head of operations.',
  'Farmers in the lower valley have been asked to cut irrigation by a fifth until the end of May, a measure the board estimates will save 2.3 billion litres.',
  'Okafor said the board would review the figures again on May 15 and would publish a plan for the summer by the end of that month.',
  'Hydrologists at the regional university said the shortfall followed three dry winters in a row and warned that recovery could take two years.',
  'The board last imposed restrictions in 2019, when a hosepipe ban lasted 11 weeks and cut household use by about 9 per cent, according to its annual report.',
];

function articlePage(extra: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Reservoir levels fall to 41 per cent | Valley Ledger</title>
<meta property="og:type" content="article"><meta property="og:title" content="Reservoir levels fall to 41 per cent">
<meta property="article:published_time" content="2026-04-02T08:00:00Z"></head><body>
<header><a href="/">Valley Ledger</a></header>
<main><article><h1>Reservoir levels fall to 41 per cent</h1>
<p class="byline">By Tom Reyes</p>
${PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('\n')}
${extra}
${PARAGRAPHS.slice(3).map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© Valley Ledger</footer></body></html>`;
}

const RELATED = `<div class="story-cards"><h3><a href="/news/1">Dam repairs to start in June</a></h3>
<ul><li><a href="/news/2">Water bills to rise by 4 per cent</a></li><li><a href="/news/3">Council approves new pipeline</a></li></ul></div>`;

describe('reading an article element directly', () => {
  const main = readArticle(page(articlePage(`${RELATED}<p>11 Jan 2026</p><p>2:54pm</p><p>Tagged: drought, water</p>`)), URL).main!;

  it('keeps every paragraph of the story, in order', () => {
    const paragraphs = main.blocks.filter((b) => b.kind === 'paragraph').map((b) => main.text.slice(b.start, b.end));
    expect(paragraphs).toEqual(PARAGRAPHS);
  });
  it('drops a box of links to other stories, and a teaser’s linked headline', () => {
    expect(main.text).not.toMatch(/Dam repairs|Water bills|pipeline/);
  });
  it('takes a line that is only a date or a time out of the body', () => {
    expect(main.body).not.toMatch(/11 Jan 2026|2:54pm/);
  });
  it('drops a tag line', () => expect(main.text).not.toContain('Tagged:'));
  it('reads a wrapper whose class names an ad slot when it holds the article’s paragraphs', () => {
    // Twice the story, so that the wrapper holds an article's worth of paragraphs (1,500 characters).
    const wrapped = articlePage(PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')).replace(/(<p class="byline">[\s\S]*)<\/article>/, '<div class="sc-ad-container right-rail article-content">$1</div></article>');
    const read = readArticle(page(wrapped), URL).main!;
    expect(read.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(2 * PARAGRAPHS.length);
  });
  it('leaves out text hidden by a utility class (for screen readers, or shown later)', () => {
    const hidden = '<div class="visually-hidden">Article content</div><div class="paywall hidden"><p>This content is reserved for subscribers</p></div>';
    const read = readArticle(page(articlePage(hidden)), URL).main!;
    expect(read.text).not.toMatch(/Article content|reserved for subscribers/);
    // A screen reader's label glued to a caption ("Media captionDrone footage shows …").
    const label = '<figure><figcaption><span class="off-screen">Picture label</span>Ferries wait at the pier</figcaption></figure>';
    expect(readArticle(page(articlePage(label)), URL).main!.text).not.toContain('Picture label');
  });
  it('runs no Readability pass when the article element holds the page’s paragraphs', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    readArticle(page(articlePage(RELATED)), URL);
    expect(parse).not.toHaveBeenCalled();
    // With as many paragraphs again outside it (comments, say), Readability decides.
    const comments = `<section class="reader-comments">${PARAGRAPHS.map((p) => `<p>${p.replace('board', 'commenter')}</p>`).join('')}</section>`;
    readArticle(page(articlePage('').replace('</main>', `</main>${comments}`)), URL);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });
  it('keeps a paragraph with links in its prose', () => {
    const withLink = articlePage('').replace('the water board said', 'the <a href="https://board.example">water board</a> said');
    expect(readArticle(page(withLink), URL).main!.body).toContain('the lowest for April since records began in 1978, the water board said');
  });
});
