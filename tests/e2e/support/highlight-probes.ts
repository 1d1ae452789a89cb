import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';

// What the highlights end-to-end test reads from a page, all from the page's own world: the
// ranges the content script registered in CSS.highlights (the registry is the document's, so
// the page sees the extension's entries in Chromium and Firefox alike), the card through its
// open shadow root, and the read-out the content script keeps on <html>.

export interface Box { left: number; top: number; right: number; bottom: number; width: number; height: number }

export interface CardState {
  visible: boolean;
  heading: string | null;
  text: string;
  role: string | null;
  labelledBy: string | null;
  live: string;
  box: Box | null;
  /** The element at the card's centre is the card's host (nothing of the page covers it). */
  onTop: boolean;
  fontSize: string | null;
}

/**
 * The popup against `article`, retried: opening it in Firefox polls with waitForFunction, which
 * now and then fails over WebDriver BiDi with an internal serialisation error.
 */
async function popupFor(ext: ExtensionBrowser, article: Page): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ext.openPopup(article);
    } catch (error) {
      if (attempt >= 3 || !/right-hand side of 'in'|Waiting failed/.test(String(error))) throw error;
      for (const page of await ext.browser.pages()) if (page.url().startsWith(ext.extensionOrigin)) await page.close().catch(() => undefined);
    }
  }
}

/** The fact sheet of the tab showing `article`, asked through the background as the popup does. */
export async function sheetOf(ext: ExtensionBrowser, article: Page): Promise<any> {
  const popup = await popupFor(ext, article);
  try {
    // The popup's tab: `?tab=ID` where it was opened in a tab (Firefox), else the active tab.
    return await popup.evaluate(async () => {
      const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome);
      const named = Number(new URLSearchParams(location.search).get('tab'));
      const tabId = named || (await api.tabs.query({ active: true, currentWindow: true }))[0]!.id;
      return api.runtime.sendMessage({ type: 'popup:get-sheet', tabId });
    });
  } finally {
    await popup.close();
    await article.bringToFront();
  }
}

/** The content script's read-out on <html>: `figure:N date:N quote:N missing:N method:…`. */
export function readout(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-footnote-highlights'));
}

/**
 * Polls `read` until `done` holds. A plain loop of evaluations rather than waitForFunction, whose
 * polling over WebDriver BiDi now and then fails in Firefox with an internal serialisation error.
 */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 30_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      if (Date.now() > until) throw error;
    }
    if (Date.now() > until) throw new Error(`timed out; last value ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for the content script's read-out to report `figures` figures painted. */
export async function waitForPainted(page: Page, figures: number): Promise<string> {
  return (await pollUntil(() => readout(page), (value) => !!value?.includes(`figure:${figures} `) && value.includes('missing:0')))!;
}

/** The painted figure ranges, as the page sees them: text, whether their nodes are live, first line box. */
export function paintedFigures(page: Page): Promise<{ text: string; connected: boolean }[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const highlight = registry?.get('footnote-figure');
    if (!highlight) return [];
    return [...highlight].map((range) => ({
      text: range.toString().replace(/\s+/g, ' ').trim(),
      connected: range.startContainer.isConnected && range.endContainer.isConnected && !range.collapsed,
    }));
  });
}

/** Scrolls the figure with this text into the middle of the viewport; returns its first line box. */
export function bringFigureIntoView(page: Page, text: string): Promise<Box | null> {
  return page.evaluate((wanted: string) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const range = [...(registry?.get('footnote-figure') ?? [])].find((r) => r.toString().replace(/\s+/g, ' ').trim() === wanted);
    if (!range) return null;
    const first = range.getClientRects()[0]!;
    window.scrollBy({ top: first.top - window.innerHeight / 3, behavior: 'instant' });
    const box = range.getClientRects()[0]!;
    return { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height };
  }, text);
}

export function cardState(page: Page): Promise<CardState> {
  return page.evaluate(() => {
    const host = document.querySelector('footnote-card') as HTMLElement | null;
    const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null;
    if (!host || !card) {
      return { visible: false, heading: null, text: '', role: null, labelledBy: null, live: '', box: null, onTop: false, fontSize: null };
    }
    const rect = card.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && getComputedStyle(host).display !== 'none';
    const hit = visible ? document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(20, rect.height / 2)) : null;
    return {
      visible,
      heading: card.querySelector('h2')?.textContent ?? null,
      text: card.textContent ?? '',
      role: card.getAttribute('role'),
      labelledBy: card.getAttribute('aria-labelledby'),
      live: host.shadowRoot!.querySelector('[aria-live]')?.textContent ?? '',
      box: visible ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width, height: rect.height } : null,
      onTop: hit === host,
      fontSize: getComputedStyle(card).fontSize,
    };
  });
}

/** The article's markup now, and as the server sent it (parsed in the page, scripts not run). */
export function articleMarkup(page: Page): Promise<{ live: string; served: string; marks: number }> {
  return page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return {
      live: document.querySelector('article')?.innerHTML ?? '',
      served: served.querySelector('article')?.innerHTML ?? '',
      marks: document.querySelectorAll('footnote-mark').length,
    };
  });
}

/**
 * Sends messages as the extension's own pages do, from the popup page opened against `article`:
 * `tab` messages go straight to its content script (as the background forwards commands), the
 * others to the background.
 */
export async function messenger(ext: ExtensionBrowser, article: Page): Promise<{
  toTab(message: object): Promise<any>;
  toBackground(message: object): Promise<any>;
  close(): Promise<void>;
}> {
  const popup = await popupFor(ext, article);
  const tabId = await popup.evaluate(async () => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome);
    const named = Number(new URLSearchParams(location.search).get('tab'));
    return named || (await api.tabs.query({ active: true, currentWindow: true }))[0]!.id!;
  });
  const send = (toTab: boolean) => (message: object) => popup.evaluate(async (id: number, body: object, direct: boolean) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome);
    return direct ? api.tabs.sendMessage(id, body) : api.runtime.sendMessage({ ...body, tabId: id });
  }, tabId, message, toTab);
  return {
    toTab: send(true),
    toBackground: send(false),
    async close() {
      await popup.close();
      await article.bringToFront();
    },
  };
}

/** Every line box of the painted figure with this text, where it is now. */
export function figureLines(page: Page, text: string): Promise<Box[]> {
  return page.evaluate((wanted: string) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const range = [...(registry?.get('footnote-figure') ?? [])].find((r) => r.toString().replace(/\s+/g, ' ').trim() === wanted);
    return range ? [...range.getClientRects()].map((b) => ({
      left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height,
    })) : [];
  }, text);
}
