// The audit log: every mutating call (submit, cancel, token create/revoke) and every denied call
// (401, 403, 429), whichever door it came through (REST, gRPC, the event streams, the admin CLI).
// Each entry is one SQLite row (table audit_log, migration 004) and, when a logger is given, one
// structured log line `{"audit": {...}, "msg": "audit"}`. A token's secret is never recorded:
// only its public id.
import type { Logger } from 'pino';
import { clipOptional, clipText, TEXT_LIMITS } from '../text-bounds.ts';
import type { Db } from '../../store/database.ts';

export type AuditApi = 'rest' | 'grpc' | 'cli';

/**
 * ok: done. refused: the request was understood but changed nothing (validation, unknown or
 * finished job, other 4xx). denied: 401 or 403. rate-limited: 429. failed: the gateway or the
 * cluster failed (5xx).
 */
export type AuditOutcome = 'ok' | 'refused' | 'denied' | 'rate-limited' | 'failed';

export interface AuditEntry {
  /** Unix milliseconds; default now. */
  at?: number;
  api: AuditApi;
  operation: string;
  outcome: AuditOutcome;
  status?: number;
  /**
   * The token whose secret was verified: the caller's, or a revoked or expired token whose secret
   * matched. Never taken from an unverified token.
   */
  tokenId?: string;
  /**
   * Unverified: the id a refused token carried in front of a secret that did not match (or of an
   * unknown id). Anyone can write any id there; it says what was tried, not who tried it.
   */
  claimedTokenId?: string;
  /** How many calls this entry stands for: 1, or more for a row that sums up a flood (src/core/audit/audit-flood.ts). */
  count?: number;
  user?: string;
  project?: string;
  resource?: string;
  jobId?: string;
  signal?: string;
  client?: string;
  requestId?: string;
  detail?: string;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: number;
  /** `at` as ISO 8601. */
  time: string;
}

export interface AuditQuery {
  /** Unix ms: entries at or after. */
  since?: number;
  until?: number;
  project?: string;
  resource?: string;
  jobId?: string;
  tokenId?: string;
  claimedTokenId?: string;
  operation?: string;
  outcome?: AuditOutcome;
  /** Newest entries at most (default 1000); results are oldest first. */
  limit?: number;
}

interface Row {
  id: number;
  at: number;
  api: AuditApi;
  operation: string;
  outcome: AuditOutcome;
  status: number | null;
  token_id: string | null;
  claimed_token_id: string | null;
  count: number;
  user_name: string | null;
  project: string | null;
  resource: string | null;
  job_id: string | null;
  signal: string | null;
  client: string | null;
  request_id: string | null;
  detail: string | null;
}

/** The outcome a reply or error with this HTTP status stands for. */
export function outcomeOf(status: number): AuditOutcome {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401 || status === 403) return 'denied';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'failed';
  return 'refused';
}

/** Statuses audited for every call, reads included. */
export const isDenial = (status: number) => status === 401 || status === 403 || status === 429;

const TOKEN_ID_RE = /^(?:bearer\s+)?s3m_([0-9a-f]{12})_/i;

/** The public id a presented token claims (its `s3m_<id>_` prefix), for unverified 401 entries; never the secret. */
export function claimedTokenId(authorization: string | undefined): string | undefined {
  return authorization ? TOKEN_ID_RE.exec(authorization.trim())?.[1] : undefined;
}

/**
 * The entry with every free-text field bounded (src/core/text-bounds.ts): much of it
 * is the client's own text (a resource or job id from the URL, a request id, an error description
 * that quotes the request), and neither a row nor its log line may grow with it.
 */
export function boundedEntry(entry: AuditEntry): AuditEntry {
  const f = (s: string | undefined) => clipOptional(s, TEXT_LIMITS.field);
  return {
    ...entry,
    operation: clipText(entry.operation, TEXT_LIMITS.field),
    tokenId: f(entry.tokenId),
    claimedTokenId: f(entry.claimedTokenId),
    user: f(entry.user),
    project: f(entry.project),
    resource: f(entry.resource),
    jobId: f(entry.jobId),
    signal: f(entry.signal),
    client: f(entry.client),
    requestId: f(entry.requestId),
    detail: clipOptional(entry.detail, TEXT_LIMITS.detail),
  };
}

export class AuditLog {
  private readonly insert;
  private readonly insertAll;
  /** Entries waiting for the group commit of this turn of the event loop (recordCommitted). */
  private waiting: { entry: AuditEntry; row: Record<string, unknown>; done: (id: number | undefined) => void }[] = [];

