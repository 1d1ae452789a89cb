import { analyzeDocument, type DocumentAnalysis } from '../core/index';
import type { SheetState } from '../shared/messages';

// Holds the analysis of the current page: runs the core at most once per distinct article
// (keyed by URL and a fingerprint of the page's text), remembers the result and tells
// subscribers (highlights, the badge) when it changes.

type Listener = (analysis: DocumentAnalysis | null, state: SheetState) => void;

export class PageAnalysis {
  private analysis: DocumentAnalysis | null = null;
  private current: SheetState = { status: 'analysing' };
  private key = '';
  /** The reader asked to analyse this page anyway; kept until the page changes. */
  private forcedUrl: string | null = null;
  private readonly listeners = new Set<Listener>();

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

  /** Analyses the page unless this very content was analysed already; `force` overrides detection. */
  run(doc: Document, forceNow = false): SheetState {
    if (forceNow) this.forcedUrl = location.href;
    const force = this.forcedUrl === location.href;
    const key = `${location.href}\u0000${fingerprint(doc)}\u0000${force}`;
    if (key === this.key && this.current.status !== 'analysing') return this.current;
    this.key = key;
    try {
      const analysis = analyzeDocument(doc, { url: location.href, force, referenceDate: new Date() });
      const { sheet } = analysis;
      this.analysis = sheet.isArticle || force ? analysis : null;
      this.current = this.analysis
        ? { status: 'ready', sheet }
        : { status: 'not-article', detection: sheet.detection, meta: sheet.meta };
    } catch (error) {
      this.analysis = null;
      this.current = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    for (const listener of this.listeners) listener(this.analysis, this.current);
    return this.current;
  }
}

/** Cheap identity of the page's content: its title, size and a sample of the main heading. */
function fingerprint(doc: Document): string {
  const heading = doc.querySelector('h1')?.textContent?.trim().slice(0, 120) ?? '';
  const size = doc.body?.textContent?.length ?? 0;
  return `${doc.title}|${heading}|${Math.round(size / 200)}`;
}
