import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadMigrations, migrate, openDatabase } from './database.ts';

describe('database', () => {
  it('is a WAL SQLite file with every migration applied once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 's3m-db-')), 'sub', 's3m.db');
    const db = openDatabase(file);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const latest = loadMigrations().at(-1)!.version;
    assert.equal(db.pragma('user_version', { simple: true }), latest);
    db.close();
    const again = openDatabase(file); // re-opening must not re-apply anything
    assert.equal(again.pragma('user_version', { simple: true }), latest);
    again.close();
  });

  it('refuses a database newer than the code', () => {
    const db = openDatabase(':memory:');
    db.pragma('user_version = 999');
    assert.throws(() => migrate(db), /newer than this gateway knows/);
  });

  it('a failing migration leaves the schema version where it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 's3m-mig-'));
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'm', '001_ok.sql'), 'CREATE TABLE a (x);');
    writeFileSync(join(dir, 'm', '002_bad.sql'), 'CREATE TABLE b (x); THIS IS NOT SQL;');
    const db = openDatabase(':memory:');
    db.pragma('user_version = 0');
    const ms = loadMigrations(join(dir, 'm'));
    assert.throws(() => migrate(db, ms));
    assert.equal(db.pragma('user_version', { simple: true }), 1);
    assert.equal((db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'b'").get() as { n: number }).n, 0);
  });
});
