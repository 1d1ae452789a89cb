import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

// Real browsers with the built extension loaded: Debian's Chromium and Firefox ESR, headless.
// Each exposes the same small surface, so one test body runs in both.

export type BrowserName = 'chromium' | 'firefox';

/** The browsers every suite runs in; FOOTNOTE_BROWSERS=firefox (or chromium) narrows a run to one. */
export const BROWSERS: BrowserName[] = (process.env.FOOTNOTE_BROWSERS ?? 'chromium,firefox')
  .split(',').map((name) => name.trim()).filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** Origin of the extension's pages: chrome-extension://ID or moz-extension://UUID. */
  extensionOrigin: string;
  /** Opens a page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** The toolbar popup, opened against `article` as when the user clicks the icon. */
  openPopup(article: Page): Promise<Page>;
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** The build under test (FOOTNOTE_DIST, as for the build). */
const DIST = process.env.FOOTNOTE_DIST ?? 'dist';
const FIREFOX_ID = 'footnote@footnote-extension.org';
const FIREFOX_UUID = '3b1f2c8e-5d4a-4f6b-9c7e-f00d0000a11e';

/**
 * Waits until `expression` is true in the page (or worker). Firefox's BiDi waitForFunction
 * sometimes throws while a moz-extension page is still loading, so this polls with plain
 * evaluations instead.
 */
async function pollPage(page: { evaluate(expression: string): Promise<unknown> }, expression: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate(expression).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/**
 * Waits until `predicate` holds in the page, by polling plain evaluations. Puppeteer's
 * waitForFunction builds its poller with Function(), which an extension page's CSP blocks in
 * Firefox ESR 140, and its polling over WebDriver BiDi now and then fails in Firefox.
 */
export async function waitInPage<Args extends unknown[]>(
  page: Page, predicate: (...args: Args) => unknown, options: { timeout?: number } = {}, ...args: Args
): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    const holds = await page.evaluate(predicate as (...a: unknown[]) => unknown, ...args).catch(() => false);
    if (holds) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Sets a page's viewport with commands every supported browser knows. Over WebDriver BiDi,
 * puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which Firefox ESR 140
 * does not have: Firefox gets the one BiDi command that sizes the viewport.
 */
export async function setViewportSize(page: Page, size: { width: number; height: number }): Promise<void> {
  if (!speaksBidi(page.browser())) {
    await page.setViewport(size);
    return;
  }
  const frame = page.mainFrame() as unknown as { browsingContext: { setViewport(options: object): Promise<void> } };
  await frame.browsingContext.setViewport({ viewport: size, devicePixelRatio: null });
}

/** Firefox is driven over WebDriver BiDi, Chromium over CDP (puppeteer types the getter as internal). */
function speaksBidi(browser: Browser): boolean {
  return (browser as unknown as { protocol: string }).protocol === 'webDriverBiDi';
}

const ARTICLE_VIEWPORT = { width: 1280, height: 900 };
/** The toolbar popup's size. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

async function openLoadedPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  if (speaksBidi(browser)) await setViewportSize(page, ARTICLE_VIEWPORT);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export async function launch(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

async function launchChromium(): Promise<ExtensionBrowser> {
  const extension = join(ROOT, DIST, 'chrome');
  const profile = mkdtempSync(join(tmpdir(), 'footnote-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--window-size=1280,900',
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
  const workerTarget = await browser.waitForTarget(
    (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  // URL.origin is 'null' for non-web schemes: cut the scheme and host by hand.
  const extensionOrigin = workerTarget.url().split('/').slice(0, 3).join('/');

  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    openPage: (url) => openLoadedPage(browser, url),
    async openPopup(article) {
      await article.bringToFront();
      // The worker may have gone to sleep: ask for its target again.
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin), { timeout: 30_000 });
      const worker = await target.worker();
      const popupTarget = browser.waitForTarget((t) => t.url().startsWith(`${extensionOrigin}/src/popup/index.html`), { timeout: 30_000 });
      // A worker just (re)started may not have its extension API yet.
      await pollPage(worker!, "typeof chrome !== 'undefined' && !!chrome.action");
      await worker!.evaluate('chrome.action.openPopup()');
      const popup = await (await popupTarget).asPage();
      await setViewportSize(popup, POPUP_VIEWPORT);
      return popup;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    // Pages are sized by setViewportSize: puppeteer's own sizing needs BiDi commands ESR 140 lacks.
    defaultViewport: null,
    extraPrefsFirefox: {
      // A fixed moz-extension UUID, so tests know the extension's origin.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      'extensions.autoDisableScopes': 0,
    },
  });
  await browser.installExtension(join(ROOT, DIST, 'firefox'));
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;

  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    openPage: (url) => openLoadedPage(browser, url),
    async openPopup(article) {
      // Firefox gives tests no way to click the toolbar button: open the same popup page in a tab,
      // pointed at the article's tab, which is what the toolbar popup does for the active tab.
      // The page's own address: a History API navigation may not have reached puppeteer yet.
      const articleUrl = await article.evaluate(() => location.href);
      const popup = await browser.newPage();
      await setViewportSize(popup, POPUP_VIEWPORT);
      // A goto to a moz-extension page never reports its load over BiDi: start it, don't await it.
      void popup.goto(`${extensionOrigin}/src/options/index.html`).catch(() => undefined);
      await pollPage(popup, 'typeof browser !== "undefined" && !!browser.tabs');
      const tabId = await popup.evaluate(async (url: string) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        // Match patterns cannot name a port, so filter by hand.
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === url)?.id ?? null;
      }, articleUrl);
      if (tabId === null) throw new Error(`no tab for ${articleUrl}`);
      void popup.goto(`${extensionOrigin}/src/popup/index.html?tab=${tabId}`).catch(() => undefined);
      await pollPage(popup, 'location.pathname.endsWith("/popup/index.html") && !!document.querySelector("main")');
      return popup;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Launches `name` before a suite's tests and closes it after them; `use` receives the browser. */
export function launchForSuite(name: BrowserName, use: (launched: ExtensionBrowser) => void): void {
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    try {
      launched = await launch(name);
    } catch (error) {
      // Every test of the suite then fails with this reason: a browser that cannot start is a failure.
      throw new Error(`${name} could not start with the extension: ${error instanceof Error ? error.message : String(error)}`);
    }
    use(launched);
  });
  afterAll(async () => {
    await launched?.close();
  });
}
