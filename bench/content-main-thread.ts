// `npx tsx bench/content-main-thread.ts` (needs a build: `npm run build`, or FOOTNOTE_DIST=… for
// another folder): the main-thread time Footnote's content script adds to a page, in real
// Chromium with the built extension loaded, traced with the DevTools timeline. Two pages: a long
// article (about 5,000 words, generated from the hostile-CSS fixture's story without its styles)
// and a section front that is not an article. Beside each, in the same run and the same page:
// `new Readability(clone).parse()`. Bars: no task of the content script over 50 ms; its total
// time at most 2× Readability.parse.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch } from '../tests/e2e/support/browsers';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { longArticle, sectionFront } from './support/bench-pages';

const ROOT = resolve(import.meta.dirname, '..');
const READABILITY = readFileSync(join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
const LONG_TASK_MS = 50;
const SETTLE_MS = 2500;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The isolated world Chromium gives the content script is named after the extension. */
const WORLD_NAME = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { name: string }).name;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: any; cat?: string }

interface Measure {
  total: number;
  longest: number;
  tasks: number;
  words: number;
}

/** Main-thread tasks of the page's renderer that ran the extension's code. */
function contentScriptTasks(events: TraceEvent[], extensionOrigin: string, pageUrl: string): Omit<Measure, 'words'> {
  // The page's main thread: the renderer main thread that parsed the page's HTML.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error('no ParseHTML event for the page');
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  // Ours: code from the extension's URLs, and the evaluation of its modules, which the trace
  // names by the content script's world ("Footnote") instead of by URL.
  const ours = main.filter((e) => {
    if (e.args?.worldName === WORLD_NAME) return true;
    const data = e.args?.data ?? e.args?.beginData;
    const url: string = data?.url ?? data?.stackTrace?.[0]?.url ?? data?.scriptName ?? '';
    return url.startsWith(extensionOrigin);
  });
  let total = 0;
  let longest = 0;
  let count = 0;
  let coveredUntil = -1;
  for (const task of tasks.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const end = task.ts + task.dur!;
    // 'RunTask' events nest (the scheduler's and the thread controller's): count the outer one.
    if (task.ts < coveredUntil) continue;
    if (!ours.some((e) => e.ts >= task.ts && e.ts < end)) continue;
    coveredUntil = end;
    const ms = task.dur! / 1000;
    if (process.env.BENCH_VERBOSE) console.log(`    task ${ms.toFixed(1)} ms at +${((task.ts - parse.ts) / 1000).toFixed(0)} ms`);
    total += ms;
    longest = Math.max(longest, ms);
    count++;
  }
  return { total, longest, tasks: count };
}

async function readabilityOn(page: Page): Promise<{ first: number; median: number }> {
  return page.evaluate(`(() => {
    const module = { exports: null };
    (function (module) { ${READABILITY} })(module);
    const Readability = module.exports;
    const runs = [];
    for (let i = 0; i < 7; i++) {
      const clone = document.cloneNode(true);
      const started = performance.now();
      new Readability(clone).parse();
      runs.push(performance.now() - started);
    }
    const first = runs[0];
    runs.sort((a, b) => a - b);
    return { first, median: runs[3] };
  })()`) as Promise<{ first: number; median: number }>;
}

async function measure(ext: Awaited<ReturnType<typeof launch>>, url: string, article: boolean): Promise<Measure & { readability: { first: number; median: number } }> {
  const page = await ext.browser.newPage();
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] });
  await page.goto(url, { waitUntil: 'load' });
  if (article) {
    await page.waitForFunction(() => /figure:[1-9]/.test(document.documentElement.getAttribute('data-footnote-highlights') ?? ''), { timeout: 60_000 });
  }
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString("utf8")) as { traceEvents: TraceEvent[] };
  const words = await page.evaluate(() => document.body.innerText.split(/\s+/).length);
  const readability = await readabilityOn(page);
  await page.close();
  return { ...contentScriptTasks(trace.traceEvents, ext.extensionOrigin, url), words, readability };
}

/** The median of `values` (the upper one of an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'footnote-bench-'));
writeFileSync(join(dir, 'long-article.html'), longArticle(5000));
writeFileSync(join(dir, 'section-front.html'), sectionFront(300));
const server = await startStaticServer({ '/bench/': dir });
const ext = await launch('chromium');
let failed = false;
try {
  for (const [name, article] of [['long-article', true], ['section-front', false]] as const) {
    const url = `${server.origin}/bench/${name}.html`;
    await measure(ext, url, article); // warm the browser's caches once; the figures are from the next runs
    const runs: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(ext, url, article));
    // Medians over the runs: one run on a busy machine can be far off either way.
    const total = median(runs.map((m) => m.total));
    const longest = median(runs.map((m) => m.longest));
    const readability = median(runs.map((m) => m.readability.first));
    const ratio = median(runs.map((m) => m.total / m.readability.first));
    const pass = longest <= LONG_TASK_MS && ratio <= 2;
    failed ||= !pass;
    console.log(`content script on ${name} (${runs[0]!.words} words), median of ${RUNS} page loads: ${total.toFixed(1)} ms main thread in ${median(runs.map((m) => m.tasks))} tasks, longest ${longest.toFixed(1)} ms (bar ${LONG_TASK_MS} ms; worst run ${Math.max(...runs.map((m) => m.longest)).toFixed(1)} ms)`);
    console.log(`  Readability.parse on the same page: ${readability.toFixed(1)} ms first run, ${median(runs.map((m) => m.readability.median)).toFixed(1)} ms median of 7`);
    console.log(`  ratio ${ratio.toFixed(2)}× Readability.parse (first run; bar 2×)  ${pass ? 'PASS' : 'FAIL'}`);
  }
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
