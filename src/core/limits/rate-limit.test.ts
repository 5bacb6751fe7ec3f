import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Principal } from '../../auth/principal.ts';
import { KeyedBuckets, rateLimitHeaders, TokenBuckets } from './rate-limit.ts';

const principal = (tokenId: string, perm: Principal['permissions'][number]): Principal => ({ tokenId, user: 'u', project: 'P', permissions: [perm], expiresAt: null });

it('allows a burst, refuses the next with Retry-After, and refills at the configured rate', () => {
  let t = 0;
  const b = new TokenBuckets({ 'compute-ace': { ratePerSecond: 2, burst: 3 } }, () => t);
  const p = principal('a', 'compute-ace');
  assert.deepEqual([1, 2, 3].map(() => b.take(p)!.allowed), [true, true, true]);
  const refused = b.take(p)!;
  assert.equal(refused.allowed, false);
  assert.equal(refused.retryAfterSeconds, 1);
  assert.equal(rateLimitHeaders(refused)['Retry-After'], '1');
  t = 500; // half a second at 2/s = one request
  assert.equal(b.take(p)!.allowed, true);
  assert.equal(b.take(p)!.allowed, false);
});

it('buckets are per token and sized by permission; unconfigured permissions are not limited', () => {
  const b = new TokenBuckets({ 'compute-ace-readonly': { ratePerSecond: 1, burst: 1 } }, () => 0);
  assert.equal(b.take(principal('r1', 'compute-ace-readonly'))!.allowed, true);
  assert.equal(b.take(principal('r1', 'compute-ace-readonly'))!.allowed, false);
  assert.equal(b.take(principal('r2', 'compute-ace-readonly'))!.allowed, true, 'another token has its own bucket');
  assert.equal(b.take(principal('w', 'compute-ace')), undefined);
});

it('headers say limit, remaining and reset', () => {
  const b = new TokenBuckets({ 'compute-ace': { ratePerSecond: 10, burst: 20 } }, () => 0);
  const d = b.take(principal('x', 'compute-ace'))!;
  assert.deepEqual(rateLimitHeaders(d), { 'RateLimit-Limit': '20', 'RateLimit-Remaining': '19', 'RateLimit-Reset': '1' });
});

it('keyed buckets: a request given back does not count, and only the most recently used keys are kept', () => {
  let t = 0;
  const cfg = { ratePerSecond: 1, burst: 2 };
  const b = new KeyedBuckets(() => t, 2);
  assert.equal(b.take('a', cfg).allowed, true);
  b.giveBack('a', cfg);
  assert.equal(b.take('a', cfg).allowed, true);
  assert.equal(b.take('a', cfg).allowed, true);
  assert.equal(b.take('a', cfg).allowed, false);
  b.giveBack('a', cfg);
  b.giveBack('a', cfg);
  b.giveBack('a', cfg);
  assert.equal(b.take('a', cfg).remaining, 1, 'never more than the burst');
  b.take('b', cfg);
  b.take('c', cfg); // 'a' is the least recently used: forgotten
  assert.equal(b.size, 2);
  assert.equal(b.take('a', cfg).remaining, 1, 'a forgotten key starts full');
  t = 700_000;
  b.sweep();
  assert.equal(b.size, 0);
});
