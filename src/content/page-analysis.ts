import { LiveTextMap } from '../core/reader/portable-map';
import type { FactSheet } from '../core/types';
import type { PageReading, SheetState } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import type { SheetMarks } from '../shared/sheet-marks';
import { serializePage } from './serialize-page';
import { runSlicedFor } from './slices';

// Holds the analysis of the current page: runs it at most once per distinct article (keyed by
// URL and a fingerprint of the page's content), remembers the result and tells subscribers
// (highlights, the badge) when it changes.
//
// The page's main thread only serialises the DOM. The background parses that copy, reads the
// article and runs the extractors, and answers with the fact sheet and a map from the sheet's
// offsets back to the page's text nodes: the page never loads (or compiles) the reader or the
// extractors, and a long article never blocks the page it is read on.

/** The current page's fact sheet, as the highlights use it. */
export interface PageFacts {
  marks: SheetMarks;
  /** The whole sheet, parsed from its JSON on first use (a card, the panel). */
  sheet: () => FactSheet;
  map: LiveTextMap;
}

/** A sheet state whose sheet is still JSON text, to be parsed only when someone reads it. */
type Outcome = Exclude<SheetState, { status: 'ready' }> | { status: 'ready'; facts: PageFacts };

/** The most of the page's HTML one message carries (about 4 ms of serialising it). */
const PART_CHARS = 256 * 1024;

type Listener = (facts: PageFacts | null, outcome: Outcome) => void;

export class PageAnalysis {
  private current: Outcome = { status: 'analysing' };
  private key = '';
  private pending: Promise<Outcome> | null = null;
  /** Counts runs, so that a slow run finishing after a newer one is dropped. */
  private generation = 0;
  /** The reader asked to analyse this page anyway; kept until the page changes. */
  private forcedUrl: string | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly signal: AbortSignal) {}

  subscribe(listener: Listener, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  /** Analyses the page unless this very content was analysed (or is being analysed) already. */
  async run(doc: Document, forceNow = false): Promise<void> {
    await this.outcomeFor(doc, forceNow);
  }

  /** The same, answering with the page's state, whole sheet included (for the panel). */
  async stateOf(doc: Document, forceNow = false): Promise<SheetState> {
    return sheetState(await this.outcomeFor(doc, forceNow));
  }

  private outcomeFor(doc: Document, forceNow: boolean): Promise<Outcome> {
    if (forceNow) this.forcedUrl = location.href;
    const force = this.forcedUrl === location.href;
    const key = `${location.href}\u0000${fingerprint(doc)}\u0000${force}`;
    if (key !== this.key || !this.pending) {
      this.key = key;
      this.pending = this.analyse(doc, force, ++this.generation);
    }
    return this.pending;
  }

  private async analyse(doc: Document, force: boolean, generation: number): Promise<Outcome> {
    let outcome: Outcome;
    try {
      const serialised = await runSlicedFor(serializePage(doc), this.signal);
      if (!serialised) return this.current;
      const reading = await sendPage(serialised.value, force);
      if (reading?.status === 'ready' && typeof reading.sheet === 'string' && Array.isArray(reading.marks?.spans)
        && Array.isArray(reading.map?.segments)) {
        outcome = { status: 'ready', facts: { marks: reading.marks, sheet: parseOnce(reading.sheet), map: new LiveTextMap(reading.map) } };
      } else if (reading?.status === 'not-article' || reading?.status === 'error') {
        outcome = reading;
      } else {
        throw new Error('Footnote’s background did not answer; reload the page to try again');
      }
    } catch (error) {
      outcome = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (generation !== this.generation) return this.pending ?? outcome;
    this.current = outcome;
    const facts = outcome.status === 'ready' ? outcome.facts : null;
    for (const listener of this.listeners) listener(facts, outcome);
    return outcome;
  }
}

/**
 * Sends the page's HTML to be read. A message is serialised in one task on the page's main thread
 * (about 14 ms a megabyte in Chromium), so a large page goes in parts, one per task.
 */
async function sendPage(html: string, force: boolean): Promise<PageReading> {
  const url = location.href;
  if (html.length <= PART_CHARS) return sendToBackground('cs:read-page', { html, url, force });
  const partsId = Math.random().toString(36).slice(2);
  let at = 0;
  for (; at + PART_CHARS < html.length; at += PART_CHARS) {
    const { ok } = await sendToBackground('cs:page-part', { partsId, text: html.slice(at, at + PART_CHARS) });
    if (!ok) return { status: 'error', message: 'This page is too large for Footnote to read.' };
  }
  return sendToBackground('cs:read-page', { html: html.slice(at), url, force, partsId });
}

function sheetState(outcome: Outcome): SheetState {
  return outcome.status === 'ready' ? { status: 'ready', sheet: outcome.facts.sheet() } : outcome;
}

function parseOnce(json: string): () => FactSheet {
  let sheet: FactSheet | null = null;
  return () => (sheet ??= JSON.parse(json) as FactSheet);
}

/**
 * Cheap identity of the page's content: its title, main heading and paragraph count. (The text's
 * length would build the whole text as a string: 25 ms on a 5 MB page.)
 */
function fingerprint(doc: Document): string {
  const heading = doc.querySelector('h1')?.textContent?.trim().slice(0, 120) ?? '';
  const paragraphs = doc.body?.getElementsByTagName('p').length ?? 0;
  return `${doc.title}|${heading}|${paragraphs}`;
}
