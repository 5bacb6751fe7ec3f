// Per-token rate limits: a token bucket per token, sized by the token's permission. A request
// takes one token from its bucket; an empty bucket answers 429 with Retry-After. The RateLimit
// headers follow the IETF httpapi draft (RateLimit-Limit, -Remaining, -Reset in seconds).
import type { Principal } from '../auth/principal.ts';

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

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly byPermission: Record<string, BucketConfig>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The most generous configured bucket among the principal's permissions. */
  private configFor(p: Principal): BucketConfig | undefined {
    return p.permissions
      .map((perm) => this.byPermission[perm])
      .filter((c): c is BucketConfig => c !== undefined)
      .sort((a, b) => b.ratePerSecond - a.ratePerSecond)[0];
  }

  take(p: Principal): RateDecision | undefined {
    const cfg = this.configFor(p);
    if (!cfg) return undefined;
    const t = this.now();
    const b = this.buckets.get(p.tokenId) ?? { tokens: cfg.burst, updated: t };
    b.tokens = Math.min(cfg.burst, b.tokens + ((t - b.updated) / 1000) * cfg.ratePerSecond);
    b.updated = t;
    this.buckets.set(p.tokenId, b);
    const allowed = b.tokens >= 1;
    if (allowed) b.tokens -= 1;
    const remaining = Math.floor(b.tokens);
    return {
      allowed,
      limit: cfg.burst,
      remaining,
      resetSeconds: Math.ceil((cfg.burst - b.tokens) / cfg.ratePerSecond),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - b.tokens) / cfg.ratePerSecond)),
    };
  }

  /** Forget buckets that have been full for a while (their state is the default anyway). */
  sweep(): void {
    const t = this.now();
    for (const [id, b] of this.buckets) if (t - b.updated > 600_000) this.buckets.delete(id);
  }
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  const h: Record<string, string> = { 'RateLimit-Limit': String(d.limit), 'RateLimit-Remaining': String(d.remaining), 'RateLimit-Reset': String(d.resetSeconds) };
  if (!d.allowed) h['Retry-After'] = String(d.retryAfterSeconds);
  return h;
}
