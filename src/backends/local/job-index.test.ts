// The engine at queue sizes where looking at every job would show: what a cycle walks (held and
// dependent jobs never, runnable ones up to default_queue_depth, all of them once every
// sched_interval), what jobs beyond the depth show, and the counts a submit is checked against,
// kept right through cancels, ends, purges and a restart. Fake clock, in-memory store.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineHarness, FULL_KILL, MemoryStore, T0, type EngineHarnessOptions } from '../../../test/support/engine-harness.ts';
import type { JobRecord } from './types.ts';

/** The harness with room for many jobs (MaxJobCount 100000); submits name the account proj-a. */
function setup(opts: EngineHarnessOptions = {}) {
  const { clock, store, engine, trySubmit } = engineHarness({ ...opts, config: { maxJobCount: 100_000, ...opts.config } });
  const submit = (job: Record<string, unknown> = {}, user = 'alice') => {
    const r = trySubmit({ account: 'proj-a', ...job }, user);
    assert.ok(!('errors' in r), 'valid');
    return r;
  };
  const ok = (job: Record<string, unknown> = {}, user?: string): JobRecord => {
    const a = submit(job, user);
    assert.ok(a.ok, `admitted: ${a.ok ? '' : a.error}`);
    return a.job;
  };
  return { clock, store, engine, submit, ok };
}

