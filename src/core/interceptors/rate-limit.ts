// One request from the token's bucket per call; an empty bucket is a 429 with Retry-After. The
// RateLimit-* headers go with every reply, refusals included.
import { GatewayError } from '../../contract/errors.ts';
import type { Metrics } from '../../metrics/metrics.ts';
import { rateLimitHeaders, type TokenBuckets } from '../limits/rate-limit.ts';
import type { Interceptor } from './chain.ts';

export function rateLimit(limiter: TokenBuckets | undefined, metrics?: Metrics): Interceptor {
  return async (ctx, next) => {
    const principal = ctx.principal;
    const decision = principal && limiter?.take(principal);
    if (!principal || !decision) return next();
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      metrics?.rateLimited.inc({ permission: principal.permissions.join(',') });
      throw new GatewayError('rateLimited', `Token ${principal.tokenId} is over its rate limit (${decision.limit} requests burst); retry in ${decision.retryAfterSeconds} s`, { headers });
    }
    Object.assign(ctx.headers, headers);
    return next();
  };
}
