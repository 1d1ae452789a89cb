import browser from 'webextension-polyfill';

// The user's settings, kept in storage.sync: typed, with defaults, and migrated from older
// shapes so that an update never loses a choice the user made.

export type HighlightKind = 'figures' | 'dates' | 'quotes';
export type RelatedService = 'gdelt' | 'google-news' | 'bing-news';

export interface Settings {
  /** Settings shape version, for migrations. */
  version: 1;
  /** Highlights in the page, everywhere unless a site is listed in `disabledSites`. */
  highlights: boolean;
  /** Host names (without `www.`) where highlights are off. */
  disabledSites: string[];
  /** Which kinds of item are highlighted. */
  highlightKinds: HighlightKind[];
  /** Related coverage: ask news services for other outlets' reports of the story. */
  related: boolean;
  /** Fetch related coverage as soon as an article is read, not only when the panel opens. */
  relatedPrefetch: boolean;
  relatedServices: RelatedService[];
  /** Base URLs of the services (tests point them at 127.0.0.1). Empty: the service's own. */
  serviceBaseUrls: Partial<Record<RelatedService, string>>;
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  highlights: true,
  disabledSites: [],
  highlightKinds: ['figures'],
  related: true,
  relatedPrefetch: false,
  relatedServices: ['gdelt', 'google-news', 'bing-news'],
  serviceBaseUrls: {},
};

const KEY = 'settings';

/** Brings any stored value, of any past version or none, to the current shape. */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return structuredClone(DEFAULT_SETTINGS);
  const value = stored as Partial<Settings>;
  const merged: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...value, version: 1 };
  merged.disabledSites = Array.isArray(value.disabledSites) ? value.disabledSites.filter((s) => typeof s === 'string') : [];
  merged.highlightKinds = Array.isArray(value.highlightKinds)
    ? value.highlightKinds.filter((k): k is HighlightKind => ['figures', 'dates', 'quotes'].includes(k))
    : [...DEFAULT_SETTINGS.highlightKinds];
  merged.relatedServices = Array.isArray(value.relatedServices)
    ? value.relatedServices.filter((s): s is RelatedService => ['gdelt', 'google-news', 'bing-news'].includes(s))
    : [...DEFAULT_SETTINGS.relatedServices];
  merged.serviceBaseUrls = typeof value.serviceBaseUrls === 'object' && value.serviceBaseUrls ? value.serviceBaseUrls : {};
  return merged;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return migrateSettings(stored[KEY]);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = migrateSettings({ ...(await loadSettings()), ...change });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change in any part of the extension. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'sync' && KEY in changes) listener(migrateSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}

/** Whether highlights are on for a host, given the settings. */
export function highlightsEnabledFor(settings: Settings, host: string): boolean {
  return settings.highlights && !settings.disabledSites.includes(host.replace(/^www\./, ''));
}
