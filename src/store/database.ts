// One SQLite database (WAL) shared by every module of the gateway, with versioned migrations.
// Each migration is a numbered .sql file in ./migrations, applied once, in order, inside a
// transaction; the applied version is SQLite's `user_version`. Admin commands open the same
// file while the server runs: WAL and a busy timeout make that safe.
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceFile } from '../contract/package-files.ts';

export type Db = Database.Database;

const MIGRATIONS_DIR = sourceFile('store/migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

export function migrate(db: Db, migrations: Migration[] = loadMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const known = migrations.at(-1)?.version ?? 0;
  if (current > known) {
    throw new Error(`database schema version ${current} is newer than this gateway knows (${known}); upgrade the gateway`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return known;
}

/**
 * Only the gateway's own user may reach its data: the directory is 0700 and the database 0600
 * (SQLite gives its -wal and -shm files the database's mode). Jobs never run as that user.
 */
export function protectDataFiles(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(dirname(file), 0o700);
  writeFileSync(file, '', { flag: 'a', mode: 0o600 });
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** Open (creating if needed) the gateway database at `file` and bring its schema up to date. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') protectDataFiles(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
