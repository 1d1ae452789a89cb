import browser from 'webextension-polyfill';
import type { RelatedState } from '../../shared/messages';
import { loadSettings } from '../../shared/settings';
import { RelatedCache, type KeyValueArea } from './cache';
import { ServiceGate } from './rate-limit';
import { RelatedCoverageService, type RelatedRequest } from './related-coverage';

// The background's related-coverage handler, wired to the browser: fetch, storage, permissions.

let service: RelatedCoverageService | null = null;

function instance(): RelatedCoverageService {
  service ??= new RelatedCoverageService({
    loadSettings,
    hasOrigins: (origins) => browser.permissions.contains({ origins }).catch(() => false),
    fetch: (url, init) => fetch(url, init),
    cache: new RelatedCache(storageArea()),
    gate: new ServiceGate(),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  });
  return service;
}

/** storage.session where the browser has it (cleared with the session), else storage.local. */
function storageArea(): KeyValueArea | null {
  const storage = browser.storage as typeof browser.storage & { session?: KeyValueArea };
  return storage.session ?? storage.local ?? null;
}

export function getRelated(request: RelatedRequest): Promise<RelatedState> {
  return instance().related(request);
}
