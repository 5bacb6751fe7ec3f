import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jobInfo } from '../../../test/support/fake-backend.ts';
import { openStore } from '../../store/kysely/open-store.ts';
import type { JobInfo } from '../../contract/model.ts';
import { JobHistory } from './job-history.ts';

const T0 = 1_800_000_000; // seconds
const n = (number: number) => ({ set: true, infinite: false, number });

async function setup(windowSeconds = 3600) {
  const clock = { t: T0 * 1000 };
  const store = await openStore({ type: 'sqlite', file: ':memory:' });
  const history = new JobHistory(store, { windowSeconds, now: () => clock.t });
  return { store, clock, history };
}

const done = (id: number, account: string, end = T0 - 10, state: JobInfo['job_state'] = ['COMPLETED']) => jobInfo({ job_id: id, account, job_state: state, end_time: n(end) });

describe('job history', () => {
  it('keeps the final record of settled jobs only, found by id and listed per project in any case', async () => {
    const { store, history } = await setup();
    await history.observe('r', [
      done(1, 'stf040'),
      done(2, 'stf040', T0 - 5, ['FAILED']),
      done(3, 'other'),
      done(4, 'stf040', T0 - 1, ['CANCELLED', 'COMPLETING']), // still being killed: not final yet
      jobInfo({ job_id: 5, account: 'stf040', job_state: ['RUNNING'], end_time: n(0) }),
    ]);
    assert.equal((await history.find('r', 1))?.job_state?.[0], 'COMPLETED');
    assert.equal(await history.find('r', 4), undefined);
    assert.equal(await history.find('r', 5), undefined);
    assert.equal(await history.find('elsewhere', 1), undefined, 'per resource');
    assert.deepEqual((await history.recent('r', 'STF040')).map((j) => j.job_id), [1, 2]);
    assert.deepEqual((await history.recent('r', 'OTHER')).map((j) => j.job_id), [3]);
    await store.close();
  });

  it('writes a job again only when its record changes, and forgets it once the window has passed', async () => {
    const { store, clock, history } = await setup(3600);
    await history.observe('r', [done(1, 'p')]);
    const g = history.generation;
    await history.observe('r', [done(1, 'p')]);
    assert.equal(history.generation, g, 'an unchanged final record is not written again');
    clock.t += 3000 * 1000;
    assert.ok(await history.find('r', 1));
    assert.deepEqual((await history.recent('r', 'p')).map((j) => j.job_id), [1], 'read (and kept parsed) while in the window');
    clock.t += 1000 * 1000; // now past end + window, with no write since
    assert.equal(await history.find('r', 1), undefined);
    assert.deepEqual(await history.recent('r', 'p'), []);
    assert.equal(await history.sweep(), 1);
    await history.observe('r', [done(2, 'p', T0 - 7200)]);
    assert.equal(await history.find('r', 2), undefined, 'a job that ended before the window is not kept');
    await store.close();
  });
});
