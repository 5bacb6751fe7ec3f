// Single-flight + TTL for backend reads. Concurrent identical reads merge into one backend call
// (single-flight); a finished read is served from memory for `ttlMs` (TTL). Only successful
// replies are kept: an error is shared with the callers that were already waiting for it, but
// the next caller tries again.

export interface CacheOutcome<V> {
  value: V;
  /** 'miss': this call ran the loader; 'coalesced': it waited for another caller's load; 'hit': served from memory. */
  kind: 'miss' | 'coalesced' | 'hit';
  /** When the value was loaded (ms since epoch). */
  loadedAt: number;
}

interface Entry<V> {
  value: V;
  loadedAt: number;
  expiresAt: number;
  /** Bumped by invalidate(); a load that started before an invalidation must not be stored. */
  generation: number;
}

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly inflight = new Map<string, Promise<{ value: V; loadedAt: number }>>();
  private generation = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string, ttlMs: number, load: () => Promise<V>, keep: (v: V) => boolean = () => true): Promise<CacheOutcome<V>> {
    const t = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > t && hit.generation === this.generation) return { value: hit.value, kind: 'hit', loadedAt: hit.loadedAt };
    const pending = this.inflight.get(key);
    if (pending) {
      const r = await pending;
      return { ...r, kind: 'coalesced' };
    }
    const generation = this.generation;
    // The promise refers to itself in its finally (to leave a newer load's entry alone).
    let p!: Promise<{ value: V; loadedAt: number }>;
    p = (async () => {
      try {
        const value = await load();
        const loadedAt = this.now();
        if (ttlMs > 0 && keep(value) && generation === this.generation) {
          this.entries.set(key, { value, loadedAt, expiresAt: loadedAt + ttlMs, generation });
        }
        return { value, loadedAt };
      } finally {
        if (this.inflight.get(key) === p) this.inflight.delete(key);
      }
    })();
    this.inflight.set(key, p);
    const r = await p;
    return { ...r, kind: 'miss' };
  }

  /** The fresh values of the keys that match (what a get would serve from memory now). */
  *fresh(match: (key: string) => boolean): Generator<V> {
    const t = this.now();
    for (const [key, e] of this.entries) if (match(key) && e.expiresAt > t && e.generation === this.generation) yield e.value;
  }

  /** Forget entries whose key matches; loads already under way are not stored when they finish. */
  invalidate(match: (key: string) => boolean = () => true): void {
    this.generation++;
    for (const key of [...this.entries.keys()]) if (match(key)) this.entries.delete(key);
    // A load that began before the change must not be joined by callers that come after it
    // (they would read the world as it was before their own submit or cancel).
    for (const key of [...this.inflight.keys()]) if (match(key)) this.inflight.delete(key);
    // Entries not matching keep their data but carry the old generation; re-stamp them so an
    // unrelated invalidation (say of job views) does not also expire partitions.
    for (const e of this.entries.values()) e.generation = this.generation;
  }

  /** Drop expired entries (called now and then so memory does not grow with one-off keys). */
  sweep(): void {
    const t = this.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= t) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
  }
}
