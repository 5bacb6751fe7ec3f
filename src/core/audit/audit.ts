// The audit log: every mutating call (submit, cancel, token create/revoke) and every denied call
// (401, 403, 429), whichever door it came through (REST, gRPC, the event streams, the admin CLI).
// Each entry is one SQLite row (table audit_log, migration 004) and, when a logger is given, one
// structured log line `{"audit": {...}, "msg": "audit"}`. A token's secret is never recorded:
// only its public id.
import type { Logger } from 'pino';
import { clipOptional, clipText, TEXT_LIMITS } from '../text-bounds.ts';
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Store } from '../../store/kysely/open-store.ts';
import type { AuditLogTable, Schema } from '../../store/kysely/schema.ts';

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

type Row = Selectable<AuditLogTable>;

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
  private readonly db: Kysely<Schema>;
  /** Entries waiting for the group commit of this turn of the event loop. */
  private waiting: { entry: AuditEntry; row: Insertable<AuditLogTable>; done: (id: number | undefined) => void }[] = [];
  /** Writes not yet settled, for drain() (the gateway closing). */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    store: Pick<Store, 'db'>,
    private readonly logger?: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.db = store.db;
  }

  /** Write an entry; resolves with its row id (undefined if the write failed). Never rejects. */
  record(full: AuditEntry): Promise<number | undefined> {
    return this.recordCommitted(full);
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
    return this.track(
      new Promise((done) => {
        if (this.waiting.length === 0) setImmediate(() => this.track(this.commitWaiting()));
        this.waiting.push({ entry, row: this.rowOf(entry), done });
      }),
    );
  }

  /** Resolves once every write started so far has settled. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
    return p;
  }

  /** One row on its own; its id, or undefined if the write failed. */
  private async insertRow(row: Insertable<AuditLogTable>): Promise<number | undefined> {
    try {
      return Number((await this.db.insertInto('audit_log').values(row).returning('id').executeTakeFirstOrThrow()).id);
    } catch (err) {
      // An audit write must not turn a served call into a failure; the entry's log line still has it.
      this.logger?.error({ err }, 'audit log write failed');
      return undefined;
    }
  }

  private async commitWaiting(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    let ids: (number | undefined)[];
    try {
      // One statement, so one round trip to PostgreSQL, and atomic. Ids are handed out in the
      // order of the rows (one sequence, drawn row by row): sorted, they pair with the batch.
      const rows = await this.db
        .insertInto('audit_log')
        .values(batch.map((w) => w.row))
        .returning('id')
        .execute();
      ids = rows.map((r) => Number(r.id)).sort((x, y) => x - y);
    } catch {
      // One bad row must not cost the others theirs: each on its own.
      ids = [];
      for (const w of batch) ids.push(await this.insertRow(w.row));
    }
    batch.forEach((w, i) => {
      this.logLine(w.entry, w.row.at);
      w.done(ids[i]);
    });
  }

  private logLine(entry: AuditEntry, at: number): void {
    this.logger?.info({ audit: { time: new Date(at).toISOString(), ...entry, at: undefined } }, 'audit');
  }

  private rowOf(entry: AuditEntry): Insertable<AuditLogTable> {
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
  updateCount(id: number, count: number, detail: string, claimedTokenId?: string): Promise<void> {
    const d = clipText(detail, TEXT_LIMITS.detail);
    this.logger?.info({ audit: { id, count, detail: d, claimedTokenId } }, 'audit update');
    return this.track(
      this.db
        .updateTable('audit_log')
        .set({ count, detail: d, claimed_token_id: claimedTokenId ?? null })
        .where('id', '=', id)
        .execute()
        .then(
          () => undefined,
          (err: unknown) => this.logger?.error({ err }, 'audit log write failed'),
        ),
    );
  }

  async query(q: AuditQuery = {}): Promise<AuditRecord[]> {
    const newest = this.db
      .selectFrom('audit_log')
      .selectAll()
      .$if(q.since !== undefined, (b) => b.where('at', '>=', q.since!))
      .$if(q.until !== undefined, (b) => b.where('at', '<', q.until!))
      // Projects are SLURM accounts: one account whatever the case (contract/accounts.ts).
      .$if(q.project !== undefined, (b) => b.where(sql`lower(project)`, '=', q.project!.toLowerCase()))
      .$if(q.resource !== undefined, (b) => b.where('resource', '=', q.resource!))
      .$if(q.jobId !== undefined, (b) => b.where('job_id', '=', q.jobId!))
      .$if(q.tokenId !== undefined, (b) => b.where('token_id', '=', q.tokenId!))
      .$if(q.claimedTokenId !== undefined, (b) => b.where('claimed_token_id', '=', q.claimedTokenId!))
      .$if(q.operation !== undefined, (b) => b.where('operation', '=', q.operation!))
      .$if(q.outcome !== undefined, (b) => b.where('outcome', '=', q.outcome!))
      .orderBy('id', 'desc')
      .limit(q.limit ?? 1000);
    const rows = await newest.execute();
    return rows.reverse().map(toRecord);
  }

  /** Delete entries older than `days` days; returns how many. */
  async sweep(days: number): Promise<number> {
    if (days <= 0) return 0;
    const r = await this.db.deleteFrom('audit_log').where('at', '<', this.now() - days * 86_400_000).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}

function toRecord(r: Row): AuditRecord {
  const rec: AuditRecord = { id: r.id, at: r.at, time: new Date(r.at).toISOString(), api: r.api as AuditApi, operation: r.operation, outcome: r.outcome as AuditOutcome };
  // count is shown only where it says something (a row standing for more than one call).
  const opt = { status: r.status, tokenId: r.token_id, claimedTokenId: r.claimed_token_id, count: r.count === 1 ? null : r.count, user: r.user_name, project: r.project, resource: r.resource, jobId: r.job_id, signal: r.signal, client: r.client, requestId: r.request_id, detail: r.detail };
  for (const [k, v] of Object.entries(opt)) if (v !== null) (rec as unknown as Record<string, unknown>)[k] = v;
  return rec;
}
