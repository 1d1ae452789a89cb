import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readJsonLd } from '../src/core/reader/json-ld';
const dir = '/work/shared/eval/data/fundus-parser-testdata-en';
const items = JSON.parse(readFileSync(dir + '/gold.json', 'utf8')).items;
const ids = process.argv.slice(2);
for (const item of items) {
  if (!ids.some((id) => item.id.includes(id))) continue;
  const { document } = parseHTML(readFileSync(dir + '/html/' + item.id, 'utf8'));
  const ld = readJsonLd(document as any).nodes.filter((n: any) => n.headline).map((n: any) => [n['@type'], n.headline]);
  console.log(item.id, '\n gold', item.title, '\n ld', JSON.stringify(ld).slice(0, 300), '\n og', document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    '\n h1', [...document.querySelectorAll('h1')].map((h: any) => h.textContent.trim().slice(0, 150)), '\n title', document.title);
}
