// One GET with a timeout, its failures named: offline, timeout, rate limited, HTTP error.
// Never throws: every outcome is a value the panel can show.

export type FetchOutcome =
  | { ok: true; body: string }
  | { ok: false; kind: 'offline' | 'timeout' | 'http' | 'rate-limited'; message: string; retryAfterSeconds?: number };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export const TIMEOUT_MS = 8_000;
const MAX_BODY_CHARS = 2_000_000;

export async function fetchText(url: string, fetcher: FetchLike, timeoutMs = TIMEOUT_MS): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // No cookies or referrer go to the services: the query is all they learn.
    const response = await fetcher(url, {
      signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store',
      headers: { accept: 'application/json, application/rss+xml, application/xml, text/xml, text/plain' },
    });
    const body = (await response.text()).slice(0, MAX_BODY_CHARS);
    if (response.status === 429) {
      return { ok: false, kind: 'rate-limited', message: 'The service asked for fewer requests.', retryAfterSeconds: retryAfter(response.headers.get('retry-after')) };
    }
    if (!response.ok) {
      return { ok: false, kind: 'http', message: `The service answered HTTP ${response.status}.` };
    }
    return { ok: true, body };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, kind: 'timeout', message: `No answer within ${timeoutMs / 1000} s.` };
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return {
      ok: false, kind: 'offline',
      message: offline ? 'You are offline.' : `The service could not be reached (${error instanceof Error ? error.message : 'network error'}).`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Retry-After in seconds (a number or an HTTP date), or undefined. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
