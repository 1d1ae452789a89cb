import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchForSuite, waitInPage, type ExtensionBrowser } from './support/browsers';
import { RELATED_FIXTURES, startReplayServer, type ReplayServer, type Scenario } from './support/replay-server';
import { startStaticServer, type StaticServer } from './support/static-server';
import { FIXTURE_PAGES } from './support/paths';

// Related coverage in real Chromium and Firefox ESR: the services are the replay server on
// 127.0.0.1, set as base URLs in storage.sync from an extension page (the test server answers
// with CORS headers, so the shipped manifest needs no host permission for 127.0.0.1).

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

let pages: StaticServer;
let replay: ReplayServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pages = await startStaticServer({ '/pages/': FIXTURE_PAGES, '/related/': join(RELATED_FIXTURES, 'pages') });
  // 'slow' holds a service's answer back 5 s.
  replay = await startReplayServer({ slowMs: 5_000 });
});

afterAll(async () => {
  await replay?.close();
  await pages?.close();
});

type Services = Partial<Record<'gdelt' | 'google-news' | 'bing-news', Scenario>>;

/** Writes the settings from an extension page, as the options page would. */
async function useServices(ext: ExtensionBrowser, services: Services, extra: Record<string, unknown> = {}, variant?: number): Promise<void> {
  const page = await extensionPage(ext);
  const serviceBaseUrls = Object.fromEntries(Object.entries(services).map(([s, scenario]) => [s, replay.base(scenario, variant)]));
  await page.evaluate(async (settings: Record<string, unknown>) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    await api.storage.sync.set({ settings });
  }, { version: 1, related: true, relatedServices: Object.keys(services), serviceBaseUrls, ...extra });
  await page.close();
}

/** An extension page, for calling the extension's APIs as its own pages do. */
async function extensionPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.browser.newPage();
  void page.goto(`${ext.extensionOrigin}/src/options/index.html`).catch(() => undefined);
  // Firefox may answer a wait made while about:blank turns into the extension page with an error: wait again.
  for (let attempt = 0; ; attempt++) {
    try {
      await waitInPage(page, () => typeof (globalThis as { browser?: unknown }).browser !== 'undefined'
        || typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage !== 'undefined', { timeout: 30_000 });
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((done) => setTimeout(done, 250));
      if (attempt % 5 === 4) void page.goto(`${ext.extensionOrigin}/src/options/index.html`).catch(() => undefined);
    }
  }
  return page;
}

/**
 * The tab that a click opened, its URL and title once loaded: from puppeteer's pages, or from the
 * extension's tabs API (Firefox over BiDi reports a new tab's URL late).
 */
async function openedTab(ext: ExtensionBrowser, prefix: string): Promise<{ url: string; title: string }> {
  const helper = await extensionPage(ext);
  try {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      // Chromium: puppeteer sees the new page (its tabs API hides URLs without the "tabs" permission).
      for (const page of await ext.browser.pages()) {
        if (page.url().startsWith(prefix)) {
          await page.waitForSelector('#publisher', { timeout: 30_000 });
          return { url: page.url(), title: await page.title() };
        }
      }
      const tab = await helper.evaluate(async (start: string) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const tabs = await api.tabs.query({});
        const found = tabs.find((t) => t.url?.startsWith(start) && t.status === 'complete');
        return found ? { url: found.url!, title: found.title ?? '' } : null;
      }, prefix);
      if (tab) return tab;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`no tab opened at ${prefix}`);
  } finally {
    await helper.close().catch(() => undefined);
  }
}

