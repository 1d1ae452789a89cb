import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchForSuite, setViewportSize, type ExtensionBrowser } from './support/browsers';
import {
  articleMarkup, bringFigureIntoView, cardState, figureLines, messenger, paintedFigures, pollUntil, readout, sheetOf, waitForPainted,
  type Box,
} from './support/highlight-probes';
import { ARTIFACTS, ensureArtifacts } from './support/paths';
import { startFixtureServer, type StaticServer } from './support/static-server';

// The highlights and the hover card in real Chromium and Firefox ESR: every figure the core found
// is painted through the CSS Custom Highlight API without a node added to the article; a real
// pointer move over a figure opens its card (read through the card's shadow root); Escape
// closes it; a page that re-renders its article keeps its highlights; hostile page CSS does not
// break the card.


let server: StaticServer;

beforeAll(async () => {
  ensureArtifacts();
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe.each(BROWSERS)('in %s', (name) => {
  let ext!: ExtensionBrowser;
  launchForSuite(name, (launched) => {
    ext = launched;
  });

  /** Opens a page, waits until every figure of its sheet is painted, returns both. */
  async function painted(path: string): Promise<{ page: Page; sheet: any }> {
    const page = await ext.openPage(`${server.origin}${path}`);
    await pollUntil(() => readout(page), (value) => value !== null);
    const sheet = (await sheetOf(ext, page)).sheet;
    expect(sheet.figures.length).toBeGreaterThan(0);
    await waitForPainted(page, sheet.figures.length);
    return { page, sheet };
  }

  /** Moves the real pointer onto a figure and returns the card it opens, and the figure's line. */
  async function hover(page: Page, text: string): Promise<{ line: Box; card: Awaited<ReturnType<typeof cardState>> }> {
    await page.mouse.move(5, 5);
    const line = await bringFigureIntoView(page, text);
    expect(line, `figure “${text}” is painted`).not.toBeNull();
    // One move straight onto the figure: a path through another figure would open that one's card first.
    await page.mouse.move(line!.left + Math.min(line!.width / 2, 12), line!.top + line!.height / 2);
    await expect.poll(async () => (await cardState(page)).heading, { timeout: 10_000 }).toBe(text);
    return { line: line!, card: await cardState(page) };
  }

  async function expectEscapeCloses(page: Page): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).visible, { timeout: 5_000 }).toBe(false);
  }

  it('paints every figure of the syndicated article and changes nothing in the article', async () => {
    const { page, sheet } = await painted('/pages/syndicated-wells.html');
    const ranges = await paintedFigures(page);
    expect(ranges.length).toBe(sheet.figures.length);
    expect(ranges.every((r) => r.connected)).toBe(true);
    expect(ranges.map((r) => r.text).sort()).toEqual(sheet.figures.map((f: any) => squash(f.text)).sort());
    const markup = await articleMarkup(page);
    expect(markup.marks).toBe(0);
    expect(markup.live).toBe(markup.served);
    await page.close();
  });

  it('shows a figure’s card on a real pointer move, beside the line, and closes it on Escape', async () => {
    const { page, sheet } = await painted('/pages/syndicated-wells.html');
    // A figure in a quote, so that the card shows who said it.
    const figure = sheet.figures.find((f: any) => sheet.quotes.some((q: any) => q.speaker && q.start <= f.start && f.end <= q.end))
      ?? sheet.figures[0];
    const quote = sheet.quotes.filter((q: any) => q.start <= figure.start && figure.end <= q.end)
      .sort((a: any, b: any) => (a.end - a.start) - (b.end - b.start))[0];
    const { line, card } = await hover(page, squash(figure.text));
    expect(card.visible).toBe(true);
    expect(card.role).toBe('dialog');
    expect(card.labelledBy).toBe('footnote-card-heading');
    expect(card.text).toContain(squash(figure.sentence));
    if (figure.counts) expect(card.text).toContain(figure.counts);
    if (quote?.speaker) expect(card.text).toContain(quote.speaker);
    const check = sheet.crossChecks.find((c: any) => c.figureIds.includes(figure.id));
    if (check) expect(card.text).toContain(check.note);
    expect(card.text).toContain('Open in the Footnote panel');
    expect(card.live).toContain(squash(figure.text));
    // Inside the viewport, and never over the line being read.
    expect(card.box!.left).toBeGreaterThanOrEqual(0);
    expect(card.box!.top).toBeGreaterThanOrEqual(0);
    expect(card.box!.right).toBeLessThanOrEqual(1280);
    expect(card.box!.bottom).toBeLessThanOrEqual(900);
    expect(overlaps(card.box!, line)).toBe(false);
    // Nor over any line of the figure, where it wraps.
    for (const box of await figureLines(page, squash(figure.text))) expect(overlaps(card.box!, box)).toBe(false);
    expect(card.onTop).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-hover-card-wells.png`) });
    await expectEscapeCloses(page);
    // Moving away closes it too.
    await hover(page, squash(figure.text));
    await page.mouse.move(5, 5, { steps: 2 });
    await expect.poll(async () => (await cardState(page)).visible, { timeout: 5_000 }).toBe(false);
    expect((await articleMarkup(page)).marks).toBe(0);
    await page.close();
  });

  it('lets the reader read a card with a quote and a long cross-check note whole', async () => {
    const { page, sheet } = await painted('/pages/syndicated-wells.html');
    // A short window (a laptop with the browser's toolbars): the card cannot fit whole beside the line.
    await setViewportSize(page, { width: 1024, height: 520 });
    // "1,200 farms": inside Okonjo's quote, and compared with the share of the wells in a long note.
    const check = sheet.crossChecks.find((c: any) => c.note.length > 150);
    expect(check, 'a long cross-check note').toBeDefined();
    const figure = sheet.figures.find((f: any) => f.id === check.figureIds.at(-1));
    expect(sheet.quotes.some((q: any) => q.speaker && q.start <= figure.start && figure.end <= q.end)).toBe(true);
    const { line, card } = await hover(page, squash(figure.text));
    expect(card.text).toContain(check.note);
    // The whole note is in view as the card opens, the button to the panel too; whatever does not
    // fit scrolls inside the card, which says so, and its last line comes into view at the end.
    const reading = await page.evaluate(async () => {
      const card = document.querySelector('footnote-card')!.shadowRoot!.querySelector('.card') as HTMLElement;
      const box = card.getBoundingClientRect();
      const foot = card.querySelector('.actions')!;
      // In view: inside the card and not under its sticky foot (the foot itself excepted).
      const inView = (element: Element) => {
        const r = element.getBoundingClientRect();
        const bottom = element === foot || foot.contains(element) ? box.bottom : foot.getBoundingClientRect().top;
        return r.height > 0 && r.top >= box.top - 1 && r.bottom <= bottom + 1;
      };
      const fits = card.scrollHeight <= card.clientHeight + 1;
      const scrolls = ['auto', 'scroll'].includes(getComputedStyle(card).overflowY);
      const atOpen = { note: inView([...card.querySelectorAll('li')].at(-1)!), button: inView(card.querySelector('button')!), hint: card.classList.contains('more-below') };
      card.scrollTop = card.scrollHeight;
      // The scroll event that updates the hint comes after the scroll.
      await new Promise((done) => setTimeout(done, 100));
      const atEnd = { last: inView(card.querySelector('.sentence')!), hint: card.classList.contains('more-below') };
      card.scrollTop = 0;
      return { fits, scrolls, atOpen, atEnd };
    });
    expect(reading.atOpen.note).toBe(true);
    expect(reading.atOpen.button).toBe(true);
    expect(reading.fits || reading.scrolls).toBe(true);
    // A card that does not fit says "Scroll for more" until it is scrolled to the end.
    expect(reading.atOpen.hint).toBe(!reading.fits);
    expect(reading.atEnd).toEqual({ last: true, hint: false });
    expect(card.box!.top).toBeGreaterThanOrEqual(0);
    expect(card.box!.bottom).toBeLessThanOrEqual(520);
    expect(overlaps(card.box!, line)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-hover-card-long-note.png`) });
    await page.close();
  });

  it('keeps the highlights of a page that re-renders its article', async () => {
    const { page, sheet } = await painted('/pages/rerendering-article.html');
    // The page replaces its article twice after load (1.5 s and 3 s).
    await pollUntil(() => page.evaluate(() => document.documentElement.dataset.renders), (renders) => renders === '3', 20_000);
    await expect.poll(async () => {
      const ranges = await paintedFigures(page);
      return ranges.length === sheet.figures.length && ranges.every((r) => r.connected);
    }, { timeout: 10_000 }).toBe(true);
    const ranges = await paintedFigures(page);
    expect(ranges.map((r) => r.text).sort()).toEqual(sheet.figures.map((f: any) => squash(f.text)).sort());
    const figure = sheet.figures.find((f: any) => /\$46 million/.test(f.text)) ?? sheet.figures[sheet.figures.length - 1];
    const { card } = await hover(page, squash(figure.text));
    expect(card.text).toContain(squash(figure.sentence));
    await page.screenshot({ path: join(ARTIFACTS, `${name}-hover-card-rerendered.png`) });
    await expectEscapeCloses(page);
    expect(await page.evaluate(() => document.querySelectorAll('article footnote-mark, article [data-footnote]').length)).toBe(0);
    await page.close();
  });

  it('shows an intact card on a page with hostile global CSS', async () => {
    const { page, sheet } = await painted('/pages/hostile-css-article.html');
    const markup = await articleMarkup(page);
    expect(markup.live).toBe(markup.served);
    const figure = sheet.figures.find((f: any) => /£87/.test(f.text)) ?? sheet.figures[0];
    const { line, card } = await hover(page, squash(figure.text));
    expect(card.visible).toBe(true);
    expect(card.box!.width).toBeGreaterThan(200);
    expect(card.fontSize).toBe('14px');
    expect(card.onTop).toBe(true);
    expect(overlaps(card.box!, line)).toBe(false);
    if (sheet.quotes.some((q: any) => q.speaker && q.start <= figure.start && figure.end <= q.end)) {
      expect(card.text).toMatch(/Quoted from|Attributed to/);
    }
    await page.screenshot({ path: join(ARTIFACTS, `${name}-hover-card-hostile.png`) });
    await expectEscapeCloses(page);
    await page.close();
  });

  it('reveals items for the panel, steps through figures and toggles highlights on the shortcuts', async () => {
    const { page, sheet } = await painted('/pages/hostile-css-article.html');
    const texts = sheet.figures.map((f: any) => squash(f.text));
    const send = await messenger(ext, page);
    try {
      const last = sheet.figures[sheet.figures.length - 1];
      expect(await send.toBackground({ type: 'popup:reveal', kind: 'figure', id: last.id })).toEqual({ ok: true });
      await expect.poll(async () => (await cardState(page)).heading, { timeout: 5_000 }).toBe(squash(last.text));
      // From the open card, “next” wraps to the first figure, and “previous” comes back.
      expect(await send.toTab({ type: 'bg:command', command: 'next-figure' })).toEqual({ ok: true });
      await expect.poll(async () => (await cardState(page)).heading, { timeout: 5_000 }).toBe(texts[0]);
      expect(await send.toTab({ type: 'bg:command', command: 'next-figure' })).toEqual({ ok: true });
      await expect.poll(async () => (await cardState(page)).heading, { timeout: 5_000 }).toBe(texts[1]);
      expect(await send.toTab({ type: 'bg:command', command: 'previous-figure' })).toEqual({ ok: true });
      await expect.poll(async () => (await cardState(page)).heading, { timeout: 5_000 }).toBe(texts[0]);
      expect(await send.toTab({ type: 'bg:reveal', kind: 'figure', id: 'no-such-figure' })).toEqual({ ok: false });
      // Off for this site (remembered in storage.sync), then on again.
      expect(await send.toTab({ type: 'bg:command', command: 'toggle-highlights' })).toEqual({ ok: true });
      await expect.poll(async () => (await paintedFigures(page)).length, { timeout: 5_000 }).toBe(0);
      expect((await cardState(page)).visible).toBe(false);
      expect(await send.toTab({ type: 'bg:command', command: 'toggle-highlights' })).toEqual({ ok: true });
      await expect.poll(async () => (await paintedFigures(page)).length, { timeout: 5_000 }).toBe(sheet.figures.length);
    } finally {
      await send.close();
    }
    await page.close();
  });
});
