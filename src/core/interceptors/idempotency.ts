// Idempotency-Key on submit: the first request with a key runs; a retry with the same key and
// body gets the stored reply (no second job); the key with another body is a 422, and a retry
// while the first still runs a 409. Keys are scoped per token.
import { GatewayError } from '../../contract/errors.ts';
import type { Metrics } from '../../metrics/metrics.ts';
import type { Reply } from '../context.ts';
import { KEY_RE, requestHash, type IdempotencyStore } from '../limits/idempotency.ts';
import { orStoreUnavailable } from '../../store/store-unavailable.ts';
import type { Interceptor } from './chain.ts';

export function idempotency(store: IdempotencyStore | undefined, metrics?: Metrics): Interceptor {
  return async <T extends { status: number }>(ctx: Parameters<Interceptor>[0], next: () => Promise<T>): Promise<T> => {
    const key = ctx.call.idempotencyKey;
    if (key === undefined || !store || !ctx.principal) return next();
    if (!KEY_RE.test(key)) throw new GatewayError('invalidQuery', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    // The request a key names is the resource, version and body.
    const tokenId = ctx.principal.tokenId;
    const claim = await orStoreUnavailable(store.begin(tokenId, key, requestHash(`${ctx.call.resource}/${ctx.call.version}`, ctx.body)));
    switch (claim.kind) {
      case 'replay': {
        metrics?.idempotentReplays.inc();
        ctx.headers['Idempotent-Replayed'] = 'true';
        const replay: Reply = { status: claim.status, body: claim.body, idempotentReplay: true };
        return replay as unknown as T;
      }
      case 'mismatch':
        throw new GatewayError('idempotencyMismatch', `Idempotency-Key "${key}" was already used with a different request body`);
      case 'in-flight':
        throw new GatewayError('idempotencyInFlight', `A request with Idempotency-Key "${key}" is still being processed; retry when it has finished`);
    }
    let reply: T;
    try {
      reply = await next();
    } catch (err) {
      // Refused before the backend answered (validation, or the cluster could not be reached):
      // no job was made, so the same key may be used again.
      await store.abandon(tokenId, key).catch(() => {
        // The claim then goes stale after IN_FLIGHT_STALE_MS; the request's own error is what the caller needs.
      });
      throw err;
    }
    // What is stored is what the client got, so a replay is identical (version rendering included).
    // The job exists whatever happens to this write: the caller gets its reply. If the store
    // failed, the key stays in flight (409) until IN_FLIGHT_STALE_MS, then frees.
    await store.complete(tokenId, key, reply.status, (reply as unknown as Reply).body).catch(() => {});
    return reply;
  };
}
