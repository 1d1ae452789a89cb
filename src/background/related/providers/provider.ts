import type { RelatedService } from '../../../shared/settings';
import type { RelatedQuery } from '../query/build-query';

// One interface for every news service: build the request URL from the query, read the body.
// Fetching, timeouts, rate limits and caching live outside, the same for all.

/** One report as a service gives it, before merging. */
export interface RawItem {
  service: RelatedService;
  /** The link to open: the publisher's own URL where the service gives it, else the service's link. */
  url: string;
  /** True when `url` is the publisher's page (not a service redirect). */
  publisherUrl: boolean;
  title: string;
  outlet: string;
  /** The outlet's host, without `www.`, when known. */
  host: string | null;
  published: string | null;
  snippet: string | null;
  /** Position in the service's answer (0 = first). */
  rank: number;
}

/** A body the service sent that is not a usable answer: a plain-text error, broken JSON. */
export class ServiceAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceAnswerError';
  }
}

export interface Provider {
  id: RelatedService;
  /** The name shown to the reader. */
  label: string;
  /** The service's own base URL (settings may replace it). */
  defaultBaseUrl: string;
  /** Shortest time between two requests to this service, in ms. */
  minIntervalMs: number;
  /** Why the service cannot answer this query at all (too old for its window…), or null. */
  unsupported(query: RelatedQuery, now: Date): string | null;
  requestUrl(query: RelatedQuery, baseUrl: string): string;
  /** Items from a 200 body; throws ServiceAnswerError on a body that is not an answer. */
  parse(body: string): RawItem[];
}

/** A base URL from the settings, or the default; only http(s) is accepted. */
export function baseUrlFor(provider: Provider, configured: string | undefined): string {
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === 'http:' || url.protocol === 'https:') return configured.replace(/\/+$/, '');
    } catch {
      // fall through to the default
    }
  }
  return provider.defaultBaseUrl;
}

/** An http(s) URL, or null: nothing else may become a link. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function hostOfUrl(value: string | null | undefined): string | null {
  const url = safeHttpUrl(value);
  // With a non-default port, as the article's own host is compared (see query/locale.ts).
  return url ? new URL(url).host.toLowerCase().replace(/^www\d?\./, '') : null;
}
