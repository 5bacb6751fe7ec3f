// ComputeService's project scope, in process: another project's job answers exactly like a job
// that does not exist, whatever the read cache holds and however the backend wrote its reply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackendContext, BackendReply, SlurmBackend } from '../backends/backend.ts';
import { withReadCache, DEFAULT_TTLS } from '../backends/cache/caching-backend.ts';
import type { Principal } from '../auth/principal.ts';
import type { TokenService } from '../auth/tokens.ts';
import { replyHeaders } from '../adapters/shared/reply-headers.ts';
import { unknownJobBody, unknownJobCancelBody } from '../contract/job-replies.ts';
import { readFileSync } from 'node:fs';
import { ComputeService, type Call, type Reply } from './service.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/slurmrestd/${name}`, import.meta.url), 'utf8'));
/** The cluster's diag lists every user's RPCs: root, u-alice (PROJA's alice), bob (PROJB) and carol. */
const RPCS_BY_USER = [
  { user_id: 0, user: 'root', count: 9, total_time: 2160, average_time: { set: true, infinite: false, number: 240 } },
  { user_id: 1001, user: 'u-alice', count: 9, total_time: 583, average_time: { set: true, infinite: false, number: 64 } },
  { user_id: 1002, user: 'bob', count: 3, total_time: 300, average_time: { set: true, infinite: false, number: 100 } },
  { user_id: 1003, user: 'carol', count: 1, total_time: 50, average_time: { set: true, infinite: false, number: 50 } },
];

const PRINCIPALS: Record<string, Principal> = {
  'tok-a': { tokenId: 'a', user: 'alice', project: 'PROJA', permissions: ['compute-ace'], expiresAt: null },
  'tok-b': { tokenId: 'b', user: 'bob', project: 'PROJB', permissions: ['compute-ace'], expiresAt: null },
};
const tokens = {
  verify: (t: string | undefined) => {
    const p = t && PRINCIPALS[t];
    if (!p) throw new Error('unknown token');
    return p;
  },
} as unknown as TokenService;

/** slurmrestd's meta: its meta.client names the cluster user it was called as, in its own form. */
const meta = (user: string) => ({
  plugin: { type: 'openapi/slurmctld', name: 'Slurm OpenAPI slurmctld', data_parser: 'data_parser/v0.0.43', accounting_storage: '' },
  client: { source: '127.0.0.1:6820(fd:9)', user, group: user },
  command: [],
  slurm: { version: { major: '26', micro: '5', minor: '05' }, release: '26.05.5', cluster: 'fake' },
});

/** A slurmrestd-like backend: job 4242 belongs to PROJB. */
function fakeCluster() {
  const jobs = new Map([[4242, { job_id: 4242, account: 'PROJB', name: 'theirs', job_state: ['RUNNING'] }]]);
  const reply = <T>(status: number, body: T): BackendReply<T> => ({ status, body });
  const unused = async () => {
    throw new Error('not used here');
  };
  const backend = {
    kind: 'slurmrestd',
    ...Object.fromEntries(['ping', 'partitions', 'nodes', 'reservations', 'jobs', 'submit'].map((op) => [op, unused])),
    // The cluster knows the token user alice as u-alice (a userMap); bob as bob.
    callerName: (ctx: BackendContext) => (ctx.user === 'alice' ? 'u-alice' : ctx.user),
    // Like the slurmrestd backend: jobs are read as the monitor user (root), the rest as the caller.
    readsAs: (op: string, ctx: BackendContext) => (op === 'job' || op === 'jobs' ? 'root' : ctx.user === 'alice' ? 'u-alice' : ctx.user),
    async job(_ctx: BackendContext, id: string) {
      const j = jobs.get(Number(id));
      if (!j) return reply(404, unknownJobBody(meta('root'), id));
      return reply(200, { jobs: [j], last_backfill: { set: true, infinite: false, number: 0 }, last_update: { set: true, infinite: false, number: 0 }, meta: meta('root'), errors: [], warnings: [] });
    },
    async diag(ctx: BackendContext) {
      const d = fixture('GET_diag.json');
      return reply(200, { ...d, statistics: { ...d.statistics, rpcs_by_user: RPCS_BY_USER }, meta: meta(ctx.user) });
    },
    async cancel(ctx: BackendContext, id: string) {
      return reply(200, unknownJobCancelBody(meta(ctx.user), id));
    },
    async start() {},
    async close() {},
  } as unknown as SlurmBackend;
  return backend;
}

function setup() {
  let now = 1_000_000;
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const backend = withReadCache(fakeCluster(), { ttls: DEFAULT_TTLS, now: clock.now });
  const service = new ComputeService([{ name: 'r', config: { versions: ['v0.0.43', 'v0.0.42'] } as never, backend }], tokens);
  const call = (token: string, version = 'v0.0.43'): Call => ({ authorization: token, resource: 'r', version, clientSource: '10.0.0.7' });
  return { service, clock, call };
}

