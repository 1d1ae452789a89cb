// Prints our body blocks that the gold body lacks (by 4-gram overlap), for one fundus page.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from '../src/core/reader/index';
const dir = '/work/shared/eval/data/fundus-parser-testdata-en';
const item = JSON.parse(readFileSync(dir + '/gold.json', 'utf8')).items.find((i: any) => i.id.includes(process.argv[2]));
const gold = [...item.body.summary, ...item.body.sections.flatMap((s: any) => [...s.headline, ...s.paragraphs])].join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
const { document } = parseHTML(readFileSync(dir + '/html/' + item.id, 'utf8'));
const r = readArticle(document as any, null, true);
for (const b of r.main!.blocks) {
  const t = r.main!.text.slice(b.start, b.end);
  const k = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const inGold = gold.includes(k.slice(0, 40));
  console.log(inGold ? '   ' : 'XX ', b.kind.padEnd(9), t.slice(0, 110));
}
