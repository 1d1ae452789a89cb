// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.news.example/2026/story"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../src/shared/settings';
import { sheetMarks } from '../../../src/shared/sheet-marks';
import { figureAt, mountArticle, rerender, sheetOf } from './page-helpers';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'test' }, storage: { sync: {}, onChanged: {} } } }));

const { Highlights } = await import('../../../src/content/highlights/controller');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');

// The highlights controller in happy-dom, which has no CSS Custom Highlight API: so these tests
// also cover the wrapping fallback. Layout is stubbed: every range has one 20-pixel line box.

const settings = (change: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...change });

let lifetime: AbortController;
let saved: Partial<Settings>[];

function start(): InstanceType<typeof Highlights> {
  const { text, map } = mountArticle(document);
  const sheet = sheetOf(text, [
    figureAt(text, '£12 million', 'f1', { sentence: 'The council will spend £12 million on the bridge, about 40% more than planned.' }),
    figureAt(text, '40%', 'f2'),
    figureAt(text, '21,000 cars', 'f3'),
  ]);
  const highlights = new Highlights(document, lifetime.signal, {
    openPanel: async () => false,
    saveSettings: async (change) => void saved.push(change),
  });
  highlights.setAnalysis({ marks: sheetMarks(sheet), sheet: () => sheet, map });
  return highlights;
}

const marks = (): string[] => [...document.querySelectorAll('article footnote-mark')].map((m) => m.textContent ?? '');
const readout = (): string | null => document.documentElement.getAttribute('data-footnote-highlights');
const cardHeading = (): string | null => {
  const host = document.querySelector('footnote-card') as HTMLElement | null;
  if (!host || host.getAttribute('style')?.includes('--footnote-display: none')) return null;
  return host.shadowRoot?.querySelector('h2')?.textContent ?? null;
};

beforeEach(() => {
  lifetime = new AbortController();
  saved = [];
  const rect = { left: 10, top: 100, right: 60, bottom: 120, width: 50, height: 20, x: 10, y: 100, toJSON: () => ({}) };
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => Object.assign([rect], { item: () => rect }) as unknown as DOMRectList);
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(() => rect as DOMRect);
});

afterEach(() => {
  lifetime.abort();
  vi.restoreAllMocks();
});

describe('the highlights controller', () => {
  it('paints nothing before the settings are known, then every figure', async () => {
    const highlights = start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(marks()).toEqual([]);
    highlights.setSettings(settings());
    await vi.waitFor(() => expect(marks()).toEqual(['£12 million', '40%', '21,000 cars']));
    expect(readout()).toBe('figure:3 date:0 quote:0 missing:0 method:wrap');
    expect(document.querySelectorAll('footnote-mark.footnote-mark-figure').length).toBe(3);
  });

  it('honours the global switch, the per-site list and the kinds', async () => {
    const highlights = start();
    highlights.setSettings(settings({ highlights: false }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(marks()).toEqual([]);
    highlights.setSettings(settings());
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    highlights.setSettings(settings({ disabledSites: ['news.example'] }));
    await vi.waitFor(() => expect(marks()).toEqual([]));
    expect(document.querySelector('article')!.innerHTML).not.toContain('footnote');
    highlights.setSettings(settings({ highlightKinds: ['dates'] }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(marks()).toEqual([]);
    expect(readout()).toContain('figure:0');
  });

  it('remembers the toggle shortcut for the site', async () => {
    const highlights = start();
    highlights.setSettings(settings());
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    await highlights.toggle();
    expect(marks()).toEqual([]);
    expect(saved).toEqual([{ disabledSites: ['news.example'] }]);
    highlights.setSettings(settings({ disabledSites: ['news.example'] }));
    await highlights.toggle();
    expect(saved[1]).toEqual({ disabledSites: [] });
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
  });

  it('paints again after the page re-renders its article', async () => {
    const highlights = start();
    highlights.setSettings(settings());
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    rerender(document);
    expect(marks()).toEqual([]);
    await vi.waitFor(() => expect(marks()).toEqual(['£12 million', '40%', '21,000 cars']));
    expect(highlights.painted.every((p) => p.range.startContainer.isConnected)).toBe(true);
  });

  it('reveals a figure with its card, steps through figures, and closes on Escape', async () => {
    const highlights = start();
    highlights.setSettings(settings());
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    expect(await highlights.reveal('figure', 'f1')).toBe(true);
    expect(cardHeading()).toBe('£12 million');
    expect(document.querySelector('footnote-mark.footnote-mark-active')?.textContent).toBe('£12 million');
    const host = document.querySelector('footnote-card')!;
    expect(host.shadowRoot!.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('footnote-card-heading');
    expect(host.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).toContain('£12 million');
    expect(host.parentElement).toBe(document.documentElement);
    await highlights.step('next');
    expect(cardHeading()).toBe('40%');
    await highlights.step('previous');
    await highlights.step('previous');
    expect(cardHeading()).toBe('21,000 cars');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cardHeading()).toBeNull();
    expect(document.querySelector('footnote-mark.footnote-mark-active')).toBeNull();
    expect(await highlights.reveal('figure', 'nope')).toBe(false);
  });

  it('removes everything it added when its lifetime ends', async () => {
    const highlights = start();
    highlights.setSettings(settings());
    await vi.waitFor(() => expect(marks()).toHaveLength(3));
    await highlights.reveal('figure', 'f2');
    lifetime.abort();
    expect(marks()).toEqual([]);
    expect(document.querySelector('footnote-card')).toBeNull();
    expect(readout()).toBeNull();
    expect(document.querySelector('article p')!.childNodes.length).toBeGreaterThan(0);
    expect(document.querySelector('article')!.textContent).toContain('£12 million on the bridge');
  });
});
