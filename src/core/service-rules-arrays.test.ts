// Job array ids ("<id>_<task>", as slurmrestd takes them) through ComputeService: passed to the
// backend as they are for the caller's own project, and another project's array answers exactly
// as a missing one, for GET and DELETE alike (the project check is not weakened by the new form).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceOverFake } from '../../test/support/compute-service.ts';
import { FakeBackend, jobInfo } from '../../test/support/fake-backend.ts';
import type { BackendContext, BackendReply } from '../backends/backend.ts';
import { unknownJobBody } from '../contract/job-replies.ts';
import type { JobsResponse } from '../contract/model.ts';

const WARNING = { description: 'Job array Ids are not currently supported for job searches. Showing all jobs in array instead.', source: '_handle_job_get' };

/** A backend holding array 201 of project B (meta record 201, task 1 as job 205) that answers `<id>_<task>` like slurmrestd. */
class ArrayBackend extends FakeBackend {
  constructor() {
    super([
      jobInfo({ job_id: 201, account: 'projb', array_job_id: { set: true, infinite: false, number: 201 }, array_task_string: '2-3' }),
      jobInfo({ job_id: 205, account: 'projb', array_job_id: { set: true, infinite: false, number: 201 }, array_task_id: { set: true, infinite: false, number: 1 } }),
    ]);
  }

  override async job(ctx: BackendContext, jobId: string): Promise<BackendReply<JobsResponse>> {
    const m = /^(\d+)_\d+$/.exec(jobId);
    if (!m) return super.job(ctx, jobId);
    this.calls.push({ op: 'job', ctx, jobId });
    const records = [...this.jobsById.values()].filter((j) => (j.array_job_id as { number: number }).number === Number(m[1]));
    const meta = (await super.job(ctx, '201')).body.meta ?? {};
    if (records.length === 0) return { status: 404, body: unknownJobBody(meta, jobId) };
    return { status: 200, body: { jobs: records, last_backfill: { set: true, infinite: false, number: 0 }, last_update: { set: true, infinite: false, number: 0 }, meta, errors: [], warnings: [WARNING] } };
  }
}

describe('array task ids (<id>_<task>) through the service', () => {
  it('GET: the own project gets the array; another project gets what a missing array gets', async () => {
    const { service, call } = serviceOverFake({}, undefined, new ArrayBackend());
    const own = await service.job(call('tok-b'), '201_1');
    assert.equal(own.status, 200);
    assert.deepEqual(own.body.jobs.map((j) => j.job_id), [201, 205]);
    const foreign = await service.job(call('tok-a'), '201_1');
    const missing = await service.job(call('tok-a'), '999_1');
    assert.equal(foreign.status, 404);
    assert.deepEqual(foreign.body.jobs, []);
    assert.equal(JSON.stringify(foreign.body).replaceAll('201_1', 'ID'), JSON.stringify(missing.body).replaceAll('999_1', 'ID'));
    assert.deepEqual(foreign.body.warnings, [WARNING]);
  });

  it('DELETE: another project’s array task is not cancelled and answers 2017 like a missing one; the own project’s reaches the backend as <id>_<task>', async () => {
    const backend = new ArrayBackend();
    const { service, call } = serviceOverFake({}, undefined, backend);
    const foreign = await service.cancel(call('tok-a'), '201_1', {});
    const missing = await service.cancel(call('tok-a'), '999_1', {});
    assert.equal(foreign.status, 200);
    assert.deepEqual(foreign.body.status?.[0]?.error?.code, 2017);
    assert.equal(JSON.stringify(foreign.body.status).replaceAll('201_1', 'ID'), JSON.stringify(missing.body.status).replaceAll('999_1', 'ID'));
    assert.deepEqual(backend.callsOf('cancel'), []);
    assert.equal((await service.cancel(call('tok-b'), '201_1', {})).status, 200);
    assert.deepEqual(backend.callsOf('cancel').map((c) => c.jobId), ['201_1']);
  });
});
