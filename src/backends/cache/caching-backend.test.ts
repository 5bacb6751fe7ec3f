import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FakeBackend } from '../../../test/support/fake-backend.ts';
import type { BackendContext } from '../backend.ts';
import { DEFAULT_TTLS, withReadCache } from './caching-backend.ts';

const alice: BackendContext = { user: 'alice', project: 'PROJA' };
const bob: BackendContext = { user: 'bob', project: 'PROJB' };

describe('read cache in front of a backend', () => {
  it("serves a job from memory to its own project (any case), while another project's read costs a backend call like a missing job", async () => {
    const inner = new FakeBackend();
    let t = 1_000_000;
    const cached = withReadCache(inner, { ttls: DEFAULT_TTLS, now: () => t });
    try {
      assert.equal((await cached.job(alice, '101')).cache?.kind, 'miss');
      t += 1500;
      const again = await cached.job({ ...alice, project: 'proja' }, '101');
      assert.deepEqual([again.cache?.kind, again.cache?.ageSeconds], ['hit', 1]);
      assert.equal(inner.callsOf('job').length, 1);

      // Bob's project does not own job 101: served as fresh as a missing job would be.
      const foreign = await cached.job(bob, '101');
      const missing = await cached.job(bob, '999');
      assert.deepEqual([foreign.cache?.kind, foreign.cache?.ageSeconds], [missing.cache?.kind, missing.cache?.ageSeconds]);
      assert.deepEqual([foreign.cache?.kind, foreign.cache?.ageSeconds], ['miss', 0]);
      assert.equal(inner.callsOf('job').length, 3, 'the foreign read and the missing one each reached the backend');
    } finally {
      await cached.close();
    }
  });

  it('shares a reply only among reads made with the same rights (readsAs): a user-rights read is never served to another user', async () => {
    const inner = new FakeBackend();
    // Like the slurmrestd backend: jobs as the monitor user, everything else as the caller.
    const backend = Object.assign(inner, { readsAs: (op: string, ctx: BackendContext) => (op === 'jobs' || op === 'job' ? 'monitor' : ctx.user) });
    const cached = withReadCache(backend, { ttls: DEFAULT_TTLS, now: () => 1_000_000 });
    try {
      const kinds = async (op: 'nodes' | 'jobs', who: BackendContext) => (await cached[op](who)).cache?.kind;
      assert.deepEqual([await kinds('nodes', alice), await kinds('nodes', alice), await kinds('nodes', bob)], ['miss', 'hit', 'miss']);
      assert.deepEqual([await kinds('jobs', alice), await kinds('jobs', bob)], ['miss', 'hit'], 'the monitor-read jobs list is shared');
      assert.deepEqual(inner.callsOf('nodes').map((c) => c.ctx.user), ['alice', 'bob']);
    } finally {
      await cached.close();
    }
  });
  it('a job read afresh in another state than a cached list shows makes the list stale: GET jobs then agrees with job/{id}', async () => {
    const inner = new FakeBackend();
    let t = 1_000_000;
    const cached = withReadCache(inner, { ttls: DEFAULT_TTLS, now: () => t });
    const stateIn = (r: { body: { jobs?: { job_id?: number; job_state?: unknown }[] } }, id: number) => r.body.jobs?.find((j) => j.job_id === id)?.job_state;
    try {
      assert.deepEqual(stateIn(await cached.jobs(alice), 101), ['RUNNING']);
      // Unchanged: the list stays served from memory.
      t += 2100;
      await cached.job(alice, '102');
      assert.equal((await cached.jobs(alice)).cache?.kind, 'miss', 'past its TTL');
      await cached.job(alice, '102');
      assert.equal((await cached.jobs(alice)).cache?.kind, 'hit');
      // Job 101 ends while the list showing it RUNNING is still fresh; a job/{id} read (a miss) says so.
      const list = await cached.jobs(alice);
      assert.equal(list.cache?.kind, 'hit');
      inner.jobsById.set(101, { ...inner.jobsById.get(101)!, job_state: ['COMPLETED'] });
      t += 100;
      assert.deepEqual(stateIn(await cached.job(alice, '101'), 101), ['COMPLETED']);
      const after = await cached.jobs(alice);
      assert.equal(after.cache?.kind, 'miss');
      assert.deepEqual([stateIn(list, 101), stateIn(after, 101)], [['RUNNING'], ['COMPLETED']]);
    } finally {
      await cached.close();
    }
  });
});
