// Unit tests of the local backend's pure parts: host lists, filename patterns, the allocator,
// one scheduling cycle, /proc identity, and the injectable clock and spawner.
import { jobEnvironment } from './job-environment.ts';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { Allocator, cpuShares } from './allocator.ts';
import { buildCluster, parseReservationStart } from './cluster.ts';
import { compressCounts, compressHostlist } from './hostlist.ts';
import { expandPattern } from './patterns.ts';
import { isOurGroup, readProcStat } from './proc.ts';
import { planCycle } from './scheduler.ts';
import { ctx, getJob, makeConfig, makeEnv, submit, waitState } from '../../../test/support/local-cluster.ts';
import type { JobRecord } from './types.ts';
import { validateSubmit } from './validate.ts';

describe('hostlist', () => {
  test('compresses like SLURM', () => {
    assert.equal(compressHostlist(['n1', 'n2', 'n3', 'n7', 'gpu01', 'gpu02', 'login']), 'n[1-3,7],gpu[01-02],login');
    assert.equal(compressHostlist(['vm']), 'vm');
    assert.equal(compressHostlist([]), '');
    assert.equal(compressCounts([2, 2, 2, 1]), '2(x3),1');
  });
});

describe('patterns', () => {
  const p = { jobId: 42, jobName: 'train', user: 'alice', firstNode: 'n3', cwd: '/work' };
  test('expands every specifier and resolves against the cwd', () => {
    assert.equal(expandPattern('slurm-%j.out', p), '/work/slurm-42.out');
    assert.equal(expandPattern('/o/%x_%u_%A_%a_%N_%%_%6j', p), '/o/train_alice_42_4294967294_n3_%_000042');
    assert.equal(expandPattern('%q', p), '/work/%q');
  });
});

describe('reservation start', () => {
  test('relative and absolute', () => {
    assert.equal(parseReservationStart('now+1d', 1000), 1000 + 86400);
    assert.equal(parseReservationStart('now+2h', 0), 7200);
    assert.equal(parseReservationStart('2030-01-01T00:00:00Z', 0), 1893456000);
    assert.throws(() => parseReservationStart('tomorrow', 0));
  });
});

function pendingJob(jobId: number, over: Partial<JobRecord> = {}): JobRecord {
  return {
    jobId, state: 'PENDING', completing: false, stateReason: 'None', stateDescription: '', userName: 'u', groupName: 'g', account: '', name: '', partition: 'p',
    defaultPartition: false, reservation: '', script: '#!/bin/sh', cwd: '/tmp', environment: [], standardOutput: 'slurm-%j.out', standardError: '', standardInput: '',
    tasks: 1, tasksGiven: true, cpusPerTask: 1, cpusPerTaskGiven: false, minNodes: 1, memoryPerNode: null, memoryPerCpu: null, timeLimit: 5, hold: false, priority: 1,
    nice: 0, comment: '', mailUser: '', requeue: true, submitTime: 0, eligibleTime: 0, accrueTime: 0, startTime: 0, endTime: 0, lastSchedEvaluation: 0,
    allocation: null, pid: null, pidStart: null, exit: { kind: 'none', code: 0, signal: 0 }, endIntent: null, signals: [], signalledByCancel: false, submitWarnings: [],
    ...over,
  };
}

