import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/browser-stub')).browserStub }));

const { DEFAULT_SETTINGS, migrateSettings, highlightsEnabledFor } = await import('../../../src/shared/settings');

// Settings stored by any earlier version, or damaged, come back in the current shape without
// losing a choice the user made.

describe('migrateSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('on')).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy that changing does not change the defaults', () => {
    const settings = migrateSettings(undefined);
    settings.disabledSites.push('example.com');
    settings.relatedServices.pop();
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.relatedServices).toEqual(['gdelt', 'google-news', 'bing-news']);
  });

  it('keeps the choices of an older shape without a version, filling in what it lacked', () => {
    expect(migrateSettings({ highlights: false, disabledSites: ['example.com'] })).toEqual({
      ...DEFAULT_SETTINGS, highlights: false, disabledSites: ['example.com'],
    });
  });

  it('drops unknown kinds and services and anything that is not a site name', () => {
    const settings = migrateSettings({
      version: 0,
      disabledSites: ['example.com', 42, null],
      highlightKinds: ['figures', 'sparkles', 'quotes'],
      relatedServices: ['gdelt', 'altavista'],
      serviceBaseUrls: null,
    });
    expect(settings.version).toBe(1);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings.highlightKinds).toEqual(['figures', 'quotes']);
    expect(settings.relatedServices).toEqual(['gdelt']);
    expect(settings.serviceBaseUrls).toEqual({});
  });

  it('keeps an empty choice the user made (no kinds, no services)', () => {
    const settings = migrateSettings({ highlightKinds: [], relatedServices: [] });
    expect(settings.highlightKinds).toEqual([]);
    expect(settings.relatedServices).toEqual([]);
  });

  it('falls back to the defaults for lists stored in the wrong type', () => {
    const settings = migrateSettings({ highlightKinds: 'figures', relatedServices: { gdelt: true } });
    expect(settings.highlightKinds).toEqual(DEFAULT_SETTINGS.highlightKinds);
    expect(settings.relatedServices).toEqual(DEFAULT_SETTINGS.relatedServices);
  });

  it('is idempotent', () => {
    const once = migrateSettings({ highlights: false, highlightKinds: ['dates'] });
    expect(migrateSettings(once)).toEqual(once);
  });
});

describe('highlightsEnabledFor', () => {
  it('turns highlights off on a listed site, with or without www', () => {
    const settings = migrateSettings({ disabledSites: ['example.com'] });
    expect(highlightsEnabledFor(settings, 'www.example.com')).toBe(false);
    expect(highlightsEnabledFor(settings, 'example.com')).toBe(false);
    expect(highlightsEnabledFor(settings, 'news.example.org')).toBe(true);
    expect(highlightsEnabledFor({ ...settings, highlights: false }, 'news.example.org')).toBe(false);
  });
});
