import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readArticle } from '../src/core/reader/index';
const file = process.argv[2]!; const url = process.argv[3] ?? null;
const { document } = parseHTML(readFileSync(file, 'utf8'));
const r = readArticle(document as unknown as Document, url, true);
console.log(JSON.stringify({ detection: r.detection, meta: r.meta, warnings: r.warnings }, null, 1));
for (const b of r.main?.blocks ?? []) console.log(b.kind.padEnd(10), JSON.stringify(r.main!.text.slice(b.start, b.end).slice(0, 140)));
