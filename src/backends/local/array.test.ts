// Job arrays: the spec parser and task string against slurmctld's own (values seen on the real
// Slurm 26.05, see test/contract/arrays.test.ts), and the engine's meta record, splits, throttle,
// cancels, restart and dependencies on a fake clock with an in-memory store (no processes).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineHarness, FULL_KILL, MemoryStore, type ConfigOverrides } from '../../../test/support/engine-harness.ts';
import { arrayTaskString, parseArraySpec, parseJobRef } from './array.ts';
import { dependencyString, parseDependency } from './dependency.ts';
import type { Decision } from './engine.ts';
import { jobEnvironment } from './job-environment.ts';
import { expandedPaths } from './render-job.ts';

describe('array specs (slurm_parse_array_tok, _valid_array_inx)', () => {
  const tasks = (spec: string) => {
    const p = parseArraySpec(spec, 1001);
    return p.ok ? (p.array ? p.array.tasks : null) : 'invalid';
  };
  test('ranges, steps, lists, brackets and blanks as slurmctld reads them', () => {
    assert.deepEqual(tasks('1-9:2'), [1, 3, 5, 7, 9]);
    assert.deepEqual(tasks('1,3,5'), [1, 3, 5]);
    assert.deepEqual(tasks('1,,3'), [1, 3]);
    assert.deepEqual(tasks('[1-3]'), [1, 2, 3]);
    assert.deepEqual(tasks(' 1-2'), [1, 2]);
    assert.deepEqual(tasks('+1'), [1]);
    assert.deepEqual(tasks('%2'), [0]);
    assert.deepEqual(tasks('1-1000:1000'), [1]);
    assert.equal(tasks('0-1000')!.length, 1001);
    assert.equal(tasks(''), null);
    assert.equal(tasks(','), null);
  });
  test('what slurmctld refuses (2081): bad tokens, reversed ranges, steps out of range, ids >= MaxArraySize', () => {
    for (const bad of ['1-', 'a', '5-1', '1-9:0', '1-9:x', '0-1001', '1001', '-5', '1:2', '1-3 ', '0x3', '1-9:1001']) {
      assert.deepEqual(parseArraySpec(bad, 1001), { ok: false, errorNumber: 2081, error: 'Invalid job array specification' }, bad);
    }
    assert.equal(parseArraySpec('1-3', 0).ok, false, 'MaxArraySize=0 disables arrays');
    assert.equal(parseArraySpec('1-20', 20).ok, false, 'task ids below MaxArraySize only');
  });
  test('throttle and the step the environment shows', () => {
    const p = parseArraySpec('1-9:2%2', 1001);
    assert.ok(p.ok && p.array);
    assert.deepEqual(p.array.span, { count: 5, min: 1, max: 9, step: 2, maxRun: 2 });
    const q = parseArraySpec('1,3,8%x', 1001);
    assert.ok(q.ok && q.array);
    assert.deepEqual(q.array.span, { count: 3, min: 1, max: 8, step: 1, maxRun: 0 });
  });
  test('array_task_string as slurmrestd formats it (xlate_array_task_str)', () => {
    assert.equal(arrayTaskString([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20], 0), '0-20:2');
    assert.equal(arrayTaskString([1, 3, 5, 7, 9], 0), '1,3,5,7,9');
    assert.equal(arrayTaskString([1, 2, 3, 5, 7, 8], 3), '1-3,5,7-8%3');
    assert.equal(arrayTaskString([5, 7, 9], 0), '5,7,9');
    assert.equal(arrayTaskString([0], 2), '0%2');
    assert.equal(arrayTaskString([], 2), '');
    const long = arrayTaskString(Array.from({ length: 40 }, (_, i) => i * 3 + (i % 2)), 0);
    assert.equal(long.length, 63);
    assert.ok(long.endsWith('...'));
  });
  test('job ids in paths: <id> and <id>_<task> only', () => {
    assert.deepEqual(parseJobRef('12'), { jobId: 12 });
    assert.deepEqual(parseJobRef('12_3'), { jobId: 12, task: 3 });
    for (const bad of ['12_', '_3', '12_abc', '12_3.batch', '12_*']) assert.equal(parseJobRef(bad), null, bad);
  });
});

function setup(store = new MemoryStore(), overrides: ConfigOverrides = {}) {
  const { engine, clock, submit, trySubmit, cycle, render } = engineHarness({ store, config: overrides });
  const launched = (ds: Decision[]) => ds.flatMap((d) => (d.kind === 'launch' ? [d.job] : []));
  /** What GET job/{id} lists for `id`: an array's meta record and its split tasks. */
  const view = (id: number) => engine.lookup(id).map(render);
  return { engine, store, clock, submit, trySubmit, cycle, launched, view };
}

