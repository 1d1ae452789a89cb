import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const needle = process.argv[3]!;
const p = (Array.from(document.querySelectorAll('p, div, li, span')) as any[]).find((e) => e.textContent.includes(needle) && e.textContent.length < 2000);
for (let n = p; n; n = n.parentElement) console.log(n.tagName, JSON.stringify(n.getAttribute('class')), n.getAttribute('id'), n.getAttribute('style'), n.getAttribute('hidden'));
