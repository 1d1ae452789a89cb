// The web guard: the fact sheets of the first 104 English pages of htmldate's development half
// (blogs and news of many sites, none tuned to), dumped one line per fact so that two versions of
// the pipeline can be diffed and every changed line read. Pages 104-155 are kept back for a last
// look at a change (FROM/TO pick another range).
//
//   npx tsx eval/web-guard.ts > /tmp/after.txt         (META=1 adds the reader's fields)
//   diff /tmp/before.txt /tmp/after.txt
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/index';
import { fromDocumentStart } from '../src/core/reader/document-start';
import { requireKit } from './kit';

const FROM = Number(process.env.FROM ?? 0);
const TO = Number(process.env.TO ?? 104);
const dir = join(requireKit('eval/benchmarks'), 'htmldate-eval', 'tests');
const pages: { url: string; file: string }[] = [];
const seen = new Set<string>();
for (const name of ['eval_mediacloud_2020.json', 'eval_default.json']) {
  const data = JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/:\s*NaN\b/g, ': "NaN"')) as Record<string, { file: string }>;
  for (const [url, value] of Object.entries(data)) {
    const file = ['test_set', 'cache', 'eval'].map((sub) => join(dir, sub, value.file)).find((path) => existsSync(path));
    if (!file || seen.has(url)) continue;
    seen.add(url);
    const html = readFileSync(file, 'utf8');
    if (/<html\b[^>]*?\blang\s*=\s*["']?\s*en\b/i.test(html.slice(0, 20000))) pages.push({ url, file });
  }
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text).replace(/\s+/g, ' ');
for (const [index, page] of pages.slice(FROM, TO).entries()) {
  const tag = `${String(FROM + index).padStart(3, '0')} ${page.url.replace(/^https?:\/\/(www\.)?/, '').slice(0, 60)}`;
  try {
    const { document } = parseHTML(fromDocumentStart(readFileSync(page.file, 'utf8')));
    const { sheet } = analyzeDocument(document as unknown as Document, { url: page.url });
    if (process.env.META) {
      const m = sheet.meta;
      console.log(`${tag} | META article=${sheet.isArticle} title=${JSON.stringify(m.title)} authors=${JSON.stringify(m.authors)} publisher=${JSON.stringify(m.publisher)} published=${m.published}`);
    }
    for (const s of sheet.sources) console.log(`${tag} | S ${s.kind} ${JSON.stringify(s.name)} role=${JSON.stringify(s.role)} aff=${JSON.stringify(s.affiliation)}`);
    for (const q of sheet.quotes) console.log(`${tag} | Q ${q.cueKind ?? (q.direct ? 'direct' : 'reported')} [${q.speaker}] ${q.cue ?? ''}: ${clip(q.text, 90)}`);
  } catch (error) {
    console.log(`${tag} | CRASH ${(error as Error).message}`);
  }
}