describe('indexed queue (job-index.ts)', () => {
  test('held jobs and jobs waiting on a dependency are not walked: they keep their reason and last_sched_evaluation, as on real slurmctld', () => {
    const { clock, engine, ok } = setup({ engine: { fullQueueInterval: 1 } });
    const anchor = ok({ hold: true });
    const held = Array.from({ length: 500 }, () => ok({ hold: true }));
    const dependent = Array.from({ length: 500 }, () => ok({ dependency: `afterok:${anchor.jobId}` }));
    const runnable = ok({ tasks: 1 });
    clock.seconds += 5;
    const first = engine.schedule({ full: true })!;
    assert.equal(first.depth, 1, 'a full cycle walks the one runnable job only');
    assert.equal(runnable.state, 'RUNNING');
    clock.seconds += 5;
    const second = engine.schedule({ full: true })!;
    assert.equal(second.depth, 0);
    for (const j of held) assert.deepEqual([j.state, j.stateReason, j.lastSchedEvaluation], ['PENDING', 'JobHeldUser', T0]);
    for (const j of dependent) assert.deepEqual([j.state, j.stateReason, j.lastSchedEvaluation], ['PENDING', 'Dependency', T0]);
    assert.deepEqual(engine.counts(), { pending: 1001, running: 1 });
  });

  test('a dependency is tested when something it may depend on changed, not at every cycle', () => {
    const { engine, ok } = setup();
    const anchor = ok({ tasks: 1 });
    const dep = ok({ dependency: `afterany:${anchor.jobId}` });
    engine.schedule(); // anchor starts; dep's new dependency is tested once
    engine.schedule(); // and again, since anchor started
    assert.equal(anchor.state, 'RUNNING');
    assert.equal(dep.stateReason, 'Dependency');
    let reads = 0;
    const value = dep.dependency;
    Object.defineProperty(dep, 'dependency', {
      configurable: true,
      get: () => {
        reads++;
        return value;
      },
      set: () => assert.fail('not rewritten'),
    });
    for (let i = 0; i < 5; i++) engine.schedule({ full: false });
    assert.equal(reads, 0, 'nothing started or ended: the dependency was not looked at');
    Object.defineProperty(dep, 'dependency', { configurable: true, writable: true, value });
    engine.cancel(anchor.jobId, FULL_KILL);
    engine.exited(anchor.jobId, { kind: 'signal', signal: 15, oomKills: 0 });
    engine.schedule({ full: false });
    assert.equal(dep.dependency?.specs.length, 0, 'afterany held once the job ended');
    assert.equal(dep.state, 'RUNNING');
  });

  test('a cycle walks at most default_queue_depth runnable jobs; those beyond keep their last reason and evaluation time; a full cycle walks them all', () => {
    const { clock, engine, ok } = setup({ engine: { defaultQueueDepth: 10, fullQueueInterval: 60 } });
    const first = ok({ tasks: 2 }); // fills n1
    const waiting = Array.from({ length: 200 }, () => ok({ tasks: 1 }));
    clock.seconds += 1;
    const full = engine.schedule()!; // the first cycle is a full one (none ran before)
    assert.equal(full.depth, 201);
    assert.equal(first.state, 'RUNNING');
    assert.equal(waiting[0].stateReason, 'Resources');
    for (const j of waiting.slice(1)) assert.deepEqual([j.stateReason, j.lastSchedEvaluation], ['Priority', T0 + 1]);

    clock.seconds += 10;
    const bounded = engine.schedule()!;
    assert.equal(bounded.depth, 10, 'default_queue_depth');
    for (const j of waiting.slice(0, 10)) assert.equal(j.lastSchedEvaluation, T0 + 11);
    for (const j of waiting.slice(10)) assert.deepEqual([j.stateReason, j.lastSchedEvaluation], ['Priority', T0 + 1], 'beyond the depth: untouched');

    // The first job ends: the next cycle starts the head of the queue; the rest keep their reasons.
    engine.cancel(first.jobId, FULL_KILL);
    engine.exited(first.jobId, { kind: 'signal', signal: 15, oomKills: 0 });
    clock.seconds += 10;
    const after = engine.schedule()!;
    assert.equal(after.depth, 10);
    assert.deepEqual(waiting.slice(0, 2).map((j) => j.state), ['RUNNING', 'RUNNING']);
    assert.equal(waiting[2].stateReason, 'Resources');
    assert.equal(waiting[150].lastSchedEvaluation, T0 + 1);

    clock.seconds += 60;
    assert.equal(engine.schedule()!.depth, 198, 'sched_interval passed: the whole queue');
    assert.equal(waiting[150].lastSchedEvaluation, T0 + 81);
  });

  test('a job submitted behind queued jobs shows Priority at once, before any cycle reaches it (real: first waiting job None, the next ones Priority)', () => {
    const { clock, engine, ok } = setup({ engine: { defaultQueueDepth: 5 } });
    const running = ok({ tasks: 2 });
    engine.schedule();
    assert.equal(running.state, 'RUNNING');
    const first = ok({ tasks: 1 });
    assert.equal(first.stateReason, 'None', 'nothing queued before it');
    const behind = Array.from({ length: 20 }, () => ok({ tasks: 1 }));
    for (const j of behind) assert.equal(j.stateReason, 'Priority');
    const held = ok({ hold: true });
    assert.equal(held.stateReason, 'JobHeldUser');
    clock.seconds += 1;
    engine.schedule();
    assert.equal(first.stateReason, 'Resources');
    const late = ok({ tasks: 1 });
    assert.deepEqual([late.stateReason, late.lastSchedEvaluation], ['Priority', T0 + 1], 'beyond the depth, shown at submit');
  });

  test('submit caps count pending and running jobs per user and account, right after cancels, ends, purges and a restart', () => {
    const limits = { maxSubmitJobsPerUser: 3, maxSubmitJobsPerAccount: 4 };
    const store = new MemoryStore();
    const { clock, engine, ok, submit } = setup({ config: limits, store });
    const a = ok({ tasks: 1 });
    const b = ok({ tasks: 1 });
    const c = ok({ hold: true });
    const refused = submit({ hold: true });
    assert.deepEqual(refused.ok ? 'admitted' : refused.errorNumber, 2050, "alice's fourth");
    const bobs = ok({ hold: true }, 'bob');
    const accountFull = submit({ hold: true }, 'carol');
    assert.deepEqual(accountFull.ok ? 'admitted' : accountFull.errorNumber, 2050, "proj-a's fifth");
    // PROJ-A is the same SLURM account as proj-a.
    const upper = submit({ hold: true, account: 'PROJ-A' }, 'carol');
    assert.equal(upper.ok, false);

    engine.cancel(c.jobId, FULL_KILL); // a pending job: CANCELLED at once
    ok({ hold: true, name: 'after-cancel' });
    engine.schedule();
    assert.deepEqual([a.state, b.state], ['RUNNING', 'RUNNING']);
    engine.launchSucceeded(a.jobId, 4000, '1');
    engine.cancel(a.jobId, FULL_KILL); // CANCELLED and completing: no longer counted
    const d = ok({ hold: true, name: 'after-running-cancel' });
    assert.equal(submit({ hold: true }).ok, false);
    engine.exited(a.jobId, { kind: 'signal', signal: 15, oomKills: 0 });
    engine.exited(b.jobId, { kind: 'code', code: 0, oomKills: 0 });
    const e = ok({ hold: true, name: 'after-end' });
    assert.equal(submit({ hold: true }).ok, false);
    // Pending: after-cancel, bob's, d and e (alice's three and proj-a's four).
    assert.deepEqual(engine.counts(), { pending: 4, running: 0 });

    clock.seconds += 301;
    assert.equal(engine.purge(), 3, 'a, b and c');
    assert.equal(submit({ hold: true }).ok, false, 'purging finished jobs frees nothing: they were not counted');
    assert.deepEqual(engine.counts(), { pending: 4, running: 0 });

    // A restart: the counts are rebuilt from the stored records.
    const again = setup({ config: limits, store, at: clock.seconds });
    assert.deepEqual(again.engine.counts(), { pending: 4, running: 0 });
    assert.equal(again.submit({ hold: true }).ok, false);
    again.engine.cancel(d.jobId, FULL_KILL);
    assert.equal(again.submit({ hold: true }).ok, true);
    assert.equal(again.submit({ hold: true }, 'bob').ok, false, 'proj-a holds four again');
    assert.ok(bobs && e);
  });

  test('singleton: blocked by the same user and name running or pending before it, whatever else is queued', () => {
    const { engine, ok } = setup();
    for (let i = 0; i < 300; i++) ok({ hold: true, name: `other-${i}` });
    const one = ok({ tasks: 1, name: 'solo' });
    const two = ok({ tasks: 1, name: 'solo', dependency: 'singleton' });
    const bobs = ok({ tasks: 1, name: 'solo', dependency: 'singleton' }, 'bob');
    engine.schedule();
    assert.deepEqual([one.state, two.state, two.stateReason, bobs.state], ['RUNNING', 'PENDING', 'Dependency', 'RUNNING']);
    engine.cancel(one.jobId, FULL_KILL);
    engine.exited(one.jobId, { kind: 'signal', signal: 15, oomKills: 0 });
    engine.schedule();
    assert.equal(two.state, 'RUNNING');
  });
});
