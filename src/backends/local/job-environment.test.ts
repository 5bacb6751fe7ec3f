// The job environment against what Slurm 26.05.5 gave REST-submitted jobs (probes of
// test/contract/launch.test.ts; machine-specific values aside).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BATCH_VARIABLES, jobEnvironment } from './job-environment.ts';
import type { JobRecord } from './types.ts';

function runningJob(over: Partial<JobRecord> = {}): JobRecord {
  return {
    jobId: 2, state: 'RUNNING', completing: false, stateReason: 'None', stateDescription: '', userName: 'alice', groupName: 'proj-a', userId: 1001, groupId: 2001,
    account: 'stf040', name: 'envprobe2', partition: 'batch-cpu', defaultPartition: true, reservation: '', script: '#!/bin/sh', cwd: '/tmp',
    environment: ['PATH=/usr/bin:/bin'], standardOutput: '/tmp/probe-%j.out', standardError: '', standardInput: '',
    tasks: 1, tasksGiven: false, cpusPerTask: 1, cpusPerTaskGiven: false, minNodes: 1, memoryPerNode: null, memoryPerCpu: null, timeLimit: 60, hold: false, priority: 1,
    nice: 0, comment: '', mailUser: '', requeue: true, submitTime: 1795887255, eligibleTime: 1795887255, accrueTime: 1795887255, startTime: 1795887257, endTime: 1795890857,
    lastSchedEvaluation: 0, allocation: [{ node: 'vm', cpus: 1, cores: [0], memory: 0 }], pid: null, pidStart: null, exit: { kind: 'none', code: 0, signal: 0 },
    endIntent: null, signals: [], signalledByCancel: false, submitWarnings: [],
    ...over,
  };
}

