// Detection accuracy: the reader's own fixture pages (tests/fixtures/reader/detection, with
// their URLs and labels in manifest.json) and the `readerable` flags of Readability's test
// pages in ../shared/eval/data (read at run time; no URL is known for those).
//
//   npx tsx eval/reader-detection.ts [--verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../src/core/reader/detect';
import { readJsonLd } from '../src/core/reader/json-ld';
import { requireKit } from './kit';

const verbose = process.argv.includes('--verbose');
const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'reader', 'detection');
const READABILITY = requireKit('eval/data/readability-test-pages/test/test-pages');

interface Case { name: string; html: string; url: string | null; isArticle: boolean }

function score(label: string, cases: Case[]): void {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let ms = 0;
  for (const item of cases) {
    const { document } = parseHTML(item.html);
    const started = performance.now();
    const doc = document as unknown as Document;
    const detection = detectArticle(doc, item.url, readJsonLd(doc).nodes);
    ms += performance.now() - started;
    const key = detection.isArticle ? (item.isArticle ? 'tp' : 'fp') : (item.isArticle ? 'fn' : 'tn');
    counts[key]++;
    if (verbose && (key === 'fp' || key === 'fn')) console.log(`  ${key} ${item.name} ${detection.score} ${detection.signals.join(' ')}`);
  }
  const accuracy = (counts.tp + counts.tn) / cases.length;
  console.log(`${label}: accuracy ${accuracy.toFixed(3)} (${cases.length} pages; TP ${counts.tp} FP ${counts.fp} FN ${counts.fn} TN ${counts.tn}; ${(ms / cases.length).toFixed(1)} ms/page)`);
}

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as { file: string; url: string; isArticle: boolean }[];
score('fixtures', manifest.map((item) => ({ name: item.file, html: readFileSync(join(FIXTURES, item.file), 'utf8'), url: item.url, isArticle: item.isArticle })));

const names = readdirSync(READABILITY).sort();
score('readability-test-pages readerable', names.map((name) => ({
  name,
  html: readFileSync(join(READABILITY, name, 'source.html'), 'utf8'),
  url: null,
  isArticle: JSON.parse(readFileSync(join(READABILITY, name, 'expected-metadata.json'), 'utf8')).readerable === true,
})));
