// Test helper: the gateway's store (src/store/kysely/open-store.ts) on a SQLite file of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/kysely/open-store.ts';

/** A path for a new SQLite database file, in a fresh temporary directory. */
export function tempDbFile(prefix = 's3m-test-'): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), 's3m.db');
}

/** A SQLite store, schema up to date: on `file`, or on a new temporary file. */
export function sqliteStore(file: string = tempDbFile()): Promise<Store> {
  return openStore({ type: 'sqlite', file });
}
