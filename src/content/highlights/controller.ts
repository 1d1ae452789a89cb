import type { FactSheet } from '../../core/types';
import type { ItemKind } from '../../shared/messages';
import type { SheetMarks } from '../../shared/sheet-marks';
import { DEFAULT_SETTINGS, highlightsEnabledFor, type Settings } from '../../shared/settings';
import { HoverCard } from '../hover-card/card';
import { cardModel, type CardModel } from '../hover-card/content';
import type { Rect } from '../hover-card/position';
import { stepIndex, type Direction } from '../keyboard/figure-stepper';
import { caretAt, itemAt } from './hit-test';
import { kindsFromSettings, markItems, type MarkItem } from './items';
import { createPainter, type Painter } from './painter';
import { buildRanges, rangeShows, type PlacedItem, type RangeBuild, type RangeMap } from './ranges';
import { watchRerender, type RerenderWatch } from './rerender-watch';
import { runSliced } from '../slices';

// The highlights of one page and their hover card. It paints what the current analysis found,
// in the kinds the settings choose; keeps the paint true when the page re-renders its article;
// answers the pointer (hit-testing, throttled to one check per frame), Escape, scrolling, and
// the reveal and step commands. Everything it sets up ends with `signal`.

const HIDE_DELAY_MS = 250;
/** A scroll Footnote made itself (reveal) must not close the card it is about to open. */
const OWN_SCROLL_MS = 400;
const RETRY_MISSING_MS = 2000;
/** Pages that change all the time (tickers, clocks) get one check at most this often. */
const CHECK_INTERVAL_MS = 300;

/** What the highlights show: a fact sheet's marks, the sheet itself (built on first use), and the way from its offsets to the page's text. */
export interface HighlightSource {
  marks: SheetMarks;
  sheet: () => FactSheet;
  map: RangeMap | null;
}

export interface HighlightsOptions {
  /** Called when the reader asks to see an item in the panel. */
  openPanel: (kind: ItemKind, id: string) => Promise<boolean>;
  /** Whether the site's highlights should be remembered as off (toggle shortcut). */
  saveSettings: (change: Partial<Settings>) => Promise<unknown>;
}

export class Highlights {
  private analysis: HighlightSource | null = null;
  private settings: Settings = DEFAULT_SETTINGS;
  private settingsKnown = false;
  /** The toggle shortcut's choice for this page when the settings alone cannot express it. */
  private override: boolean | null = null;
  private placed: PlacedItem[] = [];
  private missing = 0;
  private painter: Painter | null = null;
  private card: HoverCard | null = null;
  private watch: RerenderWatch | null = null;
  private build: AbortController | null = null;
  private lastBuild = 0;
  private checking = false;
  private lastCheck = -Infinity;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private ownScrollUntil = 0;
  private active: PlacedItem | null = null;
  /**
   * The item whose card the reader dismissed (Escape) while the pointer stays on it: browsers
   * send pointer moves after layout changes, which must not reopen it.
   */
  private dismissed: PlacedItem | null = null;

