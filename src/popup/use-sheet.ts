import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SheetState } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { mark, MARK_ANSWERED } from './timing';

// The active tab's fact sheet, fetched through the background when the popup opens.

export interface SheetRequest {
  tabId: number | null;
  state: SheetState;
  /** Ask again; `force` analyses a page that detection turned down. */
  reload: (force?: boolean) => void;
}

/** While the content script is still reading, ask again this often, this many times. */
const POLL_MS = 400;
const MAX_POLLS = 50;

export function useSheet(): SheetRequest {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<SheetState>({ status: 'analysing' });
  // Each load has a number, so that a late answer to an earlier request is dropped.
  const generation = useRef(0);

  const load = useCallback(async (force = false) => {
    const mine = ++generation.current;
    setState({ status: 'analysing' });
    try {
      const id = await targetTabId();
      if (id === null) {
        setState({ status: 'unsupported', reason: 'There is no page to read in this window.' });
        return;
      }
      setTabId(id);
      for (let poll = 0; ; poll++) {
        const answer = await sendToBackground('popup:get-sheet', { tabId: id, force });
        if (mine !== generation.current) return;
        if (!answer || typeof answer !== 'object' || !('status' in answer)) {
          setState({ status: 'error', message: 'The page did not answer. Reload it and try again.' });
          return;
        }
        if (answer.status !== 'analysing') {
          mark(MARK_ANSWERED);
          setState(answer);
          return;
        }
        if (poll >= MAX_POLLS) {
          setState({ status: 'error', message: 'This page is taking too long to read.' });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (mine !== generation.current) return;
      }
    } catch (error) {
      if (mine !== generation.current) return;
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
