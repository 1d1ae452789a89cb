import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RelatedCache, type KeyValueArea } from '../../../src/background/related/cache';
import { ServiceGate } from '../../../src/background/related/rate-limit';
import { RelatedCoverageService } from '../../../src/background/related/related-coverage';
import type { RelatedState } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, type RelatedService, type Settings } from '../../../src/shared/settings';
import { startReplayServer, type ReplayServer, type Scenario } from '../../e2e/support/replay-server';
import { fixtureSheet } from './helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

// The whole background flow against the replay server, over real HTTP: every failure a
// service can answer becomes a state, never an exception.

const sheet = fixtureSheet('related/pages/harbour-bridge-recent.html', 'https://www.coastalcourier.example/news/2026/11/25/harbour-bridge-repairs');
const NOW = Date.parse('2026-11-26T10:00:00Z');

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({ slowMs: 400 });
});
afterAll(async () => {
  await server.close();
});

class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  async get(key: string) {
    return this.data.has(key) ? { [key]: this.data.get(key) } : {};
  }
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string[]) {
    for (const k of keys) this.data.delete(k);
  }
}

function setup(scenarios: Partial<Record<RelatedService, Scenario>>, options: { granted?: boolean; online?: boolean; timeoutMs?: number; area?: MemoryArea } = {}) {
  let clock = NOW;
  const slept: number[] = [];
  const settings: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    relatedServices: Object.keys(scenarios) as RelatedService[],
    serviceBaseUrls: Object.fromEntries(Object.entries(scenarios).map(([s, scenario]) => [s, server.base(scenario)])),
  };
  const service = new RelatedCoverageService({
    loadSettings: async () => settings,
    hasOrigins: async () => options.granted ?? false,
    fetch: (url, init) => fetch(url, init),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    cache: new RelatedCache(options.area ?? new MemoryArea(), () => clock),
    gate: new ServiceGate(() => clock),
    now: () => clock,
    sleep: async (ms) => {
      slept.push(ms);
      clock += ms;
    },
    online: () => options.online ?? true,
  });
  return { service, settings, slept, advance: (ms: number) => (clock += ms) };
}

function requestsTo(service: string): number {
  return server.requests.filter((r) => r.service === service).length;
}

