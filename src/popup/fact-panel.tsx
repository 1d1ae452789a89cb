import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { FactSheet } from '../core/types';
import type { ItemKind } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { RelatedCoverage } from './related-coverage/related-coverage';
import { onItemKeyDown, REVEAL_HINT_ID, RevealContext } from './reveal';
import { CiteBar } from './sections/cite-bar';
import { FiguresSection } from './sections/figures-section';
import { PanelHeader } from './sections/panel-header';
import { SourcesSection } from './sections/sources-section';
import { TimelineSection } from './sections/timeline-section';
import { markDrawn } from './timing';

// The fact panel: the article at a glance, every item a way back into the article.

export function FactPanel({ sheet, tabId, now = Date.now() }: { sheet: FactSheet; tabId: number | null; now?: number }) {
  const [status, setStatus] = useState('');

  // A layout effect runs as soon as the panel is in the DOM (a plain effect waits a frame more).
  useLayoutEffect(() => markDrawn(), [sheet]);

  const reveal = useCallback((kind: ItemKind, id: string) => {
    if (tabId === null) return;
    setStatus('');
    sendToBackground('popup:reveal', { tabId, kind, id })
      .then((answer) => setStatus(answer?.ok ? 'Shown in the article.' : 'Could not find this in the page any more.'))
      .catch(() => setStatus('Could not reach the page. Reload it and try again.'));
  }, [tabId]);

  // Opened from a hover card: put the card's item in view and give it focus.
  useEffect(() => {
    if (tabId === null) return;
    sendToBackground('popup:pending-focus', { tabId }).then((item) => {
      if (!item) return;
      const buttons = [...document.querySelectorAll<HTMLElement>(`[data-reveal="${item.kind}"]`)];
      const target = buttons.find((button) => button.dataset.id === item.id) ?? buttons[0];
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    }).catch(() => undefined);
  }, [tabId]);

  const counts = [
    { id: 'figures', label: 'Figures', count: sheet.figures.length },
    { id: 'timeline', label: 'Timeline', count: sheet.timeline.length },
    { id: 'sources', label: 'Sources', count: sheet.sources.length },
  ];

  return (
    <RevealContext.Provider value={reveal}>
      <main class="panel" data-testid="fact-panel" onKeyDown={onItemKeyDown}>
        <PanelHeader meta={sheet.meta} now={now} />
        <nav class="jump" aria-label="Sections">
          {counts.map((c) => <a key={c.id} href={`#${c.id}`}>{c.label} <span class="count">{c.count}</span></a>)}
        </nav>
        <p id={REVEAL_HINT_ID} class="visually-hidden">Activate to show it in the article.</p>
        <p class="reveal-status" role="status" aria-live="polite">{status}</p>
        <FiguresSection sheet={sheet} />
        <TimelineSection sheet={sheet} />
        <SourcesSection sheet={sheet} />
        <div class="related-slot">
          <RelatedCoverage sheet={sheet} tabId={tabId} />
        </div>
        <CiteBar sheet={sheet} />
      </main>
    </RevealContext.Provider>
  );
}
