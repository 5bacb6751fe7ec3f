// Job life cycles through the real gateway: time limits, hold, partition limits, queueing and
// surviving a gateway restart. One time_limit "minute" lasts 1 s in this config (so defiant's
// batch-cpu gives a job 10 s by default and 60 s at most: a job that must outlive a test's steps
// runs on wombat or quokka, whose partitions have no time limit, and ends by the test).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JOB_CWD, curl, jobDir, startGateway, untilLine, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
let env: string;
const base = () => `${gw.url}/slurm/v0.0.43/defiant`;

async function submit(job: Record<string, unknown>, resource = 'defiant') {
  const res = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/submit`, {
    method: 'POST',
    headerFile: env,
    json: { job: { current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], ...job } },
  });
  assert.equal(res.status, 200, res.text);
  return res.body.job_id as number;
}
async function getJob(id: number, resource = 'defiant') {
  const res = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/${id}`, { headerFile: env });
  assert.equal(res.status, 200, res.text);
  return res.body.jobs[0];
}
const untilState = (id: number, state: string, resource = 'defiant', ms = 60_000) =>
  waitFor(`job ${id} ${state}`, async () => {
    const j = await getJob(id, resource);
    return j.job_state[0] === state ? j : undefined;
  }, ms);
/** The job once its processes are gone (no COMPLETING flag): its exit code is final. */
const untilEnded = (id: number, state: string, resource = 'defiant') =>
  waitFor(`job ${id} ${state}, processes ended`, async () => {
    const j = await getJob(id, resource);
    return j.job_state[0] === state && !j.job_state.includes('COMPLETING') ? j : undefined;
  });
/** A pending job once a scheduling cycle that started after its submission has looked at it. */
const untilEvaluated = (id: number) =>
  waitFor(`a scheduling cycle to evaluate job ${id}`, async () => {
    const j = await getJob(id);
    return j.last_sched_evaluation.number >= j.submit_time.number + 1 ? j : undefined;
  });

before(async () => {
  gw = await startGateway();
  env = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
});
after(async () => gw?.cleanup());

