import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BreakerState } from '../../backends/cache/admission.ts';
import type { SlurmBackend } from '../../backends/backend.ts';
import { openStore } from '../../store/kysely/open-store.ts';
import { readiness, StatusMonitor, type StatusResource } from './status.ts';

function resource(ping: () => Promise<unknown>, extra: Partial<StatusResource> = {}): StatusResource & { pings: () => number } {
  let n = 0;
  const backend = { ping: async () => (n++, ping()) } as unknown as SlurmBackend;
  return { name: 'r', description: 'R', securityEnclave: 'open', monitorUser: 'root', downtimes: [], backend, pings: () => n, ...extra };
}

const up = async () => ({ status: 200, body: { pings: [{ hostname: 'c1', pinged: 'UP', responding: true, mode: 'primary' }] } });
// A ping that answers at once must not count as slow or lost because a busy machine paused this
// process: the tests of slow and silent schedulers set their own small limits.
const opts = { cacheMs: 1000, pingTimeoutMs: 30_000, slowPingMs: 30_000, organization: 'olcf' };

describe('status', () => {
  it('OPERATIONAL, and a burst of status requests makes one ping', async () => {
    const r = resource(up);
    const m = new StatusMonitor([r], opts);
    const all = await Promise.all(Array.from({ length: 50 }, () => m.one('r')));
    assert.equal(all[0]!.status, 'OPERATIONAL');
    assert.equal(all[0]!.systemType, 'resource');
    assert.match(all[0]!.retrievedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(r.pings(), 1);
    assert.equal(await m.one('nope'), undefined);
  });

  it('UNAVAILABLE on a failing or silent scheduler, DEGRADED when slow or partly down', async () => {
    const failing = new StatusMonitor([resource(() => Promise.reject(new Error('connection refused')))], opts);
    const f = await failing.one('r');
    assert.equal(f!.status, 'UNAVAILABLE');
    assert.match(f!.statusReason, /connection refused/);
    const silent = new StatusMonitor([resource(() => new Promise(() => {}))], { ...opts, pingTimeoutMs: 100 });
    assert.equal((await silent.one('r'))!.status, 'UNAVAILABLE');
    // 70 ms at least, against a 50 ms slowPingMs (and a timeout it cannot reach).
    const slow = new StatusMonitor([resource(() => new Promise((ok) => setTimeout(() => ok(up()), 70)))], { ...opts, slowPingMs: 50 });
    assert.equal((await slow.one('r'))!.status, 'DEGRADED');
    const partly = new StatusMonitor([resource(async () => ({ status: 200, body: { pings: [{ hostname: 'c1', pinged: 'UP', responding: true }, { hostname: 'c2', pinged: 'DOWN', responding: false, mode: 'backup' }] } }))], opts);
    const p = await partly.one('r');
    assert.equal(p!.status, 'DEGRADED');
    assert.match(p!.statusReason, /c2 \(backup\)/);
  });

  it('downtimes and the breaker', async () => {
    const now = Date.parse('2026-04-20T12:00:00Z');
    const downtimes = [
      { start: '2026-04-20T11:00:00Z', end: '2026-04-20T13:00:00Z', description: 'Hardware maintenance' },
      { start: '2026-05-01T00:00:00Z', end: '2026-05-02T00:00:00Z', description: 'Upgrade' },
      { start: '2026-01-01T00:00:00Z', end: '2026-01-02T00:00:00Z', description: 'Past' },
    ];
    const during = await new StatusMonitor([resource(up, { downtimes })], { ...opts, now: () => now }).one('r');
    assert.equal(during!.status, 'UNAVAILABLE');
    assert.match(during!.statusReason, /Hardware maintenance/);
    assert.deepEqual(during!.upcomingDowntimes.map((d) => d.description), ['Hardware maintenance', 'Upgrade']);
    assert.equal(during!.upcomingDowntimes[1].start, '2026-05-01T00:00:00Z');
    let breaker: BreakerState = 'open';
    const m = new StatusMonitor([resource(up, { breaker: () => breaker })], { ...opts, cacheMs: 0 });
    assert.equal((await m.one('r'))!.status, 'UNAVAILABLE');
    breaker = 'half-open';
    assert.equal((await m.one('r'))!.status, 'DEGRADED');
  });

  it('readiness: store and breakers', async () => {
    const store = await openStore({ type: 'sqlite', file: ':memory:' });
    const { db } = store;
    const ok = await readiness(db, [{ name: 'a', breaker: () => 'open' }, { name: 'b', breaker: () => 'closed' }], false);
    assert.equal(ok.ready, true, 'one open breaker among several keeps the gateway ready');
    assert.equal(ok.resources.a.breaker, 'open');
    assert.equal((await readiness(db, [{ name: 'a', breaker: () => 'open' }], false)).ready, false);
    assert.equal((await readiness(db, [{ name: 'b', breaker: () => 'closed' }], true)).ready, false);
    await store.close();
    const closed = await readiness(db, [], false);
    assert.equal(closed.ready, false);
    assert.equal(closed.store.ok, false);
    // Anonymous callers read /readyz: no driver message (hosts, ports, paths).
    assert.deepEqual([closed.store.error, closed.reasons], ['the store did not answer', ['store unreachable']]);
  });
});
