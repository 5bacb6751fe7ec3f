// The gateway's tables as Kysely sees them, one interface per table: the same on SQLite and on
// PostgreSQL (src/store/kysely/migrations.ts makes them). Times are integers (unix seconds or ms,
// as each column says); JSON is stored as text. PostgreSQL's BIGINT comes back as a string by
// default: open-store.ts has pg parse it as a number (every value here is below 2^53).
import type { Generated } from 'kysely';

export interface TokensTable {
  id: string;
  secret_hash: string;
  project: string;
  user_name: string;
  /** JSON array of permission names. */
  permissions: string;
  description: Generated<string>;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  last_used_at: number | null;
}

export interface LocalJobsTable {
  resource: string;
  job_id: number;
  state: string;
  submit_time: number;
  start_time: Generated<number>;
  end_time: Generated<number>;
  pid: number | null;
  pid_start: string | null;
  nodes: Generated<string>;
  record: string;
}

export interface LocalBackendStateTable {
  resource: string;
  next_job_id: Generated<number>;
  counters_since: number;
  jobs_submitted: Generated<number>;
  jobs_started: Generated<number>;
  jobs_completed: Generated<number>;
  jobs_canceled: Generated<number>;
  jobs_failed: Generated<number>;
  schedule_cycle_max: Generated<number>;
  schedule_cycle_last: Generated<number>;
  schedule_cycle_sum: Generated<number>;
  schedule_cycle_total: Generated<number>;
  schedule_cycle_depth: Generated<number>;
}

export interface IdempotencyKeysTable {
  token_id: string;
  key: string;
  request_hash: string;
  state: 'in_flight' | 'done';
  status: number | null;
  response: string | null;
  created_at: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  api: string;
  operation: string;
  outcome: string;
  status: number | null;
  token_id: string | null;
  user_name: string | null;
  project: string | null;
  resource: string | null;
  job_id: string | null;
  signal: string | null;
  client: string | null;
  request_id: string | null;
  detail: string | null;
  claimed_token_id: string | null;
  count: Generated<number>;
}

export interface JobHistoryTable {
  resource: string;
  job_id: number;
  account: string;
  ended_at: number;
  record: string;
}

export interface Schema {
  tokens: TokensTable;
  local_jobs: LocalJobsTable;
  local_backend_state: LocalBackendStateTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  job_history: JobHistoryTable;
}
