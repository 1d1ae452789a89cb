import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// A list of related headlines kept inside the article element under a camel-case class: its last
// word, after a capital, is the furniture word the boilerplate filter knows.
const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report on the harbour bridge repairs, which the council says will close one lane for most of the summer while crews replace the worn joints.</p>`;

const html = (listClass: string) => `<html><head><title>Bridge repairs</title></head><body>
<article><h1>Harbour bridge repairs to close a lane</h1>
${[1, 2, 3, 4, 5, 6, 7, 8].map(paragraph).join('\n')}
<div class="${listClass}"><h3>Trending Now</h3><ul>
<li><a href="/a">Flood warnings spread</a> along the coast as the forecaster says more rain will fall overnight.</li>
<li><a href="/b">Mayor urges calm</a> after the ferry strike left hundreds of commuters waiting at the wharf.</li>
</ul></div>
${[9, 10].map(paragraph).join('\n')}
</article></body></html>`;

describe('a camel-case furniture class inside the article', () => {
  it('a trending list under "c-posts--articleTrending" is left out', () => {
    const main = readArticle(page(html('c-posts c-posts--articleTrending')), 'https://news.example/bridge/')!.main!;
    expect(main.text).toContain('Paragraph 10');
    expect(main.text).not.toContain('Flood warnings');
  });

  it('a camel-case class whose last word is no furniture word ("c-posts--storyBody") stays', () => {
    const main = readArticle(page(html('c-posts c-posts--storyBody')), 'https://news.example/bridge/')!.main!;
    expect(main.text).toContain('Flood warnings');
  });
});
