// The recorder keeps a job's final record even when the job ended and slurmctld forgot it between
// two polls (a loaded gateway, a short MinJobAge): it asks the resource's accounting for it.
// test/contract/identities.test.ts checks the same on a real SLURM with slurmdbd.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jobInfo } from '../../../test/support/fake-backend.ts';
import { waitFor } from '../../../test/support/local-cluster.ts';
import type { BackendContext, SlurmBackend } from '../../backends/backend.ts';
import type { JobInfo } from '../../contract/model.ts';
import { openStore } from '../../store/kysely/open-store.ts';
import { JobHistory } from './job-history.ts';
import { HistoryRecorder } from './recorder.ts';

const now = Math.floor(Date.now() / 1000);
const n = (number: number) => ({ set: true, infinite: false, number });
const running = (id: number) => jobInfo({ job_id: id, account: 'stf040', job_state: ['RUNNING'], end_time: n(0) });
const completed = (id: number) => jobInfo({ job_id: id, account: 'stf040', job_state: ['COMPLETED'], end_time: n(now - 5) });

/** A cluster whose jobs list answers `lists` in turn (then the last forever), with or without accounting. */
async function cluster(lists: JobInfo[][], accounting?: (id: number, asked: number) => JobInfo | undefined) {
  const seen = { polls: 0, lookups: [] as number[], users: new Set<string>() };
  const backend = {
    async jobs(ctx: BackendContext) {
      seen.users.add(ctx.user);
      const jobs = lists[Math.min(seen.polls++, lists.length - 1)];
      return { status: 200, body: { jobs, meta: {}, errors: [], warnings: [] } };
    },
    ...(accounting
      ? {
          async accountingJob(ctx: BackendContext, id: number) {
            seen.users.add(ctx.user);
            seen.lookups.push(id);
            return accounting(id, seen.lookups.filter((x) => x === id).length);
          },
        }
      : {}),
  } as unknown as SlurmBackend;
  const store = await openStore({ type: 'sqlite', file: ':memory:' });
  const history = new JobHistory(store, { windowSeconds: 3600 });
  const recorder = new HistoryRecorder([{ name: 'r', backend, monitorUser: 'monitor' }], history, { intervalMs: 5 });
  return { store, history, recorder, seen };
}

describe('history recorder', () => {
  it('a job seen running, then gone from the list, is recorded from accounting, asked as the monitor user', async () => {
    const { store, history, recorder, seen } = await cluster([[running(5), running(6)], [running(6)]], (id) => (id === 5 ? completed(5) : undefined));
    recorder.start();
    try {
      await waitFor('job 5 recorded', () => history.find('r', 5));
      assert.deepEqual((await history.find('r', 5))?.job_state, ['COMPLETED']);
      assert.deepEqual((await history.recent('r', 'STF040')).map((j) => j.job_id), [5]);
      assert.ok(!seen.lookups.includes(6), 'a job still listed is not looked up');
      assert.deepEqual([...seen.users], ['monitor']);
    } finally {
      recorder.stop();
      await store.close();
    }
  });

  it("a job only a user's read saw unsettled (it ran between two polls) is recorded from accounting too", async () => {
    const { store, history, recorder } = await cluster([[]], (id) => completed(id));
    await history.observe('r', [running(11)]); // e.g. GET job/11 as it was completing
    recorder.start();
    try {
      await waitFor('job 11 recorded', () => history.find('r', 11));
    } finally {
      recorder.stop();
      await store.close();
    }
  });

  it('accounting that has not caught up yet is asked again at the next polls', async () => {
    const { store, history, recorder, seen } = await cluster([[running(7)], []], (id, asked) => (asked < 3 ? running(id) : completed(id)));
    recorder.start();
    try {
      await waitFor('job 7 recorded', () => history.find('r', 7));
      assert.equal(seen.lookups.filter((x) => x === 7).length, 3);
    } finally {
      recorder.stop();
      await store.close();
    }
  });

  it('a job seen settled is recorded from the list, and never looked up', async () => {
    const { store, history, recorder, seen } = await cluster([[running(8)], [completed(8)], []], () => completed(99));
    recorder.start();
    try {
      await waitFor('job 8 recorded', () => history.find('r', 8));
      await waitFor('more polls', () => seen.polls >= 6);
      assert.deepEqual(seen.lookups, []);
    } finally {
      recorder.stop();
      await store.close();
    }
  });

  it('without accounting a missed job stays unrecorded, and the polls go on', async () => {
    const { store, history, recorder, seen } = await cluster([[running(9)], []]);
    recorder.start();
    try {
      await waitFor('polls after the job left', () => seen.polls >= 6);
      assert.equal(await history.find('r', 9), undefined);
    } finally {
      recorder.stop();
      await store.close();
    }
  });
});