describe.each(BROWSERS)('related coverage in %s', (name) => {
  let ext!: ExtensionBrowser;
  launchForSuite(name, (launched) => {
    ext = launched;
  });

  async function panelFor(path: string): Promise<{ article: Page; popup: Page }> {
    const article = await ext.openPage(`${pages.origin}${path}`);
    const popup = await ext.openPopup(article);
    await popup.waitForSelector('[data-testid="related-coverage"]', { timeout: 30_000 });
    return { article, popup };
  }

  it('shows other outlets’ reports of the syndicated story and opens the publisher’s page', async () => {
    await useServices(ext, { gdelt: 'ok', 'google-news': 'ok', 'bing-news': 'ok' });
    const before = replay.requests.length;
    const { article, popup } = await panelFor('/pages/syndicated-wells.html');
    await popup.waitForSelector('[data-testid="related-item"]', { timeout: 30_000 });
    // Each service's items come in as it answers: read the list once every service has.
    await popup.waitForSelector('[data-testid="related-coverage"][data-status="ready"]', { timeout: 30_000 });
    // The list is read at once: "ready" and the full list come in the same render (steady-list.ts).
    const panelText = await popup.$eval('[data-testid="related-coverage"]', (el) => el.textContent ?? '');
    const items = await popup.$$eval('[data-testid="related-item"]', (lis) => lis.map((li) => ({
      outlet: li.querySelector('.related-outlet')?.textContent,
      title: li.querySelector('.main')?.textContent,
      href: li.querySelector('a')?.getAttribute('href') ?? null,
    })));
    expect(items.map((i) => i.outlet), panelText).toEqual(['Harbour Times', 'Evening Dispatch', 'North Gazette', 'The Coastal Courier', 'Odd Source']);
    // The publisher's own URL, without Bing's redirect and without its utm_ parameter.
    expect(items[2]!.href).toBe(`${replay.origin}/publisher/north-gazette/underestimated`);
    // A javascript: URL in url= leaves Bing's own http link; nothing else is ever a link.
    expect(items.every((i) => i.href === null || /^https?:/.test(i.href))).toBe(true);
    // The article is older than GDELT's three-month window: said, not asked.
    const failures = await popup.$eval('[data-testid="related-failures"]', (p) => p.textContent);
    expect(failures).toContain('GDELT: GDELT only searches the last three months.');
    expect(replay.requests.slice(before).map((r) => r.service).sort()).toEqual(['bing-news', 'google-news']);
    const search = await popup.$$eval('[data-testid="related-search"] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(search[0]).toBe('https://news.google.com/search?q=%22Maria+Okonjo%22+%22Department+of+Water+Resources%22+Orvale+basin+wells+hydrologist&hl=en-US&gl=US&ceid=US%3Aen');
    await popup.screenshot({ path: join(ARTIFACTS, `${name}-related-wells.png`) });

    // Chromium closes the toolbar popup as the new tab takes the focus, sometimes mid-click.
    await popup.click('[data-testid="related-item"]:nth-child(3) a').catch(() => undefined);
    const publisher = await openedTab(ext, `${replay.origin}/publisher/north-gazette/`);
    expect(publisher).toEqual({ url: `${replay.origin}/publisher/north-gazette/underestimated`, title: 'Publisher page' });
    await popup.close().catch(() => undefined);
    await article.close();
  });

  it('says when no other report was found or a service dropped the connection, and reads GDELT JSON with invalid escapes', async () => {
    await useServices(ext, { gdelt: 'empty', 'google-news': 'empty', 'bing-news': 'offline' });
    let { article, popup } = await panelFor('/related/harbour-bridge-recent.html');
    await popup.waitForSelector('[data-testid="related-coverage"][data-status="ready"]', { timeout: 30_000 });
    expect(await popup.$eval('[data-testid="related-state"]', (p) => p.textContent)).toBe('No other reports of this story were found.');
    expect(await popup.$eval('[data-testid="related-failures"]', (p) => p.textContent)).toContain('Bing News: The service could not be reached');
    await popup.close().catch(() => undefined);
    await article.close();

    await useServices(ext, { gdelt: 'bad-escapes' });
    ({ article, popup } = await panelFor('/related/harbour-bridge-recent.html'));
    await popup.waitForSelector('[data-testid="related-item"]', { timeout: 30_000 });
    expect(await popup.$eval('[data-testid="related-item"] a', (a) => a.textContent)).toBe("Council\\'s bridge bill: \\x27why it doubled\\x27 to £48m");
    await popup.close().catch(() => undefined);
    await article.close();
  });
  // One retry, on fresh service URLs: on a loaded two-core machine a cold service worker now and
  // then misses the 500 ms by a few milliseconds; everything else must hold on every try.
  let tries = 0;
  it('shows Google News and Bing News within 500 ms while GDELT is held back 5 s, then merges GDELT’s items in', { retry: 1 }, async () => {
    await useServices(ext, { gdelt: 'slow', 'google-news': 'ok', 'bing-news': 'ok' }, {}, 11 + tries++);
    const { article, popup } = await panelFor('/related/harbour-bridge-recent.html');
    await popup.waitForSelector('[data-testid="related-item"]', { timeout: 30_000 });
    const early = await popup.evaluate(() => ({
      status: document.querySelector('[data-testid="related-coverage"]')?.getAttribute('data-status'),
      pending: document.querySelector('[data-testid="related-pending"]')?.textContent,
      outlets: [...document.querySelectorAll('[data-testid="related-item"] .related-outlet')].map((o) => o.textContent),
    }));
    expect(early.status).toBe('partial');
    expect(early.pending).toBe('Still waiting for GDELT…');
    expect(early.outlets).not.toContain('westpost.example');
    await popup.$eval('[data-testid="related-coverage"]', (section) => section.scrollIntoView());
    await popup.screenshot({ path: join(ARTIFACTS, `${name}-related-partial.png`) });
    await popup.waitForSelector('[data-testid="related-coverage"][data-status="ready"]', { timeout: 30_000 });
    const late = await popup.evaluate(() => ({
      pending: document.querySelector('[data-testid="related-pending"]'),
      outlets: [...document.querySelectorAll('[data-testid="related-item"] .related-outlet')].map((o) => o.textContent),
      // Milliseconds since the panel page started loading.
      opened: performance.getEntriesByName('footnote:panel-drawn')[0]?.startTime ?? null,
      firstItems: performance.getEntriesByName('footnote:related-items')[0]?.startTime ?? null,
      done: performance.getEntriesByName('footnote:related-done')[0]?.startTime ?? null,
    }));
    console.log(`${name}: panel drawn ${late.opened?.toFixed(0)} ms, first related items ${late.firstItems?.toFixed(0)} ms, `
      + `every service answered ${late.done?.toFixed(0)} ms after the panel page started loading`);
    expect(late.pending).toBeNull();
    // GDELT's report that no other service has is merged in; the early ones are still there.
    expect(late.outlets).toContain('westpost.example');
    for (const outlet of early.outlets) expect(late.outlets).toContain(outlet);
    // Within 500 ms of the panel opening: of the fact panel being drawn, related section included
    // (its "Looking for other reports" line); the page's own load is the browser's, not ours.
    expect(late.opened).not.toBeNull();
    expect(late.firstItems).not.toBeNull();
    expect(late.firstItems! - late.opened!).toBeLessThan(500);
    expect(late.done! - late.firstItems!).toBeGreaterThan(4_000);
    await popup.$eval('[data-testid="related-coverage"]', (section) => section.scrollIntoView());
    await popup.screenshot({ path: join(ARTIFACTS, `${name}-related-merged.png`) });
    await popup.close().catch(() => undefined);
    await article.close();
  });

  it('fetches ahead only for readers who opted in, and the panel then asks no service again', async () => {
    await useServices(ext, { 'bing-news': 'ok' }, { relatedPrefetch: true }, 7);
    const before = replay.requests.length;
    const article = await ext.openPage(`${pages.origin}/related/harbour-bridge-recent.html`);
    const deadline = Date.now() + 30_000;
    while (!replay.requests.slice(before).some((r) => r.service === 'bing-news') && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(replay.requests.slice(before).map((r) => new URL(r.url).pathname)).toEqual(['/ok-7/news/search']);
    const popup = await ext.openPopup(article);
    await popup.waitForSelector('[data-testid="related-item"]', { timeout: 30_000 });
    expect(replay.requests.slice(before).filter((r) => r.service === 'bing-news')).toHaveLength(1);
    await popup.close().catch(() => undefined);
    await article.close();
  });

  it('shows the failure states: rate limit with a countdown, plain-text error, server error (last: GDELT stays blocked)', async () => {
    await useServices(ext, { gdelt: 'rate-limit', 'google-news': 'plain-text', 'bing-news': 'server-error' });
    const { article, popup } = await panelFor('/related/harbour-bridge-recent.html');
    await popup.waitForSelector('[data-testid="related-coverage"][data-status="error"]', { timeout: 30_000 });
    const alert = await popup.$eval('[data-testid="related-state"]', (div) => div.textContent ?? '');
    expect(alert).toContain('GDELT: Too many requests; try again in 30 s.');
    expect(alert).toContain('Google News: Google News answered: Sorry...');
    expect(alert).toContain('Bing News: The service answered HTTP 503.');
    const button = await popup.$eval('[data-testid="related-state"] button', (b) => ({ text: b.textContent, disabled: (b as HTMLButtonElement).disabled }));
    expect(button.disabled).toBe(true);
    expect(button.text).toMatch(/^Try again in (30|29|28) s$/);
    await popup.screenshot({ path: join(ARTIFACTS, `${name}-related-errors.png`) });
    await popup.close().catch(() => undefined);
    await article.close();
  });

});
