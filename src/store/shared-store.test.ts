// What replicas share through one real PostgreSQL, module by module, each replica its own store
// (its own connection pool) as two gateway processes would have: tokens, Idempotency-Keys, the
// audit log and job history. The same modules run on SQLite in the other tests.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.ts';
import { SHARED_STORE_RECHECK_MS, TokenService } from '../auth/tokens.ts';
import { GatewayError } from '../contract/errors.ts';
import type { JobInfo } from '../contract/model.ts';
import { AuditLog } from '../core/audit/audit.ts';
import { JobHistory } from '../core/history/job-history.ts';
import { IdempotencyStore } from '../core/limits/idempotency.ts';
import { highestJobId } from './highest-job-id.ts';
import { openStore, type Store } from './kysely/open-store.ts';

describe('replicas sharing PostgreSQL', () => {
  let server: TestPostgres;
  let one: Store;
  let two: Store;

  before(async () => {
    server = await startPostgres();
    server.createDatabase('shared');
    [one, two] = await Promise.all([openStore({ type: 'postgres', url: server.url('shared') }), openStore({ type: 'postgres', url: server.url('shared') })]);
  });
  after(async () => {
    await Promise.allSettled([one?.close(), two?.close()]);
    server?.stop();
  });

  it('a token revoked through one replica is refused by the other once its half-second of trust is over', async () => {
    const clock = { ms: 1_000_000 };
    const a = new TokenService(one, () => Math.floor(clock.ms / 1000), () => clock.ms);
    const b = new TokenService(two, () => Math.floor(clock.ms / 1000), () => clock.ms);
    const { token, record } = await a.create({ project: 'STF040', user: 'alice', permissions: ['compute-ace'], lifetimeSeconds: null });
    assert.equal((await b.verify(token)).tokenId, record.id, 'made on one, honoured by the other');
    assert.equal(await a.revoke(record.id), true);
    // b verified it a moment ago: for less than SHARED_STORE_RECHECK_MS it still trusts that.
    clock.ms += SHARED_STORE_RECHECK_MS - 1;
    assert.equal((await b.verify(token)).tokenId, record.id);
    clock.ms += 1;
    await assert.rejects(b.verify(token), (e: unknown) => e instanceof GatewayError && e.httpStatus === 401 && /revoked/.test(e.message));
  });

  it('of replicas racing on one Idempotency-Key, exactly one makes the job; the key replays on either', async () => {
    const stores = [new IdempotencyStore(one), new IdempotencyStore(two)];
    for (let round = 0; round < 20; round++) {
      const key = `race-${round}`;
      const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => stores[i % 2].begin('tok', key, 'h')));
      assert.equal(claims.filter((c) => c.kind === 'new').length, 1, JSON.stringify(claims));
      assert.ok(claims.every((c) => c.kind === 'new' || c.kind === 'in-flight'));
      await stores[round % 2].complete('tok', key, 200, { job_id: round });
      for (const s of stores) assert.deepEqual(await s.begin('tok', key, 'h'), { kind: 'replay', status: 200, body: { job_id: round } });
    }
  });

  it('one audit log: what one replica writes, the other reads', async () => {
    const a = new AuditLog(one);
    const b = new AuditLog(two);
    const id = await a.recordCommitted({ api: 'rest', operation: 'submit', outcome: 'ok', status: 200, project: 'STF040', jobId: '42', requestId: 'shared-audit' });
    assert.ok(id !== undefined);
    const found = await b.query({ project: 'stf040', jobId: '42' });
    assert.deepEqual(
      found.map((r) => [r.id, r.requestId]),
      [[id, 'shared-audit']],
    );
  });

  it("one job history: a job one replica recorded is answered by the other within its refresh", async () => {
    const clock = { ms: Date.now() };
    const a = new JobHistory(one, { windowSeconds: 3600, now: () => clock.ms, sharedRefreshMs: 1000 });
    const b = new JobHistory(two, { windowSeconds: 3600, now: () => clock.ms, sharedRefreshMs: 1000 });
    const end = Math.floor(clock.ms / 1000) - 5;
    const job = { job_id: 7001, account: 'stf040', job_state: ['COMPLETED'], end_time: { set: true, infinite: false, number: end } } as unknown as JobInfo;
    assert.deepEqual(await b.recent('shared', 'STF040'), [], 'nothing yet');
    await a.observe('shared', [job]);
    assert.equal((await b.find('shared', 7001))?.job_id, 7001, 'one record, found from the other replica');
    // b's list of recent records is reused for at most sharedRefreshMs, then read again.
    clock.ms += 1000;
    assert.deepEqual((await b.recent('shared', 'STF040')).map((j) => j.job_id), [7001]);
  });

  it('the highest job id the replicas gave out for a resource: submits audited, jobs recorded; other resources and array tasks aside', async () => {
    const lite = await openStore({ type: 'sqlite', file: ':memory:' });
    for (const store of [one, lite]) {
      const audit = new AuditLog(store);
      const history = new JobHistory(store, { windowSeconds: 3600 });
      assert.equal(await highestJobId(store.db, store.dialect, 'lab'), 0);
      await audit.recordCommitted({ api: 'rest', operation: 'submit', outcome: 'ok', resource: 'lab', jobId: '41' });
      await audit.recordCommitted({ api: 'rest', operation: 'submit', outcome: 'ok', resource: 'lab', jobId: '9' });
      await audit.recordCommitted({ api: 'rest', operation: 'cancel', outcome: 'ok', resource: 'lab', jobId: '99' });
      await audit.recordCommitted({ api: 'rest', operation: 'submit', outcome: 'ok', resource: 'lab', jobId: '77_3' });
      await audit.recordCommitted({ api: 'rest', operation: 'submit', outcome: 'ok', resource: 'other', jobId: '500' });
      assert.equal(await highestJobId(store.db, store.dialect, 'lab'), 41, store.dialect);
      const end = Math.floor(Date.now() / 1000) - 1;
      await history.observe('lab', [{ job_id: 60, account: 'a', job_state: ['COMPLETED'], end_time: { set: true, infinite: false, number: end } } as unknown as JobInfo]);
      assert.equal(await highestJobId(store.db, store.dialect, 'lab'), 60, store.dialect);
    }
    await lite.close();
  });

  // Last: it stops the server.
  it('PostgreSQL gone: a call that needs the store gets 503 with Retry-After, not a 500 or a hang', async () => {
    const tokens = new TokenService(one);
    const { token } = await tokens.create({ project: 'STF040', user: 'alice', permissions: ['compute-ace'], lifetimeSeconds: null });
    server.stop();
    await assert.rejects(new TokenService(two).verify(token), (e: unknown) => e instanceof GatewayError && e.httpStatus === 503 && e.extraHeaders['Retry-After'] === '2' && /store did not answer/.test(e.message));
    await assert.rejects(new IdempotencyStore(two).begin('tok', 'k', 'h'));
  });
});
