// Times and placement on the engine's fake clock (no processes): begin_time, deadline, shared and
// multi-node spreading, with what real slurmctld 26.05 showed for each (probed on the project's
// chroot; test/contract/placement.test.ts holds the same against it through the gateway). The
// real test cluster has one node: the spreading cases, which need several, are SchedMD's cons_tres
// layout (dist_tasks.c), checked here on local configs with many nodes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineHarness, launchedIds, refusalOf, T0, type ConfigOverrides } from '../../../test/support/engine-harness.ts';
import { jobEnvironment } from './job-environment.ts';
import type { JobRecord } from './types.ts';

/** The harness's cluster with an unlimited partition (DefaultTime 60), unless `overrides` say otherwise. */
function setup(overrides: ConfigOverrides = {}) {
  const h = engineHarness({ config: { partitions: [{ name: 'batch', nodes: ['n1'], default: true, maxTime: 'INFINITE', defaultTime: 60 }], ...overrides } });
  /** The submit as the face does it: refusal (error number), or the job and the answer's warnings. */
  const trySubmit = (job: Record<string, unknown>) => {
    const r = h.trySubmit(job);
    if ('errors' in r) return refusalOf(r);
    assert.ok(r.ok, 'admitted');
    return { job: r.job, warnings: r.warnings };
  };
  const submit = (job: Record<string, unknown> = {}): JobRecord => {
    const r = trySubmit(job);
    assert.ok('job' in r && r.job, JSON.stringify(r));
    return r.job;
  };
  return { clock: h.clock, engine: h.engine, trySubmit, submit, cycle: h.cycle, render: h.render };
}

const set = (number: number) => ({ set: true, infinite: false, number });
const PARTITION_CONFIG_WARNINGS = [
  { description: 'Job submission resulted in non-zero return code: Requested partition configuration not available now', source: 'slurm_submit_batch_job()' },
  { description: 'Requested partition configuration not available now', source: 'slurm_submit_batch_job()' },
];

describe('begin_time', () => {
  test('pends BeginTime until then (eligible_time the begin time, start/end the expected ones), then starts', () => {
    const { clock, submit, cycle, render } = setup();
    const job = submit({ begin_time: set(T0 + 30) });
    assert.deepEqual(launchedIds(cycle()), []);
    let j = render(job);
    assert.equal(j.state_reason, 'BeginTime');
    assert.deepEqual([j.eligible_time?.number, j.accrue_time?.number, j.start_time?.number, j.end_time?.number], [T0 + 30, T0 + 30, T0 + 30, T0 + 30 + 3600]);
    clock.seconds = T0 + 29;
    assert.deepEqual(launchedIds(cycle()), []);
    clock.seconds = T0 + 30;
    assert.deepEqual(launchedIds(cycle()), [job.jobId]);
    j = render(job);
    assert.deepEqual([j.job_state, j.state_reason, j.start_time?.number, j.eligible_time?.number], [['RUNNING'], 'None', T0 + 30, T0 + 30]);
  });

  test('a begin time in the past is none; a held job keeps JobHeldUser but shows its begin time', () => {
    const { submit, cycle, render } = setup();
    const past = submit({ begin_time: set(T0 - 100) });
    const held = submit({ begin_time: set(T0 + 300), hold: true });
    assert.deepEqual(launchedIds(cycle()), [past.jobId]);
    assert.equal(render(past).eligible_time?.number, T0);
    const h = render(held);
    assert.deepEqual([h.state_reason, h.eligible_time?.number, h.start_time?.number], ['JobHeldUser', T0 + 300, T0 + 300]);
  });
});

