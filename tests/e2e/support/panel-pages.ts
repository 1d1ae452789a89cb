import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { POPUP_VIEWPORT, setViewportSize, waitInPage, type ExtensionBrowser } from './browsers';

// Helpers for the fact panel's end-to-end tests: the panel page opened against any tab id
// (the same page as the toolbar popup, with `?tab=ID`), tabs made by the extension itself (so
// their ids are known without reading URLs), a page that never finishes loading (to catch the
// "analysing" state), and axe-core injected into a page.

/** An extension page for calling the extension's APIs from a test. */
export async function extensionPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.browser.newPage();
  // Firefox never reports the load of a moz-extension page over BiDi: start it, wait for the API.
  void page.goto(`${ext.extensionOrigin}/src/options/index.html`).catch(() => undefined);
  await waitInPage(page, () => typeof (globalThis as { chrome?: { tabs?: unknown } }).chrome?.tabs !== 'undefined'
    || typeof (globalThis as { browser?: unknown }).browser !== 'undefined', { timeout: 30_000 });
  return page;
}

/** Opens `url` in a new background tab from the extension and returns the tab's id. */
export async function createTab(helper: Page, url: string): Promise<number> {
  return helper.evaluate(async (target: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const tab = await api.tabs.create({ url: target, active: false });
    return tab.id!;
  }, url);
}

export async function removeTab(helper: Page, tabId: number): Promise<void> {
  await helper.evaluate(async (id: number) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    await api.tabs.remove(id).catch(() => undefined);
  }, tabId);
}

/**
 * The panel page pointed at a tab, at the popup's size. `holdSheet` keeps the background's
 * answer to popup:get-sheet from ever arriving (Chromium only), for the "analysing" state where
 * the extension cannot see the URL of a tab that never finished loading.
 */
export async function openPanel(ext: ExtensionBrowser, tabId: number, options: { holdSheet?: boolean } = {}): Promise<Page> {
  const page = await ext.browser.newPage();
  await setViewportSize(page, POPUP_VIEWPORT);
  if (options.holdSheet) {
    await page.evaluateOnNewDocument(() => {
      const runtime = (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime;
      const send = runtime.sendMessage.bind(runtime) as (...args: unknown[]) => unknown;
      (runtime as { sendMessage: unknown }).sendMessage = (message: { type?: string }, ...rest: unknown[]) =>
        message?.type === 'popup:get-sheet' ? new Promise(() => undefined) : send(message, ...rest);
    });
  }
  void page.goto(`${ext.extensionOrigin}/src/popup/index.html?tab=${tabId}`).catch(() => undefined);
  await waitInPanel(page, 'main');
  return page;
}

/**
 * The panel for an article page: in Chromium the real toolbar popup; in Firefox (which gives
 * tests no toolbar) the same page in a tab with `?tab=ID`, opened straight from about:blank
 * (no detour through another extension page, whose navigation trips BiDi evaluations).
 */
export async function openPanelFor(ext: ExtensionBrowser, helper: Page, article: Page): Promise<Page> {
  if (ext.name === 'chromium') return ext.openPopup(article);
  const tabId = await helper.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    // Match patterns cannot name a port, so filter by hand.
    return (await api.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
  }, article.url());
  if (tabId === null) throw new Error(`no tab for ${article.url()}`);
  return openPanel(ext, tabId);
}

export interface StallingServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a page whose HTML never ends, so the document never finishes loading. */
export async function startStallingServer(): Promise<StallingServer> {
  const open = new Set<ServerResponse>();
  const server: Server = createServer((_request, response) => {
    open.add(response);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write('<!doctype html><html><head><title>Still loading</title></head><body><p>Loading the story');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/stalled`,
    close: async () => {
      for (const response of open) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

const AXE_PATH = resolve(import.meta.dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. Fails loudly when
 * axe-core is not installed (`npm i -D axe-core`): an accessibility check must never pass by
 * being skipped.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!existsSync(AXE_PATH)) {
    throw new Error(`axe-core is not installed (${AXE_PATH} is missing): run  npm i -D axe-core`);
  }
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch {
    // An extension page's CSP refuses inline scripts: fall through to evaluating the source.
  }
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };
    }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Waits for a selector in the panel page. Firefox's popup helper first loads the options page
 * in the same tab (which has a <main> too) and then navigates, and Puppeteer never learns the
 * new URL over BiDi: ask the page where it is, and retry an evaluation that meets the navigation.
 */
export async function waitInPanel(page: Page, selector: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const found = await page.evaluate((css: string) =>
        location.pathname.endsWith('/src/popup/index.html') && document.querySelector(css) !== null, selector);
      if (found) return;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no ${selector} in the panel page after ${timeout} ms${last ? ` (last error: ${String(last)})` : ''}`);
}
