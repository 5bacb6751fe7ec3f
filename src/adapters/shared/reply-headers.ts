// The headers a reply of the SLURM operations carries, for both doors: REST sends them as HTTP
// headers, gRPC as response metadata (lower-cased). One place, so that the two cannot drift.
//
// Freshness (Cache-Control/Age) comes from the read cache, and only a 200 says how fresh it is
// (src/core/jobs/view.ts keeps `cache` on 200 replies only): a 404 for another project's job and
// a 404 for a job that does not exist both say `Cache-Control: no-store` and carry no Age, so the
// headers cannot tell which of the two it was. Errors (thrown GatewayErrors) say no-store as well.
import type { CacheInfo } from '../../backends/backend.ts';
import type { Reply } from '../../core/service.ts';
import type { GatewayError } from '../../contract/errors.ts';

/** Cache-Control and Age of a reply: `private, max-age=N` + `Age` for a cached read, else `no-store`. */
export function freshnessHeaders(cache: CacheInfo | undefined): Record<string, string> {
  if (!cache) return { 'Cache-Control': 'no-store' };
  return { 'Cache-Control': `private, max-age=${cache.maxAgeSeconds}`, Age: String(cache.ageSeconds) };
}

/** Every header of a service reply: freshness, then the service's own (RateLimit-*, Idempotent-Replayed). */
export function replyHeaders(result: Pick<Reply, 'cache' | 'headers'>): Record<string, string> {
  return { ...freshnessHeaders(result.cache), ...result.headers };
}

/** Headers of an error reply: never to be cached, plus what the error carries (Retry-After, RateLimit-*). */
export function errorHeaders(err: Pick<GatewayError, 'extraHeaders'>): Record<string, string> {
  return { 'Cache-Control': 'no-store', ...err.extraHeaders };
}