/** What a client sees, with the job id in the text replaced. */
function seen(r: Reply, id: string) {
  const text = JSON.stringify(r.body);
  return { status: r.status, text: text.replaceAll(id, 'ID'), headers: replyHeaders(r) };
}

describe('another project’s job is a missing job', () => {
  for (const version of ['v0.0.43', 'v0.0.42']) {
    it(`${version}: GET job: same status, body and headers whether the foreign job came from the cache or not`, async () => {
      const { service, clock, call } = setup();
      // PROJA asks first: a fresh backend reply (the cluster's own answer to alice).
      const freshForeign = await service.job(call('tok-a', version), '4242');
      const missing1 = await service.job(call('tok-a', version), '4343');
      assert.equal(freshForeign.status, 404);
      assert.deepEqual(seen(freshForeign, '4242'), seen(missing1, '4343'));
      // PROJB reads its own job (cached, 200, with its age), then PROJA asks again a second later.
      clock.advance(2500); // past the job TTL (2 s): PROJA's read is no longer cached
      const own = await service.job(call('tok-b', version), '4242');
      assert.equal(own.status, 200);
      assert.equal(own.cache?.kind, 'miss');
      clock.advance(1000);
      const ownAgain = await service.job(call('tok-b', version), '4242');
      assert.equal(ownAgain.cache?.kind, 'hit');
      assert.deepEqual(replyHeaders(ownAgain), { 'Cache-Control': 'private, max-age=2', Age: '1' }, 'a 200 says how fresh it is');
      const cachedForeign = await service.job(call('tok-a', version), '4242');
      const missing2 = await service.job(call('tok-a', version), '4343');
      assert.deepEqual(seen(cachedForeign, '4242'), seen(missing2, '4343'));
      assert.deepEqual(seen(cachedForeign, '4242'), seen(freshForeign, '4242'));
      assert.deepEqual(replyHeaders(cachedForeign), { 'Cache-Control': 'no-store' });
      const b = cachedForeign.body as { meta: { client: unknown } };
      assert.deepEqual(b.meta.client, { source: '10.0.0.7', user: 'alice', group: 'PROJA' }, 'the gateway names the caller');
    });
  }

  it("its own job, read fresh as the monitor user, names the caller in meta.client, not the monitor", async () => {
    const { service, call } = setup();
    const own = await service.job(call('tok-b'), '4242');
    assert.deepEqual([own.status, own.cache?.kind], [200, 'miss']);
    assert.deepEqual((own.body as { meta: { client: unknown } }).meta.client, { source: '10.0.0.7', user: 'bob', group: 'PROJB' });
  });

  it('DELETE job: same reply for a foreign (cached) and a missing job', async () => {
    const { service, call } = setup();
    await service.job(call('tok-b'), '4242');
    const foreign = await service.cancel(call('tok-a'), '4242', {});
    const missing = await service.cancel(call('tok-a'), '4343', {});
    assert.equal(foreign.status, 200);
    assert.deepEqual(seen(foreign, '4242'), seen(missing, '4343'));
    assert.deepEqual(replyHeaders(foreign), { 'Cache-Control': 'no-store' });
  });
});

describe('diag', () => {
  for (const version of ['v0.0.43', 'v0.0.42']) {
    it(`${version}: rpcs_by_user shows the caller's own entry only (as the cluster knows the caller); everything else is the cluster's`, async () => {
      const { service, call } = setup();
      const a = await service.read(call('tok-a', version), 'diag');
      const b = await service.read(call('tok-b', version), 'diag');
      const stats = (r: Reply) => (r.body as { statistics: { rpcs_by_user: { user: string }[] } & Record<string, unknown> }).statistics;
      assert.deepEqual(stats(a).rpcs_by_user.map((u) => u.user), ['u-alice']);
      assert.deepEqual(stats(b).rpcs_by_user.map((u) => u.user), ['bob']);
      const rest = (r: Reply) => ({ ...stats(r), rpcs_by_user: undefined, req_time: undefined });
      assert.deepEqual(rest(a), rest(b), 'the other statistics are per cluster, the same for every caller');
      assert.ok((stats(a).rpcs_by_message_type as unknown[]).length > 0, 'RPCs by type stay');
      const text = JSON.stringify(a.body);
      for (const other of ['root', 'bob', 'carol']) assert.doesNotMatch(text, new RegExp(`"user":"${other}"`));
    });
  }

  it('a caller the cluster has not counted yet sees an empty list', async () => {
    const { service, call } = setup();
    PRINCIPALS['tok-d'] = { tokenId: 'd', user: 'dave', project: 'PROJD', permissions: ['compute-ace-readonly'], expiresAt: null };
    const d = await service.read(call('tok-d'), 'diag');
    assert.deepEqual((d.body as { statistics: { rpcs_by_user: unknown[] } }).statistics.rpcs_by_user, []);
  });
});
