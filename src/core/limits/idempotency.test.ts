import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sqliteStore, tempDbFile } from '../../../test/support/store.ts';
import { canonical, IDEMPOTENCY_TTL_MS, IdempotencyStore, IN_FLIGHT_STALE_MS, requestHash } from './idempotency.ts';

const store = async (now: { t: number }) => {
  const file = tempDbFile('s3m-idem-');
  const db = await sqliteStore(file);
  return { file, db, s: new IdempotencyStore(db, () => now.t) };
};

it('same key and body replays; another body is a mismatch; running is in-flight', async () => {
  const now = { t: 0 };
  const { db, s } = await store(now);
  const h = requestHash('defiant/v0.0.43', { job: { a: 1, b: 2 } });
  assert.equal(h, requestHash('defiant/v0.0.43', { job: { b: 2, a: 1 } }), 'key order does not matter');
  assert.notEqual(h, requestHash('wombat/v0.0.43', { job: { a: 1, b: 2 } }), 'the resource is part of the request');
  assert.deepEqual(await s.begin('tok', 'k1', h), { kind: 'new' });
  assert.deepEqual(await s.begin('tok', 'k1', h), { kind: 'in-flight' });
  assert.deepEqual(await s.begin('tok', 'k1', 'other'), { kind: 'mismatch' });
  await s.complete('tok', 'k1', 200, { job_id: 7 });
  assert.deepEqual(await s.begin('tok', 'k1', h), { kind: 'replay', status: 200, body: { job_id: 7 } });
  assert.deepEqual(await s.begin('other-token', 'k1', h), { kind: 'new' }, 'keys are scoped per token');
  await db.close();
});

it('records survive a restart and expire after 24 h; abandoned and stale in-flight claims free the key', async () => {
  const now = { t: 1000 };
  const { file, db, s } = await store(now);
  await s.begin('tok', 'k', 'h');
  await s.complete('tok', 'k', 200, { job_id: 1 });
  await db.close();
  const reopened = await sqliteStore(file);
  const again = new IdempotencyStore(reopened, () => now.t);
  assert.equal((await again.begin('tok', 'k', 'h')).kind, 'replay');
  now.t += IDEMPOTENCY_TTL_MS;
  assert.equal((await again.begin('tok', 'k', 'h')).kind, 'new');
  await again.abandon('tok', 'k');
  assert.equal((await again.begin('tok', 'k', 'h')).kind, 'new');
  now.t += IN_FLIGHT_STALE_MS;
  assert.equal((await again.begin('tok', 'k', 'h')).kind, 'new', 'a claim left by a dead gateway no longer blocks');
  now.t += IDEMPOTENCY_TTL_MS + 1;
  assert.equal(await again.sweep(), 1);
  await reopened.close();
});

/** The recursive canonical form the stored hashes were made with: the iterative one must write exactly the same. */
function recursiveCanonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(recursiveCanonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${recursiveCanonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

it('the canonical form is unchanged (stored keys keep matching) and needs no recursion', () => {
  const bodies: unknown[] = [
    { job: { name: 'x', script: '#!/bin/bash\necho "hi" \\ \u00e9', environment: ['A=1', 'B=2'], time_limit: { number: 60, set: true, infinite: false }, tasks: 2 } },
    { job: { b: [], a: {}, c: [[], [{}], [null, true, false, 0, -1.5, 1e21]], '': 'empty key', 'k"q': undefined } },
    [1, 'two', [3, [4, [5]]], { z: 1, a: [{ y: null }] }],
    'plain',
    42,
    null,
    undefined,
  ];
  for (const b of bodies) assert.equal(canonical(b), recursiveCanonical(b), JSON.stringify(b));
  const deep = JSON.parse(`{"job": {"comment": ${'['.repeat(50_000)}${']'.repeat(50_000)}}}`);
  assert.throws(() => recursiveCanonical(deep), RangeError, 'the old form overflowed the stack');
  assert.match(requestHash('defiant/v0.0.43', deep), /^[0-9a-f]{64}$/);
});
