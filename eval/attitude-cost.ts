// What positions (beliefs, intentions, stances: quotes marked cueKind 'attitude') add to the fact
// sheet on real news pages: the fundus development pages (88 news articles, read at run time from
// ../shared/eval/data), each read once and its sources extracted twice, statements only and with
// positions (as the pipeline now does). Prints the totals and the sources only positions bring, so
// that one can judge them ("Getty Images" or a place read as a person would cost precision: the
// shared scorer counts every source, position or not).
//
//   npx tsx eval/attitude-cost.ts [--list N]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createContext } from '../src/core/context';
import { readDocument } from '../src/core/read-document';
import { extractSources } from '../src/core/sources/index';
import { requireKit } from './kit';

const ROOT = requireKit('eval/data/fundus-parser-testdata-en/html');
const args = process.argv.slice(2);
const listed = args.includes('--list') ? Number(args[args.indexOf('--list') + 1]) : 20;

const files = readdirSync(ROOT).flatMap((dir) => readdirSync(join(ROOT, dir)).map((file) => join(ROOT, dir, file)));
const totals = { pages: 0, sources: [0, 0] as [number, number], quotes: [0, 0] as [number, number] };
const added: string[] = [];
for (const file of files) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const { page } = readDocument(document as unknown as Document, {});
  if (!page.main) continue;
  totals.pages++;
  // The sources step reads of the earlier steps only the date spans (a content that is only a
  // date is dropped); both readings here go without them alike.
  const context = () => createContext({ text: page.main!.text, blocks: page.main!.blocks, meta: page.meta, url: null, referenceDate: new Date('2025-01-01T12:00:00Z') });
  const statements = extractSources(context());
  const attitudes = extractSources(context(), { attitudes: true });
  totals.sources[0] += statements.sources.length;
  totals.sources[1] += attitudes.sources.length;
  totals.quotes[0] += statements.quotes.length;
  totals.quotes[1] += attitudes.quotes.length;
  const known = new Set(statements.sources.map((source) => source.name));
  for (const source of attitudes.sources) if (!known.has(source.name)) added.push(`${file.split('/').pop()}: ${source.name} (${source.kind})`);
}
const change = (pair: number[]) => `${pair[0]} → ${pair[1]} (+${Math.round((pair[1]! / pair[0]! - 1) * 100)}%)`;
console.log(`fundus: ${totals.pages} article pages; sources ${change(totals.sources)}; quotes ${change(totals.quotes)}`);
console.log(`sources only positions bring (first ${listed} of ${added.length}):`);
for (const line of added.slice(0, listed)) console.log(`  ${line}`);
