import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Call } from '../../core/service.ts';
import { GatewayError } from '../../contract/errors.ts';
import { PreAuthLimiter, type PreAuthLimitConfig } from './preauth-limit.ts';

const cfg: PreAuthLimitConfig = { enabled: true, ratePerSecond: 2, burst: 3, maxAddresses: 1000 };
const call = (clientAddress: string, authorization?: string): Call => ({ resource: 'defiant', version: 'v0.0.43', clientAddress, authorization, api: 'rest' });

/** Run a call through the limiter: `status` is what the service would answer (401 = token refused). */
function attempt(limiter: PreAuthLimiter, c: Call, status: number): number {
  try {
    limiter.enter(c, 'GET /ping').settle(status);
    return status;
  } catch (err) {
    assert.ok(err instanceof GatewayError);
    return err.httpStatus;
  }
}

describe('pre-auth limit', () => {
  it('counts failed authentications per address; over the burst: 429 with Retry-After, before any token lookup', () => {
    let t = 0;
    const refused: [Call, GatewayError, string][] = [];
    const limiter = new PreAuthLimiter(cfg, { now: () => t, onRefused: (c, e, what) => refused.push([c, e, what]) });
    assert.deepEqual([1, 2, 3, 4, 5].map(() => attempt(limiter, call('10.0.0.1', 'bad'), 401)), [401, 401, 401, 429, 429]);
    assert.equal(refused.length, 2);
    const [c, err, what] = refused[0];
    assert.equal(c.clientAddress, '10.0.0.1');
    assert.equal(what, 'GET /ping');
    assert.equal(err.kind, 'rateLimited');
    assert.equal(err.httpStatus, 429);
    assert.equal(err.toSlurmError().error_number, 11, "SLURM's EAGAIN, like the per-token limit");
    assert.equal(err.extraHeaders['Retry-After'], '1');
    assert.equal(err.extraHeaders['RateLimit-Limit'], '3');
    assert.equal(attempt(limiter, call('10.0.0.2', 'bad'), 401), 401, 'another address has its own budget');
    t = 500; // one request back at 2/s
    assert.equal(attempt(limiter, call('10.0.0.1', 'bad'), 401), 401);
    assert.equal(attempt(limiter, call('10.0.0.1', 'bad'), 401), 429);
  });

  it('valid tokens use nothing up: any other outcome gives the request back', () => {
    const limiter = new PreAuthLimiter(cfg, { now: () => 0 });
    for (let i = 0; i < 100; i++) for (const status of [200, 403, 404, 422, 429, 500]) assert.equal(attempt(limiter, call('10.0.0.1', 'good'), status), status);
    assert.deepEqual([1, 2, 3, 4].map(() => attempt(limiter, call('10.0.0.1', 'bad'), 401)), [401, 401, 401, 429], 'the whole burst is still there for failures');
  });

  it('counts calls in flight: an address never has more unsettled lookups than its bucket', () => {
    const limiter = new PreAuthLimiter(cfg, { now: () => 0 });
    const passes = [1, 2, 3].map(() => limiter.enter(call('10.0.0.1'), 'x'));
    assert.throws(() => limiter.enter(call('10.0.0.1'), 'x'), (e: GatewayError) => e.httpStatus === 429);
    passes[0].settle(200);
    passes[0].settle(200); // settling twice gives back once
    const again = limiter.enter(call('10.0.0.1'), 'x');
    assert.throws(() => limiter.enter(call('10.0.0.1'), 'x'), (e: GatewayError) => e.httpStatus === 429);
    again.settle(401);
  });

  it('an address over its limit still lets a token through that was verified before (held in memory)', () => {
    const asked: (string | undefined)[] = [];
    const limiter = new PreAuthLimiter(cfg, { now: () => 0, knownValid: (a) => (asked.push(a), a === 'known') });
    for (let i = 0; i < 3; i++) attempt(limiter, call('10.0.0.1', 'bad'), 401);
    assert.deepEqual(asked, [], 'the memory is asked only once the bucket is empty');
    assert.equal(attempt(limiter, call('10.0.0.1', 'bad'), 401), 429);
    for (let i = 0; i < 10; i++) assert.equal(attempt(limiter, call('10.0.0.1', 'known'), 200), 200);
    assert.equal(attempt(limiter, call('10.0.0.1', undefined), 401), 429);
  });

  it('IPv6 clients are counted by their /64, IPv4-mapped ones as IPv4', () => {
    const limiter = new PreAuthLimiter({ ...cfg, burst: 2 }, { now: () => 0 });
    assert.equal(attempt(limiter, call('2001:db8:1:2::1'), 401), 401);
    assert.equal(attempt(limiter, call('2001:db8:1:2::ffff'), 401), 401);
    assert.equal(attempt(limiter, call('2001:db8:1:2:abcd::9'), 401), 429, 'a fresh address in the same /64 is the same client');
    assert.equal(attempt(limiter, call('2001:db8:1:3::1'), 401), 401);
    attempt(limiter, call('::ffff:10.9.9.9'), 401);
    attempt(limiter, call('10.9.9.9'), 401);
    assert.equal(attempt(limiter, call('10.9.9.9'), 401), 429);
  });

  it('disabled: lets everything through', () => {
    const limiter = new PreAuthLimiter({ ...cfg, enabled: false }, { now: () => 0 });
    for (let i = 0; i < 50; i++) assert.equal(attempt(limiter, call('10.0.0.1', 'bad'), 401), 401);
  });
});
