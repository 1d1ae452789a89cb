// The related-coverage queries built for the seed article and for ten pages of the Fundus
// development set (every ninth English page, in id order), as the background would send them.
// Reads ../shared at run time; copies nothing.
//
//   npx tsx eval/related-queries.ts [--all]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { gdelt } from '../src/background/related/providers/gdelt';
import { googleNews } from '../src/background/related/providers/google-news';
import { buildQuery, type RelatedQuery } from '../src/background/related/query/build-query';
import { analyzeDocument } from '../src/core/index';
import { requireKit } from './kit';

const SHARED = requireKit();
const FUNDUS = join(SHARED, 'eval', 'data', 'fundus-parser-testdata-en');
const all = process.argv.includes('--all');

function queryFor(file: string, url: string | null): { query: RelatedQuery; ms: number } {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const { sheet } = analyzeDocument(document as unknown as Document, { url, force: true });
  const started = performance.now();
  const query = buildQuery(sheet);
  return { query, ms: performance.now() - started };
}

function show(label: string, query: RelatedQuery, ms: number): void {
  const gdeltQuery = new URL(gdelt.requestUrl(query, 'https://api.gdeltproject.org')).searchParams.get('query');
  const google = new URL(googleNews.requestUrl(query, 'https://news.google.com'));
  console.log(`${label}`);
  console.log(`  query:   ${query.text || '(none)'}`);
  console.log(`  window:  ${query.window ? `${query.window.from} … ${query.window.to}` : '(no date)'}   locale: ${query.locale.language}-${query.locale.country}   own: ${query.ownHosts.join(', ') || '-'}`);
  console.log(`  GDELT:   ${gdeltQuery}`);
  console.log(`  Google:  q=${google.searchParams.get('q')} ceid=${google.searchParams.get('ceid')}`);
  console.log(`  built in ${ms.toFixed(1)} ms`);
}

const seed = queryFor(join(SHARED, 'seed', 'seed-article.html'), 'https://asianews.network/about-50-percent-casualty-rate-among-north-korean-troops-in-russia-us-expert/');
show('seed', seed.query, seed.ms);

const gold = JSON.parse(readFileSync(join(FUNDUS, 'gold.json'), 'utf8')) as { items: { id: string; url: string; title: string }[] };
const items = [...gold.items].sort((a, b) => a.id.localeCompare(b.id));
const chosen = all ? items : items.filter((_, i) => i % 9 === 0).slice(0, 10);
let empty = 0;
for (const item of chosen) {
  const { query, ms } = queryFor(join(FUNDUS, 'html', item.id), item.url);
  if (!query.text) empty++;
  show(`${item.id}  "${item.title.slice(0, 90)}"`, query, ms);
}
console.log(`\n${chosen.length} pages, ${empty} without a query`);
