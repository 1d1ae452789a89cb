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

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = readFileSync(join(ROOT, 'tests', 'fixtures', 'pages', 'hostile-css-article.html'), 'utf8');
const READABILITY = readFileSync(join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
const LONG_TASK_MS = 50;
const SETTLE_MS = 2500;

/** The fixture's story, repeated with its figures varied, to `words` words; no hostile styles. */
function longArticle(words: number): string {
  const paragraphs = [...FIXTURE.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!);
  const body: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round++) {
    for (const paragraph of paragraphs) {
      const varied = paragraph.replace(/\d+/g, (digits) => String(Number(digits) + round));
      body.push(`<p>${varied}</p>`);
      count += varied.split(/\s+/).length;
    }
    if (round % 4 === 3) body.push(`<h2>Part ${round + 1}</h2>`);
  }
  return FIXTURE.replace(/<style>[\s\S]*?<\/style>/, '<style>body{max-width:720px;margin:0 auto;font:18px/1.6 Georgia,serif}</style>')
    .replace(/<section class="body">[\s\S]*?<\/section>/, `<section class="body">\n${body.join('\n')}\n</section>`);
}

/** A section front: many headlines and teasers, no article. */
function sectionFront(links: number): string {
  const headline = /<h1>(.*?)<\/h1>/.exec(FIXTURE)![1]!;
  const teaser = /<p>(.*?)<\/p>/.exec(FIXTURE)![1]!;
  const items = Array.from({ length: links }, (_, i) =>
    `<li><a href="/news/${i}">${headline.replace(/\d+/, String(i))}</a><span>${teaser.slice(0, 90)}</span></li>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News | Island Herald</title>
<meta property="og:type" content="website"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Latest news</h1><ul>${items.join('')}</ul><footer>© Island Herald</footer></body></html>`;
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: any; cat?: string }

interface Measure {
  total: number;
  longest: number;
  tasks: number;
  words: number;
  /** The tasks other than the longest (the core's one analysis task): highlighting, card, watching. */
  restTotal: number;
  restLongest: number;
}

/** Main-thread tasks of the page's renderer that ran the extension's code. */
function contentScriptTasks(events: TraceEvent[], extensionOrigin: string, pageUrl: string): Omit<Measure, 'words'> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  // The page's main thread: the renderer main thread that parsed the page's HTML.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error('no ParseHTML event for the page');
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const ours = main.filter((e) => {
    const data = e.args?.data ?? e.args?.beginData;
    const url: string = data?.url ?? data?.stackTrace?.[0]?.url ?? data?.scriptName ?? '';
    return url.startsWith(extensionOrigin);
  });
  let total = 0;
  let longest = 0;
  let count = 0;
  let coveredUntil = -1;
  const durations: number[] = [];
  for (const task of tasks.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const end = task.ts + task.dur!;
    // 'RunTask' events nest (the scheduler's and the thread controller's): count the outer one.
    if (task.ts < coveredUntil) continue;
    if (!ours.some((e) => e.ts >= task.ts && e.ts < end)) continue;
    coveredUntil = end;
    const ms = task.dur! / 1000;
    if (process.env.BENCH_VERBOSE) console.log(`    task ${ms.toFixed(1)} ms at +${((task.ts - parse.ts) / 1000).toFixed(0)} ms`);
    total += ms;
    durations.push(ms);
    longest = Math.max(longest, ms);
    count++;
  }
  void names;
  durations.sort((a, b) => b - a);
  return { total, longest, tasks: count, restTotal: total - (durations[0] ?? 0), restLongest: durations[1] ?? 0 };
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

const dir = mkdtempSync(join(tmpdir(), 'footnote-bench-'));
writeFileSync(join(dir, 'long-article.html'), longArticle(5000));
writeFileSync(join(dir, 'section-front.html'), sectionFront(300));
const server = await startStaticServer({ '/bench/': dir });
const ext = await launch('chromium');
let failed = false;
try {
  for (const [name, article] of [['long-article', true], ['section-front', false]] as const) {
    const url = `${server.origin}/bench/${name}.html`;
    await measure(ext, url, article); // warm the browser's caches once; the figures are from the next run
    const m = await measure(ext, url, article);
    const ratio = m.total / m.readability.first;
    const pass = m.longest <= LONG_TASK_MS && ratio <= 2;
    failed ||= !pass;
    console.log(`content script on ${name} (${m.words} words): ${m.total.toFixed(1)} ms main thread in ${m.tasks} tasks, longest ${m.longest.toFixed(1)} ms (bar ${LONG_TASK_MS} ms)`);
    console.log(`  without its longest task (the core's analysis, one synchronous call): ${m.restTotal.toFixed(1)} ms, longest ${m.restLongest.toFixed(1)} ms`);
    console.log(`  Readability.parse on the same page: ${m.readability.first.toFixed(1)} ms first run, ${m.readability.median.toFixed(1)} ms median of 7`);
    console.log(`  ratio ${ratio.toFixed(2)}× Readability.parse (first run; bar 2×), ${(m.total / m.readability.median).toFixed(2)}× its median  ${pass ? 'PASS' : 'FAIL'}`);
  }
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
