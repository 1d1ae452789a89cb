import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchForSuite, waitInPage, type ExtensionBrowser } from './support/browsers';
import { ARTIFACTS, ensureArtifacts } from './support/paths';
import { startFixtureServer, type StaticServer } from './support/static-server';

// The built extension in real Chromium and real Firefox ESR: the content script analyses an
// article served from 127.0.0.1, and the toolbar popup renders its fact panel.


let server: StaticServer;

/** A 5 MB article full of numbers: too large for one message, so it travels in parts. */
function writeHugeArticle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'footnote-huge-'));
  const paragraph = '<p>In 2024 the 12 island towns spent £3.4 million, 17% more than the £2.9 million of 2023, on 1,204 km of roads.</p>\n';
  writeFileSync(join(dir, 'huge-article.html'), `<!DOCTYPE html><html lang="en"><head><title>Road spending by town</title>
<meta property="og:type" content="article"></head><body><article><h1>Road spending by town, 2015 to 2024</h1>
${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</article></body></html>`);
  return dir;
}

beforeAll(async () => {
  ensureArtifacts();
  server = await startFixtureServer({ '/huge/': writeHugeArticle() });
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in %s', (name) => {
  let ext!: ExtensionBrowser;
  launchForSuite(name, (launched) => {
    ext = launched;
  });

  async function panelFor(path: string): Promise<{ article: Page; popup: Page }> {
    const article = await ext.openPage(`${server.origin}${path}`);
    const popup = await ext.openPopup(article);
    return { article, popup };
  }

  it('shows the syndicated article’s fact panel in the popup', async () => {
    const { article, popup } = await panelFor('/pages/syndicated-wells.html');
    await popup.waitForSelector('[data-testid="fact-panel"]', { timeout: 30_000 });
    const headline = await popup.$eval('.headline', (element) => element.textContent);
    expect(headline).toBe('Up to 40 percent of farm wells in the Orvale basin have failed: hydrologist');
    const outlet = await popup.$eval('.outlet', (element) => element.textContent);
    expect(outlet).toContain('Pacific Press Network');
    const authors = await popup.$eval('.authors', (element) => element.textContent);
    expect(authors).toContain('Lena Marsh');
    await popup.screenshot({ path: join(ARTIFACTS, `${name}-popup-wells.png`) });
    await popup.close();
    await article.close();
  });

  it('analyses an article in the content script and answers the background', async () => {
    const { article, popup } = await panelFor('/pages/harbor-bridge-budget.html');
    await popup.waitForSelector('[data-testid="fact-panel"]', { timeout: 30_000 });
    // Ask the content script directly, through the background, from the extension's own page.
    // The popup's tab: `?tab=ID` where the popup was opened in a tab, else the active tab.
    const sheet = await popup.evaluate(async () => {
      const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome);
      const named = Number(new URLSearchParams(location.search).get('tab'));
      const tabId = named || (await api.tabs.query({ active: true, currentWindow: true }))[0]!.id;
      return api.runtime.sendMessage({ type: 'popup:get-sheet', tabId });
    });
    expect(sheet.status).toBe('ready');
    expect(sheet.sheet.meta.title).toBe('Harbour bridge repairs to cost £48m, twice the first estimate');
    expect(sheet.sheet.meta.authors).toEqual(['Priya Raman']);
    expect(sheet.sheet.body).toContain('31,000 vehicles a day');
    await popup.close();
    await article.close();
  });

  it('follows a single-page site: an article rendered after load, then another pushed with the History API', async () => {
    const article = await ext.openPage(`${server.origin}/pages/single-page-news.html`);
    const headlineIn = async (): Promise<string | null> => {
      const popup = await ext.openPopup(article);
      await popup.waitForSelector('[data-testid="fact-panel"], [data-state]', { timeout: 30_000 });
      const headline = await popup.$eval('.headline', (element) => element.textContent).catch(() => null);
      await popup.close();
      return headline;
    };
    await article.waitForSelector('article h1');
    await expect.poll(headlineIn, { timeout: 20_000, interval: 500 })
      .toBe('Orchard growers expect a record apple harvest after a mild spring');
    await article.click('#next');
    await waitInPage(article, () => location.pathname.endsWith('reservoir-levels-recover'));
    await expect.poll(headlineIn, { timeout: 20_000, interval: 500 })
      .toBe('Reservoir levels recover to 92% after a wet March');
    await article.close();
  });

  it('reads a 5 MB page, sent to the background in parts, and highlights its figures', async () => {
    const article = await ext.openPage(`${server.origin}/huge/huge-article.html`);
    await waitInPage(article, () => /figure:\d{3,}/.test(document.documentElement.getAttribute('data-footnote-highlights') ?? ''), { timeout: 60_000 });
    const readout = await article.evaluate(() => document.documentElement.getAttribute('data-footnote-highlights'));
    expect(readout).toMatch(/missing:0/);
    await article.close();
  });

  it('says when a page is not a news article', async () => {
    const { article, popup } = await panelFor('/pages/section-front.html');
    await popup.waitForSelector('[data-state="not-article"]', { timeout: 30_000 });
    const title = await popup.$eval('[data-state] h1', (element) => element.textContent);
    expect(title).toContain('doesn’t look like a news article');
    await popup.screenshot({ path: join(ARTIFACTS, `${name}-popup-not-article.png`) });
    await popup.close();
    await article.close();
  });
});