describe('job environment', () => {
  test("the job's own list, with SLURM's job variables on top", () => {
    const env = jobEnvironment(
      pendingJob(42, {
        name: 'sim',
        account: 'STF040',
        partition: 'batch',
        tasks: 3,
        environment: ['PATH=/usr/bin', 'A=1=2', 'SLURM_JOB_ID=overridden', 'not-a-pair'],
        allocation: [
          { node: 'n01', cpus: 2, cores: [0, 1], memory: 0 },
          { node: 'n02', cpus: 1, cores: [0], memory: 0 },
        ],
      }),
      'defiant',
    );
    assert.equal(env.PATH, '/usr/bin');
    assert.equal(env.A, '1=2', 'only the first "=" splits');
    assert.equal(env['not-a-pair'], undefined);
    assert.equal(env.SLURM_JOB_ID, '42', 'SLURM sets its own variables last');
    assert.equal(env.SLURM_JOB_NAME, 'sim');
    assert.equal(env.SLURM_JOB_ACCOUNT, 'STF040');
    assert.equal(env.SLURM_CLUSTER_NAME, 'defiant');
    assert.equal(env.SLURM_JOB_NODELIST, 'n[01-02]');
    assert.equal(env.SLURM_JOB_NUM_NODES, '2');
    assert.equal(env.SLURM_NTASKS, '3');
    assert.equal(env.SLURM_TASKS_PER_NODE, '2,1');
    assert.equal(env.SLURM_CPUS_ON_NODE, '2');
    assert.equal(env.SLURM_CPUS_PER_TASK, undefined, 'only when the job asked');
  });
});

describe('allocator and scheduler', () => {
  const config = makeConfig({
    nodes: [{ name: 'a1', cpus: 4, memory: 1000, sockets: 2 }, { name: 'a2', cpus: 2, memory: 1000 }],
    partitions: [{ name: 'p', nodes: ['a1', 'a2'], maxTime: 30 }, { name: 'q', nodes: ['a2'], state: 'DOWN' }, { name: 'd', nodes: ['a2'], state: 'DRAIN' }],
  });
  const cluster = buildCluster('r', config, 0);

  test('spreads cpus over nodes and holds specific cores and memory', () => {
    assert.deepEqual(cpuShares(5, 2), [3, 2]);
    assert.deepEqual(cpuShares(1, 3), [1, 1, 1]);
    const alloc = new Allocator(cluster);
    const req = { partition: cluster.partitionByName.get('p')!, minNodes: 2, maxNodes: 0, tasks: 5, tasksGiven: true, cpusPerTask: 1, exclusive: false, memoryPerNode: null, memoryPerCpu: 100, reservation: '' };
    const got = alloc.tryAllocate(req, 0)!;
    assert.deepEqual(got, [
      { node: 'a1', cpus: 3, cores: [0, 1, 2], memory: 300, tasks: 3 },
      { node: 'a2', cpus: 2, cores: [0, 1], memory: 200, tasks: 2 },
    ]);
    alloc.hold(got);
    assert.deepEqual(alloc.usage('a1'), { cpus: 3, memory: 300 });
    assert.equal(alloc.tryAllocate({ ...req, minNodes: 1, tasks: 2 }, 0), null);
    const one = alloc.tryAllocate({ ...req, minNodes: 1, tasks: 1, memoryPerCpu: null }, 0)!;
    assert.deepEqual(one[0].cores, [3]);
    alloc.release(got);
    assert.deepEqual(alloc.usage('a1'), { cpus: 0, memory: 0 });
    // 5 tasks fit no single node: spread over both (as real SLURM does), but not within one node.
    assert.equal(alloc.fitsWhenIdle({ ...req, minNodes: 1, tasks: 5 }), true);
    assert.equal(alloc.fitsWhenIdle({ ...req, minNodes: 1, maxNodes: 1, tasks: 5 }), false);
    assert.equal(alloc.fitsWhenIdle({ ...req, minNodes: 1, tasks: 7 }), false);
  });

  test('one cycle: priority FIFO, Resources then Priority, held and over-limit jobs do not block', () => {
    const jobs = [
      // One node each (nodes: "1"): without it, job 1 would spread over a1's and a2's free cpus, as in real SLURM.
      pendingJob(1, { tasks: 4, maxNodes: 1 }),
      pendingJob(2, { tasks: 4, maxNodes: 1 }),
      pendingJob(3, { tasks: 1 }),
      pendingJob(4, { hold: true, priority: 0 }),
      pendingJob(5, { timeLimit: 60 }),
      pendingJob(6, { partition: 'q' }),
      pendingJob(7, { tasks: 2, priority: 10 }),
    ];
    const plan = planCycle(jobs, new Allocator(cluster), cluster, 0);
    assert.deepEqual(plan.starts.map((s) => [s.jobId, s.allocation.map((a) => a.node).join()]), [[7, 'a1']]);
    // Job 3 would fit, but strict FIFO (no backfill) keeps it behind job 1, as SLURM's main scheduler does.
    assert.deepEqual(Object.fromEntries(plan.reasons), { 1: 'Resources', 2: 'Priority', 3: 'Priority', 4: 'JobHeldUser', 5: 'PartitionTimeLimit', 6: 'PartitionDown' });
    assert.equal(plan.depth, 7);
  });

  test('validation defaults: the default partition is the first when none is marked, DefaultTime else MaxTime; the cwd is the account\'s home', () => {
    const opts = { account: { name: 'u1', uid: 4001, gid: 4001, group: 'g1', home: '/tmp' }, nowSeconds: 100, maxScriptBytes: 1024, maxEnvironmentBytes: 1024 };
    const v = validateSubmit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/sh', current_working_directory: '/tmp' } }, cluster, new Allocator(cluster), opts);
    assert.ok(v.ok);
    assert.equal(v.draft.partition, 'p');
    assert.equal(v.draft.timeLimit, 30);
    assert.equal(v.draft.standardOutput, 'slurm-%j.out');
    const inf = validateSubmit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/sh', partition: 'q', time_limit: { set: false, infinite: true, number: 0 } } }, cluster, new Allocator(cluster), opts);
    assert.ok(inf.ok);
    assert.equal(inf.draft.timeLimit, null);
    assert.equal(inf.draft.cwd, '/tmp');
    const drain = validateSubmit(ctx, { job: { script: '#!/bin/sh', partition: 'd' } }, cluster, new Allocator(cluster), opts);
    assert.ok(!drain.ok);
    assert.equal(drain.errors[0].error_number, 2070);
  });
});

