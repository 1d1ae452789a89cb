import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The pages the main-thread benchmark loads, shared with profiling scripts: a long article built
// from the hostile-CSS fixture's story (its hostile styles removed) and a section front.

const FIXTURE = readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'tests', 'fixtures', 'pages', 'hostile-css-article.html'), 'utf8');

/** The fixture's story, repeated with its figures varied, to `words` words; no hostile styles. */
export function longArticle(words: number): string {
  const paragraphs = [...FIXTURE.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!);
  const body: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round++) {
    for (const paragraph of paragraphs) {
      const varied = paragraph.replace(/\d+/g, (digits) => String(Number(digits) + round));
      body.push(`<p>${varied}</p>`);
      count += varied.split(/\s+/).length;
    }
    if (round % 4 === 3) body.push(`<h2>Part ${round + 1}</h2>`);
  }
  return FIXTURE.replace(/<style>[\s\S]*?<\/style>/, '<style>body{max-width:720px;margin:0 auto;font:18px/1.6 Georgia,serif}</style>')
    .replace(/<section class="body">[\s\S]*?<\/section>/, `<section class="body">\n${body.join('\n')}\n</section>`);
}

/** A section front: many headlines and teasers, no article. */
export function sectionFront(links: number): string {
  const headline = /<h1>(.*?)<\/h1>/.exec(FIXTURE)![1]!;
  const teaser = /<p>(.*?)<\/p>/.exec(FIXTURE)![1]!;
  const items = Array.from({ length: links }, (_, i) =>
    `<li><a href="/news/${i}">${headline.replace(/\d+/, String(i))}</a><span>${teaser.slice(0, 90)}</span></li>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | Island Herald</title>
<meta property="og:type" content="website"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Latest news</h1><ul>${items.join('')}</ul><footer>© Island Herald</footer></body></html>`;
}
