import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { removeFurniture } from '../src/core/reader/boilerplate';
for (const remove of [false, true]) {
  const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
  if (remove) console.log('removed', removeFurniture(document as any));
  const r = new Readability(document as any, { charThreshold: 250 }).parse();
  console.log(remove, r?.textContent?.replace(/\s+/g, ' ').slice(0, 300));
}
