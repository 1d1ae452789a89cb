import type { CardModel } from './content';
import { CARD_CSS, hostStyle } from './card-styles';
import { excerptAround } from './excerpt';
import { placeCard, type Rect } from './position';

// The hover card: one host element at the end of <html> (never inside the article) holding a
// shadow root, so the page's CSS cannot restyle it. It is a non-modal dialog labelled by its
// heading; a polite live region announces it. Where the browser has the Popover API, the host
// goes to the top layer, above any z-index the page uses.

const VERDICT_LABEL: Record<string, string> = { consistent: 'Consistent', 'different-counts': 'Different counts', mismatch: 'Mismatch' };

export class HoverCard {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private shown: CardModel | null = null;

  constructor(private readonly doc: Document, signal: AbortSignal, private readonly onOpenPanel: (model: CardModel) => void) {
    this.host = doc.createElement('footnote-card');
    this.host.setAttribute('style', hostStyle({ display: 'none' }));
    this.host.setAttribute('data-footnote', 'card');
    // Open, so that tests and assistive technology can read it; it holds nothing secret.
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-modal', 'false');
    this.card.setAttribute('aria-labelledby', 'footnote-card-heading');
    this.card.tabIndex = -1;
    this.live = doc.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.root.append(style, this.card, this.live);
    // Only the reader's own click opens the panel, not one the page script dispatches.
    this.card.addEventListener('click', (event) => {
      if (event.isTrusted && (event.target as Element | null)?.closest?.('button') && this.shown) this.onOpenPanel(this.shown);
    }, { signal });
    this.card.addEventListener('scroll', () => this.showScrollHint(), { signal, passive: true });
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  /** A card taller than the room beside the line scrolls inside: its foot says so until the end. */
  private showScrollHint(): void {
    const card = this.card;
    card.classList.toggle('more-below', card.scrollTop + card.clientHeight < card.scrollHeight - 2);
  }

  get model(): CardModel | null {
    return this.shown;
  }

  /** Whether an event happened on the card. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  /** Shows the card for `model` beside `line` (the line box being read). */
  show(model: CardModel, line: Rect, anchorX: number, options: { focus?: boolean } = {}): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.render(model);
    this.shown = model;
    const view = this.doc.defaultView!;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    this.host.setAttribute('style', hostStyle({ display: 'block', hidden: true }));
    this.toTopLayer();
    const size = this.card.getBoundingClientRect();
    const place = placeCard(line, { width: size.width, height: size.height }, viewport, anchorX);
    this.card.style.maxHeight = place.maxHeight === null ? '' : `${place.maxHeight}px`;
    this.showScrollHint();
    this.host.setAttribute('style', hostStyle({ display: 'block', left: place.left, top: place.top }));
    this.host.setAttribute('data-side', place.side);
    this.live.textContent = model.summary;
    if (options.focus) this.card.focus({ preventScroll: true });
  }

  /** A line under the card's content (the panel could not be opened, say), announced too. */
  note(text: string): void {
    if (!this.shown) return;
    const line = this.doc.createElement('p');
    line.className = 'note';
    line.textContent = text;
    this.card.insertBefore(line, this.card.querySelector('.actions'));
    this.live.textContent = text;
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = null;
    this.live.textContent = '';
    try {
      if (this.host.matches(':popover-open')) this.host.hidePopover();
    } catch {
      // No Popover API: the display rule below hides it.
    }
    this.host.setAttribute('style', hostStyle({ display: 'none' }));
  }

  private toTopLayer(): void {
    const host = this.host as HTMLElement & { showPopover?: () => void };
    if (typeof host.showPopover !== 'function') return;
    try {
      if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // The page removed the host or the engine refused: the z-index still applies.
    }
  }

  private render(model: CardModel): void {
    const doc = this.doc;
    const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
      const node = doc.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (className) node.className = className;
      return node;
    };
    const parts: HTMLElement[] = [element('span', `Footnote · ${model.kind}`, 'brand')];
    const heading = element('h2', model.heading);
    heading.id = 'footnote-card-heading';
    parts.push(heading);
    if (model.facts.length) {
      const list = element('dl');
      for (const fact of model.facts) list.append(element('dt', fact.label), element('dd', fact.value));
      parts.push(list);
    }
    // The cross-checks before the sentence: they are what the card alone can tell, while the
    // sentence stands on the page beside it (and is cut around the item).
    if (model.checks.length) {
      const list = element('ul', undefined, 'checks');
      for (const check of model.checks) {
        list.append(element('li', `${VERDICT_LABEL[check.verdict] ?? check.verdict}: ${check.note}`, check.verdict));
      }
      parts.push(list);
    }
    if (model.attribution) parts.push(element('p', model.attribution, 'attribution'));
    if (model.sentence) {
      const sentence = element('p', excerptAround(model.sentence, model.heading), 'sentence');
      sentence.title = model.sentence;
      parts.push(sentence);
    }
    // The way to the panel stays in view at the card's foot, also while the card scrolls.
    const actions = element('div', undefined, 'actions');
    const open = element('button', 'Open in the Footnote panel', 'open');
    open.type = 'button';
    actions.append(open);
    parts.push(actions);
    this.card.replaceChildren(...parts);
    this.card.setAttribute('data-kind', model.kind);
    this.card.setAttribute('data-id', model.id);
  }
}
