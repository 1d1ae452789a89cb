import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { isFurniture } from '../src/core/reader/boilerplate';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const needle = process.argv[3]!;
const p = (Array.from(document.querySelectorAll('p')) as any[]).find((e) => e.textContent.includes(needle));
for (let n = p; n; n = n.parentElement) if (isFurniture(n)) console.log('FURNITURE', n.tagName, JSON.stringify(n.getAttribute('class')), n.getAttribute('id'), n.getAttribute('role'));
