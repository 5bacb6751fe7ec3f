// Finished jobs after slurmctld forgets them (MinJobAge), through ComputeService against a fake
// backend: GET job/{id} answers with the job's final record and GET jobs keeps listing it, with a
// warning saying where it came from; another project's purged job is still a missing job.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceOverFake } from '../../test/support/compute-service.ts';
import { FakeBackend } from '../../test/support/fake-backend.ts';
import type { JobsResponse } from '../contract/model.ts';
import { validateResponse } from '../contract/validate.ts';
import { translateReply } from '../contract/versions/index.ts';
import { openStore } from '../store/kysely/open-store.ts';
import { JobHistory } from './history/job-history.ts';
import { HistoryReplies } from './jobs/history-replies.ts';

const ids = (r: { body: JobsResponse }) => r.body.jobs.map((j) => j.job_id);

/** A fake cluster where job 101 (PROJA) and 201 (PROJB) have completed; `purge()` makes slurmctld forget them. */
async function setup(versions: Parameters<typeof serviceOverFake>[1] = undefined) {
  const backend = new FakeBackend();
  const now = Math.floor(Date.now() / 1000);
  for (const id of [101, 201]) {
    const j = backend.jobsById.get(id)!;
    backend.jobsById.set(id, { ...j, job_state: ['COMPLETED'], end_time: { set: true, infinite: false, number: now - 30 }, exit_code: { status: ['SUCCESS'], return_code: { set: true, infinite: false, number: 0 } } as never });
  }
  const store = await openStore({ type: 'sqlite', file: ':memory:' });
  const history = new JobHistory(store, { windowSeconds: 24 * 3600 });
  const s = serviceOverFake({ history: new HistoryReplies(history, 24) }, versions, backend);
  return { ...s, backend, history, store, purge: () => [101, 201].forEach((id) => backend.jobsById.delete(id)) };
}

describe('finished jobs slurmctld no longer lists', () => {
  for (const version of ['v0.0.43', 'v0.0.42']) {
    it(`${version}: GET job/{id} answers with the final record and a warning; the jobs list keeps it`, async () => {
      const { store, service, call, purge } = await setup();
      const before = await service.job(call('tok-a', { version }), '101');
      assert.deepEqual(before.body.warnings, [], 'while slurmctld lists it, its own answer');
      await service.jobs(call('tok-b', { version })); // any read that sees a settled job records it
      purge();
      const after = await service.job(call('tok-a', { version }), '101');
      assert.equal(after.status, 200);
      assert.deepEqual(after.body.jobs, before.body.jobs, 'the record is the job as slurmctld last showed it');
      assert.equal(after.body.warnings?.length, 1);
      assert.match(after.body.warnings?.[0]?.description ?? '', /^Job 101 ended at .* slurmctld no longer lists it \(MinJobAge\).*kept 24 h/);
      assert.deepEqual(after.body.meta?.client, { source: '10.0.0.7:40001', user: 'alice', group: 'PROJA' });
      assert.deepEqual(validateResponse(version as 'v0.0.43', 'job', 200, after.body).errors, []);
      const list = await service.jobs(call('tok-a', { version }));
      assert.deepEqual(ids(list), [102, 101]);
      assert.match((list.body.warnings ?? []).map((w) => w.description).join(' '), /1 finished job\(s\) that slurmctld no longer lists .*: 101$/);
      await store.close();
    });
  }

  it('a cluster answering in v0.0.45: the final record reads, in each client version, as the job did while slurmctld listed it', async () => {
    const { store, service, call, purge, backend } = await setup(['v0.0.43', 'v0.0.45']);
    // The fake speaks v0.0.43: its job reads are rendered as a v0.0.45 cluster's, tagged so.
    for (const op of ['job', 'jobs'] as const) {
      const inner = backend[op].bind(backend) as (...a: unknown[]) => Promise<{ status: number; body: unknown }>;
      Object.assign(backend, { [op]: async (...a: unknown[]) => {
        const r = await inner(...a);
        return { ...r, body: translateReply(op, r.status, r.body, 'v0.0.43', 'v0.0.45').body, version: 'v0.0.45' };
      } });
    }
    const versions = ['v0.0.43', 'v0.0.45'] as const;
    const before = await Promise.all(versions.map((version) => service.job(call('tok-a', { version }), '101')));
    await service.jobs(call('tok-b'));
    purge();
    for (const [i, version] of versions.entries()) {
      const after = await service.job(call('tok-a', { version }), '101');
      assert.equal(after.status, 200, version);
      assert.deepEqual(Object.keys(after.body.jobs[0]!), Object.keys(before[i]!.body.jobs[0]!), `${version}: the fields of the client's version, no other`);
      assert.equal(after.body.meta?.plugin?.data_parser, `data_parser/${version}`);
      assert.deepEqual(validateResponse(version, 'job', 200, after.body).errors, [], version);
      // Beside where the record came from, a v0.0.45 caller is told which of its fields the v0.0.43 record lacks.
      const told = (after.body.warnings ?? []).map((w) => w.description ?? '');
      if (version === 'v0.0.43') assert.equal(told.length, 1, told.join(' | '));
      else assert.ok(told.some((d) => /which has no .*job_info\/container_type.*: shown empty/.test(d)), told.join(' | '));
    }
    await store.close();
  });

  it("another project's purged job answers exactly like a missing one, and is not in its list", async () => {
    const { store, service, call, purge } = await setup();
    await service.jobs(call('tok-a'));
    purge();
    const foreign = await service.job(call('tok-a'), '201');
    const missing = await service.job(call('tok-a'), '999');
    assert.equal(foreign.status, 404);
    assert.equal(JSON.stringify(foreign.body).replaceAll('JobId=201', 'JobId=ID'), JSON.stringify(missing.body).replaceAll('JobId=999', 'JobId=ID'));
    assert.deepEqual(ids(await service.jobs(call('tok-a'))), [102, 101]);
    assert.deepEqual(ids(await service.jobs(call('tok-b'))), [201]);
    await store.close();
  });

  it("where the cluster has accounting, slurmdbd's record comes first; the gateway's own is the fallback", async () => {
    const { store, service, call, purge, backend } = await setup();
    await service.jobs(call('tok-a'));
    const asked: number[] = [];
    const accounted = { ...backend.jobsById.get(101)!, name: 'as-slurmdbd-has-it' };
    Object.assign(backend, {
      accountingJob: async (_ctx: unknown, id: number) => {
        asked.push(id);
        return id === 101 ? accounted : undefined;
      },
    });
    purge();
    const one = await service.job(call('tok-a'), '101');
    assert.deepEqual([one.status, one.body.jobs[0]?.name], [200, 'as-slurmdbd-has-it']);
    assert.deepEqual(one.body.warnings?.map((w) => w.source), ['s3m:history:slurmdbd']);
    assert.match(one.body.warnings?.[0]?.description ?? '', /its record from SLURM's accounting \(slurmdbd\)/);
    // slurmdbd does not know 201: the gateway's record answers, and for another project that is a 404.
    assert.equal((await service.job(call('tok-a'), '201')).status, 404);
    const own = await service.job(call('tok-b'), '201');
    assert.deepEqual([own.status, own.body.warnings?.map((w) => w.source)], [200, ['s3m:history']]);
    assert.deepEqual(asked, [101, 201, 201]);
    await store.close();
  });

  it('without history a purged job is a 404, as in SLURM', async () => {
    const backend = new FakeBackend();
    const { service, call } = serviceOverFake({}, undefined, backend);
    backend.jobsById.delete(101);
    assert.equal((await service.job(call('tok-a'), '101')).status, 404);
  });
});
