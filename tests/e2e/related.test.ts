import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchForSuite, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { RELATED_FIXTURES, startReplayServer, type ReplayServer, type Scenario } from './support/replay-server';
import { startStaticServer, type StaticServer } from './support/static-server';

// Related coverage in real Chromium and Firefox ESR: the services are the replay server on
// 127.0.0.1, set as base URLs in storage.sync from an extension page (the test server answers
// with CORS headers, so the shipped manifest needs no host permission for 127.0.0.1).

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
const SEED_DIR = resolve(ROOT, '..', 'shared', 'seed');
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

let pages: StaticServer;
let replay: ReplayServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pages = await startStaticServer({ '/seed/': SEED_DIR, '/related/': join(RELATED_FIXTURES, 'pages') });
  replay = await startReplayServer({ slowMs: 60_000 });
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
      await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser !== 'undefined'
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

  it('shows other outlets’ reports of the seed story and opens the publisher’s page', async () => {
    await useServices(ext, { gdelt: 'ok', 'google-news': 'ok', 'bing-news': 'ok' });
    const before = replay.requests.length;
    const { article, popup } = await panelFor('/seed/seed-article.html');
    await popup.waitForSelector('[data-testid="related-item"]', { timeout: 30_000 });
    const items = await popup.$$eval('[data-testid="related-item"]', (lis) => lis.map((li) => ({
      outlet: li.querySelector('.related-outlet')?.textContent,
      title: li.querySelector('.main')?.textContent,
      href: li.querySelector('a')?.getAttribute('href') ?? null,
    })));
    expect(items.map((i) => i.outlet)).toEqual(['Harbour Times', 'Evening Dispatch', 'North Gazette', 'The Coastal Courier', 'Odd Source']);
    // The publisher's own URL, without Bing's redirect and without its utm_ parameter.
    expect(items[2]!.href).toBe(`${replay.origin}/publisher/north-gazette/underestimated`);
    // A javascript: URL in url= leaves Bing's own http link; nothing else is ever a link.
    expect(items.every((i) => i.href === null || /^https?:/.test(i.href))).toBe(true);
    // The seed is older than GDELT's three-month window: said, not asked.
    const failures = await popup.$eval('[data-testid="related-failures"]', (p) => p.textContent);
    expect(failures).toContain('GDELT: GDELT only searches the last three months.');
    expect(replay.requests.slice(before).map((r) => r.service).sort()).toEqual(['bing-news', 'google-news']);
    const search = await popup.$$eval('[data-testid="related-search"] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(search[0]).toBe('https://news.google.com/search?q=%22North+Korean%22+Russia+%22Seth+Jones%22+troops+casualty+expert&hl=en-US&gl=US&ceid=US%3Aen');
    await popup.screenshot({ path: join(ARTIFACTS, `${name}-related-seed.png`) });

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
