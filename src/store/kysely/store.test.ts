// The store on both engines: the same migrations make the same tables on SQLite and on a real
// PostgreSQL; a SQLite database made by the .sql migrations before PostgreSQL support carries on
// without re-running them; replicas migrating one PostgreSQL at once do it once.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { MIGRATIONS } from './migrations.ts';
import { openStore, storeConfig, type Store } from './open-store.ts';
import { openGatewayStore } from '../gateway-store.ts';
import { startPostgres, type TestPostgres } from '../../../test/support/postgres.ts';

/** table → sorted "column type-family notnull" lines, engine-neutral. */
async function columns(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const tables = await store.db.introspection.getTables();
  for (const t of tables) {
    if (t.name.startsWith('s3m_schema')) continue;
    out[t.name] = t.columns.map((c) => `${c.name} ${/int|serial/i.test(c.dataType) ? 'int' : 'text'}${c.isNullable ? '' : ' notnull'}`).sort();
  }
  return out;
}

describe('store', () => {
  let pgServer: TestPostgres;
  before(async () => {
    pgServer = await startPostgres();
  });
  after(() => pgServer?.stop());

  it('the same migrations make the same tables and columns on SQLite and PostgreSQL', async () => {
    pgServer.createDatabase('same_tables');
    const lite = await openStore({ type: 'sqlite', file: ':memory:' });
    const pg = await openStore({ type: 'postgres', url: pgServer.url('same_tables') });
    try {
      assert.equal(lite.version, MIGRATIONS.at(-1)!.version);
      assert.equal(pg.version, lite.version);
      const [a, b] = [await columns(lite), await columns(pg)];
      assert.deepEqual(Object.keys(b).sort(), ['audit_log', 'idempotency_keys', 'job_history', 'local_backend_state', 'local_jobs', 'tokens']);
      assert.deepEqual(b, a);
    } finally {
      await lite.close();
      await pg.close();
    }
  });

  it('a SQLite database made by the earlier .sql migrations carries on, its rows kept, nothing re-run', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 's3m-store-')), 's3m.db');
    // The gateway before PostgreSQL support: numbered .sql files, applied in order, version in user_version.
    const dir = 'test/fixtures/sql-migrations-before-postgres';
    const old = new Database(file);
    for (const f of readdirSync(dir).sort()) {
      old.exec(readFileSync(join(dir, f), 'utf8'));
      old.pragma(`user_version = ${Number(f.slice(0, 3))}`);
    }
    old.prepare("INSERT INTO tokens (id, secret_hash, project, user_name, permissions, created_at) VALUES ('aaaaaaaaaaaa', 'h', 'STF040', 'alice', '[]', 1)").run();
    old.close();
    const store = await openStore({ type: 'sqlite', file });
    try {
      assert.equal(store.version, 6);
      const rows = await store.db.selectFrom('tokens').select(['id', 'project']).execute();
      assert.deepEqual(rows, [{ id: 'aaaaaaaaaaaa', project: 'STF040' }]);
    } finally {
      await store.close();
    }
  });

  it('SQLite is a WAL file, re-opened without re-migrating; a database newer than the code is refused', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 's3m-store-')), 'sub', 's3m.db');
    const store = await openStore({ type: 'sqlite', file });
    assert.equal(store.sqlite!.pragma('journal_mode', { simple: true }), 'wal');
    await store.close();
    const again = await openStore({ type: 'sqlite', file });
    assert.equal(again.sqlite!.pragma('user_version', { simple: true }), MIGRATIONS.at(-1)!.version);
    again.sqlite!.pragma('user_version = 999');
    await again.close();
    await assert.rejects(openStore({ type: 'sqlite', file }), /newer than this gateway knows/);
  });

  it('two replicas starting at once on one PostgreSQL migrate it once', async () => {
    pgServer.createDatabase('race');
    const [a, b] = await Promise.all([openStore({ type: 'postgres', url: pgServer.url('race') }), openStore({ type: 'postgres', url: pgServer.url('race') })]);
    try {
      assert.equal(a.version, 6);
      assert.equal(b.version, 6);
      const v = await sql<{ version: number }>`SELECT version FROM s3m_schema_version`.execute(a.db);
      assert.deepEqual(v.rows, [{ version: 6 }]);
      // BIGINT comes back as a number, as on SQLite.
      await a.db.insertInto('audit_log').values({ at: Date.now(), api: 'rest', operation: 'jobs', outcome: 'ok' }).execute();
      const row = await b.db.selectFrom('audit_log').select(['id', 'at', 'count']).executeTakeFirstOrThrow();
      assert.equal(typeof row.at, 'number');
      assert.equal(row.count, 1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('S3M_DATABASE_URL wins over the config, and must be a PostgreSQL URL', () => {
    assert.deepEqual(storeConfig(undefined, '/d/s3m.db', {}), { type: 'sqlite', file: '/d/s3m.db' });
    assert.deepEqual(storeConfig({ type: 'sqlite' }, '/d/s3m.db', { S3M_DATABASE_URL: 'postgres://u@h/db' }), { type: 'postgres', url: 'postgres://u@h/db' });
    assert.throws(() => storeConfig(undefined, '/d/s3m.db', { S3M_DATABASE_URL: 'mysql://u@h/db' }), /postgres:\/\//);
    assert.deepEqual(storeConfig({ type: 'postgres', url: 'postgres://a@b/c', maxConnections: 4 }, '/d/s3m.db', {}), { type: 'postgres', url: 'postgres://a@b/c', maxConnections: 4 });
  });

  it('a store that cannot be opened is named in the error, without the URL\'s password', async () => {
    const env = { S3M_DATABASE_URL: 'postgres://s3m:secretpw@127.0.0.1:1/s3m' };
    await assert.rejects(openGatewayStore({ store: { type: 'sqlite' }, dataDir: mkdtempSync(join(tmpdir(), 's3m-store-')) }, env), (e: Error) => {
      assert.match(e.message, /^cannot open the gateway's store, PostgreSQL 127\.0\.0\.1:1\/s3m \(from S3M_DATABASE_URL\): /);
      assert.doesNotMatch(e.message, /secretpw/);
      return true;
    });
  });
});