describe('job arrays in the engine (fake clock)', () => {
  test('a meta record splits its lowest task off with a new id at each start; the last task is the meta record itself', () => {
    const { engine, submit, cycle, launched, view, clock } = setup();
    const meta = submit({ array: '1-7:3', standard_output: '/tmp/o-%A_%a-%j.out' });
    assert.equal(meta.jobId, 1);
    const [m] = view(1);
    assert.deepEqual([m!.array_job_id, m!.array_task_id!.set, m!.array_task_string], [{ set: true, infinite: false, number: 1 }, false, '1,4,7']);

    // Two cpus: tasks 1 and 4 start at once, as jobs 2 and 3; the meta record waits for Resources with "7".
    const first = launched(cycle());
    assert.deepEqual(first.map((j) => [j.jobId, j.arrayJobId, j.arrayTaskId]), [[2, 1, 1], [3, 1, 4]]);
    assert.deepEqual(view(1).map((j) => [j.job_id, j.array_task_string, j.job_state![0], j.state_reason]), [
      [1, '7', 'PENDING', 'Resources'],
      [3, '', 'RUNNING', 'None'],
      [2, '', 'RUNNING', 'None'],
    ]);
    assert.equal(expandedPaths(first[0]!).stdout, '/tmp/o-1_1-2.out');
    const env = jobEnvironment(first[1]!, 'testcl');
    assert.deepEqual(
      [env.SLURM_JOB_ID, env.SLURM_ARRAY_JOB_ID, env.SLURM_ARRAY_TASK_ID, env.SLURM_ARRAY_TASK_COUNT, env.SLURM_ARRAY_TASK_MIN, env.SLURM_ARRAY_TASK_MAX, env.SLURM_ARRAY_TASK_STEP],
      ['3', '1', '4', '3', '1', '7', '3'],
    );
    // A task's own id shows that task alone.
    assert.deepEqual(view(2).map((j) => j.job_id), [2]);

    clock.seconds += 5;
    engine.exited(2, { kind: 'code', code: 0, oomKills: 0 });
    const last = launched(cycle());
    assert.deepEqual(last.map((j) => [j.jobId, j.arrayTaskId]), [[1, 7]]);
    const [head] = view(1);
    assert.deepEqual([head!.job_id, head!.array_task_id, head!.array_task_string, head!.job_state], [1, { set: true, infinite: false, number: 7 }, '', ['RUNNING']]);
    assert.equal(expandedPaths(last[0]!).stdout, '/tmp/o-1_7-1.out');
  });

  test('%1 throttle: one task at a time, the meta record waits JobArrayTaskLimit; the next starts when it ends', () => {
    const { engine, submit, cycle, launched, view } = setup();
    submit({ array: '1-3%1' });
    assert.deepEqual(launched(cycle()).map((j) => j.arrayTaskId), [1]);
    assert.deepEqual(launched(cycle()), []);
    const [m, t1] = view(1);
    assert.deepEqual([m!.state_reason, m!.array_task_string, m!.array_max_tasks!.number, t1!.array_max_tasks!.number], ['JobArrayTaskLimit', '2-3%1', 1, 1]);
    engine.exited(2, { kind: 'code', code: 0, oomKills: 0 });
    assert.deepEqual(launched(cycle()).map((j) => [j.jobId, j.arrayTaskId]), [[3, 2]]);
  });

  test('DELETE <id>_<task> of a task not started leaves the meta record; of the last one cancels the meta record; <id> cancels all', () => {
    const { engine, submit, cycle, view } = setup();
    submit({ array: '1-4', tasks: 2 }); // one task at a time (the whole node)
    cycle(); // task 1 runs as job 2
    assert.deepEqual(engine.cancelRef(1, 3, FULL_KILL), { ok: true, decisions: [], refusals: [] });
    assert.equal(view(1)[0]!.array_task_string, '2,4');
    assert.deepEqual(engine.cancelRef(1, 9, FULL_KILL), { ok: false, refusal: 'unknown' });
    assert.deepEqual(engine.cancelRef(7, 1, FULL_KILL), { ok: false, refusal: 'unknown' });
    // The running task by <id>_<task>: the kill sequence for job 2.
    const one = engine.cancelRef(1, 1, FULL_KILL);
    assert.ok(one.ok);
    assert.equal(engine.get(2)!.state, 'CANCELLED');
    engine.launchSucceeded(2, 4242, null);
    engine.exited(2, { kind: 'signal', signal: 15, oomKills: 0 });
    // Again: 2021, named <array>_<task> with the task's own id.
    assert.deepEqual(engine.cancelRef(1, 1, FULL_KILL), { ok: true, decisions: [], refusals: [{ stepId: '1_1', jobId: 2, refusal: 'finished' }] });
    // The whole array: the meta record cancelled, keeping its task string; ended tasks listed.
    const all = engine.cancelRef(1, undefined, FULL_KILL);
    assert.ok(all.ok);
    assert.deepEqual(all.refusals, [{ stepId: '1_1', jobId: 2, refusal: 'finished' }]);
    assert.deepEqual(view(1).map((j) => [j.job_id, j.job_state![0], j.array_task_string]), [
      [1, 'CANCELLED', '2,4'],
      [2, 'CANCELLED', ''],
    ]);
  });

  test('the last pending task cancelled by <id>_<task> is the meta record itself', () => {
    const { engine, submit, view } = setup();
    submit({ array: '5', hold: true });
    assert.ok(engine.cancelRef(1, 5, FULL_KILL).ok);
    const [m] = view(1);
    assert.deepEqual([m!.job_state![0], m!.array_task_id!.number, m!.array_task_string], ['CANCELLED', 5, '']);
  });

  test('MaxJobCount counts every task; MaxArraySize refuses with 2081', () => {
    const { trySubmit } = setup(undefined, { maxJobCount: 10, maxArraySize: 100 });
    assert.deepEqual(trySubmit({ array: '0-100' }), { ok: false, status: 422, errors: [{ description: 'Batch job submission failed', error_number: 2081, error: 'Invalid job array specification', source: 'slurm_submit_batch_job()' }] });
    assert.ok(trySubmit({ array: '1-8', hold: true }).ok);
    assert.ok(trySubmit({ hold: true }).ok);
    assert.deepEqual(trySubmit({ array: '1-2', hold: true }), { ok: false, errorNumber: 2007, error: 'MaxJobCount limit reached' });
    assert.ok(trySubmit({ hold: true }).ok);
    assert.deepEqual(trySubmit({ hold: true }), { ok: false, errorNumber: 2007, error: 'MaxJobCount limit reached' });
  });

  test('a restarted engine knows its arrays again (the records are the whole state)', () => {
    const first = setup();
    first.submit({ array: '1-3' });
    first.cycle();
    const again = setup(first.store);
    assert.deepEqual(again.view(1).map((j) => [j.job_id, j.array_task_id!.set ? j.array_task_id!.number : null, j.array_task_string]), [
      [1, null, '3'],
      [3, 2, ''],
      [2, 1, ''],
    ]);
    assert.ok(again.engine.cancelRef(1, 3, FULL_KILL).ok);
  });

  test('dependencies: on one task, on the whole array (<id> becomes <id>_*), a task the array lacks (2038)', () => {
    const { engine, submit, trySubmit, cycle, launched } = setup();
    submit({ array: '1-2' });
    const dep = (spec: string) => {
      const d = parseDependency(spec);
      assert.ok(d.ok);
      return d;
    };
    dep('afterok:1_2');
    assert.deepEqual(trySubmit({ dependency: 'afterok:1_9' }), { ok: false, errorNumber: 2038, error: 'Job dependency problem' });
    const onTask = submit({ dependency: 'afterok:1_1' });
    const onAll = submit({ dependency: 'afterany:1' });
    assert.equal(dependencyString(onAll.dependency), 'afterany:1_*(unfulfilled)');
    const never = submit({ dependency: 'afternotok:1' });
    // Tasks 1 and 2 start (job 5, and the meta record 1 for the last); the dependent jobs wait.
    assert.deepEqual(launched(cycle()).map((j) => j.jobId), [5, 1]);
    assert.equal(engine.get(onTask.jobId)!.stateReason, 'Dependency');
    engine.exited(5, { kind: 'code', code: 0, oomKills: 0 });
    assert.deepEqual(launched(cycle()).map((j) => j.jobId), [onTask.jobId]);
    assert.equal(engine.get(onAll.jobId)!.stateReason, 'Dependency');
    engine.exited(1, { kind: 'code', code: 0, oomKills: 0 });
    engine.exited(onTask.jobId, { kind: 'code', code: 0, oomKills: 0 });
    assert.deepEqual(launched(cycle()).map((j) => j.jobId), [onAll.jobId]);
    assert.equal(engine.get(never.jobId)!.stateReason, 'DependencyNeverSatisfied');
    assert.equal(dependencyString(engine.get(never.jobId)!.dependency), 'afternotok:1_*(failed)');
  });
});
