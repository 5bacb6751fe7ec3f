import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Principal } from '../../auth/principal.ts';
import { GatewayError } from '../../contract/errors.ts';
import { newContext } from '../context.ts';
import { TokenBuckets } from '../limits/rate-limit.ts';
import { rateLimit } from './rate-limit.ts';

const who = (tokenId: string): Principal => ({ tokenId, user: 'u', project: 'P', permissions: ['compute-ace'], expiresAt: null });

test('each call takes one request of its token: RateLimit headers on every reply, 429 with Retry-After past the burst, other tokens unaffected', async () => {
  const limit = rateLimit(new TokenBuckets({ 'compute-ace': { ratePerSecond: 1, burst: 2 } }, () => 0));
  const call = async (tokenId: string) => {
    const ctx = newContext({ resource: 'r', version: 'v0.0.43' }, 'jobs', 'read');
    ctx.principal = who(tokenId);
    await limit(ctx, async () => ({ status: 200 }));
    return ctx.headers;
  };
  assert.deepEqual(await call('a'), { 'RateLimit-Limit': '2', 'RateLimit-Remaining': '1', 'RateLimit-Reset': '1' });
  assert.equal((await call('a'))['RateLimit-Remaining'], '0');
  await assert.rejects(call('a'), (e: unknown) => e instanceof GatewayError && e.httpStatus === 429 && Number(e.extraHeaders['Retry-After']) >= 1);
  assert.equal((await call('b'))['RateLimit-Remaining'], '1');
});
