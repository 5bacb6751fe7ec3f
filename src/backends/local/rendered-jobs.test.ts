// GET /jobs re-renders only the jobs that changed, and what a purged job left is let go.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineHarness, FULL_KILL, T0 } from '../../../test/support/engine-harness.ts';
import { RenderedJobs } from './rendered-jobs.ts';

function setup() {
  const { clock, engine, submit, renderContext } = engineHarness();
  const rendered = new RenderedJobs(engine, () => renderContext);
  return { clock, engine, rendered, submit };
}

describe('rendered jobs (GET /jobs)', () => {
  test('an unchanged job is rendered once; a change of it (a start, a cycle looking at it, a cancel) shows at the next list', () => {
    const { clock, engine, rendered, submit } = setup();
    const held = submit({ hold: true });
    const runs = submit({ tasks: 2 });
    const waits = submit({ tasks: 1 });
    const before = rendered.all();
    assert.deepEqual(before.map((j) => j.job_state), [['PENDING'], ['PENDING'], ['PENDING']]);
    assert.strictEqual(rendered.all()[0], before[0], 'nothing changed: the same object, not rendered again');

    clock.seconds += 3;
    engine.schedule();
    const after = rendered.all();
    assert.strictEqual(after[0], before[0], 'the held job was not looked at: not rendered again');
    assert.deepEqual(after[1].job_state, ['RUNNING']);
    assert.equal(after[2].state_reason, 'Resources');
    assert.equal(after[2].last_sched_evaluation?.number, T0 + 3);
    assert.strictEqual(rendered.one(engine.get(held.jobId)!), after[0], 'GET job/{id} shares it');

    engine.cancel(waits.jobId, FULL_KILL);
    assert.deepEqual(rendered.all()[2].job_state, ['CANCELLED']);
    assert.ok(runs);
  });

  test('finished jobs leave memory MinJobAge after they end: the record, the counts and what was rendered', () => {
    const { clock, engine, rendered, submit } = setup();
    const jobs = Array.from({ length: 50 }, () => submit({ hold: true }));
    const keep = submit({ hold: true });
    assert.equal(rendered.all().length, 51);
    for (const j of jobs) engine.cancel(j.jobId, FULL_KILL);
    assert.deepEqual(engine.counts(), { pending: 1, running: 0 });
    clock.seconds += 299;
    assert.equal(engine.purge(), 0);
    clock.seconds += 1;
    assert.equal(engine.purge(), 50);
    assert.equal(engine.get(jobs[0].jobId), undefined);
    assert.equal(engine.revision(jobs[0].jobId), 0, 'no revision kept');
    const listed = rendered.all();
    assert.deepEqual(listed.map((j) => j.job_id), [keep.jobId]);
    assert.equal(rendered.size, 1, 'what was rendered of the purged jobs is let go');
    assert.equal(engine.purge(), 0, 'nothing left to purge');
  });
});
