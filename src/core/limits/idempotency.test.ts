import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { openDatabase } from '../../store/database.ts';
import { canonical, IDEMPOTENCY_TTL_MS, IdempotencyStore, IN_FLIGHT_STALE_MS, requestHash } from './idempotency.ts';

const store = (now: { t: number }) => {
  const file = join(mkdtempSync(join(tmpdir(), 's3m-idem-')), 's3m.db');
  return { file, s: new IdempotencyStore(openDatabase(file), () => now.t) };
};

it('same key and body replays; another body is a mismatch; running is in-flight', () => {
  const now = { t: 0 };
  const { s } = store(now);
  const h = requestHash('defiant/v0.0.43', { job: { a: 1, b: 2 } });
  assert.equal(h, requestHash('defiant/v0.0.43', { job: { b: 2, a: 1 } }), 'key order does not matter');
  assert.notEqual(h, requestHash('wombat/v0.0.43', { job: { a: 1, b: 2 } }), 'the resource is part of the request');
  assert.deepEqual(s.begin('tok', 'k1', h), { kind: 'new' });
  assert.deepEqual(s.begin('tok', 'k1', h), { kind: 'in-flight' });
  assert.deepEqual(s.begin('tok', 'k1', 'other'), { kind: 'mismatch' });
  s.complete('tok', 'k1', 200, { job_id: 7 });
  assert.deepEqual(s.begin('tok', 'k1', h), { kind: 'replay', status: 200, body: { job_id: 7 } });
  assert.deepEqual(s.begin('other-token', 'k1', h), { kind: 'new' }, 'keys are scoped per token');
});

it('records survive a restart and expire after 24 h; abandoned and stale in-flight claims free the key', () => {
  const now = { t: 1000 };
  const { file, s } = store(now);
  s.begin('tok', 'k', 'h');
  s.complete('tok', 'k', 200, { job_id: 1 });
  const again = new IdempotencyStore(openDatabase(file), () => now.t);
  assert.equal(again.begin('tok', 'k', 'h').kind, 'replay');
  now.t += IDEMPOTENCY_TTL_MS;
  assert.equal(again.begin('tok', 'k', 'h').kind, 'new');
  again.abandon('tok', 'k');
  assert.equal(again.begin('tok', 'k', 'h').kind, 'new');
  now.t += IN_FLIGHT_STALE_MS;
  assert.equal(again.begin('tok', 'k', 'h').kind, 'new', 'a claim left by a dead gateway no longer blocks');
  now.t += IDEMPOTENCY_TTL_MS + 1;
  assert.equal(again.sweep(), 1);
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