describe('RelatedCoverageService', () => {
  it('merges the three services’ recorded answers', async () => {
    const { service } = setup({ gdelt: 'ok', 'google-news': 'ok', 'bing-news': 'ok' });
    const state = await service.related({ sheet });
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.query).toBe('"Ada Morven" "Harbour Bridge" "Port Elwin" estimate repairs twice');
    expect(state.failures).toEqual([]);
    expect(state.items.map((i) => i.outlet)).toEqual(['Harbour Times', 'North Gazette', 'westpost.example', 'Odd Source', 'Evening Dispatch']);
  });

  it('reports each answer as it arrives, naming the services still working, and merges the slow one in', async () => {
    const { service } = setup({ gdelt: 'slow', 'google-news': 'rate-limit', 'bing-news': 'ok' }, { granted: true });
    const progress: RelatedState[] = [];
    const final = await service.related({ sheet }, (state) => progress.push(state));
    // Google News and Bing News answer first, in either order; GDELT is held back by the server.
    const beforeGdelt = progress.at(-1)!;
    expect(beforeGdelt.status === 'ready' && beforeGdelt.pending).toEqual(['GDELT']);
    expect(beforeGdelt.status === 'ready' && beforeGdelt.failures.map((f) => f.service)).toEqual(['Google News']);
    expect(beforeGdelt.status === 'ready' && beforeGdelt.items.every((i) => i.services.includes('bing-news'))).toBe(true);
    expect(final.status === 'ready' && final.pending).toEqual([]);
    expect(final.status === 'ready' && final.items.some((i) => i.services.includes('gdelt'))).toBe(true);
  });

  it('is loading, with the failures so far, while no service has answered with items', async () => {
    const { service } = setup({ gdelt: 'slow', 'bing-news': 'server-error' }, { granted: true });
    const progress: RelatedState[] = [];
    await service.related({ sheet }, (state) => progress.push(state));
    expect(progress).toEqual([{ status: 'loading', pending: ['GDELT'], failures: [{ service: 'Bing News', message: 'The service answered HTTP 503.' }] }]);
  });

  it('asks each service at most once per article (cached), even when asked twice at once', async () => {
    const before = requestsTo('gdelt');
    const { service } = setup({ gdelt: 'ok' });
    const [a, b] = await Promise.all([service.related({ sheet }), service.related({ sheet })]);
    expect(a).toEqual(b);
    await service.related({ sheet });
    expect(requestsTo('gdelt') - before).toBe(1);
  });

  it('keeps the cache in storage, so a new service worker asks nothing again', async () => {
    const area = new MemoryArea();
    const before = requestsTo('bing-news');
    await setup({ 'bing-news': 'ok' }, { area }).service.related({ sheet });
    const again = await setup({ 'bing-news': 'ok' }, { area }).service.related({ sheet });
    expect(again.status).toBe('ready');
    expect(requestsTo('bing-news') - before).toBe(1);
  });

  it('waits five seconds between two GDELT requests', async () => {
    const { service, slept, advance } = setup({ gdelt: 'empty' });
    await service.related({ sheet });
    advance(1_000);
    await service.related({ sheet: { ...sheet, meta: { ...sheet.meta, canonicalUrl: 'https://other.example/2' } } });
    expect(slept).toEqual([4_000]);
  });

  it('says when nothing was found ({} and an empty channel)', async () => {
    const state = await setup({ gdelt: 'empty', 'google-news': 'empty' }).service.related({ sheet });
    expect(state).toEqual({ status: 'ready', items: [], query: '"Ada Morven" "Harbour Bridge" "Port Elwin" estimate repairs twice', failures: [], pending: [] });
  });

  it('reads GDELT JSON with invalid escapes', async () => {
    const state = await setup({ gdelt: 'bad-escapes' }).service.related({ sheet });
    expect(state.status === 'ready' && state.items.map((i) => i.title)).toEqual(["Council\\'s bridge bill: \\x27why it doubled\\x27 to £48m"]);
  });

  it('turns HTTP 200 with a plain-text error into an error state', async () => {
    expect(await setup({ gdelt: 'plain-text' }).service.related({ sheet })).toEqual({
      status: 'error', message: 'GDELT: GDELT answered: The specified phrase is too short.',
    });
  });

  it('turns HTTP 429 into an error state with the time to wait, and backs off without asking again', async () => {
    const { service, advance } = setup({ gdelt: 'rate-limit' });
    const before = requestsTo('gdelt');
    expect(await service.related({ sheet })).toEqual({
      status: 'error', message: 'GDELT: Too many requests; try again in 30 s.', retryAfterSeconds: 30,
    });
    advance(10_000);
    expect(await service.related({ sheet, retry: true })).toEqual({
      status: 'error', message: 'GDELT: Too many requests; try again in 20 s.', retryAfterSeconds: 20,
    });
    expect(requestsTo('gdelt') - before).toBe(1);
  });

  it('names a dropped connection, a server error and a timeout', async () => {
    expect(await setup({ 'bing-news': 'offline' }).service.related({ sheet })).toMatchObject({
      status: 'error', message: expect.stringMatching(/^Bing News: The service could not be reached \(/),
    });
    expect(await setup({ 'bing-news': 'server-error' }).service.related({ sheet })).toEqual({
      status: 'error', message: 'Bing News: The service answered HTTP 503.',
    });
    expect(await setup({ 'google-news': 'slow' }, { timeoutMs: 100 }).service.related({ sheet })).toEqual({
      status: 'error', message: 'Google News: No answer within 0.1 s.',
    });
  });

  it('says offline without a request when the browser is offline', async () => {
    const before = server.requests.length;
    expect(await setup({ 'bing-news': 'ok' }, { online: false }).service.related({ sheet })).toEqual({
      status: 'error', message: 'Bing News: You are offline.',
    });
    expect(server.requests.length).toBe(before);
  });

  it('shows the items of the services that answered and names those that failed', async () => {
    const state = await setup({ gdelt: 'plain-text', 'bing-news': 'ok' }).service.related({ sheet });
    expect(state.status === 'ready' && state.failures).toEqual([{ service: 'GDELT', message: 'GDELT answered: The specified phrase is too short.' }]);
    expect(state.status === 'ready' && state.items.map((i) => i.outlet)).toEqual(['Harbour Times', 'North Gazette', 'Odd Source']);
  });

  it('asks for host permissions before any request to the services’ own hosts', async () => {
    const { service, settings } = setup({ gdelt: 'ok' });
    settings.serviceBaseUrls = {};
    settings.relatedServices = ['gdelt', 'bing-news'];
    expect(await service.related({ sheet })).toEqual({
      status: 'needs-permission', origins: ['https://api.gdeltproject.org/*', 'https://www.bing.com/*'],
    });
  });

  it('is off when the setting is off', async () => {
    const { service, settings } = setup({ gdelt: 'ok' });
    settings.related = false;
    expect(await service.related({ sheet })).toEqual({ status: 'off' });
  });
});