  constructor(private readonly doc: Document, private readonly signal: AbortSignal, private readonly options: HighlightsOptions) {
    signal.addEventListener('abort', () => this.teardown(), { once: true });
    const view = doc.defaultView!;
    const on = <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void, capture = true): void => {
      view.addEventListener(type, listener, { capture, passive: true, signal });
    };
    on('pointermove', (event) => this.onPointerMove(event));
    on('keydown', (event) => {
      if (event.key === 'Escape' && this.active) {
        this.dismissed = this.active;
        this.hideCard();
      }
    });
    on('scroll', () => {
      if (performance.now() > this.ownScrollUntil) this.hideCard();
    });
    on('resize', () => this.hideCard());
    on('blur', () => this.hideCard(), false);
    doc.addEventListener('visibilitychange', () => {
      if (doc.hidden) this.hideCard();
    }, { signal });
    doc.addEventListener('mouseout', (event) => {
      if (!event.relatedTarget) this.scheduleHide();
    }, { signal, passive: true });
  }

  get enabled(): boolean {
    if (this.override !== null) return this.override;
    return highlightsEnabledFor(this.settings, this.doc.defaultView?.location.hostname ?? '');
  }

  /** What is painted now, for diagnostics and tests. */
  get painted(): readonly PlacedItem[] {
    return this.placed;
  }

  setAnalysis(analysis: HighlightSource | null): void {
    this.analysis = analysis;
    void this.rebuild();
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.settingsKnown = true;
    if (highlightsEnabledFor(settings, this.doc.defaultView?.location.hostname ?? '') === this.override) this.override = null;
    void this.rebuild();
  }

  /** The toggle shortcut: remembered per site in the settings; a session choice where only the global switch is off. */
  async toggle(): Promise<boolean> {
    const host = (this.doc.defaultView?.location.hostname ?? '').replace(/^www\./, '');
    const showing = this.enabled;
    const listed = this.settings.disabledSites.includes(host);
    if (showing) {
      this.override = false;
      if (host && !listed) await this.options.saveSettings({ disabledSites: [...this.settings.disabledSites, host] }).catch(() => undefined);
    } else {
      this.override = true;
      if (listed) await this.options.saveSettings({ disabledSites: this.settings.disabledSites.filter((s) => s !== host) }).catch(() => undefined);
    }
    await this.rebuild();
    return true;
  }

  /** Scrolls to an item, flashes it and opens its card. */
  async reveal(kind: ItemKind, id: string, focus = false): Promise<boolean> {
    const placed = this.findPlaced(kind, id);
    if (!placed) return false;
    this.scrollTo(placed.range);
    await nextFrame(this.doc);
    this.openCard(placed, null, focus);
    return !!this.card?.model;
  }

  /** The next/previous figure shortcut. */
  async step(direction: Direction): Promise<boolean> {
    const figures = this.placed.filter((p) => p.item.kind === 'figure');
    const boxes = figures.map((p) => p.range.getBoundingClientRect());
    const current = this.active ? figures.indexOf(this.active) : -1;
    const view = this.doc.defaultView!;
    const index = stepIndex(boxes.map((b) => b.top), boxes.map((b) => b.bottom), current, direction, view.innerHeight);
    if (index < 0) return false;
    const placed = figures[index]!;
    return this.reveal('figure', placed.item.id, true);
  }

  // ── painting ──────────────────────────────────────────────────────────────────────────────

  private async rebuild(): Promise<void> {
    this.build?.abort();
    if (!this.settingsKnown || !this.enabled || !this.analysis || this.signal.aborted) {
      this.clearPaint();
      return;
    }
    const build = new AbortController();
    this.build = build;
    const stop = AbortSignal.any([build.signal, this.signal]);
    const items = markItems(this.analysis.marks, kindsFromSettings(this.settings.highlightKinds));
    const out: RangeBuild = { placed: [], missing: [], refound: 0 };
    const done = await runSliced(buildRanges(this.doc, this.analysis.marks.text, items, this.analysis.map, out, this.card?.host), stop);
    if (!done) return;
    this.lastBuild = performance.now();
    this.hideCard();
    this.painter ??= createPainter(this.doc, this.signal);
    this.placed = this.painter.paint(out.placed);
    this.missing = out.missing.length;
    this.watch ??= watchRerender(this.doc.documentElement, () => this.queueCheck(), this.signal);
    this.watch.forget();
    this.report();
  }

  private clearPaint(): void {
    this.hideCard();
    this.painter?.clear();
    this.watch?.forget();
    this.placed = [];
    this.missing = 0;
    this.report();
  }

  /** After the page changed: repaint only if a painted range lost its words (or some were never found). */
  private queueCheck(): void {
    if (this.checking || this.checkTimer !== undefined || !this.placed.length && !this.missing) return;
    const wait = this.lastCheck + CHECK_INTERVAL_MS - performance.now();
    if (wait > 0) {
      this.checkTimer = setTimeout(() => {
        this.checkTimer = undefined;
        this.queueCheck();
      }, wait);
      return;
    }
    this.checking = true;
    this.lastCheck = performance.now();
    const placed = this.placed;
    let broken = false;
    const check = function* (): Generator<void> {
      for (let index = 0; index < placed.length && !broken; index++) {
        if (index % 32 === 31) yield;
        if (!rangeShows(placed[index]!.range, placed[index]!.item)) broken = true;
      }
    };
    void runSliced(check(), this.signal).then((done) => {
      this.checking = false;
      if (!done || placed !== this.placed) return;
      const retry = this.missing > 0 && performance.now() - this.lastBuild > RETRY_MISSING_MS;
      if (broken || retry) void this.rebuild();
    });
  }

  /** A test-visible read-out on <html> (never inside the article): how many of each kind are painted. */
  private report(): void {
    const root = this.doc.documentElement;
    // Nothing painted on this page yet: leave the page no trace of Footnote.
    if (this.signal.aborted || !this.painter) {
      root.removeAttribute('data-footnote-highlights');
      return;
    }
    const count = (kind: MarkItem['kind']): number => this.placed.filter((p) => p.item.kind === kind).length;
    const method = this.painter.method;
    root.setAttribute('data-footnote-highlights', `figure:${count('figure')} date:${count('date')} quote:${count('quote')} missing:${this.missing} method:${method}`);
  }

  private teardown(): void {
    this.build?.abort();
    this.painter?.clear();
    this.placed = [];
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    if (this.checkTimer !== undefined) clearTimeout(this.checkTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.report();
  }

  // ── the card ──────────────────────────────────────────────────────────────────────────────

  private onPointerMove(event: PointerEvent): void {
    if (this.card?.contains(event)) {
      this.cancelHide();
      return;
    }
    if (!this.placed.length) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.hitTest());
  }

  private hitTest(): void {
    this.frame = 0;
    const point = this.pointer;
    if (!point || this.signal.aborted) return;
    const hit = itemAt(this.placed, caretAt(this.doc, point.x, point.y), point.x, point.y);
    if (hit?.placed !== this.dismissed) this.dismissed = null;
    if (!hit) {
      if (this.card?.model) this.scheduleHide();
      return;
    }
    if (hit.placed === this.dismissed) return;
    this.cancelHide();
    if (this.active === hit.placed && this.card?.model) return;
    this.openCard(hit.placed, { line: hit.line, x: point.x }, false);
  }

  private openCard(placed: PlacedItem, at: { line: Rect; x: number } | null, focus: boolean): void {
    if (!this.analysis) return;
    const model = cardModel(this.analysis.sheet(), placed.item);
    if (!model) return;
    const line = linesOf(placed.range, at?.line ?? null);
    if (!line) return;
    this.card ??= new HoverCard(this.doc, this.signal, (shown) => void this.openInPanel(shown));
    this.active = placed;
    this.painter?.setActive(placed);
    this.card.show(model, line, at?.x ?? line.left, { focus });
  }

  private async openInPanel(model: CardModel): Promise<void> {
    const ok = await this.options.openPanel(model.kind, model.id).catch(() => false);
    if (!ok) this.card?.note('Click the Footnote button in the toolbar to see it in the panel.');
  }

  private scheduleHide(): void {
    if (this.hideTimer !== undefined || !this.card?.model) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      this.hideCard();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private hideCard(): void {
    this.cancelHide();
    if (!this.card?.model && !this.active) return;
    this.card?.hide();
    this.active = null;
    this.painter?.setActive(null);
  }

  private findPlaced(kind: ItemKind, id: string): PlacedItem | null {
    const analysis = this.analysis;
    if (!analysis) return null;
    // A source is revealed at its first statement.
    if (kind === 'source') {
      const quote = analysis.sheet().quotes.find((q) => q.sourceId === id);
      return quote ? this.findPlaced('quote', quote.id) : null;
    }
    const painted = this.placed.find((p) => p.item.kind === kind && p.item.id === id);
    if (painted) return painted;
    // Not painted (its kind is off, or highlights are): place it now, for this one reveal.
    const item = markItems(analysis.marks, new Set([kind])).find((i) => i.id === id);
    if (!item) return null;
    const out: RangeBuild = { placed: [], missing: [], refound: 0 };
    const work = buildRanges(this.doc, analysis.marks.text, [item], analysis.map, out, this.card?.host);
    while (!work.next().done);
    return out.placed[0] ?? null;
  }

  private scrollTo(range: Range): void {
    const view = this.doc.defaultView!;
    const box = range.getBoundingClientRect();
    const target = box.top + box.height / 2 - view.innerHeight / 2;
    if (box.top >= 0 && box.bottom <= view.innerHeight * 0.66) return;
    this.ownScrollUntil = performance.now() + OWN_SCROLL_MS;
    view.scrollBy({ top: target, behavior: 'instant' });
  }
}

/**
 * The lines the card must leave free: every line box of the item (a figure may wrap onto the
 * next line), horizontally where the pointer is (or at the item's first line).
 */
function linesOf(range: Range, hovered: Rect | null): Rect | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  const first = hovered ?? rects[0];
  if (!first) return null;
  let top = first.top;
  let bottom = first.bottom;
  for (const rect of rects) {
    top = Math.min(top, rect.top);
    bottom = Math.max(bottom, rect.bottom);
  }
  return { left: first.left, right: first.right, top, bottom };
}

function nextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView!;
    // A hidden tab has no frames: do not wait for one forever.
    const timer = setTimeout(resolve, 100);
    view.requestAnimationFrame(() => view.requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    }));
  });
}
