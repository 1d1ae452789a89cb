// The web guard: the fact sheets of the first 104 English pages of htmldate's development half
// (blogs and news of many sites, none tuned to), dumped one line per fact so that two versions of
// the pipeline can be diffed and every changed line read. Pages 104-155 are kept back for a last
// look at a change (FROM/TO pick another range). SET= reads another of the kit's sets of real
// pages instead, English pages only: fundus (news sites), readability (many sites, blogs, docs)
// or trafilatura (many sites), or standke (the 85 articles of the detection set: wire stories and
// reports of five news sites); their FROM/TO default to the whole set.
//
//   npx tsx eval/web-guard.ts > /tmp/after.txt         (META=1 adds the reader's fields)
//   SET=readability npx tsx eval/web-guard.ts > /tmp/after-readability.txt
//   diff /tmp/before.txt /tmp/after.txt
//
// SKIP=FILE leaves out the pages listed in FILE (one kit path per line, as the first tab-separated
// column, and optionally the page's URL as the second: a set kept blind for scoring must not be read
// line by line while rules are tuned). The pages keep their numbers, so dumps with and without a skip
// list still diff line for line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/index';
import { fromDocumentStart } from '../src/core/reader/document-start';
import { requireKit } from './kit';

type Page = { url: string; file: string };
const isEnglish = (html: string) => /<html\b[^>]*?\blang\s*=\s*["']?\s*en\b/i.test(html.slice(0, 20000));

/** htmldate's development half, as the web guard has always read it. */
function htmldatePages(): Page[] {
  const dir = join(requireKit('eval/benchmarks'), 'htmldate-eval', 'tests');
  const pages: Page[] = [];
  const seen = new Set<string>();
  for (const name of ['eval_mediacloud_2020.json', 'eval_default.json']) {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/:\s*NaN\b/g, ': "NaN"')) as Record<string, { file: string }>;
    for (const [url, value] of Object.entries(data)) {
      const file = ['test_set', 'cache', 'eval'].map((sub) => join(dir, sub, value.file)).find((path) => existsSync(path));
      if (!file || seen.has(url)) continue;
      seen.add(url);
      if (isEnglish(readFileSync(file, 'utf8'))) pages.push({ url, file });
    }
  }
  return pages;
}

/** Fundus's news pages (the kit keeps only the English ones). */
function fundusPages(): Page[] {
  const dir = requireKit('eval/data/fundus-parser-testdata-en');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { items: { id: string; url: string }[] };
  return gold.items.map((item) => ({ url: item.url, file: join(dir, 'html', item.id) }));
}

/** Readability's test pages whose index names an English language (they carry no URL). */
function readabilityPages(): Page[] {
  const dir = requireKit('eval/data/readability-test-pages');
  return readFileSync(join(dir, 'index.tsv'), 'utf8').split('\n').slice(1)
    .map((line) => line.split('\t'))
    .filter(([name, , lang]) => name && /^en\b/i.test(lang ?? ''))
    .map(([name = '']) => ({ url: `http://fakehost/test/${name}.html`, file: join(dir, 'test', 'test-pages', name, 'source.html') }));
}

/** Trafilatura's evaluation pages (the kit keeps only the English ones). */
function trafilaturaPages(): Page[] {
  const dir = requireKit('eval/data/trafilatura-eval-en');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
  return Object.entries(data).map(([url, value]) => ({ url, file: join(dir, 'html', value.file) }));
}

/** The articles among Standke's detection pages (its section fronts are the detection's business). */
function standkePages(): Page[] {
  const dir = requireKit('eval/benchmarks/news-article-vs-nonarticle-standke');
  return readFileSync(join(dir, 'labels.tsv'), 'utf8').split('\n').slice(1)
    .map((line) => line.split('\t'))
    .filter(([path, label, , url]) => path && url && label === 'article')
    .map(([path = '', , , url = '']) => ({ url, file: join(dir, path) }));
}

const SETS: Record<string, () => Page[]> = {
  htmldate: htmldatePages, fundus: fundusPages, readability: readabilityPages, trafilatura: trafilaturaPages, standke: standkePages,
};
const SET = process.env.SET ?? 'htmldate';
if (!SETS[SET]) {
  console.error(`SET must be one of ${Object.keys(SETS).join(', ')}`);
  process.exit(2);
}
const pages = SETS[SET]();
const FROM = Number(process.env.FROM ?? 0);
// A blind page may sit in two sets under different files (htmldate's and trafilatura's copies of one
// article), so a listed page is also known by its URL, the optional second column.
const bareUrl = (url: string) => url.trim().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
const skipLines = (process.env.SKIP ? readFileSync(process.env.SKIP, 'utf8') : '').split('\n').map((line) => line.split('\t'));
const skippedPaths = skipLines.map(([path = '']) => path.trim()).filter(Boolean);
const skippedUrls = new Set(skipLines.map(([, url = '']) => bareUrl(url)).filter(Boolean));
const isSkipped = (page: Page) => skippedPaths.some((path) => page.file.endsWith(path)) || skippedUrls.has(bareUrl(page.url));
const TO = Number(process.env.TO ?? (SET === 'htmldate' ? 104 : pages.length));

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text).replace(/\s+/g, ' ');
for (const [index, page] of pages.slice(FROM, TO).entries()) {
  if (isSkipped(page)) continue;
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
