import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReadCache } from './read-cache.ts';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
};

describe('ReadCache', () => {
  it('merges 500 concurrent identical reads into one load', async () => {
    const cache = new ReadCache<number>();
    let loads = 0;
    const d = deferred<number>();
    const calls = Array.from({ length: 500 }, () => cache.get('jobs', 1000, () => (loads++, d.promise)));
    d.resolve(42);
    const results = await Promise.all(calls);
    assert.equal(loads, 1);
    assert.ok(results.every((r) => r.value === 42));
    assert.equal(results.filter((r) => r.kind === 'miss').length, 1);
    assert.equal(results.filter((r) => r.kind === 'coalesced').length, 499);
  });

  it('serves from memory until the TTL runs out', async () => {
    let t = 0;
    const cache = new ReadCache<number>(() => t);
    let loads = 0;
    const load = async () => ++loads;
    assert.equal((await cache.get('k', 100, load)).kind, 'miss');
    t = 99;
    const hit = await cache.get('k', 100, load);
    assert.deepEqual([hit.kind, hit.value, hit.loadedAt], ['hit', 1, 0]);
    t = 100;
    assert.equal((await cache.get('k', 100, load)).value, 2);
  });

  it('does not keep errors or values the caller rejects', async () => {
    const cache = new ReadCache<number>();
    await assert.rejects(cache.get('k', 1000, async () => Promise.reject(new Error('down'))), /down/);
    assert.equal((await cache.get('k', 1000, async () => 5, (v) => v !== 5)).kind, 'miss');
    assert.equal((await cache.get('k', 1000, async () => 6)).kind, 'miss');
    assert.equal((await cache.get('k', 1000, async () => 7)).value, 6);
  });

  it('invalidation drops matching entries and makes new callers start a fresh load', async () => {
    const cache = new ReadCache<string>();
    await cache.get('partitions', 10_000, async () => 'p1');
    const before = deferred<string>();
    const stale = cache.get('jobs', 10_000, () => before.promise);
    cache.invalidate((k) => k.startsWith('job'));
    const fresh = cache.get('jobs', 10_000, async () => 'after-submit');
    before.resolve('before-submit');
    assert.equal((await stale).value, 'before-submit');
    assert.equal((await fresh).value, 'after-submit');
    // the pre-invalidation load was not stored; partitions were not affected
    assert.equal((await cache.get('jobs', 10_000, async () => 'x')).value, 'after-submit');
    assert.equal((await cache.get('partitions', 10_000, async () => 'p2')).value, 'p1');
  });

  it('a TTL of 0 disables caching but still coalesces', async () => {
    const cache = new ReadCache<number>();
    let loads = 0;
    const d = deferred<number>();
    const a = cache.get('k', 0, () => (loads++, d.promise));
    const b = cache.get('k', 0, () => (loads++, d.promise));
    d.resolve(1);
    await Promise.all([a, b]);
    await cache.get('k', 0, async () => (loads++, 2));
    assert.equal(loads, 2);
  });
});
