// The pre-auth limit: per client address, calls whose token fails are limited BEFORE any token is
// looked up, for REST and gRPC alike (one limiter, so an address's budget is shared by both).
//
// Every call that needs a token takes one request from its address's bucket before the token is
// looked at, and gives it back once the call is settled with anything but 401: only failed
// authentications (no token, malformed, unknown, wrong secret, revoked, expired) count. Taking
// first (rather than counting failures afterwards) keeps the bound strict with many calls in
// flight: an address never has more unsettled token lookups than its bucket holds. An empty bucket
// answers 429 (SLURM's error envelope, Retry-After and RateLimit-* headers, like the per-token
// limit) with no database work at all.
//
// Valid tokens are not starved by failures from the same address (a shared NAT, or an attacker
// on the same host): a valid token never uses the bucket up, and when the bucket is empty a token
// this gateway has verified before and holds in memory (TokenService.knownValid: no database
// work) still goes through; the full check follows as usual. Only a valid token never seen since
// the gateway started has to wait for the bucket while its address floods.
import type { Call } from '../../core/service.ts';
import { KeyedBuckets, rateLimitHeaders, type BucketConfig } from '../../core/limits/rate-limit.ts';
import { GatewayError } from '../../contract/errors.ts';
import { addressKey } from '../../core/client-address.ts';

export interface PreAuthLimitConfig extends BucketConfig {
  enabled: boolean;
  /** Addresses whose buckets are kept at most (least recently used forgotten first). */
  maxAddresses: number;
}

/** A call let through: settle it once its outcome is known (more than once is harmless). */
export interface PreAuthPass {
  /** The call's HTTP status (gRPC: the status REST would answer); 401 keeps the request counted. */
  settle(status: number): void;
}

export interface PreAuthOptions {
  /** Whether an Authorization value is a token verified before and held in memory (must do no database work). */
  knownValid?: (authorization: string | undefined) => boolean;
  /** Every refusal, with what was asked (`GET /url`, a gRPC method), for the audit and metrics. */
  onRefused?: (call: Call, err: GatewayError, what: string) => void;
  now?: () => number;
}

const NOTHING: PreAuthPass = { settle() {} };

export class PreAuthLimiter {
  private readonly buckets: KeyedBuckets;

  constructor(
    private readonly cfg: PreAuthLimitConfig,
    private readonly opts: PreAuthOptions = {},
  ) {
    this.buckets = new KeyedBuckets(opts.now, cfg.maxAddresses);
  }

  /**
   * Before the call's token is looked at. Throws GatewayError 'rateLimited' (429) when the
   * address has used up its failures; otherwise returns the pass to settle.
   * `call.clientAddress` is the address without a port (see client-address.ts).
   */
  enter(call: Call, what: string): PreAuthPass {
    if (!this.cfg.enabled) return NOTHING;
    const key = addressKey(call.clientAddress ?? call.clientSource ?? '');
    const d = this.buckets.take(key, this.cfg);
    if (d.allowed) {
      let settled = false;
      return {
        settle: (status) => {
          if (settled) return;
          settled = true;
          if (status !== 401) this.buckets.giveBack(key, this.cfg);
        },
      };
    }
    if (this.opts.knownValid?.(call.authorization)) return NOTHING;
    const err = new GatewayError('rateLimited', `Too many requests without a valid token from ${key}; retry in ${d.retryAfterSeconds} s`, { headers: rateLimitHeaders(d) });
    this.opts.onRefused?.(call, err, what);
    throw err;
  }

  /** Forget addresses idle for ten minutes (their buckets are full again). */
  sweep(): void {
    this.buckets.sweep();
  }
}
