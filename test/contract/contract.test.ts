// Contract suite, the gateway's own operations: the same scenarios, through the real gateway with
// real curl, against the embedded local backend (always) and against a real SLURM 26.05 behind a
// `slurmrestd` resource (scenario-kit.ts says how). Every expectation below is what the real
// slurmctld/slurmrestd shows, so the local backend is held to it; the last describe compares the
// local bodies with the real ones. harness.ts's curl validates every body against the spec of its
// version as well. The local backend's other areas have suites of their own beside this one.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { curl, waitFor, type CurlResult } from '../e2e/harness.ts';
import { compareLocalWithReal, contractSuite, EXIT_SUCCESS, exitError, exitSignaled, n, RUN, settled, SLEEPER } from './scenario-kit.ts';
import { PROJECT } from './targets.ts';

contractSuite('operations', ({ target, url, get, del, keep, needVersion, submit, track, job, until, untilSettled, runningJob }) => {
  it('ping, partitions, nodes, reservations, diag answer 200 with the cluster of scripts/real-slurm.sh', async (t) => {
    if (!(await needVersion(t))) return;
    const ping = await get('/ping');
    assert.equal(ping.status, 200, ping.text);
    assert.equal(ping.body.pings[0].pinged, 'UP');
    assert.equal(ping.body.pings[0].responding, true);
    assert.equal(ping.body.meta.slurm.cluster, 'gwtest');
    keep('ping', ping.body);

    const parts = await get('/partitions');
    assert.equal(parts.status, 200, parts.text);
    const byName = new Map(parts.body.partitions.map((p: any) => [p.name, p]));
    assert.deepEqual([...byName.keys()].sort(), ['batch-cpu', 'debug']);
    assert.deepEqual((byName.get('batch-cpu') as any).maximums.time, { set: false, infinite: true, number: 0 });
    assert.deepEqual((byName.get('debug') as any).maximums.time, n(60));
    assert.deepEqual((byName.get('batch-cpu') as any).defaults.time, n(60));
    assert.deepEqual((byName.get('debug') as any).defaults.time, n(10));
    assert.deepEqual((byName.get('debug') as any).partition.state, ['UP']);
    keep('partitions', parts.body);

    const nodes = await get('/nodes');
    assert.equal(nodes.status, 200, nodes.text);
    assert.equal(nodes.body.nodes.length, 1);
    assert.deepEqual(nodes.body.nodes[0].partitions, ['batch-cpu', 'debug']);
    assert.ok(Array.isArray(nodes.body.nodes[0].state));
    keep('nodes', nodes.body);

    const resv = await get('/reservations');
    assert.equal(resv.status, 200, resv.text);
    const maint = resv.body.reservations.find((r: any) => r.name === 'gw-maint');
    assert.ok(maint, 'reservation gw-maint');
    assert.ok(maint.flags.includes('MAINT'), JSON.stringify(maint.flags));
    assert.equal(maint.node_count, 1);
    assert.ok(maint.start_time.number > Date.now() / 1000, 'gw-maint starts in the future');
    keep('reservations', resv.body);

    const diag = await get('/diag');
    assert.equal(diag.status, 200, diag.text);
    assert.equal(typeof diag.body.statistics.jobs_submitted, 'number');
    keep('diag', diag.body);
  });

  it('submit → 200 {job_id, step_id: batch}; visible in /jobs; PENDING/RUNNING → COMPLETED, exit code 0', async (t) => {
    if (!(await needVersion(t))) return;
    const r = await curl(url('/job/submit'), {
      method: 'POST',
      headerFile: target.header,
      // No account: the gateway submits with the token's project.
      json: { job: { name: `contract-${RUN}-ok`, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null', script: '#!/bin/bash\necho hello' } },
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(Object.keys(r.body).filter((k) => !['meta', 'errors', 'warnings'].includes(k)).sort(), ['job_id', 'job_submit_user_msg', 'step_id']);
    assert.equal(r.body.job_submit_user_msg, '');
    assert.deepEqual(r.body.errors, []);
    keep('submit', r.body);
    const id: number = r.body.job_id;
    track(id);

    const list = await get('/jobs');
    assert.equal(list.status, 200, list.text);
    const listed = list.body.jobs.find((j: any) => j.job_id === id);
    assert.ok(listed, `job ${id} in /jobs`);
    assert.ok(list.body.jobs.every((j: any) => j.account === PROJECT), 'only the project’s jobs');
    assert.equal(listed.account, PROJECT);
    assert.equal(listed.user_name, target.jobUser);
    assert.ok(['PENDING', 'RUNNING', 'COMPLETED'].includes(listed.job_state[0]), listed.job_state);

    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['COMPLETED']);
    assert.equal(done.state_reason, 'None');
    assert.deepEqual(done.exit_code, EXIT_SUCCESS);
    assert.deepEqual(done.derived_exit_code, EXIT_SUCCESS);
    assert.ok(done.end_time.number >= done.start_time.number && done.start_time.number >= done.submit_time.number);
    assert.equal(done.batch_flag, true);
    assert.equal(done.name, `contract-${RUN}-ok`);
    keep('job completed', (await get(`/job/${id}`)).body);
    // The list as it shows the finished job (other jobs in it are in whatever state they are
    // in). The gateway caches /jobs and job/{id} separately, each for a short TTL, so the
    // list may still show the job running for up to that TTL after job/{id} showed it done.
    const after = await waitFor(`job ${id} COMPLETED in /jobs`, async () => {
      const l = await get('/jobs');
      assert.equal(l.status, 200, l.text);
      return l.body.jobs.find((j: any) => j.job_id === id)?.job_state[0] === 'COMPLETED' ? l : undefined;
    });
    keep('jobs', { ...after.body, jobs: after.body.jobs.filter((j: any) => j.job_id === id) });
  });

  it('a failing script → FAILED NonZeroExitCode with its exit code', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await submit({ script: '#!/bin/bash\nexit 3' });
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.equal(done.state_reason, 'NonZeroExitCode');
    assert.deepEqual(done.exit_code, exitError(3));
    keep('job failed', (await get(`/job/${id}`)).body);
  });

  it('hold: PENDING JobHeldUser, hold true, priority 0; SIGINT → 200 with status error 2020 and still PENDING; DELETE → CANCELLED keeping its reason', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await submit({ hold: true, script: '#!/bin/bash\ntrue' });
    const held = await until(id, 'JobHeldUser', (j) => j.state_reason === 'JobHeldUser');
    assert.deepEqual(held.job_state, ['PENDING']);
    assert.equal(held.hold, true);
    assert.deepEqual(held.priority, n(0));
    assert.equal(held.job_resources, null);
    assert.deepEqual(held.exit_code, EXIT_SUCCESS);
    assert.deepEqual(held.start_time, n(0));
    keep('job held', (await get(`/job/${id}`)).body);

    // slurmctld signals only running jobs: another signal is refused for a pending one.
    const sig = await del(`/job/${id}?signal=SIGINT`);
    assert.equal(sig.status, 200, sig.text);
    assert.deepEqual(sig.body.errors, []);
    assert.equal(sig.body.status.length, 1);
    assert.deepEqual(sig.body.status[0].error, { string: 'Job can not be altered now, try again later', code: 2020, message: 'Job can not be altered now, try again later' });
    assert.equal(sig.body.status[0].step_id, String(id));
    assert.deepEqual(sig.body.status[0].job_id, n(id));
    keep('cancel pending with SIGINT', sig.body);
    assert.deepEqual((await job(id)).job_state, ['PENDING']);

    const c = await del(`/job/${id}`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(c.body.status, []);
    assert.deepEqual(c.body.errors, []);
    keep('cancel', c.body);
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['CANCELLED']);
    assert.equal(done.state_reason, 'JobHeldUser');
    assert.deepEqual(done.exit_code, EXIT_SUCCESS);
    assert.ok(done.start_time.number > 0 && done.start_time.number === done.end_time.number, 'a cancelled pending job: start_time = end_time = cancel time');
    keep('job cancelled while held', (await get(`/job/${id}`)).body);
  });

  it('time_limit over the partition MaxTime: accepted, PENDING PartitionTimeLimit; ?signal=SIGKILL cancels a pending job', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await submit({ partition: 'debug', time_limit: n(120), script: '#!/bin/bash\ntrue' });
    const pending = await until(id, 'PartitionTimeLimit', (j) => j.state_reason === 'PartitionTimeLimit');
    assert.deepEqual(pending.job_state, ['PENDING']);
    assert.deepEqual(pending.time_limit, n(120));
    assert.equal(pending.partition, 'debug');
    keep('job PartitionTimeLimit', (await get(`/job/${id}`)).body);
    const c = await del(`/job/${id}?signal=SIGKILL`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(c.body.status, []);
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['CANCELLED']);
    assert.equal(done.state_reason, 'PartitionTimeLimit');
    assert.deepEqual(done.exit_code, EXIT_SUCCESS);
    keep('job cancelled while PartitionTimeLimit', (await get(`/job/${id}`)).body);
  });

  it('DELETE of a running job without a signal → CANCELLED, exit_code SIGNALED TERM; DELETE again → 200 with status error 2021', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await runningJob(SLEEPER);
    const running = await job(id);
    assert.deepEqual(running.job_state, ['RUNNING']);
    assert.notEqual(running.job_resources, null);
    assert.ok(running.end_time.number > running.start_time.number, 'end_time of a running job is when its time limit ends it');
    keep('job running', (await get(`/job/${id}`)).body);
    const c = await del(`/job/${id}`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(c.body.status, []);
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['CANCELLED']);
    assert.equal(done.state_reason, 'None');
    assert.deepEqual(done.exit_code, exitSignaled(15, 'TERM'));
    keep('job cancelled while running', (await get(`/job/${id}`)).body);

    const again = await del(`/job/${id}`);
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.body.errors, []);
    assert.deepEqual(again.body.status[0].error, { string: 'Job/step already completing or completed', code: 2021, message: 'Job/step already completing or completed' });
    assert.equal(again.body.status[0].step_id, String(id));
    assert.deepEqual(again.body.status[0].job_id, n(id));
    keep('cancel finished job', again.body);
  });

  it('DELETE ?signal=SIGKILL of a running job is the same full kill: CANCELLED, exit_code SIGNALED TERM', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await runningJob(SLEEPER);
    const c = await del(`/job/${id}?signal=SIGKILL`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(c.body.status, []);
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['CANCELLED']);
    assert.deepEqual(done.exit_code, exitSignaled(15, 'TERM'));
  });

  it('DELETE ?signal=SIGINT of a running job delivers SIGINT: the script dies of it → FAILED RaisedSignal, SIGNALED INT', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await runningJob(SLEEPER);
    const c = await del(`/job/${id}?signal=SIGINT`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(c.body.status, []);
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.equal(done.state_reason, 'RaisedSignal');
    assert.equal(done.state_description, 'RaisedSignal:2(Interrupt)');
    assert.deepEqual(done.exit_code, exitSignaled(2, 'INT'));
    keep('job killed by SIGINT', (await get(`/job/${id}`)).body);
  });

  it('DELETE ?signal=USR1 to a script that traps it and exits 7 → FAILED NonZeroExitCode 7', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await runningJob('#!/bin/bash\ntrap "exit 7" USR1\necho ready\nsleep 300 &\nwait');
    const c = await del(`/job/${id}?signal=USR1`);
    assert.equal(c.status, 200, c.text);
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.equal(done.state_reason, 'NonZeroExitCode');
    assert.deepEqual(done.exit_code, exitError(7));
  });

  it('dependencies: afterok/afternotok/afterany and lists pend "Dependency" with the string slurmctld shows; the parent cancelled while pending: afterok DependencyNeverSatisfied (PENDING, no cascade), afternotok and ? run; a cancelled dependent keeps its reason and string', async (t) => {
    if (!(await needVersion(t))) return;
    // The parent is held: it never runs, so nothing here waits on the (shared) real node.
    const parent = await submit({ hold: true, script: '#!/bin/bash\ntrue' });
    const ok = await submit({ script: '#!/bin/bash\ntrue', dependency: `afterok:${parent}` });
    const notok = await submit({ script: '#!/bin/bash\ntrue', dependency: `afternotok:${parent}` });
    const list = await submit({ script: '#!/bin/bash\ntrue', dependency: `afterok:${parent}:${parent},afterany:${parent}` });
    const either = await submit({ script: '#!/bin/bash\ntrue', dependency: `afterok:${parent}?afternotok:${parent}` });
    const pending = await until(ok, 'Dependency', (j) => j.state_reason === 'Dependency');
    assert.deepEqual(pending.job_state, ['PENDING']);
    assert.equal(pending.dependency, `afterok:${parent}(unfulfilled)`);
    assert.ok(pending.flags.includes('DEPENDENT'), JSON.stringify(pending.flags));
    assert.deepEqual(pending.eligible_time, n(0));
    keep('job dependency pending', (await get(`/job/${ok}`)).body);
    assert.equal((await until(notok, 'Dependency', (j) => j.state_reason === 'Dependency')).dependency, `afternotok:${parent}(unfulfilled)`);
    assert.equal((await until(list, 'Dependency', (j) => j.state_reason === 'Dependency')).dependency, `afterok:${parent}(unfulfilled),afterany:${parent}(unfulfilled)`, 'duplicates dropped');
    assert.equal((await until(either, 'Dependency', (j) => j.state_reason === 'Dependency')).dependency, `afterok:${parent}(unfulfilled)?afternotok:${parent}(unfulfilled)`);

    assert.equal((await del(`/job/${parent}`)).status, 200);
    // Real slurmctld tests dependencies of jobs whose parent never ran on its periodic pass (~30 s).
    const never = await until(ok, 'DependencyNeverSatisfied', (j) => j.state_reason === 'DependencyNeverSatisfied', 180_000);
    assert.deepEqual(never.job_state, ['PENDING']);
    assert.equal(never.dependency, `afterok:${parent}(failed)`);
    assert.ok(never.flags.includes('DEPENDENT'), JSON.stringify(never.flags));
    keep('job dependency never satisfied', (await get(`/job/${ok}`)).body);
    const listNever = await until(list, 'DependencyNeverSatisfied', (j) => j.state_reason === 'DependencyNeverSatisfied', 180_000);
    assert.equal(listNever.dependency, `afterok:${parent}(failed)`, 'the fulfilled afterany is no longer shown');

    for (const id of [notok, either]) {
      const done = await until(id, 'settled', settled, 180_000);
      assert.deepEqual(done.job_state, ['COMPLETED']);
      assert.equal(done.dependency, '');
      assert.ok(!done.flags.includes('DEPENDENT'), JSON.stringify(done.flags));
      assert.ok(done.eligible_time.number > 0);
    }
    keep('job dependency fulfilled', (await get(`/job/${notok}`)).body);

    const c = await del(`/job/${ok}`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(c.body.status, []);
    const cancelled = await untilSettled(ok);
    assert.deepEqual(cancelled.job_state, ['CANCELLED']);
    assert.equal(cancelled.state_reason, 'DependencyNeverSatisfied');
    assert.equal(cancelled.dependency, `afterok:${parent}(failed)`);
    keep('job dependency cancelled', (await get(`/job/${ok}`)).body);
    await del(`/job/${list}`);
  });

  it('dependencies on a finished job: afterok runs, afternotok is never satisfied at once; submit errors 2038 (unknown job for afterok, malformed spec) and 2036 (expand)', async (t) => {
    if (!(await needVersion(t))) return;
    const parent = await submit({ script: '#!/bin/bash\ntrue' });
    assert.deepEqual((await until(parent, 'settled', settled, 180_000)).job_state, ['COMPLETED']);
    const notok = await submit({ script: '#!/bin/bash\ntrue', dependency: `afternotok:${parent}` });
    const never = await until(notok, 'DependencyNeverSatisfied', (j) => j.state_reason === 'DependencyNeverSatisfied');
    assert.deepEqual(never.job_state, ['PENDING']);
    assert.equal(never.dependency, `afternotok:${parent}(failed)`);
    const ok = await submit({ script: '#!/bin/bash\ntrue', dependency: `afterok:${parent}` });
    const done = await until(ok, 'settled', settled, 180_000);
    assert.deepEqual(done.job_state, ['COMPLETED']);
    assert.equal(done.dependency, '');
    // An array task of a job that is no array: no such job; afterany on it holds at once.
    const task = await submit({ script: '#!/bin/bash\ntrue', dependency: `afterany:${parent}_[1-2]` });
    const taskDone = await until(task, 'settled', settled, 180_000);
    assert.deepEqual(taskDone.job_state, ['COMPLETED']);
    assert.equal(taskDone.dependency, '');
    await del(`/job/${notok}`);

    const submitRaw = (job: Record<string, unknown>) =>
      curl(url('/job/submit'), { method: 'POST', headerFile: target.header, json: { job: { name: `contract-${RUN}-bad`, account: PROJECT, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\ntrue', ...job } } });
    const expect = async (dependency: string, error_number: number, error: string, key?: string) => {
      const r = await submitRaw({ dependency });
      assert.equal(r.status, 422, `${dependency}: ${r.text}`);
      assert.equal(r.body.errors.length, 1, r.text);
      assert.deepEqual(
        { error_number: r.body.errors[0].error_number, error: r.body.errors[0].error, description: r.body.errors[0].description, source: r.body.errors[0].source },
        { error_number, error, description: 'Batch job submission failed', source: 'slurm_submit_batch_job()' },
        dependency,
      );
      if (key) keep(key, r.body);
    };
    const unknownId = 60_000_000 + Math.floor(Math.random() * 5_000_000);
    await expect(`afterok:${unknownId}`, 2038, 'Job dependency problem', 'error dependency on unknown job');
    await expect(`afternotok:${unknownId}`, 2038, 'Job dependency problem');
    await expect('afterok:abc', 2038, 'Job dependency problem', 'error malformed dependency');
    for (const bad of [`afterok:${parent},`, `afterok:${parent}?afterok:${parent},afterany:${parent}`, `after:${parent}+0`, `afterok:${parent}_1`, 'nosuch:1', 'singleton:1']) await expect(bad, 2038, 'Job dependency problem');
    await expect(`expand:${parent}`, 2036, 'Requested operation not supported on this system');
  });

  it('errors: unknown partition 422/2000, missing script 422/9000, unknown job GET 404/2017, job id 0 422/9000, id over MAX_JOB_ID 404/2017, unknown job DELETE 200 with status error 2017', async (t) => {
    if (!(await needVersion(t))) return;
    const expectError = (r: CurlResult, status: number, error: Record<string, unknown>) => {
      assert.equal(r.status, status, r.text);
      assert.equal(r.body.errors.length, 1, r.text);
      for (const [k, v] of Object.entries(error)) assert.equal(r.body.errors[0][k], v, `${k}: ${r.text}`);
    };
    const submitRaw = (job: Record<string, unknown>) =>
      curl(url('/job/submit'), { method: 'POST', headerFile: target.header, json: { job: { name: `contract-${RUN}-bad`, account: PROJECT, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], ...job } } });

    const badPartition = await submitRaw({ partition: 'no-such-partition', script: '#!/bin/bash\ntrue' });
    expectError(badPartition, 422, { error_number: 2000, error: 'Invalid partition name specified', description: 'Batch job submission failed', source: 'slurm_submit_batch_job()' });
    keep('error unknown partition', badPartition.body);

    const noScript = await submitRaw({});
    expectError(noScript, 422, { error_number: 9000, error: 'Query empty or not RFC7320 compliant', description: 'Populated "script" field is required for job submission', source: '_job_post' });
    keep('error missing script', noScript.body);

    // Below MAX_JOB_ID (0x03ff0000): larger ids get a different refusal ("Invalid JobID=N rejected").
    const unknownId = 60_000_000 + Math.floor(Math.random() * 5_000_000);
    const unknown = await get(`/job/${unknownId}`);
    expectError(unknown, 404, { error_number: 2017, error: 'Invalid job id specified', description: `Unable to query JobId=${unknownId}` });
    assert.deepEqual(unknown.body.jobs, []);
    keep('error unknown job', unknown.body);

    // Ids slurmrestd refuses by themselves: 0 (and NO_VAL-2 and above) → 422; MAX_JOB_ID and above → 404.
    const zero = await get('/job/0');
    expectError(zero, 422, { error_number: 9000, error: 'Query empty or not RFC7320 compliant', description: 'Rejecting request. Failure parsing parameters', source: 'op_handler_job' });
    keep('error job id 0', zero.body);
    const huge = await get('/job/3000000000');
    expectError(huge, 404, { error_number: 2017, error: 'Invalid job id specified', description: 'Invalid JobID=3000000000 rejected', source: 'op_handler_job' });
    keep('error job id over MAX_JOB_ID', huge.body);

    const unknownDel = await del(`/job/${unknownId}`);
    assert.equal(unknownDel.status, 200, unknownDel.text);
    assert.deepEqual(unknownDel.body.errors, []);
    assert.deepEqual(unknownDel.body.status[0].error, { string: 'Invalid job id specified', code: 2017, message: 'Invalid job id specified' });
    keep('cancel unknown job', unknownDel.body);
  });
});

compareLocalWithReal('operations', [
    'ping', 'partitions', 'nodes', 'reservations', 'diag', 'submit', 'jobs', 'job completed', 'job failed', 'job held',
    'cancel pending with SIGINT', 'cancel', 'job cancelled while held', 'job PartitionTimeLimit', 'job cancelled while PartitionTimeLimit', 'job running',
    'job cancelled while running', 'cancel finished job', 'job killed by SIGINT', 'job dependency pending', 'job dependency never satisfied',
    'job dependency fulfilled', 'job dependency cancelled', 'error dependency on unknown job', 'error malformed dependency', 'error unknown partition',
    'error missing script', 'error unknown job', 'error job id 0', 'error job id over MAX_JOB_ID', 'cancel unknown job',
]);
