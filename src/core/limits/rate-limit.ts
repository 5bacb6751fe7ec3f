// Per-token rate limits: a token bucket per token, sized by the token's permission. A request
// takes one token from its bucket; an empty bucket answers 429 with Retry-After. The RateLimit
// headers follow the IETF httpapi draft (RateLimit-Limit, -Remaining, -Reset in seconds).
import type { Principal } from '../../auth/principal.ts';

export interface BucketConfig {
  /** Sustained requests per second. */
  ratePerSecond: number;
  /** Bucket size: requests allowed in a burst. */
  burst: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again (RateLimit-Reset). */
  resetSeconds: number;
  /** Seconds until one request is allowed (Retry-After), when refused. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token buckets by key (a token id, a client address): the arithmetic the per-token limits and
 * the pre-auth limit (src/adapters/shared/preauth-limit.ts) share. At most `maxKeys` buckets are
 * kept; beyond that the least recently used one is forgotten.
 */
export class KeyedBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = Number.POSITIVE_INFINITY,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, cfg: BucketConfig): Bucket {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: cfg.burst, updated: t };
    b.tokens = Math.min(cfg.burst, b.tokens + ((t - b.updated) / 1000) * cfg.ratePerSecond);
    b.updated = t;
    // Re-inserted: the map's order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return b;
  }

  /** One request from `key`'s bucket. */
  take(key: string, cfg: BucketConfig): RateDecision {
    const b = this.refilled(key, cfg);
    const allowed = b.tokens >= 1;
    if (allowed) b.tokens -= 1;
    return {
      allowed,
      limit: cfg.burst,
      remaining: Math.floor(b.tokens),
      resetSeconds: Math.ceil((cfg.burst - b.tokens) / cfg.ratePerSecond),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - b.tokens) / cfg.ratePerSecond)),
    };
  }

  /** Return one request taken from `key`'s bucket (it turned out not to count). */
  giveBack(key: string, cfg: BucketConfig): void {
    const b = this.buckets.get(key);
    if (b) b.tokens = Math.min(cfg.burst, b.tokens + 1);
  }

  /** Forget buckets untouched for `idleMs` (by then they are full again, which is the default). */
  sweep(idleMs = 600_000): void {
    const t = this.now();
    for (const [key, b] of this.buckets) if (t - b.updated > idleMs) this.buckets.delete(key);
  }
}

export class TokenBuckets {
  private readonly buckets: KeyedBuckets;

  constructor(
    private readonly byPermission: Record<string, BucketConfig>,
    now: () => number = Date.now,
  ) {
    this.buckets = new KeyedBuckets(now);
  }

  /** The most generous configured bucket among the principal's permissions. */
  private configFor(p: Principal): BucketConfig | undefined {
    return p.permissions
      .map((perm) => this.byPermission[perm])
      .filter((c): c is BucketConfig => c !== undefined)
      .sort((a, b) => b.ratePerSecond - a.ratePerSecond)[0];
  }

  take(p: Principal): RateDecision | undefined {
    const cfg = this.configFor(p);
    return cfg && this.buckets.take(p.tokenId, cfg);
  }

  /** Forget buckets that have been full for a while (their state is the default anyway). */
  sweep(): void {
    this.buckets.sweep();
  }
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  const h: Record<string, string> = { 'RateLimit-Limit': String(d.limit), 'RateLimit-Remaining': String(d.remaining), 'RateLimit-Reset': String(d.resetSeconds) };
  if (!d.allowed) h['Retry-After'] = String(d.retryAfterSeconds);
  return h;
}
