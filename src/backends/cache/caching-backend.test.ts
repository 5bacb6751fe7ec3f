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
});
