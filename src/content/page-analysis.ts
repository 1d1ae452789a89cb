import { readDocumentSteps, type DocumentAnalysis, type ReadPage } from '../core/read-document';
import type { FactSheet } from '../core/types';
import type { SheetState } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { runSlicedFor } from './slices';

// Holds the analysis of the current page: runs it at most once per distinct article (keyed by
// URL and a fingerprint of the page's text), remembers the result and tells subscribers
// (highlights, the badge) when it changes.
//
// Only the part that needs the DOM runs here, on the page's main thread: detection, metadata and
// main text, one step per task (none long enough to make the page stutter). The text extractors
// (dates, figures, sources) run in the background, so that a long article never blocks the page
// it is read on, and the page never even loads their code.

type Listener = (analysis: DocumentAnalysis | null, state: SheetState) => void;

export class PageAnalysis {
  private analysis: DocumentAnalysis | null = null;
  private current: SheetState = { status: 'analysing' };
  private key = '';
  private pending: Promise<SheetState> | null = null;
  /** Counts runs, so that a slow run finishing after a newer one is dropped. */
  private generation = 0;
  /** The reader asked to analyse this page anyway; kept until the page changes. */
  private forcedUrl: string | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly signal: AbortSignal) {}

  get state(): SheetState {
    return this.current;
  }

  get result(): DocumentAnalysis | null {
    return this.analysis;
  }

  subscribe(listener: Listener, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  /** Analyses the page unless this very content was analysed (or is being analysed) already. */
  run(doc: Document, forceNow = false): Promise<SheetState> {
    if (forceNow) this.forcedUrl = location.href;
    const force = this.forcedUrl === location.href;
    const key = `${location.href}\u0000${fingerprint(doc)}\u0000${force}`;
    if (key === this.key && this.pending) return this.pending;
    this.key = key;
    this.pending = this.analyse(doc, force, ++this.generation);
    return this.pending;
  }

  private async analyse(doc: Document, force: boolean, generation: number): Promise<SheetState> {
    let analysis: DocumentAnalysis | null = null;
    let state: SheetState;
    try {
      const steps = readDocumentSteps(doc, { url: location.href, force, referenceDate: new Date(), quickNo: true });
      const read = await runSlicedFor(steps, this.signal);
      if (!read) return this.current;
      const { page, map } = read.value;
      if (page.main) {
        const sheet = await extractInBackground(page);
        analysis = { sheet, map };
        state = { status: 'ready', sheet };
      } else {
        state = { status: 'not-article', detection: page.detection, meta: page.meta };
      }
    } catch (error) {
      state = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (generation !== this.generation) return this.pending ?? state;
    this.analysis = analysis;
    this.current = state;
    for (const listener of this.listeners) listener(this.analysis, this.current);
    return state;
  }
}

/** The background runs the extractors (their code is not in the content script at all). */
async function extractInBackground(page: ReadPage): Promise<FactSheet> {
  const sheet = await sendToBackground('cs:analyze', { page });
  if (sheet && typeof sheet === 'object' && Array.isArray(sheet.figures)) return sheet;
  throw new Error('Footnote’s background did not answer; reload the page to try again');
}

/** Cheap identity of the page's content: its title, size and a sample of the main heading. */
function fingerprint(doc: Document): string {
  const heading = doc.querySelector('h1')?.textContent?.trim().slice(0, 120) ?? '';
  const size = doc.body?.textContent?.length ?? 0;
  return `${doc.title}|${heading}|${Math.round(size / 200)}`;
}
