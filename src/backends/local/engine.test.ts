// The engine alone: job states and decisions with a fake clock and an in-memory store. No process
// is started and no timer set; what the runtime would report (launch, exit, time limit) is
// reported by hand. Reasons and queue order are scheduler.ts's (units.test.ts); what real
// processes do with the decisions is local-backend.test.ts's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { engineHarness, FULL_KILL, launchedIds, MemoryStore, refusalOf, T0, type EngineHarnessOptions } from '../../../test/support/engine-harness.ts';
import { dependencyString, parseDependency } from './dependency.ts';
import type { Decision, JobEngine } from './engine.ts';
import type { JobRecord } from './types.ts';

function setup(opts: EngineHarnessOptions = {}) {
  const { clock, store, engine, admit, trySubmit, cycle } = engineHarness(opts);
  /** An admitted submit asks for a scheduling cycle and nothing else. */
  const submit = (job: Record<string, unknown> = {}): JobRecord => {
    const admitted = admit(job);
    assert.deepEqual(admitted.decisions, [{ kind: 'schedule' }]);
    return admitted.job;
  };
  /** A submit that may be refused: validate (syntax) then the engine (jobs it holds); the refusal or the job id. */
  const submitOrRefusal = (job: Record<string, unknown>): { jobId?: number; errorNumber?: number; error?: string } => {
    const r = trySubmit(job);
    return r.ok ? { jobId: r.job.jobId } : refusalOf(r);
  };
  /** Run `job` (next cycle) until its process is reported started; the decisions that follow. */
  const run = (job: JobRecord): Decision[] => {
    assert.deepEqual(launchedIds(cycle()), [job.jobId]);
    return engine.launchSucceeded(job.jobId, 40000 + job.jobId, '12345');
  };
  return { clock, store, engine, submit, submitOrRefusal, cycle, run };
}

