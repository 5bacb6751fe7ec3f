// The local backend's small parts: slurmrestd's job-id refusals, the per-job timers, the RPC statistics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildMeta } from '../../contract/envelope.ts';
import { JobTimers } from './job-timers.ts';
import { refusedJobId } from './replies.ts';
import { RpcStats } from './rpc-stats.ts';

test('job ids slurmrestd refuses itself: not a number or 0 → 422/9000; MAX_JOB_ID and above → 404/2017; others are asked about', () => {
  const meta = buildMeta({ version: 'v0.0.43', cluster: 'c', clientSource: '', user: 'u', group: 'g' }) as never;
  for (const id of ['abc', '0', '-1', '4294967293']) assert.equal(refusedJobId(meta, id)?.status, 422, id);
  const big = refusedJobId(meta, String(0x03ffffff));
  assert.equal(big?.status, 404);
  assert.equal((big?.body as { errors: { error_number: number }[] }).errors[0].error_number, 2017);
  assert.equal(refusedJobId(meta, '42'), undefined);
});

test('a job\'s timers end with it; a timer that throws is reported, not thrown', async () => {
  const errors: string[] = [];
  const timers = new JobTimers((what) => errors.push(what));
  let fired = false;
  timers.add(1, 0, 'cleared', () => (fired = true));
  timers.clear(1);
  await new Promise<void>((resolve) => timers.add(2, 0, 'throws', () => {
    setImmediate(resolve);
    throw new Error('boom');
  }));
  await new Promise((r) => setImmediate(r));
  assert.equal(fired, false);
  assert.deepEqual(errors, ['throws']);
});

test('RPC statistics count per type (with slurmctld\'s number) and per user', () => {
  const stats = new RpcStats();
  stats.record('alice', 'REQUEST_PING', process.hrtime.bigint());
  stats.record('alice', 'REQUEST_JOB_INFO', process.hrtime.bigint());
  stats.record('bob', 'REQUEST_PING', process.hrtime.bigint());
  assert.deepEqual([stats.byType.get('REQUEST_PING')?.count, stats.byType.get('REQUEST_PING')?.typeId], [2, 1008]);
  assert.deepEqual([stats.byUser.get('alice')?.count, stats.byUser.get('bob')?.count], [2, 1]);
});
