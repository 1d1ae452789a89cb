// A page too large for one message arrives in parts (each serialised in its own task on the
// page's side): they wait here, per sender, until the request that reads the page takes them.
// Bounded: parts left behind (a tab closed mid-way) expire, and no page may grow past the
// reader's limit.

const EXPIRY_MS = 60_000;
const MAX_PENDING = 16;

interface Pending {
  parts: string[];
  length: number;
  started: number;
}

export class PageParts {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly maxLength: number, private readonly now: () => number = Date.now) {}

  /** Keeps one more part; false when the page is past the limit (its parts are dropped). */
  add(key: string, text: string): boolean {
    this.expire();
    let entry = this.pending.get(key);
    if (!entry) {
      if (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
      entry = { parts: [], length: 0, started: this.now() };
      this.pending.set(key, entry);
    }
    entry.length += text.length;
    if (entry.length > this.maxLength) {
      this.pending.delete(key);
      return false;
    }
    entry.parts.push(text);
    return true;
  }

  /** The parts kept under `key`, joined, and forgotten; null when there are none. */
  take(key: string): string | null {
    const entry = this.pending.get(key);
    this.pending.delete(key);
    return entry ? entry.parts.join('') : null;
  }

  private expire(): void {
    const now = this.now();
    for (const [key, entry] of this.pending) if (now - entry.started > EXPIRY_MS) this.pending.delete(key);
  }
}