describe('deadline', () => {
  test('refused with 2051 when the job cannot end by it: before now, before the begin time, its limit too long, INFINITE', () => {
    const { trySubmit } = setup();
    const E2051 = { errorNumber: 2051, error: 'Requested time limit is invalid (missing or exceeds some limit)' };
    assert.deepEqual(trySubmit({ time_limit: 1, deadline: set(T0 - 10) }), E2051);
    assert.deepEqual(trySubmit({ time_limit: 1, deadline: set(T0 + 100), begin_time: set(T0 + 200) }), E2051);
    assert.deepEqual(trySubmit({ time_limit: 5, deadline: set(T0 + 120) }), E2051);
    // No time limit: the partition's DefaultTime (60) counts.
    assert.deepEqual(trySubmit({ deadline: set(T0 + 150) }), E2051);
    assert.deepEqual(trySubmit({ time_limit: { set: true, infinite: true, number: 0 }, deadline: set(T0 + 150) }), E2051);
    assert.deepEqual(trySubmit({ time_limit: 1, time_minimum: 2 }), { errorNumber: 2124, error: "Invalid time-min specification (exceeds job's time or other limits)" });
    assert.ok('job' in trySubmit({ time_limit: 1, deadline: set(T0 + 150) }));
  });

  test('a pending job (held here) that can no longer end by its deadline is DEADLINE "DeadLine", exit 1 (SIGNALED HUP)', () => {
    const { clock, submit, cycle, render } = setup();
    const job = submit({ time_limit: 1, hold: true, deadline: set(T0 + 90) });
    clock.seconds = T0 + 30; // 60 s of limit still fit
    cycle();
    assert.equal(job.state, 'PENDING');
    clock.seconds = T0 + 31;
    const ds = cycle();
    assert.deepEqual(ds, [{ kind: 'ended', jobId: job.jobId, state: 'DEADLINE' }]);
    const j = render(job);
    assert.deepEqual([j.job_state, j.state_reason, j.start_time?.number, j.end_time?.number, j.deadline?.number], [['DEADLINE'], 'DeadLine', T0 + 31, T0 + 31, T0 + 90]);
    assert.deepEqual(j.exit_code, { status: ['SIGNALED'], return_code: { set: false, infinite: false, number: 0 }, signal: { id: set(1), name: 'HUP' } });
    assert.deepEqual(j.tasks, { set: false, infinite: false, number: 0 });
  });

  test('a job that starts gets the time limit that still fits (time_minimum lets it start with less): it ends TIMEOUT by the deadline', () => {
    const { submit, cycle, render } = setup();
    const job = submit({ time_limit: 5, time_minimum: 1, deadline: set(T0 + 150) });
    assert.deepEqual(launchedIds(cycle()), [job.jobId]);
    const j = render(job);
    assert.deepEqual([j.time_limit?.number, j.time_minimum?.number, j.end_time?.number], [2, 1, T0 + 120]);
  });
});

describe('shared', () => {
  test('none: the whole node (cpus 2, job_resources whole, its cpus the asked 1), SLURM_JOB_EXCLUSIVE=NODE and a task per cpu', () => {
    const { submit, cycle, render } = setup();
    const ex = submit({ shared: ['none'] });
    const other = submit({});
    assert.deepEqual(launchedIds(cycle()), [ex.jobId]);
    const j = render(ex);
    assert.deepEqual(j.shared, ['none']);
    assert.deepEqual([j.cpus?.number, j.job_resources?.cpus, j.job_resources?.nodes?.whole, j.billable_tres?.number], [2, 1, true, 2]);
    assert.match(j.tres_req_str ?? '', /^cpu=1,/);
    assert.match(j.tres_alloc_str ?? '', /^cpu=2,/);
    const env = jobEnvironment(ex, 'testcl');
    assert.deepEqual([env.SLURM_JOB_EXCLUSIVE, env.SLURM_JOB_OVERSUBSCRIBE, env.SLURM_CPUS_ON_NODE, env.SLURM_TASKS_PER_NODE], ['NODE', 'NO', '2', '2']);
    // Nothing else fits beside it, although a cpu is unused.
    assert.equal(render(other).state_reason, 'Resources');
  });

  test('none with tasks asked keeps their layout; oversubscribe shares nothing under OverSubscribe=NO but says YES; the last value wins; others warn', () => {
    const { submit, trySubmit, cycle, render } = setup({ nodes: [{ name: 'n1', cpus: 2, memory: 2048 }, { name: 'n2', cpus: 2, memory: 2048 }], partitions: [{ name: 'batch', nodes: ['n1', 'n2'], default: true }] });
    const ex = submit({ shared: ['none'], tasks: 1 });
    const over = submit({ shared: ['none', 'oversubscribe'] });
    cycle();
    assert.equal(jobEnvironment(ex, 'c').SLURM_TASKS_PER_NODE, '1');
    assert.deepEqual(render(over).shared, ['oversubscribe']);
    const env = jobEnvironment(over, 'c');
    assert.deepEqual([env.SLURM_JOB_EXCLUSIVE, env.SLURM_JOB_OVERSUBSCRIBE], ['NO', 'YES']);
    assert.deepEqual(over.allocation?.map((a) => [a.node, a.cpus]), [['n2', 1]]);
    const user = trySubmit({ shared: ['user'] });
    assert.ok('warnings' in user);
    assert.deepEqual(user.warnings?.map((w) => w.source), ['#/job/shared/']);
  });
});

