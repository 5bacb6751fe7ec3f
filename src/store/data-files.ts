// The permissions of the gateway's files on this host.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
