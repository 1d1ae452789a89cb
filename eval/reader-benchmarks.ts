// Fast, in-process versions of two development-half scorers in ../shared/eval/runners, for the
// reader alone (no dates, figures or sources): article-or-not on Standke's pages (with the page's
// URL, as standke-detect.mjs) and the publication day on htmldate's pages (HTML only, no URL, as
// htmldate-published.mjs). The same items and metrics; the runners remain the reference.
//
//   npx tsx eval/reader-benchmarks.ts [--only detect,date] [--verbose] [--limit N]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { fromDocumentStart } from '../src/core/reader/document-start';
import { readArticle, type ReadArticle } from '../src/core/reader/index';
import { requireKit } from './kit';

const BENCH = requireKit('eval/benchmarks');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : ['detect', 'date'];
const verbose = args.includes('--verbose');
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;

function read(file: string, url: string | null): ReadArticle | null {
  try {
    const { document } = parseHTML(fromDocumentStart(readFileSync(file, 'utf8')));
    return readArticle(document as unknown as Document, url);
  } catch (error) {
    console.log(`  CRASH ${file}: ${(error as Error).stack}`);
    return null;
  }
}

if (only.includes('detect')) {
  const dir = join(BENCH, 'news-article-vs-nonarticle-standke');
  const rows = readFileSync(join(dir, 'labels.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => {
    const [path, label, site, url] = line.split('\t');
    return { file: join(dir, path!), label: label!, site: site!, url: url!, isArticle: label === 'article' };
  }).slice(0, limit);
  let right = 0;
  let fp = 0;
  let fn = 0;
  const started = performance.now();
  for (const row of rows) {
    const got = read(row.file, row.url)?.detection;
    const isArticle = got?.isArticle === true;
    if (isArticle === row.isArticle) right++;
    else {
      if (isArticle) fp++;
      else fn++;
      if (verbose) console.log(`  ${row.label.padEnd(11)} got ${isArticle} ${got?.score} ${got?.signals.join(' ')} ${row.url}`);
    }
  }
  console.log(`standke detect: accuracy ${(right / rows.length).toFixed(3)} (${rows.length} pages, FP ${fp}, FN ${fn}; ${((performance.now() - started) / rows.length).toFixed(0)} ms/page)`);
}

if (only.includes('date')) {
  const dir = join(BENCH, 'htmldate-eval', 'tests');
  const pages: { url: string; file: string; gold: string | null }[] = [];
  const seen = new Set<string>();
  for (const name of ['eval_mediacloud_2020.json', 'eval_default.json']) {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/:\s*NaN\b/g, ': "NaN"')) as Record<string, { file: string; date: string }>;
    for (const [url, value] of Object.entries(data)) {
      const file = ['test_set', 'cache', 'eval'].map((sub) => join(dir, sub, value.file)).find((path) => existsSync(path));
      if (!file || seen.has(url)) continue;
      seen.add(url);
      pages.push({ url, file, gold: value.date === 'NaN' ? null : value.date });
    }
  }
  let tp = 0;
  let fp = 0;
  let none = 0;
  let english = 0;
  let englishRight = 0;
  const list = pages.slice(0, limit);
  const started = performance.now();
  for (const page of list) {
    const html = readFileSync(page.file, 'utf8');
    const lang = /<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})/i.exec(html.slice(0, 20000))?.[1]?.toLowerCase() ?? '';
    const got = read(page.file, null)?.meta.published ?? null;
    const day = got && /^\d{4}-\d{2}-\d{2}/.test(got) ? got.slice(0, 10) : null;
    if (lang === 'en') english++;
    if (day && day === page.gold) {
      tp++;
      if (lang === 'en') englishRight++;
    } else {
      if (day) fp++;
      else none++;
      if (verbose) console.log(`  ${page.file.split('/').pop()} lang=${lang || '?'} gold=${page.gold} got=${got} ${page.url}`);
    }
  }
  console.log(`htmldate published: accuracy ${(tp / list.length).toFixed(3)} (${list.length} pages: ${tp} right, ${fp} wrong, ${none} none; lang=en ${(englishRight / english).toFixed(3)} of ${english}; ${((performance.now() - started) / list.length).toFixed(0)} ms/page)`);
}
