import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchForSuite, setViewportSize, waitInPage, type ExtensionBrowser } from './support/browsers';
import { seriousViolations } from './support/panel-pages';

// The options page in Chromium and Firefox ESR: choices saved in storage.sync survive a reload,
// a site can be added and removed, and axe-core finds no serious or critical problem.

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

describe.each(BROWSERS)('the options page in %s', (name) => {
  let ext!: ExtensionBrowser;
  launchForSuite(name, (launched) => {
    ext = launched;
  });

  async function openOptions(page?: Page): Promise<Page> {
    const options = page ?? await ext.browser.newPage();
    await setViewportSize(options, { width: 800, height: 1000 });
    // Firefox never reports the load of a moz-extension page over BiDi: start it, then wait.
    const visit = String(Date.now());
    void options.goto(`${ext.extensionOrigin}/src/options/index.html?${visit}`).catch(() => undefined);
    // Polled (Firefox ESR 140's waitForSelector can fail while about:blank turns into the page),
    // and on this visit's document: a reload must not be answered by the page it replaces.
    await waitInPage(options, (stamp: string) => location.search === `?${stamp}` && !!document.querySelector('input[name="highlights"]'),
      { timeout: 30_000 }, visit);
    return options;
  }

  const stored = (page: Page) => page.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
  });

  it('saves choices to storage.sync and shows them again after a reload', async () => {
    let page = await openOptions();
    expect(await page.$eval('input[name="highlights"]', (input) => (input as HTMLInputElement).checked)).toBe(true);
    await page.click('input[name="highlight-kind"][value="dates"]');
    await page.click('input[name="related-service"][value="bing-news"]');
    await waitInPage(page, () => document.querySelector('.save-status')?.textContent === 'Saved.', { timeout: 10_000 });
    const settings = await stored(page);
    expect(settings?.highlightKinds).toEqual(['figures', 'dates']);
    expect(settings?.relatedServices).toEqual(['gdelt', 'google-news']);
    await page.type('#site-input', 'www.Example.com');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.site', { timeout: 10_000 });
    expect(await page.$$eval('.site', (sites) => sites.map((s) => s.textContent))).toEqual(['example.com']);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-options.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    page = await openOptions(page);
    expect(await page.$eval('input[name="highlight-kind"][value="dates"]', (input) => (input as HTMLInputElement).checked)).toBe(true);
    expect(await page.$eval('input[name="related-service"][value="bing-news"]', (input) => (input as HTMLInputElement).checked)).toBe(false);
    await page.click('button[aria-label="Remove example.com"]');
    await page.waitForSelector('.sites .empty', { timeout: 10_000 });
    expect((await stored(page))?.disabledSites).toEqual([]);
    await page.close();
  });
});
