import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { sqliteStore, tempDbFile } from '../../../test/support/store.ts';
import { GatewayError } from '../../contract/errors.ts';
import { newContext, type Reply } from '../context.ts';
import { IdempotencyStore } from '../limits/idempotency.ts';
import { idempotency } from './idempotency.ts';

const db = await sqliteStore(tempDbFile('s3m-idem-'));
after(() => db.close());
const store = new IdempotencyStore(db);
const once = idempotency(store);
let jobs = 0;
const submit = (tokenId: string, key: string | undefined, body: unknown, fail = false) => {
  const ctx = newContext({ resource: 'defiant', version: 'v0.0.43', idempotencyKey: key }, 'submit', 'write', body);
  ctx.principal = { tokenId, user: 'u', project: 'P', permissions: ['compute-ace'], expiresAt: null };
  const reply = once<Reply>(ctx, async () => {
    if (fail) throw new GatewayError('invalidQuery', 'bad job');
    return { status: 200, body: { job_id: ++jobs } };
  });
  return reply.then((r) => ({ r, headers: ctx.headers }));
};

test('a retry with the same key and body gets the first reply and makes no job; another body is 422; keys are per token', async () => {
  const first = await submit('t1', 'k1', { job: { name: 'a' } });
  const again = await submit('t1', 'k1', { job: { name: 'a' } });
  assert.deepEqual(again.r.body, first.r.body);
  assert.equal(again.r.idempotentReplay, true);
  assert.equal(again.headers['Idempotent-Replayed'], 'true');
  assert.equal(jobs, 1);
  await assert.rejects(submit('t1', 'k1', { job: { name: 'b' } }), (e: unknown) => e instanceof GatewayError && e.httpStatus === 422);
  assert.equal((await submit('t2', 'k1', { job: { name: 'a' } })).r.idempotentReplay, undefined);
  assert.equal(jobs, 2);
});

test('no key: every call runs; a refused submit frees its key; a malformed key is a 422', async () => {
  const before = jobs;
  await submit('t3', undefined, {});
  await submit('t3', undefined, {});
  assert.equal(jobs, before + 2);
  await assert.rejects(submit('t3', 'k2', {}, true), /bad job/);
  assert.equal((await submit('t3', 'k2', {})).r.idempotentReplay, undefined);
  await assert.rejects(submit('t3', 'bad key\n', {}), (e: unknown) => e instanceof GatewayError && e.httpStatus === 422);
});
