// Brings a store's schema up to date with MIGRATIONS, each in its own transaction. The version is
// where each engine keeps it best: SQLite's user_version (as before PostgreSQL support, so an
// existing gateway database carries on where it is), a one-row table on PostgreSQL. Several
// replicas starting at once on one PostgreSQL take turns: the first migrates under a
// transaction-scoped advisory lock, the others then find nothing left to do.
import { sql, type Kysely } from 'kysely';
import { MIGRATIONS, type Dialect, type Migration } from './migrations.ts';

/** Any 64-bit number the gateway's other advisory locks do not use: "s3m" schema. */
const MIGRATION_LOCK = 0x73336d_736368;

async function currentVersion(db: Kysely<unknown>, dialect: Dialect): Promise<number> {
  if (dialect === 'sqlite') return Number((await sql<{ user_version: number }>`PRAGMA user_version`.execute(db)).rows[0].user_version);
  await sql`CREATE TABLE IF NOT EXISTS s3m_schema_version (version BIGINT NOT NULL)`.execute(db);
  const row = (await sql<{ version: number }>`SELECT version FROM s3m_schema_version`.execute(db)).rows[0];
  return row ? Number(row.version) : 0;
}

async function setVersion(db: Kysely<unknown>, dialect: Dialect, version: number): Promise<void> {
  if (dialect === 'sqlite') {
    await sql.raw(`PRAGMA user_version = ${Math.trunc(version)}`).execute(db);
    return;
  }
  await sql`DELETE FROM s3m_schema_version`.execute(db);
  await sql`INSERT INTO s3m_schema_version (version) VALUES (${version})`.execute(db);
}

/** Applies what is missing; answers the schema version the database is now at. */
export async function runMigrations(db: Kysely<unknown>, dialect: Dialect, migrations: Migration[] = MIGRATIONS): Promise<number> {
  const known = migrations.at(-1)?.version ?? 0;
  for (;;) {
    const applied = await db.transaction().execute(async (tx) => {
      if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(tx);
      const current = await currentVersion(tx, dialect);
      if (current > known) throw new Error(`database schema version ${current} is newer than this gateway knows (${known}); upgrade the gateway`);
      const next = migrations.find((m) => m.version > current);
      if (!next) return false;
      await next.up(tx, dialect);
      await setVersion(tx, dialect, next.version);
      return true;
    });
    if (!applied) return known;
  }
}
