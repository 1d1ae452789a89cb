// `npx tsx bench/related-first-item.ts` (after `npm run build`; FOOTNOTE_DIST picks the build):
// time from opening the panel to the first related item, in real Chromium with the extension
// loaded, the services replayed from 127.0.0.1 (no cache: each run uses fresh base URLs).
// Baseline in the same run: time from opening the panel to the fact panel itself.
// Bar: first related item under 300 ms.

import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch } from '../tests/e2e/support/browsers';
import { startReplayServer } from '../tests/e2e/support/replay-server';
import { startStaticServer } from '../tests/e2e/support/static-server';

const RUNS = 5;
const SEED_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'seed');

/** Milliseconds since the panel page started loading when `selector` first matched. */
function appearedAt(page: Page, selector: string): Promise<number> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  return page.evaluate(`new Promise((done) => {
    const check = () => document.querySelector(${JSON.stringify(selector)}) ? done(performance.now()) : requestAnimationFrame(check);
    check();
  })`) as Promise<number>;
}

const pages = await startStaticServer({ '/seed/': SEED_DIR });
const replay = await startReplayServer();
const ext = await launch('chromium');
try {
  const firstItem: number[] = [];
  const panel: number[] = [];
  let cold = { panel: 0, item: 0 };
  for (let run = 0; run <= RUNS; run++) {
    const helper = await ext.openPage(`${ext.extensionOrigin}/src/options/index.html`);
    await helper.evaluate(async (settings: Record<string, unknown>) => {
      await chrome.storage.sync.set({ settings });
    }, {
      version: 1, related: true, relatedServices: ['gdelt', 'google-news', 'bing-news'],
      serviceBaseUrls: { gdelt: replay.base('ok', run), 'google-news': replay.base('ok', run), 'bing-news': replay.base('ok', run) },
    });
    await helper.close();
    const article = await ext.openPage(`${pages.origin}/seed/seed-article.html`);
    const popup = await ext.openPopup(article);
    const [panelAt, itemAt] = await Promise.all([
      appearedAt(popup, '[data-testid="fact-panel"]'), appearedAt(popup, '[data-testid="related-item"]'),
    ]);
    if (run > 0) {
      panel.push(panelAt);
      firstItem.push(itemAt);
    } else {
      // Run 0: a fresh browser and service worker (the core compiled on first use).
      cold = { panel: Math.round(panelAt), item: Math.round(itemAt) };
    }
    await popup.close().catch(() => undefined);
    await article.close();
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const item = Math.round(median(firstItem));
  const base = Math.round(median(panel));
  console.log(`related: first related item ${item} ms after the panel opens (median of ${RUNS}, bar 300 ms); `
    + `fact panel ${base} ms (baseline); ratio ${(item / base).toFixed(2)}; related fetch after the panel ${item - base} ms`);
  console.log(`related: cold start (fresh service worker) first item ${cold.item} ms, fact panel ${cold.panel} ms, after the panel ${cold.item - cold.panel} ms`);
} finally {
  await ext.close();
  await replay.close();
  await pages.close();
}