describe('job engine (fake clock, no processes)', () => {
  test('a job pends, starts on its allocation, completes; its cores then go to the job waiting for them', () => {
    const { clock, store, engine, submit, cycle } = setup();
    const a = submit({ tasks: 2 }); // the whole node (n1, 2 cpus)
    assert.equal(a.state, 'PENDING');
    assert.equal(a.submitTime, T0);

    clock.seconds += 5;
    const first = cycle();
    assert.deepEqual(first, [{ kind: 'launch', job: a, allocation: [{ node: 'n1', cpus: 2, cores: [0, 1], memory: 0, tasks: 2 }] }]);
    assert.equal(a.state, 'RUNNING');
    assert.equal(a.startTime, T0 + 5);
    assert.equal(a.endTime, T0 + 5 + 600, 'end_time while running: when the time limit (partition DefaultTime, 10) will end it');
    assert.deepEqual(engine.allocator.usage('n1'), { cpus: 2, memory: 0 });

    const b = submit({ tasks: 1 });
    assert.deepEqual(cycle(), [], 'no room for b');
    assert.equal(b.state, 'PENDING');
    assert.equal(b.stateReason, 'Resources');

    assert.deepEqual(engine.launchSucceeded(a.jobId, 4242, '777'), [{ kind: 'time-limit', jobId: a.jobId, afterMs: 600_000 }]);
    assert.deepEqual([a.pid, a.pidStart], [4242, '777']);

    clock.seconds += 10;
    assert.deepEqual(engine.exited(a.jobId, { kind: 'code', code: 0, oomKills: 0 }), [{ kind: 'ended', jobId: a.jobId, state: 'COMPLETED' }]);
    assert.deepEqual([a.state, a.stateReason, a.completing, a.endTime], ['COMPLETED', 'None', false, T0 + 15]);
    assert.deepEqual(a.exit, { kind: 'code', code: 0, signal: 0 });
    assert.equal(engine.lastBusy.get('n1'), T0 + 15);
    assert.equal(store.rows.get(a.jobId)?.state, 'COMPLETED', 'every change is stored');

    assert.deepEqual(launchedIds(cycle()), [b.jobId]);
    assert.deepEqual(engine.allocator.usage('n1'), { cpus: 1, memory: 0 });
    assert.deepEqual(Object.fromEntries(store.counters), { jobs_started: 2, jobs_completed: 1 });
  });

  test('cancel of a pending job: CANCELLED at once with its pending reason, never started; a signal instead is refused', () => {
    const { clock, store, engine, submit, cycle } = setup();
    const held = submit({ hold: true });
    const other = submit({ hold: true });
    cycle();
    assert.equal(held.stateReason, 'JobHeldUser');

    assert.deepEqual(engine.cancel(other.jobId, { ...FULL_KILL, signal: 2, signalGiven: true }), { ok: false, refusal: 'not-alterable' });
    assert.equal(other.state, 'PENDING');

    clock.seconds += 7;
    assert.deepEqual(engine.cancel(held.jobId, FULL_KILL), { ok: true, decisions: [{ kind: 'ended', jobId: held.jobId, state: 'CANCELLED' }] });
    assert.deepEqual([held.state, held.stateReason, held.startTime, held.endTime, held.completing], ['CANCELLED', 'JobHeldUser', T0 + 7, T0 + 7, false]);
    assert.equal(held.pid, null);
    assert.equal(store.counters.get('jobs_canceled'), 1);

    // ?signal=SIGKILL is a cancel too; then nothing is left to schedule, and a second cancel is too late.
    assert.equal(engine.cancel(other.jobId, { ...FULL_KILL, signalGiven: true }).ok, true);
    assert.equal(engine.schedule(), null);
    assert.deepEqual(engine.cancel(held.jobId, FULL_KILL), { ok: false, refusal: 'finished' });
    assert.deepEqual(engine.cancel(999, FULL_KILL), { ok: false, refusal: 'unknown' });
  });

  test('cancel of a running job: CANCELLED (completing) at once, the kill once it has a process, the signal it died of kept', () => {
    const { clock, store, engine, submit, cycle, run } = setup();
    const a = submit();
    run(a);
    clock.seconds += 3;
    assert.deepEqual(engine.cancel(a.jobId, FULL_KILL), { ok: true, decisions: [{ kind: 'kill', jobId: a.jobId, reason: 'cancel by alice' }] });
    assert.deepEqual([a.state, a.stateReason, a.completing, a.endTime], ['CANCELLED', 'None', true, T0 + 3]);
    assert.deepEqual(engine.cancel(a.jobId, FULL_KILL), { ok: false, refusal: 'finished' });
    engine.signalDelivered(a.jobId, 15, 'cancel by alice', false);
    assert.deepEqual(a.signals, [{ at: T0 + 3, signal: 15, reason: 'cancel by alice' }]);

    clock.seconds += 1;
    assert.deepEqual(engine.exited(a.jobId, { kind: 'signal', signal: 15, oomKills: 0 }), [{ kind: 'ended', jobId: a.jobId, state: 'CANCELLED' }]);
    assert.deepEqual([a.state, a.completing, a.endTime], ['CANCELLED', false, T0 + 3], 'ended when cancelled, not when its processes were gone');
    assert.deepEqual(a.exit, { kind: 'signal', code: 0, signal: 15 });
    assert.deepEqual(engine.allocator.usage('n1'), { cpus: 0, memory: 0 });

    // Cancelled while its process was being started: the kill comes with the launch.
    const b = submit();
    assert.deepEqual(launchedIds(cycle()), [b.jobId]);
    assert.deepEqual(engine.cancel(b.jobId, FULL_KILL), { ok: true, decisions: [] }, 'no process yet: nothing to signal');
    assert.deepEqual(engine.launchSucceeded(b.jobId, 40002, null), [{ kind: 'kill', jobId: b.jobId, reason: 'cancel' }]);
    assert.deepEqual(Object.fromEntries(store.counters), { jobs_started: 2, jobs_canceled: 2 });
  });

  test('a signal to a running job is only delivered (queued while it is being started); dying of it is FAILED RaisedSignal', () => {
    const { engine, submit, cycle } = setup();
    const a = submit({ time_limit: 5 });
    cycle();
    const usr1 = { signal: 10, signalGiven: true, batchOnly: true, by: 'alice' };
    assert.deepEqual(engine.cancel(a.jobId, usr1), { ok: true, decisions: [] });
    assert.deepEqual(engine.launchSucceeded(a.jobId, 40001, null), [
      { kind: 'signal', jobId: a.jobId, signal: 10, batchOnly: true, reason: 'cancel (queued during launch)' },
      { kind: 'time-limit', jobId: a.jobId, afterMs: 300_000 },
    ]);
    assert.deepEqual(engine.cancel(a.jobId, { ...usr1, signal: 2, batchOnly: false }), {
      ok: true,
      decisions: [{ kind: 'signal', jobId: a.jobId, signal: 2, batchOnly: false, reason: 'cancel by alice (INT)' }],
    });
    engine.signalDelivered(a.jobId, 2, 'cancel by alice (INT)', true);
    assert.deepEqual([a.state, a.signalledByCancel], ['RUNNING', true]);

    engine.exited(a.jobId, { kind: 'signal', signal: 2, oomKills: 0 });
    assert.deepEqual([a.state, a.stateReason, a.stateDescription], ['FAILED', 'RaisedSignal', 'RaisedSignal:2(Interrupt)']);
  });

  test('time limit reached: TIMEOUT at once and the kill; the signal that ended it is its exit code', () => {
    const { clock, store, engine, submit, run } = setup();
    const a = submit({ time_limit: 2 });
    assert.deepEqual(run(a), [{ kind: 'time-limit', jobId: a.jobId, afterMs: 120_000 }]);
    clock.seconds += 120;
    assert.deepEqual(engine.timeLimitReached(a.jobId), [{ kind: 'kill', jobId: a.jobId, reason: 'time limit' }]);
    assert.deepEqual([a.state, a.stateReason, a.completing, a.endTime], ['TIMEOUT', 'TimeLimit', true, T0 + 120]);
    assert.deepEqual(engine.timeLimitReached(a.jobId), [], 'once');
    assert.deepEqual(engine.cancel(a.jobId, FULL_KILL), { ok: false, refusal: 'finished' });

    clock.seconds += 5; // KillWait: it ignored SIGTERM
    assert.deepEqual(engine.exited(a.jobId, { kind: 'signal', signal: 9, oomKills: 0 }), [{ kind: 'ended', jobId: a.jobId, state: 'TIMEOUT' }]);
    assert.deepEqual([a.state, a.completing, a.endTime], ['TIMEOUT', false, T0 + 120]);
    assert.deepEqual(a.exit, { kind: 'signal', code: 0, signal: 9 });
    assert.equal(store.counters.get('jobs_failed'), 1);

    const done = submit({ time_limit: 2 });
    run(done);
    engine.exited(done.jobId, { kind: 'code', code: 0, oomKills: 0 });
    assert.deepEqual(engine.timeLimitReached(done.jobId), [], 'a limit reported late changes nothing');
    assert.equal(done.state, 'COMPLETED');
  });

  test('finished jobs are purged minJobAge seconds after they end (their records stay stored); running and completing ones never', () => {
    const { clock, store, engine, submit, cycle } = setup({ config: { minJobAge: 300, nodes: [{ name: 'n1', cpus: 4, memory: 2048 }] } });
    const done = submit();
    const running = submit();
    const killed = submit();
    assert.equal(launchedIds(cycle()).length, 3);
    engine.launchSucceeded(done.jobId, 1, null);
    engine.launchSucceeded(running.jobId, 2, null);
    engine.launchSucceeded(killed.jobId, 3, null);
    engine.exited(done.jobId, { kind: 'code', code: 0, oomKills: 0 });
    engine.cancel(killed.jobId, FULL_KILL); // its processes never end here

    clock.seconds += 299;
    assert.equal(engine.purge(), 0);
    assert.ok(engine.get(done.jobId));
    const before = engine.lastUpdate;
    clock.seconds += 1;
    assert.equal(engine.purge(), 1);
    assert.equal(engine.get(done.jobId), undefined);
    assert.deepEqual(engine.jobs().map((j) => j.jobId), [running.jobId, killed.jobId]);
    assert.ok(engine.lastUpdate > before, 'the job list changed');
    assert.equal(store.rows.get(done.jobId)?.state, 'COMPLETED');

    clock.seconds += 10_000;
    assert.equal(engine.purge(), 0);
    assert.equal(engine.jobs().length, 2);
  });

  test('restart: old finished jobs are gone, recent ones listed, running ones NODE_FAIL (killed or found gone), pending ones start', () => {
    const store = new MemoryStore();
    const before = setup({ store, config: { nodes: [{ name: 'n1', cpus: 4, memory: 2048 }] } });
    const old = before.submit();
    before.run(old);
    before.engine.exited(old.jobId, { kind: 'code', code: 0, oomKills: 0 });
    before.clock.seconds += 400;
    const recent = before.submit();
    before.run(recent);
    before.engine.exited(recent.jobId, { kind: 'code', code: 1, oomKills: 0 });
    const alive = before.submit();
    const gone = before.submit();
    assert.deepEqual(launchedIds(before.cycle()), [alive.jobId, gone.jobId]);
    before.engine.launchSucceeded(alive.jobId, 40003, '1');
    before.engine.launchSucceeded(gone.jobId, 40004, '1');
    const queued = before.submit({ tasks: 4 }); // needs the whole node
    assert.equal(before.engine.schedule()?.decisions.length, 0);
    // The gateway process dies here.

    const after = setup({ store, at: T0 + 500, config: { nodes: [{ name: 'n1', cpus: 4, memory: 2048 }] } });
    const { engine } = after;
    assert.deepEqual(engine.jobs().map((j) => [j.jobId, j.state]), [[recent.jobId, 'FAILED'], [alive.jobId, 'RUNNING'], [gone.jobId, 'RUNNING'], [queued.jobId, 'PENDING']]);
    assert.deepEqual(engine.interrupted().map((j) => j.jobId), [alive.jobId, gone.jobId]);
    assert.deepEqual(engine.lostByGateway(alive.jobId, 'restart', true), [{ kind: 'ended', jobId: alive.jobId, state: 'NODE_FAIL' }]);
    engine.lostByGateway(gone.jobId, 'restart', false);
    const a = engine.get(alive.jobId)!;
    const g = engine.get(gone.jobId)!;
    assert.deepEqual([a.state, a.stateReason, a.endTime], ['NODE_FAIL', 'NodeDown', T0 + 500]);
    assert.equal(a.stateDescription, 'The gateway restarted while the job was running; its processes were killed');
    assert.deepEqual(a.signals, [{ at: T0 + 500, signal: 9, reason: 'gateway restart' }]);
    assert.deepEqual(a.exit, { kind: 'signal', code: 0, signal: 9 });
    assert.equal(g.stateDescription, 'The gateway restarted while the job was running; its processes had already ended');
    assert.deepEqual([g.signals, g.exit.kind], [[], 'none']);
    assert.deepEqual(engine.interrupted(), []);
    assert.equal(store.rows.get(alive.jobId)?.state, 'NODE_FAIL');

    // The new process holds nothing for its predecessor's jobs: the queued job gets the whole node.
    assert.deepEqual(launchedIds(after.cycle()), [queued.jobId]);
    assert.deepEqual(engine.allocator.usage('n1'), { cpus: 4, memory: 0 });
    // Shutting down ends it the same way, and gives its cores back.
    engine.lostByGateway(queued.jobId, 'shutdown', true);
    assert.equal(engine.get(queued.jobId)?.stateDescription, 'The gateway shut down while the job was running; its processes were killed');
    assert.deepEqual(engine.allocator.usage('n1'), { cpus: 0, memory: 0 });
  });

  test('the engine starts no process and reads no wall clock: it imports nothing of the runtime', () => {
    const source = readFileSync(new URL('./engine.ts', import.meta.url), 'utf8');
    const valueImports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)'/gm)].map((m) => m[1]);
    // The local runtime's modules (accounts.ts there looks up OS accounts; the contract's is pure).
    const runtime = /child_process|node:timers|^\.\/(executor|runtime|job-timers|cgroups|proc|launcher|accounts)\.ts$/;
    assert.deepEqual(valueImports.filter((m) => runtime.test(m)), []);
    assert.doesNotMatch(source.replace(/^\s*(\/\/|\*).*$/gm, ''), /\b(setTimeout|setInterval|setImmediate|Date\.now|process\.(hrtime|kill))\b/);
  });
});

