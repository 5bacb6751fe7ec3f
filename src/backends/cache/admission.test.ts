import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GatewayError } from '../../contract/errors.ts';
import { Admission } from './admission.ts';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const opts = { resource: 'defiant', maxConcurrent: 2, maxQueue: 2, failureThreshold: 3, cooldownMs: 1000 };
const busy = (e: unknown) => e instanceof GatewayError && e.httpStatus === 503;

describe('admission control', () => {
  it('runs at most maxConcurrent, queues maxQueue, and refuses the rest with 503 + Retry-After', async () => {
    const a = new Admission(opts);
    const gate = deferred();
    let peak = 0;
    let active = 0;
    const call = async () => {
      active++;
      peak = Math.max(peak, active);
      await gate.promise;
      active--;
      return 'ok';
    };
    const accepted = [a.run(call), a.run(call), a.run(call), a.run(call)];
    await assert.rejects(a.run(call), (e: unknown) => busy(e) && (e as GatewayError).extraHeaders['Retry-After'] === '1');
    assert.equal(a.inFlight, 2);
    assert.equal(a.queued, 2);
    gate.resolve();
    assert.deepEqual(await Promise.all(accepted), ['ok', 'ok', 'ok', 'ok']);
    assert.equal(peak, 2);
    assert.equal(a.inFlight, 0);
  });

  it('the breaker opens after consecutive faults, fails fast, then a successful probe closes it', async () => {
    let t = 0;
    const states: string[] = [];
    const a = new Admission({ ...opts, now: () => t, events: { onBreaker: (s) => states.push(s) } });
    const fault = () => Promise.reject(new GatewayError('backendUnavailable', 'connection refused'));
    for (let i = 0; i < 3; i++) await assert.rejects(a.run(fault), /connection refused/);
    assert.equal(a.breakerState(), 'open');
    let called = false;
    await assert.rejects(a.run(async () => (called = true)), (e: unknown) => busy(e) && /unavailable/.test((e as Error).message));
    assert.equal(called, false, 'no backend call while open');
    t = 1000;
    assert.equal(a.breakerState(), 'half-open');
    assert.equal(await a.run(async () => 'back'), 'back');
    assert.equal(a.breakerState(), 'closed');
    assert.deepEqual(states, ['open', 'closed']);
  });

  it('a failed probe opens the breaker again; SLURM error answers do not count as faults', async () => {
    let t = 0;
    const a = new Admission({ ...opts, now: () => t });
    const fault = () => Promise.reject(new GatewayError('backendTimeout', 'slow'));
    for (let i = 0; i < 3; i++) await assert.rejects(a.run(fault));
    t = 1000;
    await assert.rejects(a.run(fault));
    assert.equal(a.breakerState(), 'open');
    const b = new Admission(opts);
    for (let i = 0; i < 5; i++) await assert.rejects(b.run(() => Promise.reject(new GatewayError('accessDenied', 'no'))));
    assert.equal(b.breakerState(), 'closed');
  });
});
