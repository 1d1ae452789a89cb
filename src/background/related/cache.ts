import type { RawItem } from './providers/provider';

// Each service's answer for each article, kept for a while so that reopening the panel asks no
// service again: in memory, and in storage.session (storage.local where there is none) so that
// it survives the service worker going to sleep.

export type ServiceResult =
  | { ok: true; items: RawItem[]; at: number }
  | { ok: false; message: string; at: number; retryAt?: number };

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const ANSWER_TTL_MS = 30 * 60_000;
/** A failure is remembered briefly: long enough not to hammer a service, short enough to retry. */
export const FAILURE_TTL_MS = 2 * 60_000;
const PREFIX = 'related:';

export class RelatedCache {
  private readonly memory = new Map<string, ServiceResult>();

  constructor(private readonly area: KeyValueArea | null, private readonly now: () => number = Date.now) {}

  async get(article: string, service: string): Promise<ServiceResult | null> {
    const key = cacheKey(article, service);
    let result: ServiceResult | null = this.memory.get(key) ?? null;
    if (!result && this.area) {
      try {
        result = ((await this.area.get(key))[key] as ServiceResult | undefined) ?? null;
        if (result) this.memory.set(key, result);
      } catch {
        result = null;
      }
    }
    if (!result) return null;
    if (!this.fresh(result)) {
      this.memory.delete(key);
      void this.area?.remove([key]).catch(() => undefined);
      return null;
    }
    return result;
  }

  async set(article: string, service: string, result: ServiceResult): Promise<void> {
    const key = cacheKey(article, service);
    this.memory.set(key, result);
    try {
      await this.area?.set({ [key]: result });
    } catch {
      // Storage full or gone: the memory copy still serves this session.
    }
  }

  private fresh(result: ServiceResult): boolean {
    const age = this.now() - result.at;
    if (result.ok) return age < ANSWER_TTL_MS;
    return age < FAILURE_TTL_MS || (result.retryAt !== undefined && this.now() < result.retryAt);
  }
}

export function cacheKey(article: string, service: string): string {
  return `${PREFIX}${service}:${article}`;
}
