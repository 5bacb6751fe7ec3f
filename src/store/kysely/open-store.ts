// The gateway's store: one Kysely over SQLite (the default: a file in the data directory, nothing
// to set up) or PostgreSQL (shared by several gateway replicas). The same modules and the same
// migrations run on both (./migrations.ts); `dialect` is there for the few places where the
// engines must be told apart (advisory locks, LISTEN/NOTIFY, SQLite's data_version).
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { protectDataFiles } from '../data-files.ts';
import type { Dialect } from './migrations.ts';
import { runMigrations } from './run-migrations.ts';
import type { Schema } from './schema.ts';

export type StoreConfig = { type: 'sqlite'; file: string } | { type: 'postgres'; url: string; maxConnections?: number };

export interface Store {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** The schema version after migrating. */
  version: number;
  /**
   * The SQLite connection under `db` (SQLite only): for what needs it synchronously (its
   * data_version, and the local backend's job store, whose state transitions are synchronous).
   */
  sqlite?: Database.Database;
  /** PostgreSQL's URL (PostgreSQL only): replicas hold their roles on a connection of their own. */
  url?: string;
  close(): Promise<void>;
}

// BIGINT (int8) columns are unix times and counters, all below 2^53: numbers, not pg's strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Where the store is: `S3M_DATABASE_URL` (a postgres:// URL) wins over the config, as the README says. */
export function storeConfig(configured: { type: 'sqlite' } | { type: 'postgres'; url: string; maxConnections?: number } | undefined, sqliteFile: string, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.S3M_DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('S3M_DATABASE_URL must be a postgres:// or postgresql:// URL');
    return { type: 'postgres', url };
  }
  return configured?.type === 'postgres' ? configured : { type: 'sqlite', file: sqliteFile };
}

export async function openStore(config: StoreConfig): Promise<Store> {
  let db: Kysely<Schema>;
  let sqlite: Database.Database | undefined;
  if (config.type === 'sqlite') {
    if (config.file !== ':memory:') protectDataFiles(config.file);
    sqlite = new Database(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  } else {
    // Bounded waits: a call finds PostgreSQL gone or hung within 5 s (and answers so), instead of
    // hanging. Every statement the gateway makes is a keyed read or a small write.
    const pool = new pg.Pool({ connectionString: config.url, max: config.maxConnections ?? 10, connectionTimeoutMillis: 5_000, query_timeout: 5_000 });
    // An idle client whose server went away emits 'error' on the pool: without a listener that
    // would end the process. The next query gets a fresh connection and reports its own error.
    pool.on('error', () => {});
    // Likewise a client that is checked out when the server goes (its query fails on its own).
    pool.on('connect', (client) => client.on('error', () => {}));
    db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    const version = await runMigrations(db as Kysely<unknown>, config.type);
    return { db, dialect: config.type, version, ...(sqlite ? { sqlite } : {}), ...(config.type === 'postgres' ? { url: config.url } : {}), close: () => db.destroy() };
  } catch (err) {
    await db.destroy();
    throw err;
  }
}
