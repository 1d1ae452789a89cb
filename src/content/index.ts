// Footnote's content script.
//
//   load ─▶ whenIdle ─▶ PageAnalysis.run ─▶ the page's HTML ─▶ background (detect, read, extract)
//                             ▲                                              │ sheet + map
//   watchNavigation ──────────┘ (SPA navigation, late article)               ├─▶ cs:state (badge)
//   listenForMessages: bg:get-sheet, bg:reveal, bg:command ◀─────────────────┤
//   Highlights: paints the figures, hover card, reveal, shortcuts ◀──────────┘ (made with the first article)
//   lifecycle: everything stops on pagehide or when the extension goes away

import browser from 'webextension-polyfill';
import type { SheetState } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';
import { Highlights } from './highlights/index';
import { whenIdle } from './idle';
import { extensionAlive, isContextInvalidated, lifetime, stop, watchLifecycle } from './lifecycle';
import { listenForMessages } from './message-handler';
import { watchNavigation } from './navigation-watch';
import { PageAnalysis } from './page-analysis';

// A second injection (the background injects into tabs opened before install) must not start twice.
const MARK = '__footnoteContentScript';
const scope = globalThis as unknown as Record<string, unknown>;

if (!scope[MARK]) {
  scope[MARK] = true;
  lifetime.addEventListener('abort', () => delete scope[MARK], { once: true });
  start();
}

function start(): void {
  watchLifecycle();
  const page = new PageAnalysis(lifetime);

  // Made with the first article (or shortcut): on the many pages that are not articles, Footnote
  // then listens to no pointer moves and reads no settings.
  let highlights: Highlights | null = null;
  const highlightsNow = (): Highlights => {
    if (highlights) return highlights;
    const made = new Highlights(document, lifetime, {
      openPanel: async (kind, id) => (await sendToBackground('cs:open-panel', { kind, id }))?.ok === true,
      saveSettings,
    });
    void loadSettings().then((settings) => made.setSettings(settings), () => made.setSettings(DEFAULT_SETTINGS));
    onSettingsChanged((settings) => made.setSettings(settings), lifetime);
    highlights = made;
    return made;
  };

  page.subscribe((facts, outcome) => {
    reportState(outcome.status, facts?.marks.figureCount ?? 0);
    if (facts) highlightsNow().setAnalysis(facts);
    else highlights?.setAnalysis(null);
  }, lifetime);

  listenForMessages({
    'bg:get-sheet': ({ force }) => page.stateOf(document, force === true),
    'bg:reveal': async ({ kind, id }) => ({ ok: (await highlights?.reveal(kind, id)) ?? false }),
    'bg:command': async ({ command }) => ({ ok: await runCommand(highlightsNow(), command) }),
  }, lifetime);

  const analyse = (): void => {
    void whenIdle(lifetime).then(() => page.run(document));
  };
  analyse();
  watchNavigation(analyse, lifetime);
}

function runCommand(highlights: Highlights, command: string): Promise<boolean> {
  if (command === 'toggle-highlights') return highlights.toggle();
  if (command === 'next-figure') return highlights.step('next');
  if (command === 'previous-figure') return highlights.step('previous');
  return Promise.resolve(false);
}

function reportState(status: SheetState['status'], figures: number): void {
  if (!extensionAlive()) {
    stop('extension context invalidated');
    return;
  }
  browser.runtime.sendMessage({ type: 'cs:state', status, figures }).catch((error: unknown) => {
    if (isContextInvalidated(error)) stop('extension context invalidated');
  });
}
