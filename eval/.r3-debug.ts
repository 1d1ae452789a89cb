import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { isFurniture } from '../src/core/reader/boilerplate';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const needle = process.argv[3]!;
// Which furniture elements hold the needle text?
for (const el of Array.from(document.body.querySelectorAll('*')) as any[]) {
  if (isFurniture(el) && (el.textContent ?? '').includes(needle)) console.log(el.tagName, el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('role'), (el.textContent ?? '').length);
}
