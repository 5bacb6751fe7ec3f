// The host's own SQLite file (the data dir's s3m.db): the store when no PostgreSQL is configured,
// and always the local backends' job records, which belong to this host's processes. Its schema
// comes from the one list of migrations (src/store/kysely/migrations.ts).
import type Database from 'better-sqlite3';
import { openStore } from './kysely/open-store.ts';

export type Db = Database.Database;

/**
 * Open (creating if needed) the SQLite file at `file`, schema up to date, as a synchronous
 * connection (the local backend's state transitions are synchronous). Closing it closes the store.
 */
export async function openHostDatabase(file: string): Promise<Db> {
  return (await openStore({ type: 'sqlite', file })).sqlite!;
}
