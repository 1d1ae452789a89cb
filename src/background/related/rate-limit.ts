// Manners towards each service: a minimum interval between requests (GDELT asks for one every
// five seconds) and an exponential backoff after HTTP 429, shared by every article.

const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 10 * 60_000;

export class ServiceGate {
  private readonly nextStart = new Map<string, number>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly strikes = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the service is still blocked after a 429, or 0. */
  blockedFor(service: string): number {
    return Math.max(0, (this.blockedUntil.get(service) ?? 0) - this.now());
  }

  /** Reserves the next slot for a request and returns how long to wait for it. */
  reserve(service: string, minIntervalMs: number): number {
    const now = this.now();
    const start = Math.max(now, this.nextStart.get(service) ?? 0);
    this.nextStart.set(service, start + minIntervalMs);
    return start - now;
  }

  /** After a 429: back off exponentially, or as long as the service said. Returns seconds. */
  rateLimited(service: string, retryAfterSeconds?: number): number {
    const strikes = (this.strikes.get(service) ?? 0) + 1;
    this.strikes.set(service, strikes);
    const backoff = Math.min(MAX_BACKOFF_MS, Math.max((retryAfterSeconds ?? 0) * 1000, BASE_BACKOFF_MS * 2 ** (strikes - 1)));
    this.blockedUntil.set(service, this.now() + backoff);
    return Math.ceil(backoff / 1000);
  }

  succeeded(service: string): void {
    this.strikes.delete(service);
    this.blockedUntil.delete(service);
  }
}
