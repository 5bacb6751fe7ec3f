// The gateway's versioned migrations, one list for SQLite and PostgreSQL, written with Kysely's
// schema builder so that each is the same change on both. They mirror the numbered .sql files
// SQLite databases made before PostgreSQL support were built with (kept as the test fixture
// test/fixtures/sql-migrations-before-postgres): a database at user_version N has had exactly
// migrations 1..N, so run-migrations.ts carries it on from N.
// Where the two engines differ, the difference is here and named:
// - an auto-numbered key is `integer primary key autoincrement` on SQLite, `bigserial` on PostgreSQL;
// - integers are BIGINT (64-bit on both; PostgreSQL's INTEGER is 32-bit, too small for unix ms);
// - SQLite lets a PRIMARY KEY column other than INTEGER hold NULL unless it says NOT NULL: each does.
import { sql, type Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'tokens',
    async up(db) {
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('project', 'text', (c) => c.notNull())
        .addColumn('user_name', 'text', (c) => c.notNull())
        .addColumn('permissions', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint')
        .addColumn('revoked_at', 'bigint')
        .addColumn('last_used_at', 'bigint')
        .execute();
      await db.schema.createIndex('tokens_project').on('tokens').column('project').execute();
    },
  },
  {
    version: 2,
    name: 'local_jobs',
    async up(db) {
      await db.schema
        .createTable('local_jobs')
        .addColumn('resource', 'text', (c) => c.notNull())
        .addColumn('job_id', 'bigint', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('submit_time', 'bigint', (c) => c.notNull())
        .addColumn('start_time', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('end_time', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('pid', 'bigint')
        .addColumn('pid_start', 'text')
        .addColumn('nodes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('record', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('local_jobs_pk', ['resource', 'job_id'])
        .execute();
      await db.schema.createIndex('local_jobs_state').on('local_jobs').columns(['resource', 'state']).execute();
      let state = db.schema
        .createTable('local_backend_state')
        .addColumn('resource', 'text', (c) => c.primaryKey().notNull())
        .addColumn('next_job_id', 'bigint', (c) => c.notNull().defaultTo(1))
        .addColumn('counters_since', 'bigint', (c) => c.notNull());
      for (const counter of ['jobs_submitted', 'jobs_started', 'jobs_completed', 'jobs_canceled', 'jobs_failed', 'schedule_cycle_max', 'schedule_cycle_last', 'schedule_cycle_sum', 'schedule_cycle_total', 'schedule_cycle_depth']) {
        state = state.addColumn(counter, 'bigint', (c) => c.notNull().defaultTo(0));
      }
      await state.execute();
    },
  },
  {
    version: 3,
    name: 'idempotency',
    async up(db) {
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('token_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('in_flight', 'done')`))
        .addColumn('status', 'bigint')
        .addColumn('response', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['token_id', 'key'])
        .execute();
      await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
    },
  },
  {
    version: 4,
    name: 'audit_log',
    async up(db, dialect) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement().notNull()))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('api', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('status', 'bigint')
        .addColumn('token_id', 'text')
        .addColumn('user_name', 'text')
        .addColumn('project', 'text')
        .addColumn('resource', 'text')
        .addColumn('job_id', 'text')
        .addColumn('signal', 'text')
        .addColumn('client', 'text')
        .addColumn('request_id', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await db.schema.createIndex('audit_log_project').on('audit_log').columns(['project', 'at']).execute();
      await db.schema.createIndex('audit_log_resource_job').on('audit_log').columns(['resource', 'job_id']).execute();
    },
  },
  {
    version: 5,
    name: 'audit_unverified',
    async up(db) {
      await db.schema.alterTable('audit_log').addColumn('claimed_token_id', 'text').execute();
      await db.schema.alterTable('audit_log').addColumn('count', 'bigint', (c) => c.notNull().defaultTo(1)).execute();
      // Earlier 401 rows named the claimed id as token_id (../migrations/005_audit_unverified.sql says why).
      await sql`UPDATE audit_log SET claimed_token_id = token_id, token_id = NULL
        WHERE status = 401 AND api <> 'cli' AND token_id IS NOT NULL
          AND (detail IS NULL OR (detail NOT LIKE 'Access token % has been revoked' AND detail NOT LIKE 'Access token % expired at %'))`.execute(db);
      await db.schema.createIndex('audit_log_token').on('audit_log').columns(['token_id', 'at']).execute();
    },
  },
  {
    version: 6,
    name: 'job_history',
    async up(db) {
      await db.schema
        .createTable('job_history')
        .addColumn('resource', 'text', (c) => c.notNull())
        .addColumn('job_id', 'bigint', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'bigint', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_history_pk', ['resource', 'job_id'])
        .execute();
      await db.schema.createIndex('job_history_account').on('job_history').columns(['resource', 'account', 'ended_at']).execute();
      await db.schema.createIndex('job_history_ended').on('job_history').column('ended_at').execute();
    },
  },
];
