import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { MIGRATIONS } from '../../store/kysely/migrations.ts';
import { openStore } from '../../store/kysely/open-store.ts';
import { runMigrations } from '../../store/kysely/run-migrations.ts';
import type { Schema } from '../../store/kysely/schema.ts';
import { AuditLog, claimedTokenId, outcomeOf } from './audit.ts';

describe('audit log', () => {
  it('records, queries by project, resource, job, time and outcome, and sweeps old entries', async () => {
    const store = await openStore({ type: 'sqlite', file: ':memory:' });
    let now = Date.parse('2026-01-01T00:00:00Z');
    const lines: unknown[] = [];
    const logger = { info: (o: unknown) => lines.push(o), error: () => {} } as never;
    const log = new AuditLog(store, logger, () => now);
    await log.record({ api: 'rest', operation: 'submit', outcome: 'ok', status: 200, tokenId: 'aaaaaaaaaaaa', user: 'alice', project: 'P1', resource: 'defiant', jobId: '1', client: '127.0.0.1', requestId: 'r1' });
    now += 60_000;
    await log.record({ api: 'grpc', operation: 'cancel', outcome: 'ok', status: 200, tokenId: 'aaaaaaaaaaaa', user: 'alice', project: 'P1', resource: 'defiant', jobId: '1', signal: 'SIGINT' });
    now += 60_000;
    await log.record({ api: 'rest', operation: 'jobs', outcome: 'denied', status: 401, resource: 'wombat', detail: 'Unknown access token' });
    assert.equal((await log.query()).length, 3);
    assert.deepEqual((await log.query({ project: 'P1' })).map((r) => r.operation), ['submit', 'cancel']);
    assert.deepEqual((await log.query({ project: 'p1' })).map((r) => r.operation), ['submit', 'cancel'], 'a project is an account: any case');
    assert.deepEqual((await log.query({ resource: 'defiant', jobId: '1' })).map((r) => r.api), ['rest', 'grpc']);
    assert.deepEqual((await log.query({ since: Date.parse('2026-01-01T00:01:00Z') })).map((r) => r.operation), ['cancel', 'jobs']);
    assert.deepEqual((await log.query({ outcome: 'denied' })).map((r) => r.status), [401]);
    assert.deepEqual((await log.query({ limit: 1 })).map((r) => r.operation), ['jobs'], 'limit keeps the newest');
    const rec = (await log.query({ operation: 'cancel' }))[0];
    assert.equal(rec.signal, 'SIGINT');
    assert.equal(rec.time, '2026-01-01T00:01:00.000Z');
    assert.equal(rec.detail, undefined, 'absent fields are absent');
    assert.equal(lines.length, 3, 'one structured log line per entry');
    now += 2 * 86_400_000;
    assert.equal(await log.sweep(1), 3);
    assert.equal((await log.query()).length, 0);
    await store.close();
  });

  it('bounds every free-text field, in the row and in its log line', async () => {
    const store = await openStore({ type: 'sqlite', file: ':memory:' });
    const lines: any[] = [];
    const log = new AuditLog(store, { info: (o: unknown) => lines.push(o), error: () => {} } as never);
    const huge = 'z'.repeat(15_000);
    await log.record({ api: 'rest', operation: 'job', outcome: 'denied', status: 401, resource: huge, jobId: huge, signal: huge, client: huge, requestId: huge, detail: `Unknown resource "${huge}"` });
    const [rec] = await log.query();
    for (const k of ['resource', 'jobId', 'signal', 'client', 'requestId'] as const) {
      assert.ok(rec[k]!.length <= 200, `${k}: ${rec[k]!.length}`);
      assert.match(rec[k]!, /…\[cut, 15000 chars\]$/);
    }
    assert.equal(rec.detail!.length, 500);
    assert.match(rec.detail!, /^Unknown resource "zzz.*…\[cut, 15019 chars\]$/);
    assert.ok(JSON.stringify(lines[0]).length < 2_500, 'the log line is bounded too');
    assert.ok(!JSON.stringify(lines[0]).includes('z'.repeat(501)));
    await store.close();
  });

  it('keeps a claimed (unverified) token id apart from a verified one, and queries either', async () => {
    const store = await openStore({ type: 'sqlite', file: ':memory:' });
    const log = new AuditLog(store);
    await log.record({ api: 'rest', operation: 'ping', outcome: 'denied', status: 401, claimedTokenId: '0123456789ab', detail: 'Unknown access token' });
    await log.record({ api: 'rest', operation: 'ping', outcome: 'ok', status: 200, tokenId: '0123456789ab', user: 'alice' });
    assert.deepEqual((await log.query({ tokenId: '0123456789ab' })).map((r) => r.outcome), ['ok'], 'a verified token’s rows only');
    const [claimed] = await log.query({ claimedTokenId: '0123456789ab' });
    assert.equal(claimed.tokenId, undefined);
    assert.equal(claimed.claimedTokenId, '0123456789ab');
    assert.equal(claimed.count, undefined, 'a row for one call shows no count');
    await store.close();
  });

  it('migration 005 moves the claimed ids of earlier 401 rows out of token_id, keeping proven (revoked, expired) ones', async () => {
    const sqlite = new Database(':memory:');
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
    await runMigrations(db as Kysely<unknown>, 'sqlite', MIGRATIONS.filter((m) => m.version <= 4));
    const insert = sqlite.prepare('INSERT INTO audit_log (at, api, operation, outcome, status, token_id, detail) VALUES (1, ?, ?, ?, ?, ?, ?)');
    insert.run('rest', 'ping', 'denied', 401, 'aaaaaaaaaaaa', 'Unknown access token');
    insert.run('grpc', 'jobs', 'denied', 401, 'bbbbbbbbbbbb', 'Access token bbbbbbbbbbbb has been revoked');
    insert.run('rest', 'job', 'denied', 401, 'cccccccccccc', 'Access token cccccccccccc expired at 2026-01-01T00:00:00.000Z');
    insert.run('rest', 'submit', 'ok', 200, 'dddddddddddd', null);
    insert.run('rest', 'submit', 'denied', 403, 'eeeeeeeeeeee', 'read-only');
    await runMigrations(db as Kysely<unknown>, 'sqlite');
    const rows = await new AuditLog({ db }).query();
    assert.deepEqual(
      rows.map((r) => [r.tokenId ?? null, r.claimedTokenId ?? null]),
      [
        [null, 'aaaaaaaaaaaa'],
        ['bbbbbbbbbbbb', null],
        ['cccccccccccc', null],
        ['dddddddddddd', null],
        ['eeeeeeeeeeee', null],
      ],
    );
    await db.destroy();
  });

  it('keeps only the public id of a presented token', () => {
    assert.equal(claimedTokenId('Bearer s3m_0123456789ab_' + 'x'.repeat(43)), '0123456789ab');
    assert.equal(claimedTokenId('s3m_0123456789ab_secret'), '0123456789ab');
    assert.equal(claimedTokenId('garbage'), undefined);
    assert.equal(claimedTokenId(undefined), undefined);
  });

  it('outcomes by status', () => {
    assert.deepEqual([200, 401, 403, 404, 422, 429, 502].map(outcomeOf), ['ok', 'denied', 'denied', 'refused', 'refused', 'rate-limited', 'failed']);
  });
  it('recordCommitted: the entries of one turn of the event loop are written together after it; each resolves once written, with its row id', async () => {
    const store = await openStore({ type: 'sqlite', file: ':memory:' });
    const lines: unknown[] = [];
    const log = new AuditLog(store, { info: (o: unknown) => lines.push(o), error: () => {} } as never);
    const pending = [1, 2, 3].map((n) => log.recordCommitted({ api: 'rest', operation: 'submit', outcome: 'ok', status: 200, jobId: String(n) }));
    assert.equal((await log.query()).length, 0, 'nothing is written before the turn ends');
    const ids = await Promise.all(pending);
    assert.deepEqual((await log.query()).map((r) => [r.id, r.jobId]), ids.map((id, i) => [id, String(i + 1)]));
    assert.equal(lines.length, 3, 'one structured log line per entry, once it is written');
    // A row the database refuses costs only itself its place.
    store.sqlite!.exec("CREATE TRIGGER no_bad BEFORE INSERT ON audit_log WHEN NEW.job_id = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    const mixed = await Promise.all(['4', 'bad', '5'].map((jobId) => log.recordCommitted({ api: 'rest', operation: 'submit', outcome: 'ok', jobId })));
    assert.equal(mixed[1], undefined);
    assert.deepEqual((await log.query()).map((r) => r.jobId).slice(-2), ['4', '5']);
    await store.close();
  });
});