describe('job life cycle', () => {
  it('a failing script ends FAILED with its exit code', async () => {
    const id = await submit({ name: 'fails', script: '#!/bin/bash\nexit 3' });
    const j = await untilState(id, 'FAILED');
    assert.equal(j.state_reason, 'NonZeroExitCode');
    assert.deepEqual(j.exit_code.status, ['ERROR']);
    assert.equal(j.exit_code.return_code.number, 3);
  });

  it('time_limit is enforced: SIGTERM, grace, then TIMEOUT', async () => {
    const dir = jobDir('s3m-tl-');
    const id = await submit({ name: 'too-long', time_limit: { number: 1, set: true }, current_working_directory: dir, script: '#!/bin/bash\ntrap "echo got TERM; exit 143" TERM\nwhile true; do sleep 0.1; done' });
    const j = await untilState(id, 'TIMEOUT');
    assert.ok(j.end_time.number - j.start_time.number >= 1);
    // TIMEOUT is shown when the SIGTERM is sent; the trap writes its line when the script gets it.
    const out = join(dir, `slurm-${id}.out`);
    await waitFor('the script to log the SIGTERM', async () => (existsSync(out) && /got TERM/.test(readFileSync(out, 'utf8')) ? true : undefined));
  });

  it('a script that ignores SIGTERM is killed after the grace period', async () => {
    const id = await submit({ name: 'stubborn', time_limit: { number: 1, set: true }, script: '#!/bin/bash\ntrap "" TERM\nwhile true; do sleep 0.1; done' });
    const j = await untilEnded(id, 'TIMEOUT');
    assert.equal(j.state_reason, 'TimeLimit');
    // The script never ends by itself: SIGKILL, after KillWait, ended it.
    assert.deepEqual(j.exit_code.status, ['SIGNALED']);
    assert.equal(j.exit_code.signal.name, 'KILL');
    // Ended by its 1-second limit: not before it, and nowhere near the half minute that only a
    // limit taken as real minutes (or no limit) would give.
    const ran = j.end_time.number - j.start_time.number;
    assert.ok(ran >= 1 && ran < 30, `ran ${ran} s`);
  });

  it('hold: true stays PENDING with JobHeldUser, and can be cancelled', async () => {
    const id = await submit({ name: 'held', hold: true, script: '#!/bin/bash\ntrue' });
    // A job submitted after it, once a cycle that began after both submissions has looked at it.
    // (Over the partition's MaxTime, it stays pending too, and every cycle looks at it.)
    const later = await submit({ name: 'after-held', partition: 'debug', time_limit: { number: 10, set: true }, script: '#!/bin/bash\ntrue' });
    await untilEvaluated(later);
    const j = await getJob(id);
    assert.deepEqual(j.job_state, ['PENDING']);
    assert.equal(j.state_reason, 'JobHeldUser');
    assert.equal(j.hold, true);
    // slurmctld leaves held jobs out of its job queue: a cycle never looks at one, so its
    // last_sched_evaluation stays its submit time (checked on the real one: LastSchedEval=SubmitTime).
    assert.equal(j.last_sched_evaluation.number, j.submit_time.number);
    await curl(`${base()}/job/${later}`, { method: 'DELETE', headerFile: env });
    const del = await curl(`${base()}/job/${id}`, { method: 'DELETE', headerFile: env });
    assert.deepEqual(del.body.status, []);
    const c = await untilState(id, 'CANCELLED');
    // slurmctld stamps a pending job it cancels with start = end = the cancel time, and no nodes.
    assert.equal(c.start_time.number, c.end_time.number);
    assert.ok(c.end_time.number > 0);
    assert.equal(c.nodes, '');
  });

  it('a time_limit over the partition MaxTime is accepted and stays PENDING (PartitionTimeLimit)', async () => {
    const id = await submit({ name: 'over', partition: 'debug', time_limit: { number: 600, set: true }, script: '#!/bin/bash\ntrue' });
    // The reason is the scheduler's: it has looked at the job and left it pending.
    const j = await waitFor('reason PartitionTimeLimit', async () => {
      const job = await getJob(id);
      return job.state_reason === 'PartitionTimeLimit' ? job : undefined;
    });
    assert.deepEqual(j.job_state, ['PENDING']);
    assert.equal(j.state_reason, 'PartitionTimeLimit');
  });

  it('when the partition is full, jobs wait PENDING (Resources, then Priority) and run later', async () => {
    // quokka has one node with one cpu; the first job holds it until the test lets it end.
    const dir = jobDir('s3m-queue-');
    const go = join(dir, 'go');
    const first = await submit({ name: 'q1', script: `#!/bin/bash\nwhile [ ! -f ${go} ]; do sleep 0.1; done` }, 'quokka');
    await untilState(first, 'RUNNING', 'quokka');
    const second = await submit({ name: 'q2', script: '#!/bin/bash\ntrue' }, 'quokka');
    const third = await submit({ name: 'q3', script: '#!/bin/bash\ntrue' }, 'quokka');
    // The reasons are the scheduler's, set once a cycle has looked at the waiting jobs.
    const [j2, j3] = await waitFor('reasons Resources and Priority', async () => {
      const [a, b] = [await getJob(second, 'quokka'), await getJob(third, 'quokka')];
      return a.state_reason !== 'None' && b.state_reason !== 'None' ? [a, b] : undefined;
    });
    assert.deepEqual(j2.job_state, ['PENDING']);
    assert.equal(j2.state_reason, 'Resources');
    assert.deepEqual(j3.job_state, ['PENDING']);
    assert.equal(j3.state_reason, 'Priority');
    const nodes = await curl(`${gw.url}/slurm/v0.0.43/quokka/nodes`, { headerFile: env });
    assert.ok(nodes.body.nodes[0].state.includes('ALLOCATED'), JSON.stringify(nodes.body.nodes[0].state));
    writeFileSync(go, '');
    await untilState(first, 'COMPLETED', 'quokka');
    await untilState(second, 'COMPLETED', 'quokka');
    await untilState(third, 'COMPLETED', 'quokka');
  });

  it('DELETE without a signal cancels a running job (CANCELLED, SIGNALED TERM) and kills its process group', async () => {
    const dir = jobDir('s3m-cancel-');
    const id = await submit({ name: 'tree', current_working_directory: dir, script: `#!/bin/bash\n(sleep 300; touch ${dir}/child-survived) &\necho $! > ${dir}/child.pid\nwait` });
    await untilState(id, 'RUNNING');
    // The file exists (empty) before echo writes the pid: read a whole line, never a pid of 0
    // (kill(0, 0) would test the test's own process group, which is always there).
    const childPid = Number(await untilLine(join(dir, 'child.pid'), /^\d+$/));
    assert.ok(childPid > 1, `child pid ${childPid}`);
    await curl(`${base()}/job/${id}`, { method: 'DELETE', headerFile: env });
    const j = await untilState(id, 'CANCELLED');
    assert.deepEqual(j.exit_code.status, ['SIGNALED']);
    assert.equal(j.exit_code.signal.name, 'TERM');
    await waitFor('child gone', async () => {
      try {
        process.kill(childPid, 0);
        return undefined;
      } catch {
        return true;
      }
    });
  });

  it('diag counts what happened', async () => {
    const res = await curl(`${base()}/diag`, { headerFile: env });
    const s = res.body.statistics;
    assert.ok(s.jobs_submitted >= 6, JSON.stringify(s));
    assert.ok(s.jobs_failed >= 1);
    assert.ok(s.jobs_canceled >= 2);
    assert.ok(s.schedule_cycle_total > 0);
  });
});