describe('proc identity', () => {
  test('a live group is recognised only with the leader start time', async () => {
    const child = spawn('sleep', ['3600'], { detached: true, stdio: 'ignore' }); // killed below
    try {
      await new Promise((r) => child.once('spawn', r));
      const st = readProcStat(child.pid!)!;
      assert.equal(st.pgrp, child.pid);
      assert.deepEqual(isOurGroup(child.pid!, st.startTime), { alive: true, ours: true });
      assert.deepEqual(isOurGroup(child.pid!, String(BigInt(st.startTime) + 1n)), { alive: true, ours: false });
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((r) => child.once('exit', r));
    assert.equal(isOurGroup(child.pid!, '0').alive, false);
  });
});

describe('injected clock and spawner', () => {
  test('times come from the clock; a spawner that throws fails the job, not the gateway', async () => {
    const fixed = 1795520125_000;
    let calls = 0;
    const env = await makeEnv(makeConfig(), {
      clock: { now: () => fixed },
      spawner: () => {
        calls++;
        throw new Error('EAGAIN: fork failed');
      },
    });
    try {
      const id = await submit(env.backend, { script: '#!/bin/sh\ntrue', current_working_directory: env.dir });
      const job = await waitState(env.backend, id, 'FAILED');
      assert.equal(calls, 1);
      assert.equal(job.state_reason, 'JobLaunchFailure');
      assert.match(job.state_description ?? '', /fork failed/);
      assert.deepEqual(job.submit_time, { set: true, infinite: false, number: 1795520125 });
      assert.deepEqual(job.end_time, { set: true, infinite: false, number: 1795520125 });
      assert.deepEqual((await getJob(env.backend, id)).exit_code?.status, ['ERROR']);
    } finally {
      await env.cleanup();
    }
  });
});
