// `npx tsx bench/reader-cost.ts`: what the article reader costs in real Chromium, beside
// Readability.parse on the same pages in the same run.
//   "no":       readArticle on pages that are not articles (detection, then stop), bar ≤ 0.1×
//   full read:  readArticle on article pages (detection, metadata, main text + DOM map), bar ≤ 1.5×
//   analysis:   the whole pipeline (reader + every extractor), for information
// Pages: the project's fixtures and the development sets beside the project (read, not copied).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireKit, SHARED } from '../eval/kit';
import { buildCoreBundle } from './support/core-bundle';
import { launchChromium } from './support/chromium';

// The article pages come from the evaluation kit: without it, this benchmark says so and stops.
requireKit('eval/data');
const RUNS = 9;

function htmlFiles(dir: string, limit: number): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.length >= limit) return;
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

const articles = [
  join(SHARED, 'seed', 'seed-article.html'),
  ...htmlFiles(join(SHARED, 'eval', 'data', 'fundus-parser-testdata-en', 'html'), 20),
].filter(existsSync);
// The pages that are not articles, each with its address: the detection fixtures labelled so by
// their manifest (a file name like "…-video-embed" can still be an article), the section front,
// and two non-news pages of the Readability set.
const SECTION_URL = 'https://news.example/section/world/';
const DETECTION = join(import.meta.dirname, '..', 'tests', 'fixtures', 'reader', 'detection');
const labelled = JSON.parse(readFileSync(join(DETECTION, 'manifest.json'), 'utf8')) as { file: string; url: string; isArticle: boolean }[];
const nonArticles = [
  ...labelled.filter((entry) => !entry.isArticle).map((entry) => ({ file: join(DETECTION, entry.file), url: entry.url })),
  { file: join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages', 'section-front.html'), url: SECTION_URL },
  ...['mathjax', 'mozilla-2'].map((name) => ({ file: join(SHARED, 'eval', 'data', 'readability-test-pages', 'test', 'test-pages', name, 'source.html'), url: SECTION_URL })),
].filter((page) => existsSync(page.file));

interface Timing { baseline: number; subject: number; analysis: number }

const bundle = await buildCoreBundle();
const { browser, close } = await launchChromium();
const page = await browser.newPage();
await page.setJavaScriptEnabled(false);
await page.setRequestInterception(true);
page.on('request', (request) => (request.isNavigationRequest() ? request.continue() : request.abort()));

async function time(file: string, url: string): Promise<Timing> {
  await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'domcontentloaded' });
  await page.evaluate(bundle);
  // tsx compiles the callbacks below with esbuild's keep-names helper; give the page one.
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page.evaluate((runs: number, url: string) => {
    const api = (globalThis as unknown as { FootnoteBench: any }).FootnoteBench;
    // The page's clock is coarse (0.1 ms without cross-origin isolation) and a quick "no" takes
    // about that long: each sample runs a call enough times to last SAMPLE_MS, and the two calls
    // compared take turns, so both see the same machine.
    const SAMPLE_MS = 5;
    const repeatsFor = (fn: () => void): number => {
      const started = performance.now();
      fn();
      return Math.max(1, Math.min(200, Math.ceil(SAMPLE_MS / Math.max(performance.now() - started, 0.05))));
    };
    const sample = (fn: () => void, repeats: number): number => {
      const started = performance.now();
      for (let i = 0; i < repeats; i++) fn();
      return (performance.now() - started) / repeats;
    };
    const medians = (fns: (() => void)[]): number[] => {
      const repeats = fns.map(repeatsFor);
      const times: number[][] = fns.map(() => []);
      for (let run = 0; run < runs; run++) fns.forEach((fn, i) => times[i]!.push(sample(fn, repeats[i]!)));
      return times.map((t) => t.sort((a, b) => a - b)[runs >> 1]!);
    };
    const [baseline, subject, analysis] = medians([
      () => new api.Readability(document.cloneNode(true)).parse(),
      // As the content script asks: the quick "no" on pages that are not articles.
      () => api.readArticle(document, url, false, true),
      () => api.analyzeDocument(document, { url }),
    ]);
    return { baseline: baseline!, subject: subject!, analysis: analysis! };
  }, RUNS, url);
}

function report(label: string, pages: readonly unknown[], timings: Timing[], bar: number): boolean {
  const sum = (key: keyof Timing) => timings.reduce((total, t) => total + t[key], 0);
  const ratio = sum('subject') / sum('baseline');
  const verdict = ratio <= bar ? 'within' : 'OVER';
  console.log(`${label}: ${pages.length} pages, ${sum('subject').toFixed(1)} ms vs Readability.parse ${sum('baseline').toFixed(1)} ms = ${ratio.toFixed(3)}× (bar ≤ ${bar}×, ${verdict}); whole pipeline ${(sum('analysis') / sum('baseline')).toFixed(2)}×`);
  return ratio <= bar;
}

const noTimings: Timing[] = [];
for (const { file, url } of nonArticles) noTimings.push(await time(file, url));
const readTimings: Timing[] = [];
for (const file of articles) readTimings.push(await time(file, 'https://news.example/2025/02/06/story-of-the-day'));
await close();

report('reader "no" on non-article pages', nonArticles, noTimings, 0.1);
report('reader full read on article pages', articles, readTimings, 1.5);