describe('job environment (as real 26.05 gives REST-submitted batch jobs)', () => {
  test('a bare job: exactly the variables real SLURM set for it (job 2 of the probes), none of sbatch\'s', () => {
    const env = jobEnvironment(runningJob(), 'gwtest');
    const { SLURM_JOB_SLUID, ...rest } = env;
    assert.match(SLURM_JOB_SLUID, /^s[0-9A-Z]{13}$/);
    assert.deepEqual(rest, {
      PATH: '/usr/bin:/bin',
      ENVIRONMENT: 'BATCH',
      HOSTNAME: 'vm',
      SLURMD_NODENAME: 'vm',
      SLURM_CLUSTER_NAME: 'gwtest',
      SLURM_CPUS_ON_NODE: '1',
      SLURM_GTIDS: '0',
      SLURM_JOBID: '2',
      SLURM_JOB_ACCOUNT: 'stf040',
      SLURM_JOB_CPUS_PER_NODE: '1',
      SLURM_JOB_END_TIME: '1795890857',
      SLURM_JOB_EXCLUSIVE: 'NO',
      SLURM_JOB_GID: '2001',
      SLURM_JOB_ID: '2',
      SLURM_JOB_NAME: 'envprobe2',
      SLURM_JOB_NODELIST: 'vm',
      SLURM_JOB_NUM_NODES: '1',
      SLURM_JOB_OVERSUBSCRIBE: 'NO',
      SLURM_JOB_PARTITION: 'batch-cpu',
      SLURM_JOB_START_TIME: '1795887257',
      SLURM_JOB_UID: '1001',
      SLURM_JOB_USER: 'alice',
      SLURM_LOCALID: '0',
      SLURM_NNODES: '1',
      SLURM_NODEID: '0',
      SLURM_NODELIST: 'vm',
      SLURM_OOM_KILL_STEP: '0',
      SLURM_PROCID: '0',
      SLURM_STEPID: '-5',
      SLURM_STEP_ID: '-5',
      SLURM_TASKS_PER_NODE: '1',
      SLURM_TOPOLOGY_ADDR: 'vm',
      SLURM_TOPOLOGY_ADDR_PATTERN: 'node',
    });
  });

  test('tasks and memory: SLURM_NTASKS/NPROCS only when tasks were asked for; SLURM_CPUS_PER_TASK only when the client set it', () => {
    const two = jobEnvironment(runningJob({ tasks: 2, tasksGiven: true, memoryPerNode: 100, allocation: [{ node: 'vm', cpus: 2, cores: [0, 1], memory: 100 }] }), 'gwtest');
    assert.deepEqual([two.SLURM_NTASKS, two.SLURM_NPROCS, two.SLURM_MEM_PER_NODE, two.SLURM_CPUS_ON_NODE, two.SLURM_TASKS_PER_NODE], ['2', '2', '100', '2', '2']);
    const cpt = jobEnvironment(runningJob({ cpusPerTask: 2, cpusPerTaskGiven: true, memoryPerCpu: 50, allocation: [{ node: 'vm', cpus: 2, cores: [0, 1], memory: 100 }] }), 'gwtest');
    assert.deepEqual([cpt.SLURM_NTASKS, cpt.SLURM_CPUS_PER_TASK, cpt.SLURM_MEM_PER_CPU, cpt.SLURM_JOB_CPUS_PER_NODE], [undefined, undefined, '50', '2']);
  });

  test('no name, no account: SLURM_JOB_NAME and SLURM_JOB_ACCOUNT are not set', () => {
    const env = jobEnvironment(runningJob({ name: '', account: '' }), 'gwtest');
    assert.equal('SLURM_JOB_NAME' in env, false);
    assert.equal('SLURM_JOB_ACCOUNT' in env, false);
  });

  test("client-supplied SLURM_* variables: SLURM's own overwrite them, the others are kept (probes 1, G, H)", () => {
    const client = {
      SLURM_JOB_ID: '999', SLURM_JOB_NAME: 'mine', SLURM_CPUS_ON_NODE: '99', SLURMD_NODENAME: 'zz', SLURM_CLUSTER_NAME: 'cc', HOSTNAME: 'x', SLURM_STEP_ID: '9',
      SLURM_JOB_EXCLUSIVE: 'YES', SLURM_TOPOLOGY_ADDR: 't', SLURM_JOB_END_TIME: '1', SLURM_GTIDS: '5', SLURM_JOB_UID: '5', ENVIRONMENT: 'X', SLURM_OOM_KILL_STEP: '1',
      SLURM_JOB_SLUID: 'z', SLURM_NODEID: '4', SLURM_TASKS_PER_NODE: '9', SLURM_JOB_CPUS_PER_NODE: '9',
      // kept:
      SLURM_SUBMIT_DIR: '/x', SLURM_MYVAR: 'keep', SLURM_RESTART_COUNT: '3', SLURM_JOB_GROUP: 'g', SLURM_JOB_QOS: 'q', SLURM_MEM_PER_NODE: '77',
      SLURM_JOB_RESERVATION: 'r', SLURM_OPEN_MODE: 'x', SLURM_JOB_DEPENDENCY: 'x', HOME: '/h', TMPDIR: '/mytmp',
    };
    const env = jobEnvironment(runningJob({ environment: Object.entries(client).map(([k, v]) => `${k}=${v}`) }), 'gwtest');
    for (const name of ['SLURM_SUBMIT_DIR', 'SLURM_MYVAR', 'SLURM_RESTART_COUNT', 'SLURM_JOB_GROUP', 'SLURM_JOB_QOS', 'SLURM_MEM_PER_NODE', 'SLURM_JOB_RESERVATION', 'SLURM_OPEN_MODE', 'SLURM_JOB_DEPENDENCY', 'HOME', 'TMPDIR']) {
      assert.equal(env[name], client[name as keyof typeof client], `${name} is the client's`);
    }
    for (const name of ['SLURM_JOB_ID', 'SLURM_JOB_NAME', 'SLURM_CPUS_ON_NODE', 'SLURMD_NODENAME', 'SLURM_CLUSTER_NAME', 'HOSTNAME', 'SLURM_STEP_ID', 'SLURM_JOB_EXCLUSIVE', 'SLURM_TOPOLOGY_ADDR', 'SLURM_JOB_END_TIME', 'SLURM_GTIDS', 'SLURM_JOB_UID', 'ENVIRONMENT', 'SLURM_OOM_KILL_STEP', 'SLURM_JOB_SLUID', 'SLURM_NODEID', 'SLURM_TASKS_PER_NODE', 'SLURM_JOB_CPUS_PER_NODE']) {
      assert.notEqual(env[name], client[name as keyof typeof client], `${name} is SLURM's`);
    }
    assert.equal(env.SLURM_JOB_ID, '2');
    assert.equal(env.HOSTNAME, 'vm');
  });

  test('a client SLURM_CPUS_PER_TASK becomes the job\'s cpus per task (1 when not asked); SLURM_NTASKS_PER_NODE gives SLURM_NTASKS', () => {
    const asked = jobEnvironment(runningJob({ cpusPerTask: 2, cpusPerTaskGiven: true, environment: ['SLURM_CPUS_PER_TASK=5', 'SLURM_NTASKS_PER_NODE=3'] }), 'gwtest');
    assert.deepEqual([asked.SLURM_CPUS_PER_TASK, asked.SLURM_NTASKS, asked.SLURM_NPROCS, asked.SLURM_NTASKS_PER_NODE], ['2', '3', '3', '3']);
    const notAsked = jobEnvironment(runningJob({ environment: ['SLURM_CPUS_PER_TASK=5', 'SLURM_NTASKS_PER_NODE=junk'] }), 'gwtest');
    assert.deepEqual([notAsked.SLURM_CPUS_PER_TASK, notAsked.SLURM_NTASKS], ['1', undefined]);
  });

  test('open_mode: SLURM_OPEN_MODE a / t, unset without it', () => {
    assert.equal(jobEnvironment(runningJob({ openMode: 'APPEND' }), 'c').SLURM_OPEN_MODE, 'a');
    assert.equal(jobEnvironment(runningJob({ openMode: 'TRUNCATE' }), 'c').SLURM_OPEN_MODE, 't');
    assert.equal('SLURM_OPEN_MODE' in jobEnvironment(runningJob(), 'c'), false);
  });

  test('the table lists each variable once', () => {
    const names = BATCH_VARIABLES.map(([name]) => name);
    assert.equal(new Set(names).size, names.length);
  });
});
