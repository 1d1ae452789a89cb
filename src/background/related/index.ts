import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, RELATED_PORT, type RelatedPortRequest, type RelatedState } from '../../shared/messages';
import { sendToTab } from '../../shared/send';
import { loadSettings } from '../../shared/settings';
import { RelatedCache, type KeyValueArea } from './cache';
import { ServiceGate } from './rate-limit';
import { RelatedCoverageService, type RelatedRequest } from './related-coverage';

// The background's related-coverage handler, wired to the browser: fetch, storage, permissions.

let service: RelatedCoverageService | null = null;

function instance(): RelatedCoverageService {
  service ??= new RelatedCoverageService({
    loadSettings,
    hasOrigins,
    fetch: (url, init) => fetch(url, init),
    cache: new RelatedCache(storageArea()),
    gate: new ServiceGate(),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  });
  return service;
}

const FIREFOX = browser.runtime.getURL('').startsWith('moz-extension:');

/**
 * The services' hosts, and in Firefox the reader's consent to send website content
 * (data_collection_permissions, optional `websiteContent`), both granted from the panel.
 */
async function hasOrigins(origins: string[]): Promise<boolean> {
  const wanted = (FIREFOX ? { origins, data_collection: ['websiteContent'] } : { origins }) as browser.Permissions.AnyPermissions;
  return browser.permissions.contains(wanted).catch(() => false);
}

/** storage.session where the browser has it (cleared with the session), else storage.local. */
function storageArea(): KeyValueArea | null {
  const storage = browser.storage as typeof browser.storage & { session?: KeyValueArea };
  return storage.session ?? storage.local ?? null;
}

export function getRelated(request: RelatedRequest, onProgress?: (state: RelatedState) => void): Promise<RelatedState> {
  return instance().related(request, onProgress);
}

/**
 * The panel's port: one request, then a state each time a service answers and the final one.
 * A panel closed meanwhile disconnects its port; the answers still land in the cache.
 */
browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== RELATED_PORT || port.sender?.id !== browser.runtime.id) return;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  const post = (state: RelatedState): void => {
    if (open) port.postMessage(state);
  };
  port.onMessage.addListener((raw: unknown) => {
    const request = raw as Partial<RelatedPortRequest> | null;
    if (typeof request?.sheet !== 'object' || request.sheet === null) {
      post({ status: 'error', message: 'The panel sent no article to look up.' });
      return;
    }
    void getRelated({ sheet: request.sheet, retry: request.retry === true }, post).then(post);
  });
});

/**
 * Fetching ahead, for readers who opted in (settings.relatedPrefetch): when a content script
 * reports a read article, its sheet is fetched and the answers cached, so the panel opens on
 * them. Only with permissions already granted (never asks), and once per article (the cache).
 * A listener of its own that never answers, beside the background's router.
 */
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage(raw) || raw.type !== 'cs:state') return undefined;
  if ((raw as { status?: string }).status !== 'ready' || sender.tab?.id === undefined) return undefined;
  void prefetch(sender.tab.id);
  return undefined;
});

async function prefetch(tabId: number): Promise<void> {
  try {
    const settings = await loadSettings();
    if (!settings.related || !settings.relatedPrefetch) return;
    const state = await sendToTab(tabId, 'bg:get-sheet', {});
    if (state.status === 'ready') await getRelated({ sheet: state.sheet });
  } catch {
    // The tab went away or the page is not ours to read: nothing to fetch ahead.
  }
}
