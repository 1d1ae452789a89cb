import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, waitInPage, type ExtensionBrowser } from './support/browsers';
import {
  createTab, extensionPage, openPanel, openPanelFor, removeTab, seriousViolations, startStallingServer, waitInPanel, type StallingServer,
} from './support/panel-pages';
import { ARTIFACTS, ensureArtifacts, FIXTURES } from './support/paths';
import { startFixtureServer, type StaticServer } from './support/static-server';

// The fact panel, the real popup page, against real article tabs in Chromium and Firefox ESR:
// every state drawn (and screenshotted), items lead back to the article, copying works, the
// panel fits the popup, and axe-core finds no serious or critical problem.


let server: StaticServer;
let stalling: StallingServer;

beforeAll(async () => {
  ensureArtifacts();
  server = await startFixtureServer({ '/sources/': join(FIXTURES, 'sources') });
  stalling = await startStallingServer();
});

afterAll(async () => {
  await stalling?.close();
  await server?.close();
});

describe.each(BROWSERS)('the fact panel in %s', (name) => {
  let ext: ExtensionBrowser;
  let helper: Page;

  beforeAll(async () => {
    ext = await launch(name);
    helper = await extensionPage(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });

  const shot = (popup: Page, state: string): Promise<unknown> =>
    popup.screenshot({ path: join(ARTIFACTS, `${name}-panel-${state}.png`) });

  async function wellsPanel(): Promise<{ article: Page; popup: Page }> {
    const article = await ext.openPage(`${server.origin}/pages/syndicated-wells.html`);
    const popup = await openPanelFor(ext, helper, article);
    await waitInPanel(popup, '[data-testid="fact-panel"]');
    return { article, popup };
  }

  it('draws the header and every section of the syndicated article', async () => {
    const { article, popup } = await wellsPanel();
    const text = (selector: string) => popup.$eval(selector, (element) => element.textContent ?? '');
    expect(await text('.headline')).toBe('Up to 40 percent of farm wells in the Orvale basin have failed: hydrologist');
    expect(await text('.outlet')).toBe('Pacific Press Network · The Valley Ledger');
    expect(await text('.authors')).toBe('By Lena Marsh');
    // Published in March 2025: months or years ago, relative to now.
    expect(await text('.published')).toMatch(/^Published 13 March 2025, \d\d:\d\d \((?:\d+ (?:months|years)|last year) ago\)$|last year\)$/);
    const headings = await popup.$$eval('section h2', (hs) => hs.map((h) => h.firstChild?.textContent?.trim()));
    // (Related coverage, another component, has its own section between Sources and Cite.)
    expect(headings.filter((h) => h !== 'Related coverage')).toEqual(['Figures', 'Timeline', 'Sources', 'Cite and share']);
    // Figures grouped by what they count: wells together.
    const groups = await popup.$$eval('.section-figures h3', (hs) => hs.map((h) => h.textContent));
    expect(groups).toContain('Wells');
    const wells = await popup.$eval('.section-figures [role="group"][aria-label="Wells"]', (g) => g.textContent ?? '');
    expect(wells).toContain('8,000 to 9,000 new wells');
    // The publication is marked in the timeline.
    expect(await text('.timeline .is-publication .when')).toContain('Published');
    // A person with role, statements and quotes.
    const source = await popup.$eval('.source-person', (s) => s.textContent ?? '');
    expect(source).toContain('Maria Okonjo');
    expect(source).toMatch(/\d+ statements/);
    expect(await popup.$$eval('.source-person .quote', (qs) => qs.length)).toBeGreaterThan(0);
    // Fits the popup: no horizontal scrolling at 400 px.
    const widths = await popup.evaluate(() => {
      const main = document.querySelector('main')!;
      const html = document.documentElement;
      return { page: html.scrollWidth - html.clientWidth, main: main.scrollWidth - main.clientWidth, width: main.getBoundingClientRect().width, height: main.getBoundingClientRect().height };
    });
    expect(widths).toEqual({ page: 0, main: 0, width: 400, height: 600 });
    await shot(popup, 'ready');
    await popup.close();
    await article.close();
  });

  it('shows a source’s statements and its positions apart', async () => {
    const article = await ext.openPage(`${server.origin}/sources/harbour-vote.html`);
    const popup = await openPanelFor(ext, helper, article);
    await waitInPanel(popup, '[data-testid="fact-panel"]');
    const okafor = await popup.$$eval('.section-sources li.source', (items) => items
      .filter((item) => item.querySelector('.name')?.textContent === 'Ruth Okafor')
      .map((item) => ({
        counts: item.querySelector('.statements')?.textContent,
        said: item.querySelector('ul.quotes:not(.positions)')?.getAttribute('aria-label'),
        holds: item.querySelector('ul.quotes.positions')?.getAttribute('aria-label'),
        positions: [...item.querySelectorAll('ul.quotes.positions li')].map((li) => li.textContent ?? ''),
      })));
    expect(okafor).toHaveLength(1);
    expect(okafor[0]!.counts).toMatch(/^\d+ statements? · \d+ positions?$/);
    expect(okafor[0]!.said).toBe('Quotes from Ruth Okafor');
    expect(okafor[0]!.holds).toBe('Positions of Ruth Okafor');
    expect(okafor[0]!.positions.join(' ')).toContain('believes');
    // A photo credit is no source.
    expect(await popup.$$eval('.section-sources .name', (names) => names.map((n) => n.textContent))).not.toContain('FILE PHOTO');
    await popup.$eval('#sources', (section) => section.scrollIntoView());
    await shot(popup, 'sources-positions');
    await popup.close();
    await article.close();
  });

  it('scrolls the tab to a figure clicked in the panel', async () => {
    const { article, popup } = await wellsPanel();
    await article.evaluate(() => window.scrollTo(0, 0));
    // The last figure in the text (figure ids follow the text) stands furthest down the article.
    const figures = await popup.$$eval('[data-reveal="figure"]', (buttons) => buttons.map((b) => b.getAttribute('data-id')!));
    expect(figures.length).toBeGreaterThan(1);
    const last = figures.reduce((a, b) => (Number(b.slice(1)) > Number(a.slice(1)) ? b : a));
    expect(last).toMatch(/^f\d+$/);
    await popup.click(`[data-reveal="figure"][data-id="${last}"]`);
    await waitInPage(popup, () => document.querySelector('.reveal-status')?.textContent !== '', { timeout: 10_000 });
    const status = await popup.$eval('.reveal-status', (element) => element.textContent);
    // Poll on a timer: the article may be a background tab (Firefox), where frames do not run.
    const scrolled = await waitInPage(article, () => window.scrollY > 0, { timeout: 5_000 })
      .then(() => true, () => false);
    expect({ status, scrolled }).toEqual({ status: 'Shown in the article.', scrolled: true });
    await popup.close();
    await article.close();
  });

  it('moves between items with the arrow keys and reveals with Enter', async () => {
    const { article, popup } = await wellsPanel();
    const focused = () => popup.evaluate(() => {
      const items = [...document.querySelectorAll('[data-reveal]')];
      return { index: items.indexOf(document.activeElement!), count: items.length, kind: document.activeElement?.getAttribute('data-reveal') };
    });
    await popup.focus('[data-reveal]');
    expect((await focused()).index).toBe(0);
    await popup.keyboard.press('ArrowDown');
    expect((await focused()).index).toBe(1);
    await popup.keyboard.press('End');
    const last = await focused();
    expect(last.kind).toBe('quote');
    expect(last.index).toBeGreaterThan(1);
    await popup.keyboard.press('ArrowUp');
    expect((await focused()).index).toBe(last.index - 1);
    await popup.keyboard.press('Home');
    expect((await focused()).index).toBe(0);
    await popup.keyboard.press('Enter');
    await waitInPage(popup, () => document.querySelector('.reveal-status')?.textContent !== '', { timeout: 10_000 });
    await popup.close();
    await article.close();
  });

  it('copies the fact sheet as Markdown and as JSON, and says so', async () => {
    const { article, popup } = await wellsPanel();
    await popup.click('[data-copy="markdown"]');
    await waitInPage(popup, () => document.querySelector('.confirmation')?.textContent !== '', { timeout: 5_000 });
    expect(await popup.$eval('.confirmation', (e) => e.textContent)).toBe('Copied the fact sheet as Markdown.');
    await popup.click('[data-copy="json"]');
    await waitInPage(popup, () => document.querySelector('.confirmation')?.textContent?.includes('JSON'), { timeout: 5_000 });
    await shot(popup, 'copied');
    await popup.close();
    await article.close();
  });

  it('has no serious or critical accessibility violations (axe-core), light and dark', async () => {
    const { article, popup } = await wellsPanel();
    expect(await seriousViolations(popup)).toEqual([]);
    let dark = true;
    try {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    } catch {
      dark = false; // Firefox over BiDi cannot emulate media features.
    }
    if (dark) {
      await shot(popup, 'ready-dark');
      expect(await seriousViolations(popup)).toEqual([]);
    }
    await popup.close();
    await article.close();
  });

  it('says when a page is not a news article, and analyses it anyway on request', async () => {
    const article = await ext.openPage(`${server.origin}/pages/section-front.html`);
    const popup = await openPanelFor(ext, helper, article);
    await waitInPanel(popup, '[data-state="not-article"]');
    expect(await popup.$eval('[data-state] h1', (e) => e.textContent)).toBe('This doesn’t look like a news article');
    await shot(popup, 'not-article');
    expect(await seriousViolations(popup)).toEqual([]);
    const [button] = await popup.$$('xpath/.//button[contains(., "Analyse anyway")]');
    await button!.click();
    await waitInPanel(popup, '[data-testid="fact-panel"]');
    await shot(popup, 'forced');
    await popup.close();
    await article.close();
  });

  it('says when extensions cannot run on the page', async () => {
    const tabId = await createTab(helper, 'about:blank');
    const popup = await openPanel(ext, tabId);
    await waitInPanel(popup, '[data-state="unsupported"]');
    expect(await popup.$eval('[data-state] h1', (e) => e.textContent)).toBe('Footnote can’t run on this page');
    await shot(popup, 'unsupported');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await removeTab(helper, tabId);
  });

  it('shows an error with a retry when the tab is gone', async () => {
    const tabId = await createTab(helper, 'about:blank');
    await removeTab(helper, tabId);
    const popup = await openPanel(ext, tabId);
    await waitInPanel(popup, '[data-state="error"]');
    expect(await popup.$eval('[data-state] [role="alert"] h1', (e) => e.textContent)).toBe('Something went wrong');
    expect(await popup.$eval('[data-state] .detail', (e) => e.textContent)).toBe('The tab is gone.');
    await shot(popup, 'error');
    expect(await seriousViolations(popup)).toEqual([]);
    const [retry] = await popup.$$('xpath/.//button[contains(., "Try again")]');
    await retry!.click();
    await waitInPanel(popup, '[data-state="error"]');
    await popup.close();
  });

  it('shows that it is reading a page that has not finished loading', async () => {
    // Firefox lets the extension see the stalled tab's URL and waits on the content script.
    // Chromium hides the URL of a tab it was not invoked on, and the panel would rightly say it
    // cannot run there: hold the background's answer back instead.
    const tabId = await createTab(helper, stalling.url);
    const popup = await openPanel(ext, tabId, { holdSheet: name === 'chromium' });
    await waitInPanel(popup, '[data-pending="analysing"]');
    // Past the delay that keeps a quick answer from flashing the waiting state.
    await new Promise((done) => setTimeout(done, 400));
    expect(await popup.$eval('[data-pending="analysing"] [role="status"] h1', (e) => e.textContent)).toBe('Reading this page…');
    await shot(popup, 'analysing');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await removeTab(helper, tabId);
  });
});
