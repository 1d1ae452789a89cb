import type { FactSheet } from '../../core/types';
import type { RelatedState, ServiceFailure } from '../../shared/messages';
import type { RelatedService, Settings } from '../../shared/settings';
import { RelatedCache, type ServiceResult } from './cache';
import { fetchText, TIMEOUT_MS, type FetchLike } from './fetch-text';
import { mergeResults } from './merge';
import { serviceOrigins } from './permissions';
import { PROVIDERS } from './providers/index';
import { baseUrlFor, ServiceAnswerError, type Provider, type RawItem } from './providers/provider';
import { buildQuery, type RelatedQuery } from './query/build-query';
import { ServiceGate } from './rate-limit';

// Related coverage of one article: build the query, ask each enabled service at most once
// (cached per article), merge, compare; a state as each service answers. Every failure ends as
// a state for the panel.

export interface RelatedDeps {
  loadSettings(): Promise<Settings>;
  /** Whether the extension holds these host permissions. */
  hasOrigins(origins: string[]): Promise<boolean>;
  fetch: FetchLike;
  cache: RelatedCache;
  gate: ServiceGate;
  now(): number;
  sleep(ms: number): Promise<void>;
  online(): boolean;
  /** Per-request timeout (default TIMEOUT_MS). */
  timeoutMs?: number;
}

export interface RelatedRequest {
  sheet: FactSheet;
  /** Ask again the services whose failure is remembered (backoff still applies). */
  retry?: boolean;
}

export class RelatedCoverageService {
  private readonly inFlight = new Map<string, Promise<ServiceResult>>();

  constructor(private readonly deps: RelatedDeps) {}

  /**
   * The final state, once every service has answered. `onProgress` is given the state so far
   * each time a service answers while others are still working, so that the panel shows the
   * first answers without waiting for the slowest service.
   */
  async related({ sheet, retry = false }: RelatedRequest, onProgress?: (state: RelatedState) => void): Promise<RelatedState> {
    try {
      const settings = await this.deps.loadSettings();
      if (!settings.related || !settings.relatedServices.length) return { status: 'off' };
      const origins = serviceOrigins(settings);
      if (origins.length && !(await this.deps.hasOrigins(origins))) return { status: 'needs-permission', origins };
      const query = buildQuery(sheet);
      if (!query.text) return { status: 'error', message: 'This article gives too few words to search for other reports.' };
      const article = articleKey(sheet);
      const services = settings.relatedServices.filter((s) => PROVIDERS[s]);
      const results: (ServiceResult | undefined)[] = services.map(() => undefined);
      await Promise.all(services.map(async (service, i) => {
        results[i] = await this.serviceResult(article, PROVIDERS[service], query, settings, retry);
        if (onProgress && results.includes(undefined)) onProgress(this.state(results, services, query, sheet));
      }));
      return this.state(results, services, query, sheet);
    } catch (error) {
      return { status: 'error', message: `Related coverage failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /** The state of the answers so far; `undefined` marks a service still working. */
  private state(results: (ServiceResult | undefined)[], services: RelatedService[], query: RelatedQuery, sheet: FactSheet): RelatedState {
    const failures: ServiceFailure[] = [];
    const pending: string[] = [];
    const answers: RawItem[][] = [];
    let retryAt: number | undefined;
    results.forEach((result, i) => {
      const label = PROVIDERS[services[i]!].label;
      if (!result) pending.push(label);
      else if (result.ok) answers.push(result.items);
      else {
        failures.push({ service: label, message: result.message });
        if (result.retryAt !== undefined) retryAt = Math.min(retryAt ?? Infinity, result.retryAt);
      }
    });
    if (!answers.length && pending.length) return { status: 'loading', pending, failures };
    if (!answers.length) {
      const message = failures.map((f) => `${f.service}: ${f.message}`).join(' ');
      const state: RelatedState = { status: 'error', message };
      // Only a service that asked for a pause gets a countdown; offline or a timeout can retry at once.
      if (retryAt !== undefined && retryAt > this.deps.now()) state.retryAfterSeconds = Math.ceil((retryAt - this.deps.now()) / 1000);
      return state;
    }
    return { status: 'ready', items: mergeResults(answers, query, sheet), query: query.text, failures, pending };
  }

  private async serviceResult(article: string, provider: Provider, query: RelatedQuery, settings: Settings, retry: boolean): Promise<ServiceResult> {
    // A base URL replaced in the settings is another server: its answers are cached apart.
    const base = baseUrlFor(provider, settings.serviceBaseUrls[provider.id]);
    const cacheService = base === provider.defaultBaseUrl ? provider.id : `${provider.id}@${base}`;
    const cached = await this.deps.cache.get(article, cacheService);
    if (cached && (cached.ok || !retry)) return cached;
    const key = `${cacheService}:${article}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const request = this.ask(provider, query, base).then(async (result) => {
      await this.deps.cache.set(article, cacheService, result);
      return result;
    }).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, request);
    return request;
  }

  private async ask(provider: Provider, query: RelatedQuery, baseUrl: string): Promise<ServiceResult> {
    const now = this.deps.now();
    const unsupported = provider.unsupported(query, new Date(now));
    if (unsupported) return { ok: false, message: unsupported, at: now };
    const blocked = this.deps.gate.blockedFor(provider.id);
    if (blocked > 0) {
      return { ok: false, message: `Too many requests; try again in ${Math.ceil(blocked / 1000)} s.`, at: now, retryAt: now + blocked };
    }
    if (!this.deps.online()) return { ok: false, message: 'You are offline.', at: now, retryAt: now };
    const wait = this.deps.gate.reserve(provider.id, provider.minIntervalMs);
    if (wait > 0) await this.deps.sleep(wait);
    const url = provider.requestUrl(query, baseUrl);
    const outcome = await fetchText(url, this.deps.fetch, this.deps.timeoutMs ?? TIMEOUT_MS);
    const at = this.deps.now();
    if (!outcome.ok) {
      if (outcome.kind === 'rate-limited') {
        const seconds = this.deps.gate.rateLimited(provider.id, outcome.retryAfterSeconds);
        return { ok: false, message: `Too many requests; try again in ${seconds} s.`, at, retryAt: at + seconds * 1000 };
      }
      // Offline and timeouts are worth retrying at once; other failures are remembered briefly.
      return { ok: false, message: outcome.message, at, ...(outcome.kind === 'http' ? {} : { retryAt: at }) };
    }
    this.deps.gate.succeeded(provider.id);
    try {
      return { ok: true, items: provider.parse(outcome.body), at };
    } catch (error) {
      const message = error instanceof ServiceAnswerError ? error.message : `${provider.label} sent an answer that could not be read.`;
      return { ok: false, message, at };
    }
  }
}

/** The article a cache entry belongs to: its canonical URL, else its URL, else its headline. */
export function articleKey(sheet: FactSheet): string {
  return sheet.meta.canonicalUrl ?? sheet.url ?? `title:${sheet.meta.title ?? ''}`;
}
