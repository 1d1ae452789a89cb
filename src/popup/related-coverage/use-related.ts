import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Runtime } from 'webextension-polyfill';
import type { FactSheet } from '../../core/types';
import { RELATED_PORT, type RelatedPortRequest, type RelatedState } from '../../shared/messages';

// Related coverage of the panel's article, asked of the background when the panel opens, over a
// port: the background sends a state as each news service answers, so the first answers show
// while a slow service is still working. A port that closes early becomes an error state: the
// panel never waits forever.

export interface RelatedRequest {
  state: RelatedState;
  retry: () => void;
  /** Asks for the services' host permissions (needs the click that calls it), then loads. */
  grant: (origins: string[]) => void;
}

/** Whether more states will follow this one. */
function isFinal(state: RelatedState): boolean {
  if (state.status === 'loading') return false;
  return state.status !== 'ready' || state.pending.length === 0;
}

export function useRelated(sheet: FactSheet, tabId: number | null): RelatedRequest {
  const [state, setState] = useState<RelatedState>({ status: 'loading' });
  const port = useRef<Runtime.Port | null>(null);

  const load = useCallback((retry: boolean) => {
    port.current?.disconnect();
    port.current = null;
    if (tabId === null) {
      setState({ status: 'error', message: 'There is no tab to look up.' });
      return;
    }
    setState({ status: 'loading' });
    let connection: Runtime.Port;
    try {
      connection = browser.runtime.connect({ name: RELATED_PORT });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    port.current = connection;
    let finished = false;
    connection.onMessage.addListener((message: unknown) => {
      const next = message as RelatedState;
      finished = isFinal(next);
      setState(next);
    });
    connection.onDisconnect.addListener(() => {
      if (!finished && port.current === connection) setState({ status: 'error', message: 'The extension stopped answering.' });
    });
    connection.postMessage({ sheet, retry } satisfies RelatedPortRequest);
  }, [sheet, tabId]);

  useEffect(() => {
    load(false);
    return () => {
      port.current?.disconnect();
      port.current = null;
    };
  }, [load]);

  const grant = useCallback((origins: string[]) => {
    // Firefox also asks for consent to send website content (data_collection_permissions).
    const firefox = browser.runtime.getURL('').startsWith('moz-extension:');
    const request = (firefox ? { origins, data_collection: ['websiteContent'] } : { origins }) as browser.Permissions.Permissions;
    browser.permissions.request(request).then(
      (granted) => (granted ? load(false) : setState({ status: 'needs-permission', origins })),
      (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [load]);

  return { state, retry: () => load(true), grant };
}
