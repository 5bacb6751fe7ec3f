// Contract scenarios for job arrays (src/backends/local/array.ts): the local backend and a real
// SLURM 26.05 through the same gateway, asserting what the real slurmctld/slurmrestd shows
// (probed on the real cluster first): spec errors, the meta record and its task string, tasks
// split off with new job ids as they start, the %N throttle, SLURM_ARRAY_* and %A/%a, GET and
// DELETE of `<id>` and `<id>_<task>`, and dependencies on tasks and on whole arrays.
// The cluster of both targets is one node with 2 cpus: tasks of one cpu run two at a time.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { it } from 'node:test';
import { waitFor } from '../e2e/harness.ts';
import { compareLocalWithReal, contractSuite, n, RUN, settled, SLEEPER, UNSET } from './scenario-kit.ts';

const ARRAY_GET_WARNING = 'Job array Ids are not currently supported for job searches. Showing all jobs in array instead.';
/** slurmrestd's warnings, without the gateway's own (v0.0.42's deprecation notice). */
const arrayWarnings = (body: any): string[] => body.warnings.map((w: any) => w.description).filter((d: string) => !d.startsWith('API version'));

contractSuite('arrays', ({ target, version, get, del, keep, needVersion, submit, submitRaw, track }) => {
  /** GET job/{ref}: 200 and its records (the array's meta record first, then its tasks, most recent first). */
  const records = async (ref: number | string) => {
    const r = await get(`/job/${ref}`);
    assert.equal(r.status, 200, r.text);
    return r.body.jobs as any[];
  };
  const untilRecords = (ref: number | string, what: string, ok: (jobs: any[]) => boolean, ms = 300_000) =>
    waitFor(`array ${ref} ${what}`, async () => {
      const jobs = await records(ref);
      return ok(jobs) ? jobs : undefined;
    }, ms, 250);
  const trackAll = (jobs: any[]) => jobs.forEach((j) => track(j.job_id));

  it('array spec errors: 2081 "Invalid job array specification" as slurmctld (_valid_array_inx, MaxArraySize 1001)', async (t) => {
    if (!(await needVersion(t))) return;
    for (const array of ['1-', 'a', '5-1', '1-9:0', '1-9:x', '0-1001', '1001', '-5', '1:2', '1-3 ', '0x3', '1-9:1001']) {
      const r = await submitRaw({ hold: true, array, script: '#!/bin/bash\ntrue' });
      if (r.body?.job_id) track(r.body.job_id);
      assert.equal(r.status, 422, `${array}: ${r.text}`);
      assert.deepEqual(
        r.body.errors.map((e: any) => [e.error_number, e.error, e.description]),
        [[2081, 'Invalid job array specification', 'Batch job submission failed']],
        array,
      );
      if (array === '0-1001') keep('array spec error', r.body);
    }
  });

  it('a held array: one meta record, array_task_string as slurmrestd formats it, the throttle, slurm-%A_%a.out; cancelled whole', async (t) => {
    if (!(await needVersion(t))) return;
    const cases: Array<[string, string, number]> = [
      ['0-20:2', '0-20:2', 0],
      ['1-9:2', '1,3,5,7,9', 0],
      ['1-3,5,7-8%3', '1-3,5,7-8%3', 3],
      ['1,,3', '1,3', 0],
      ['%2', '0%2', 2],
      ['0-1000', '0-1000', 0],
      ['1-1000:1000', '1', 0],
    ];
    for (const [array, shown, max] of cases) {
      // No standard_output: an array's default is slurm-%A_%a.out.
      const id = await submit({ hold: true, array, standard_output: undefined, script: '#!/bin/bash\ntrue' });
      const jobs = await records(id);
      assert.equal(jobs.length, 1, array);
      const [meta] = jobs;
      assert.equal(meta.job_id, id);
      assert.deepEqual(meta.array_job_id, n(id), array);
      assert.deepEqual(meta.array_task_id, UNSET, array);
      assert.equal(meta.array_task_string, shown, array);
      assert.deepEqual(meta.array_max_tasks, n(max), array);
      assert.equal(meta.state_reason, 'JobHeldUser');
      // v0.0.42 shows standard_output expanded and has no stdout_expanded.
      assert.equal(meta.standard_output, version === 'v0.0.43' ? 'slurm-%A_%a.out' : `/tmp/slurm-${id}_4294967294.out`);
      if (version === 'v0.0.43') assert.equal(meta.stdout_expanded, `/tmp/slurm-${id}_4294967294.out`);
      if (array === '1-3,5,7-8%3') keep('held array', { ...(await get(`/job/${id}`)).body });
    }
    // "" and "," make no array at all.
    for (const array of ['', ',']) {
      const id = await submit({ hold: true, array, script: '#!/bin/bash\ntrue' });
      const [job] = await records(id);
      assert.deepEqual(job.array_job_id, n(0), `[${array}]`);
      assert.equal(job.array_task_string, '');
    }
    // The whole held array cancelled: one CANCELLED record, still showing its tasks (as the real one does after DELETE).
    const id = await submit({ hold: true, array: '1-4%2', script: '#!/bin/bash\ntrue' });
    const d = await del(`/job/${id}`);
    assert.equal(d.status, 200, d.text);
    assert.deepEqual(d.body.status, []);
    const [meta] = await untilRecords(id, 'cancelled', (jobs) => jobs.every(settled));
    assert.deepEqual(meta.job_state, ['CANCELLED']);
    assert.equal(meta.array_task_string, '1-4%2');
    assert.deepEqual(meta.array_task_id, UNSET);
    assert.deepEqual(meta.array_max_tasks, n(2));
    keep('held array cancelled', (await get(`/job/${id}`)).body);
  });

  it('tasks run: each split off with a new job id, the last one is the meta record; SLURM_ARRAY_* and %A/%a; GET <id>_<task>', async (t) => {
    if (!(await needVersion(t))) return;
    const pattern = `/tmp/s3m-contract-${RUN}-%A_%a.out`;
    const id = await submit({
      array: '1-7:3',
      standard_output: pattern,
      script: '#!/bin/bash\nenv | grep ^SLURM_ARRAY_ | sort\necho SLURM_JOB_ID=$SLURM_JOB_ID',
    });
    const jobs = await untilRecords(id, 'all three tasks ended', (js) => js.length === 3 && js.every(settled));
    trackAll(jobs);
    // The array's own id first (it ran the last task), then the split-off tasks, most recent first.
    assert.equal(jobs[0].job_id, id);
    assert.deepEqual(jobs.map((j) => j.array_task_id), [n(7), n(4), n(1)]);
    assert.ok(jobs[1].job_id > id && jobs[2].job_id > id && jobs[1].job_id > jobs[2].job_id, JSON.stringify(jobs.map((j) => j.job_id)));
    for (const j of jobs) {
      assert.deepEqual(j.array_job_id, n(id));
      assert.deepEqual(j.job_state, ['COMPLETED']);
      assert.equal(j.array_task_string, '');
      const expanded = `/tmp/s3m-contract-${RUN}-${id}_${j.array_task_id.number}.out`;
      assert.equal(version === 'v0.0.43' ? j.stdout_expanded : j.standard_output, expanded);
      const file = target.hostPath(expanded);
      await waitFor(`${file} written`, async () => (existsSync(file) && readFileSync(file, 'utf8').includes('SLURM_JOB_ID=') ? true : undefined));
      const out = readFileSync(file, 'utf8');
      rmSync(file, { force: true });
      const task = j.array_task_id.number;
      assert.equal(
        out,
        `SLURM_ARRAY_JOB_ID=${id}\nSLURM_ARRAY_TASK_COUNT=3\nSLURM_ARRAY_TASK_ID=${task}\nSLURM_ARRAY_TASK_MAX=7\nSLURM_ARRAY_TASK_MIN=1\nSLURM_ARRAY_TASK_STEP=3\nSLURM_JOB_ID=${j.job_id}\n`,
      );
    }
    keep('array ended', (await get(`/job/${id}`)).body);
    // A task by its own id: that record alone.
    const own = await records(jobs[2].job_id);
    assert.deepEqual(own.map((j) => j.job_id), [jobs[2].job_id]);
    // <id>_<task> (any task, even one the array does not have): the whole array, with slurmrestd's warning.
    for (const ref of [`${id}_4`, `${id}_99`]) {
      const r = await get(`/job/${ref}`);
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(r.body.jobs.map((j: any) => j.job_id), jobs.map((j) => j.job_id));
      assert.deepEqual(arrayWarnings(r.body), [ARRAY_GET_WARNING]);
      if (ref === `${id}_4`) keep('GET array task', r.body);
    }
    // An array that does not exist: 404, the warning and "Unable to query JobId=<id>_<task>".
    const missing = await get(`/job/${id + 100000}_1`);
    assert.equal(missing.status, 404, missing.text);
    assert.deepEqual(missing.body.errors.map((e: any) => [e.error_number, e.description]), [[2017, `Unable to query JobId=${id + 100000}_1`]]);
    assert.deepEqual(arrayWarnings(missing.body), [ARRAY_GET_WARNING]);
    // Not a job id: refused by slurmrestd's parser.
    for (const bad of [`${id}_abc`, `${id}_`, `_${id}`]) {
      const r = await get(`/job/${bad}`);
      assert.equal(r.status, 422, `${bad}: ${r.text}`);
    }
  });

  it('%1 throttle: one task runs, the meta record waits JobArrayTaskLimit; DELETE one pending task, one running task, the whole array', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await submit({ array: '1-4%1', script: SLEEPER });
    const first = await untilRecords(id, 'one task running', (js) => js.length === 2 && js[1].job_state[0] === 'RUNNING' && js[0].state_reason === 'JobArrayTaskLimit');
    trackAll(first);
    const [meta, task1] = first;
    assert.equal(meta.job_id, id);
    assert.deepEqual(meta.job_state, ['PENDING']);
    assert.equal(meta.array_task_string, '2-4%1');
    assert.deepEqual(meta.array_task_id, UNSET);
    assert.deepEqual(meta.array_max_tasks, n(1));
    assert.notEqual(task1.job_id, id);
    assert.deepEqual(task1.array_task_id, n(1));
    assert.deepEqual(task1.array_max_tasks, n(1));
    assert.equal(task1.array_task_string, '');
    keep('throttled array', (await get(`/job/${id}`)).body);

    // A task not started: it leaves the meta record, nothing is listed.
    const d2 = await del(`/job/${id}_2`);
    assert.equal(d2.status, 200, d2.text);
    assert.deepEqual(d2.body.status, []);
    let jobs = await records(id);
    assert.equal(jobs[0].array_task_string, '3-4%1');
    assert.equal(jobs.length, 2);

    // The running task by <id>_<task>: cancelled; the next task starts.
    const d1 = await del(`/job/${id}_1`);
    assert.equal(d1.status, 200, d1.text);
    assert.deepEqual(d1.body.status, []);
    jobs = await untilRecords(id, 'task 3 running', (js) => js.some((j) => j.array_task_id.number === 3 && j.job_state[0] === 'RUNNING'));
    trackAll(jobs);
    assert.deepEqual(jobs.find((j) => j.job_id === task1.job_id).job_state, ['CANCELLED']);
    assert.equal(jobs[0].array_task_string, '4%1');

    // A task already ended: 2021, named <id>_<task>, with the task's own job id.
    const again = await del(`/job/${id}_1`);
    assert.deepEqual(again.body.status.map((s: any) => [s.error.code, s.step_id, s.job_id]), [[2021, `${id}_1`, n(task1.job_id)]]);
    keep('cancel ended task', again.body);
    // A task the array never had: 2017, as for an unknown job.
    const none = await del(`/job/${id}_99`);
    assert.deepEqual(none.body.status.map((s: any) => [s.error.code, s.step_id, s.job_id]), [[2017, `${id}_99`, UNSET]]);

    // The whole array: the running task and the meta record cancelled; the ended task listed with 2021.
    const all = await del(`/job/${id}`);
    assert.equal(all.status, 200, all.text);
    assert.deepEqual(all.body.status.map((s: any) => [s.error.code, s.step_id, s.job_id]), [[2021, `${id}_1`, n(task1.job_id)]]);
    jobs = await untilRecords(id, 'all cancelled', (js) => js.every(settled));
    for (const j of jobs) assert.deepEqual(j.job_state, ['CANCELLED'], JSON.stringify(j.job_id));
    assert.equal(jobs[0].array_task_string, '4%1');
    keep('array cancelled', (await get(`/job/${id}`)).body);
  });

  it('dependencies on arrays: <id>_<task>, <id> (the whole array, shown <id>_*), a task the array lacks (2038); satisfied as tasks end', async (t) => {
    if (!(await needVersion(t))) return;
    const held = await submit({ hold: true, array: '1-2', script: '#!/bin/bash\ntrue' });
    const dep = async (dependency: string) => {
      const id = await submit({ hold: true, dependency, script: '#!/bin/bash\ntrue' });
      return (await records(id))[0].dependency;
    };
    assert.equal(await dep(`afterok:${held}_2`), `afterok:${held}_2(unfulfilled)`);
    assert.equal(await dep(`afterany:${held}`), `afterany:${held}_*(unfulfilled)`);
    assert.equal(await dep(`afterok:${held}_*`), `afterok:${held}_*(unfulfilled)`);
    assert.equal(await dep(`afterany:${held}_[1-2]`), `afterany:${held}_1(unfulfilled),afterany:${held}_2(unfulfilled)`);
    const bad = await submitRaw({ hold: true, dependency: `afterok:${held}_9`, script: '#!/bin/bash\ntrue' });
    if (bad.body?.job_id) track(bad.body.job_id);
    assert.equal(bad.status, 422, bad.text);
    assert.deepEqual(bad.body.errors.map((e: any) => e.error_number), [2038]);

    // A running array, and jobs waiting on one task and on the whole array.
    const arr = await submit({ array: '1-2', script: '#!/bin/bash\nsleep 2' });
    const onTask = await submit({ dependency: `afterok:${arr}_1`, script: '#!/bin/bash\ntrue' });
    const onAll = await submit({ dependency: `afterok:${arr}`, script: '#!/bin/bash\ntrue' });
    const never = await submit({ dependency: `afternotok:${arr}`, script: '#!/bin/bash\ntrue' });
    const waiting = await records(onAll);
    assert.equal(waiting[0].state_reason, 'Dependency');
    assert.equal(waiting[0].dependency, `afterok:${arr}_*(unfulfilled)`);
    const [a] = await untilRecords(onTask, 'completed', (js) => js.every(settled));
    assert.deepEqual(a.job_state, ['COMPLETED']);
    const [b] = await untilRecords(onAll, 'completed', (js) => js.every(settled));
    assert.deepEqual(b.job_state, ['COMPLETED']);
    trackAll(await records(arr));
    const [c] = await untilRecords(never, 'never satisfied', (js) => js[0].state_reason === 'DependencyNeverSatisfied');
    assert.equal(c.dependency, `afternotok:${arr}_*(failed)`);
    keep('dependency never satisfied', (await get(`/job/${never}`)).body);
  });
});

compareLocalWithReal(
  'arrays',
  ['array spec error', 'held array', 'held array cancelled', 'array ended', 'GET array task', 'throttled array', 'cancel ended task', 'array cancelled', 'dependency never satisfied'],
  [
    // The output files name the run's ids.
    /^jobs\[\d+\]\.stdout_expanded$/,
  ],
);
