import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SheetState } from '../shared/messages';
import { sendToBackground } from '../shared/send';

// The active tab's fact sheet, fetched through the background when the popup opens.

export interface SheetRequest {
  tabId: number | null;
  state: SheetState;
  /** Ask again; `force` analyses a page that detection turned down. */
  reload: (force?: boolean) => void;
}

export function useSheet(): SheetRequest {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<SheetState>({ status: 'analysing' });

  const load = useCallback(async (force = false) => {
    setState({ status: 'analysing' });
    try {
      const id = await targetTabId();
      if (id === null) {
        setState({ status: 'unsupported', reason: 'There is no page to read in this window.' });
        return;
      }
      setTabId(id);
      setState(await sendToBackground('popup:get-sheet', { tabId: id, force }));
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return { tabId, state, reload: (force) => void load(force) };
}

/**
 * The tab the panel describes: the active tab, as when the toolbar icon is clicked, or the tab
 * named by `?tab=ID` when the panel is opened in a tab of its own (a pop-out, or a test).
 */
async function targetTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
