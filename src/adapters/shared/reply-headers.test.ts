import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GatewayError } from '../../contract/errors.ts';
import { errorHeaders, freshnessHeaders, replyHeaders } from './reply-headers.ts';

describe('reply headers (REST headers and gRPC response metadata alike)', () => {
  it('a cached read says how fresh it is; a reply without cache info is no-store, without Age', () => {
    assert.deepEqual(freshnessHeaders({ kind: 'hit', ageSeconds: 3, maxAgeSeconds: 5 }), { 'Cache-Control': 'private, max-age=5', Age: '3' });
    assert.deepEqual(freshnessHeaders(undefined), { 'Cache-Control': 'no-store' });
  });

  it("the service's own headers come after freshness", () => {
    assert.deepEqual(replyHeaders({ cache: undefined, headers: { 'RateLimit-Limit': '10' } }), { 'Cache-Control': 'no-store', 'RateLimit-Limit': '10' });
  });

  it('errors are no-store and keep their own headers', () => {
    const err = new GatewayError('rateLimited', 'slow down', { headers: { 'Retry-After': '2' } });
    assert.deepEqual(errorHeaders(err), { 'Cache-Control': 'no-store', 'Retry-After': '2' });
  });
});