describe('jobs that cannot run as configured, and spreading over nodes', () => {
  test('accepted PENDING with slurmctld\'s two warnings: PartitionNodeLimit, PartitionConfig; node_count/max_nodes as real shows; memory no node has is 2014', () => {
    const { trySubmit, cycle, render } = setup();
    const cases: [Record<string, unknown>, string, number, number][] = [
      [{ minimum_nodes: 2 }, 'PartitionNodeLimit', 2, 2],
      [{ tasks: 3 }, 'PartitionConfig', 2, 3],
      [{ cpus_per_task: 4 }, 'PartitionConfig', 1, 0],
      [{ tasks: 3, nodes: '1' }, 'PartitionConfig', 2, 2],
      [{ nodes: '2-3' }, 'PartitionNodeLimit', 2, 3],
    ];
    const jobs = cases.map(([job]) => {
      const r = trySubmit(job);
      assert.ok('job' in r, JSON.stringify(r));
      assert.deepEqual(r.warnings, PARTITION_CONFIG_WARNINGS, JSON.stringify(job));
      return r.job!;
    });
    const small = trySubmit({});
    cycle();
    cases.forEach(([job, reason, nodeCount, maxNodes], i) => {
      const j = render(jobs[i]);
      assert.deepEqual([j.job_state, j.state_reason, j.node_count?.number, j.max_nodes?.number], [['PENDING'], reason, nodeCount, maxNodes], JSON.stringify(job));
    });
    // They do not hold up the queue.
    assert.equal('job' in small && small.job?.state, 'RUNNING');
    assert.deepEqual(trySubmit({ memory_per_node: set(4096) }), { errorNumber: 2014, error: 'Requested node configuration is not available' });
    assert.deepEqual(trySubmit({ minimum_nodes: 2, maximum_nodes: 1 }), { errorNumber: 2006, error: 'Node count specification invalid' });
  });

  test('tasks × cpus_per_task over several nodes when none is big enough: fewest nodes in order, one task each then in turn', () => {
    const nodes = ['c1', 'c2', 'c3', 'c4'].map((name) => ({ name, cpus: 2, memory: 4096 }));
    const { submit, cycle, render, engine } = setup({ nodes, partitions: [{ name: 'batch', nodes: nodes.map((n) => n.name), default: true }] });
    const three = submit({ tasks: 3 });
    const pairs = submit({ tasks: 2, cpus_per_task: 2, memory_per_cpu: set(100) });
    cycle();
    assert.deepEqual(three.allocation?.map((a) => [a.node, a.cpus, a.tasks]), [['c1', 2, 2], ['c2', 1, 1]]);
    assert.deepEqual(pairs.allocation?.map((a) => [a.node, a.cpus, a.memory]), [['c3', 2, 200], ['c4', 2, 200]]);
    const env = jobEnvironment(three, 'c');
    assert.deepEqual([env.SLURM_JOB_NODELIST, env.SLURM_NNODES, env.SLURM_TASKS_PER_NODE, env.SLURM_JOB_CPUS_PER_NODE], ['c[1-2]', '2', '2,1', '2,1']);
    const j = render(three);
    assert.deepEqual([j.nodes, j.node_count?.number, j.cpus?.number, j.job_resources?.nodes?.count], ['c[1-2]', 2, 3, 2]);
    // min_nodes wider than needed: a task on each; max_nodes too narrow: waits for nodes big enough (PartitionConfig here).
    const wide = submit({ tasks: 3, minimum_nodes: 3 });
    const narrow = submit({ tasks: 3, maximum_nodes: 1 });
    engine.exited(three.jobId, { kind: 'code', code: 0, oomKills: 0 });
    engine.exited(pairs.jobId, { kind: 'code', code: 0, oomKills: 0 });
    cycle();
    assert.deepEqual(wide.allocation?.map((a) => [a.node, a.tasks]), [['c1', 1], ['c2', 1], ['c3', 1]]);
    assert.deepEqual([narrow.state, narrow.stateReason], ['PENDING', 'PartitionConfig']);
    // A pending spread job shows the nodes it would get.
    const big = submit({ tasks: 7 });
    cycle();
    assert.deepEqual([big.stateReason, render(big).node_count?.number, render(big).max_nodes?.number], ['Resources', 4, 7]);
  });
});