  constructor(
    private readonly db: Db,
    private readonly logger?: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, api, operation, outcome, status, token_id, claimed_token_id, count, user_name, project, resource, job_id, signal, client, request_id, detail)
       VALUES (@at, @api, @operation, @outcome, @status, @token_id, @claimed_token_id, @count, @user_name, @project, @resource, @job_id, @signal, @client, @request_id, @detail)`,
    );
    this.insertAll = db.transaction((rows: Record<string, unknown>[]) => rows.map((r) => Number(this.insert.run(r).lastInsertRowid)));
  }

  /** Write an entry; returns its row id (undefined if the write failed). */
  record(full: AuditEntry): number | undefined {
    const entry = boundedEntry(full);
    const row = this.rowOf(entry);
    const id = this.insertRow(row);
    this.logLine(entry, row.at);
    return id;
  }

  /** One row on its own; its id, or undefined if the write failed. */
  private insertRow(row: Record<string, unknown>): number | undefined {
    try {
      return Number(this.insert.run(row).lastInsertRowid);
    } catch (err) {
      // An audit write must not turn a served call into a failure; the entry's log line still has it.
      this.logger?.error({ err }, 'audit log write failed');
      return undefined;
    }
  }

  /**
   * Write an entry together with the others recorded in the same turn of the event loop, in one
   * transaction (a group commit: one commit for all the submits that finished together instead of
   * one each, the largest part of an audited call's own cost). Resolves with the row id once the
   * row is committed, so a caller that waits before answering never acknowledges a call whose
   * entry a crash could still lose.
   */
  recordCommitted(full: AuditEntry): Promise<number | undefined> {
    const entry = boundedEntry(full);
    return new Promise((done) => {
      if (this.waiting.length === 0) setImmediate(() => this.commitWaiting());
      this.waiting.push({ entry, row: this.rowOf(entry), done });
    });
  }

  private commitWaiting(): void {
    const batch = this.waiting;
    this.waiting = [];
    let ids: (number | undefined)[];
    try {
      ids = this.insertAll(batch.map((w) => w.row));
    } catch {
      // One bad row must not cost the others theirs: each on its own, as record() does.
      ids = batch.map((w) => this.insertRow(w.row));
    }
    batch.forEach((w, i) => {
      this.logLine(w.entry, w.row.at as number);
      w.done(ids[i]);
    });
  }

  private logLine(entry: AuditEntry, at: number): void {
    this.logger?.info({ audit: { time: new Date(at).toISOString(), ...entry, at: undefined } }, 'audit');
  }

  private rowOf(entry: AuditEntry) {
    const at = entry.at ?? this.now();
    return {
      at,
      api: entry.api,
      operation: entry.operation,
      outcome: entry.outcome,
      status: entry.status ?? null,
      token_id: entry.tokenId ?? null,
      claimed_token_id: entry.claimedTokenId ?? null,
      count: entry.count ?? 1,
      user_name: entry.user ?? null,
      project: entry.project ?? null,
      resource: entry.resource || null,
      job_id: entry.jobId ?? null,
      signal: entry.signal ?? null,
      client: entry.client ?? null,
      request_id: entry.requestId ?? null,
      detail: entry.detail ?? null,
    };
  }

  /** Bring a summing-up row (src/core/audit/audit-flood.ts) up to date: how many calls, and its detail. */
  updateCount(id: number, count: number, detail: string, claimedTokenId?: string): void {
    const d = clipText(detail, TEXT_LIMITS.detail);
    try {
      this.db.prepare('UPDATE audit_log SET count = ?, detail = ?, claimed_token_id = ? WHERE id = ?').run(count, d, claimedTokenId ?? null, id);
    } catch (err) {
      this.logger?.error({ err }, 'audit log write failed');
    }
    this.logger?.info({ audit: { id, count, detail: d, claimedTokenId } }, 'audit update');
  }

  query(q: AuditQuery = {}): AuditRecord[] {
    const where: string[] = [];
    const args: Record<string, unknown> = {};
    const add = (sql: string, key: string, value: unknown) => {
      if (value === undefined) return;
      where.push(sql);
      args[key] = value;
    };
    add('at >= @since', 'since', q.since);
    add('at < @until', 'until', q.until);
    // Projects are SLURM accounts: one account whatever the case (contract/accounts.ts).
    add('project = @project COLLATE NOCASE', 'project', q.project);
    add('resource = @resource', 'resource', q.resource);
    add('job_id = @job', 'job', q.jobId);
    add('token_id = @token', 'token', q.tokenId);
    add('claimed_token_id = @claimed', 'claimed', q.claimedTokenId);
    add('operation = @operation', 'operation', q.operation);
    add('outcome = @outcome', 'outcome', q.outcome);
    args.limit = q.limit ?? 1000;
    const sql = `SELECT * FROM (SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit) ORDER BY id`;
    return (this.db.prepare(sql).all(args) as Row[]).map(toRecord);
  }

  /** Delete entries older than `days` days; returns how many. */
  sweep(days: number): number {
    if (days <= 0) return 0;
    return this.db.prepare('DELETE FROM audit_log WHERE at < ?').run(this.now() - days * 86_400_000).changes;
  }
}

function toRecord(r: Row): AuditRecord {
  const rec: AuditRecord = { id: r.id, at: r.at, time: new Date(r.at).toISOString(), api: r.api, operation: r.operation, outcome: r.outcome };
  // count is shown only where it says something (a row standing for more than one call).
  const opt = { status: r.status, tokenId: r.token_id, claimedTokenId: r.claimed_token_id, count: r.count === 1 ? null : r.count, user: r.user_name, project: r.project, resource: r.resource, jobId: r.job_id, signal: r.signal, client: r.client, requestId: r.request_id, detail: r.detail };
  for (const [k, v] of Object.entries(opt)) if (v !== null) (rec as unknown as Record<string, unknown>)[k] = v;
  return rec;
}
