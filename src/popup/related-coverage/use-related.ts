import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { FactSheet } from '../../core/types';
import type { RelatedState } from '../../shared/messages';
import { sendToBackground } from '../../shared/send';

// Related coverage of the panel's article, asked of the background when the panel opens.
// A failed message becomes an error state: the panel never waits forever.

export interface RelatedRequest {
  state: RelatedState;
  retry: () => void;
  /** Asks for the services' host permissions (needs the click that calls it), then loads. */
  grant: (origins: string[]) => void;
}

export function useRelated(sheet: FactSheet, tabId: number | null): RelatedRequest {
  const [state, setState] = useState<RelatedState>({ status: 'loading' });

  const load = useCallback(async (retry: boolean) => {
    if (tabId === null) {
      setState({ status: 'error', message: 'There is no tab to look up.' });
      return;
    }
    setState({ status: 'loading' });
    try {
      const answer = await sendToBackground('popup:related', { tabId, sheet, retry });
      setState(answer ?? { status: 'error', message: 'The extension did not answer.' });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [sheet, tabId]);

  useEffect(() => {
    void load(false);
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

  return { state, retry: () => void load(true), grant };
}