describe('job dependencies (fake clock; what real slurmctld 26.05 showed, see dependency.ts)', () => {
  const view = (j: JobRecord) => [j.state, j.stateReason, dependencyString(j.dependency)];
  const exit = (engine: JobEngine, j: JobRecord, code: number) => engine.exited(j.jobId, { kind: 'code', code, oomKills: 0 });

  test('parse: lists, several ids, +time, old form, duplicates; every malformed spec is 2038', () => {
    const spec = (s: string) => {
      const p = parseDependency(s);
      return p.ok ? dependencyString(p.dependency) : p.errorNumber;
    };
    assert.equal(spec(''), '');
    assert.equal(spec('0'), '');
    assert.equal(spec('afterok:5:6'), 'afterok:5(unfulfilled),afterok:6(unfulfilled)');
    assert.equal(spec('AFTEROK:5'), 'afterok:5(unfulfilled)');
    assert.equal(spec('afterok:5,afterany:5'), 'afterok:5(unfulfilled),afterany:5(unfulfilled)');
    assert.equal(spec('afterok:5?afternotok:6'), 'afterok:5(unfulfilled)?afternotok:6(unfulfilled)');
    assert.equal(spec('after:5+1'), 'after:5+1(unfulfilled)');
    assert.equal(spec('after:5+2:6'), 'after:5+2(unfulfilled),after:6+2(unfulfilled)', 'slurmctld keeps the +time for the ids after it');
    assert.equal(spec('afterok:5(failed)'), 'afterok:5(failed)');
    assert.equal(spec('singleton'), 'singleton(unfulfilled)');
    assert.equal(spec('5,6'), 'afterany:5(unfulfilled),afterany:6(unfulfilled)');
    assert.equal(spec('aftercorr:5'), 'aftercorr:5(unfulfilled)');
    assert.equal(spec('afterburstbuffer:5'), 'afterburstbuffer:5(unfulfilled)');
    assert.equal(spec('afterany:5_1'), 'afterany:5_1(unfulfilled)');
    assert.equal(spec('after:5_*'), 'after:5_*(unfulfilled)');
    assert.equal(spec('afterany:5_[1-2,4]'), 'afterany:5_1(unfulfilled),afterany:5_2(unfulfilled),afterany:5_4(unfulfilled)');
    for (const bad of ['afterok:0', 'afterok:abc', 'foo:5', 'afterok', 'afterok:', 'afterok:5,', 'afterok:5?afterok:6,afterany:5', 'after:5+abc', 'after:5+0', 'afterok:5_', 'afterok:5_x', 'afterany:5_[1-', 'afterany:5_[a]', 'afterok:5.0', 'singleton:5', ' afterok:5', '5?6', '5,afterok:6', 'afterok:5(failed']) {
      assert.equal(spec(bad), 2038, bad);
    }
  });

  test('afterok, afternotok, afterany, after on a job that completes: as real, the string shrinks as items are decided', () => {
    const { engine, submit, cycle, run } = setup();
    const parent = submit({ name: 'p' });
    run(parent);
    const ok = submit({ dependency: `afterok:${parent.jobId}` });
    const notok = submit({ dependency: `afternotok:${parent.jobId}` });
    const any = submit({ dependency: `afterany:${parent.jobId}` });
    const started = submit({ dependency: `after:${parent.jobId}` });
    const both = submit({ dependency: `afterok:${parent.jobId},afterany:${parent.jobId}` });
    const either = submit({ dependency: `afternotok:${parent.jobId}?afterany:${parent.jobId}` });
    assert.deepEqual([ok.eligibleTime, ok.accrueTime], [0, 0], 'not eligible while dependent');
    cycle();
    assert.deepEqual(view(ok), ['PENDING', 'Dependency', `afterok:${parent.jobId}(unfulfilled)`]);
    assert.deepEqual(view(notok), ['PENDING', 'Dependency', `afternotok:${parent.jobId}(unfulfilled)`]);
    assert.deepEqual(view(any), ['PENDING', 'Dependency', `afterany:${parent.jobId}(unfulfilled)`]);
    assert.deepEqual(view(both), ['PENDING', 'Dependency', `afterok:${parent.jobId}(unfulfilled),afterany:${parent.jobId}(unfulfilled)`]);
    // after: the parent has started, so it holds at once (and the job needs a free cpu: n1 has 2).
    assert.equal(started.state, 'RUNNING');
    assert.equal(dependencyString(started.dependency), '');

    exit(engine, parent, 0);
    exit(engine, started, 0);
    cycle();
    assert.deepEqual(view(notok), ['PENDING', 'DependencyNeverSatisfied', `afternotok:${parent.jobId}(failed)`]);
    assert.equal(ok.state, 'RUNNING');
    assert.equal(ok.eligibleTime, engine.now());
    assert.equal(any.state, 'RUNNING');
    assert.deepEqual(view(both), ['PENDING', 'Resources', ''], 'holds; waits for a cpu');
    assert.deepEqual(view(either), ['PENDING', 'Priority', ''], '? : afterany held, that is enough');
    // Never satisfied stays so: it is tested no more, even when the engine restarts.
    cycle();
    assert.deepEqual(view(notok), ['PENDING', 'DependencyNeverSatisfied', `afternotok:${parent.jobId}(failed)`]);
  });

  test('a parent that fails or is cancelled while pending: afterok never satisfied (stays PENDING, frozen), afternotok/afterany/after run; ? holds while any item may', () => {
    const { engine, submit, cycle, run } = setup({ config: { nodes: [{ name: 'n1', cpus: 8, memory: 2048 }] } });
    const failing = submit();
    run(failing);
    const running = submit();
    run(running);
    const held = submit({ hold: true });
    const and = submit({ dependency: `afterok:${failing.jobId},afterok:${running.jobId}` });
    const or = submit({ dependency: `afterok:${failing.jobId}?afterok:${running.jobId}` });
    const orNot = submit({ dependency: `afterok:${failing.jobId}?afternotok:${failing.jobId}` });
    const onHeld = submit({ dependency: `afterok:${held.jobId}` });
    const notOnHeld = submit({ dependency: `afternotok:${held.jobId}` });
    const anyOnHeld = submit({ dependency: `afterany:${held.jobId}` });
    const afterHeld = submit({ dependency: `after:${held.jobId}` });
    cycle();
    assert.equal(afterHeld.stateReason, 'Dependency', 'after: waits while the job is pending');

    exit(engine, failing, 3);
    cycle();
    assert.deepEqual(view(and), ['PENDING', 'DependencyNeverSatisfied', `afterok:${failing.jobId}(failed),afterok:${running.jobId}(unfulfilled)`]);
    assert.deepEqual(view(or), ['PENDING', 'Dependency', `afterok:${failing.jobId}(failed)?afterok:${running.jobId}(unfulfilled)`]);
    assert.equal(orNot.state, 'RUNNING');

    exit(engine, running, 1);
    cycle();
    assert.deepEqual(view(or), ['PENDING', 'DependencyNeverSatisfied', `afterok:${failing.jobId}(failed)?afterok:${running.jobId}(failed)`]);
    assert.deepEqual(view(and), ['PENDING', 'DependencyNeverSatisfied', `afterok:${failing.jobId}(failed),afterok:${running.jobId}(unfulfilled)`], 'frozen once never satisfied');

    // The parent cancelled while pending: no cascade (kill_on_invalid_dep is off by default).
    assert.equal(engine.cancel(held.jobId, FULL_KILL).ok, true);
    cycle();
    assert.deepEqual(view(onHeld), ['PENDING', 'DependencyNeverSatisfied', `afterok:${held.jobId}(failed)`]);
    for (const j of [notOnHeld, anyOnHeld, afterHeld]) assert.equal(j.state, 'RUNNING', dependencyString(j.dependency));

    // A pending dependent job cancelled: CANCELLED, its reason and dependency kept.
    assert.equal(engine.cancel(onHeld.jobId, FULL_KILL).ok, true);
    assert.deepEqual(view(onHeld), ['CANCELLED', 'DependencyNeverSatisfied', `afterok:${held.jobId}(failed)`]);
    assert.equal(engine.cancel(or.jobId, FULL_KILL).ok, true);
    assert.equal(or.stateReason, 'DependencyNeverSatisfied');
  });

  test('flag KILL_INVALID_DEPENDENCY: a dependency that can never hold cancels the job, reason DependencyNeverSatisfied', () => {
    const { engine, clock, submit, cycle, run } = setup();
    const parent = submit();
    run(parent);
    const dep = submit({ dependency: `afterok:${parent.jobId}`, flags: ['KILL_INVALID_DEPENDENCY'] });
    cycle();
    assert.equal(dep.stateReason, 'Dependency');
    clock.seconds += 4;
    exit(engine, parent, 2);
    const ds = cycle();
    assert.deepEqual(ds, [{ kind: 'ended', jobId: dep.jobId, state: 'CANCELLED' }]);
    assert.deepEqual(view(dep), ['CANCELLED', 'DependencyNeverSatisfied', `afterok:${parent.jobId}(failed)`]);
    assert.deepEqual([dep.startTime, dep.endTime], [T0 + 4, T0 + 4]);
  });

  test('singleton: waits while a job of the same user and name runs or is queued before it', () => {
    const { engine, submit, cycle } = setup({ config: { nodes: [{ name: 'n1', cpus: 8, memory: 2048 }] } });
    const first = submit({ name: 'solo' });
    const second = submit({ name: 'solo', dependency: 'singleton' });
    const third = submit({ name: 'solo', dependency: 'singleton,singleton' });
    const other = submit({ name: 'other', dependency: 'singleton' });
    cycle();
    assert.equal(first.state, 'RUNNING');
    assert.equal(other.state, 'RUNNING');
    assert.deepEqual(view(second), ['PENDING', 'Dependency', 'singleton(unfulfilled)']);
    assert.deepEqual(view(third), ['PENDING', 'Dependency', 'singleton(unfulfilled)'], 'duplicates dropped');
    engine.launchSucceeded(first.jobId, 1, null);
    exit(engine, first, 1);
    cycle();
    assert.equal(second.state, 'RUNNING', 'any end will do');
    assert.equal(third.stateReason, 'Dependency');
    exit(engine, second, 0);
    cycle();
    assert.equal(third.state, 'RUNNING');
  });

  test('after:<id>+<minutes>: holds that long after the job started; aftercorr between plain jobs is afterok', () => {
    const { engine, clock, submit, cycle, run } = setup({ config: { nodes: [{ name: 'n1', cpus: 8, memory: 2048 }] } });
    const parent = submit();
    run(parent);
    const later = submit({ dependency: `after:${parent.jobId}+2` });
    const corr = submit({ dependency: `aftercorr:${parent.jobId}` });
    clock.seconds += 119;
    cycle();
    assert.deepEqual(view(later), ['PENDING', 'Dependency', `after:${parent.jobId}+2(unfulfilled)`]);
    clock.seconds += 1;
    cycle();
    assert.equal(later.state, 'RUNNING');
    exit(engine, parent, 0);
    cycle();
    assert.equal(corr.state, 'RUNNING');
  });

  test('submit refusals as slurmctld: afterok/afternotok on a job it does not hold 2038, expand 2036; after/afterany on one accepted and held at once', () => {
    const { engine, submit, submitOrRefusal, cycle } = setup();
    const problem = { errorNumber: 2038, error: 'Job dependency problem' };
    assert.deepEqual(submitOrRefusal({ dependency: 'afterok:4242' }), problem);
    assert.deepEqual(submitOrRefusal({ dependency: 'afternotok:4242' }), problem);
    assert.deepEqual(submitOrRefusal({ dependency: 'afterok:4242?afterany:4242' }), problem);
    assert.deepEqual(submitOrRefusal({ dependency: 'afterok:x' }), problem);
    const parent = submit();
    assert.deepEqual(submitOrRefusal({ dependency: `expand:${parent.jobId}` }), { errorNumber: 2036, error: 'Requested operation not supported on this system' });
    // Array forms: no arrays here, so no such job (as real for a job that is no array).
    assert.deepEqual(submitOrRefusal({ dependency: `afterok:${parent.jobId}_1` }), problem);
    assert.deepEqual(submitOrRefusal({ dependency: `afternotok:${parent.jobId}_*` }), problem);
    const task = submit({ dependency: `afterany:${parent.jobId}_[1-2]` });
    assert.equal(dependencyString(task.dependency), `afterany:${parent.jobId}_1(unfulfilled),afterany:${parent.jobId}_2(unfulfilled)`);
    const gone = submit({ dependency: 'afterany:4242' });
    const gone2 = submit({ dependency: '4242' });
    cycle();
    assert.deepEqual(view(gone), ['PENDING', 'Resources', '']);
    assert.equal(dependencyString(task.dependency), '');
    assert.equal(dependencyString(gone2.dependency), '');
  });

  test("another project's job or array is, to a dependency, a job that does not exist: afterok refused 2038 alike, afterany fulfilled at once, no <id>_* for its array", () => {
    const { engine, submit, submitOrRefusal, cycle } = setup();
    const theirs = submit({ account: 'proj-b', hold: true, name: 'theirs' });
    const theirArray = submit({ account: 'proj-b', hold: true, array: '1-3' });
    const missing = 9_000_000;
    const refusal = submitOrRefusal({ dependency: `afterok:${missing}` });
    assert.equal(refusal.errorNumber, 2038);
    for (const id of [theirs.jobId, theirArray.jobId]) {
      assert.deepEqual(submitOrRefusal({ dependency: `afterok:${id}` }), refusal, `afterok on another project's ${id}`);
      assert.deepEqual(submitOrRefusal({ dependency: `afternotok:${id}` }), refusal);
    }
    const anyTheirs = submitOrRefusal({ dependency: `afterany:${theirs.jobId}` });
    const anyArray = submitOrRefusal({ dependency: `afterany:${theirArray.jobId}` });
    const anyMissing = submitOrRefusal({ dependency: `afterany:${missing}` });
    cycle();
    for (const r of [anyTheirs, anyArray, anyMissing]) assert.equal(dependencyString(engine.get(r.jobId!)!.dependency), '', 'fulfilled at once, as for a missing job');
    // Their own project still depends on them as before.
    const own = submit({ account: 'proj-b', dependency: `afterok:${theirArray.jobId}`, hold: true });
    assert.equal(dependencyString(own.dependency), `afterok:${theirArray.jobId}_*(unfulfilled)`);
  });

  test('a held job with a dependency waits held; the dependency is shown and DEPENDENT with it', () => {
    const { submit, cycle, run } = setup();
    const parent = submit();
    run(parent);
    const held = submit({ hold: true, dependency: `afterok:${parent.jobId}` });
    cycle();
    assert.deepEqual(view(held), ['PENDING', 'JobHeldUser', `afterok:${parent.jobId}(unfulfilled)`]);
  });
});