describe('restart survival', () => {
  it('finished jobs stay listed, pending jobs run later, running jobs are not lost', async () => {
    const done = await submit({ name: 'before-restart', script: '#!/bin/bash\ntrue' });
    await untilState(done, 'COMPLETED');
    // On wombat (no time limit): on defiant the default 10 s could end it before the restart does.
    const running = await submit({ name: 'running-at-restart', script: '#!/bin/bash\nsleep 3600' }, 'wombat');
    await untilState(running, 'RUNNING', 'wombat');
    const held = await submit({ name: 'pending-at-restart', partition: 'debug', hold: true, script: '#!/bin/bash\ntrue' });
    // a pending job that becomes runnable after the restart: quokka's only cpu is busy
    const blocker = await submit({ name: 'blocker', script: '#!/bin/bash\nsleep 3600' }, 'quokka');
    await untilState(blocker, 'RUNNING', 'quokka');
    const waiting = await submit({ name: 'waiting', script: '#!/bin/bash\ntrue' }, 'quokka');

    await gw.restart();

    const d = await getJob(done);
    assert.deepEqual(d.job_state, ['COMPLETED']);
    const r = await getJob(running, 'wombat');
    assert.notDeepEqual(r.job_state, ['RUNNING'], 'a job whose process the restart ended must not claim to run');
    assert.ok(['NODE_FAIL', 'FAILED'].includes(r.job_state[0]), JSON.stringify(r.job_state));
    assert.notEqual(r.state_reason, 'None');
    const h = await getJob(held);
    assert.deepEqual(h.job_state, ['PENDING']);
    assert.equal(h.state_reason, 'JobHeldUser');
    // the blocker died with the restart, so the waiting job gets the cpu and runs
    await untilState(waiting, 'COMPLETED', 'quokka');
    const list = await curl(`${base()}/jobs`, { headerFile: env });
    for (const id of [done, held]) assert.ok(list.body.jobs.some((j: any) => j.job_id === id), `job ${id} listed after restart`);
    const wombat = await curl(`${gw.url}/slurm/v0.0.43/wombat/jobs`, { headerFile: env });
    assert.ok(wombat.body.jobs.some((j: any) => j.job_id === running), `job ${running} listed after restart`);
    // new job ids continue after the old ones
    const next = await submit({ name: 'after-restart', script: '#!/bin/bash\ntrue' });
    assert.ok(next > held);
  });
});
