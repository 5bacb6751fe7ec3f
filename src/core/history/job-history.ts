// The final record of each finished job, kept after slurmctld forgets it. slurmctld drops a
// finished job MinJobAge seconds after it ends (300 by default); a user or workflow tool that
// asks later got a 404 for a job that ran fine. The gateway keeps, per resource, what slurmctld
// last showed for each job once that job had settled in its final state (whoever's read saw it:
// a user's, the event watcher's, or the history recorder's poll), for `windowSeconds` after it
// ended, and answers from it (src/core/jobs/history-replies.ts).
import type { Kysely } from 'kysely';
import type { Store } from '../../store/kysely/open-store.ts';
import type { Schema } from '../../store/kysely/schema.ts';
import { slurmAccountName } from '../../contract/accounts.ts';
import { BASE_STATE_SET, isSettled } from '../../contract/job-states.ts';
import type { JobInfo } from '../../contract/model.ts';

export interface JobHistoryOptions {
  /** How long after its end a finished job is still answered from its record. */
  windowSeconds: number;
  now?: () => number;
  /** On a store other replicas write too: how old (ms) the records shown may be at most. */
  sharedRefreshMs?: number;
}

/** Rows per INSERT statement. */
const WRITE_CHUNK = 1000;

/** The job's end time in seconds, if it has settled in a final state (and so has a final record). */
export function settledEnd(job: JobInfo): number | undefined {
  const states = job.job_state ?? [];
  const base = states.find((s) => BASE_STATE_SET.has(s));
  if (!base || !isSettled(base, states)) return undefined;
  const end = job.end_time?.number;
  return typeof end === 'number' && end > 0 ? end : undefined;
}

/** Jobs awaiting their end that are remembered per resource, at most. */
const MAX_UNSETTLED = 100_000;

export class JobHistory {
  private readonly now: () => number;
  /** "<resource>/<job id>" → end time already recorded, so that an unchanged job is not written again. */
  private readonly recorded = new Map<string, number>();
  /** Bumped by every write: replies patched from the records are reused until it changes. */
  private gen = 0;
  private genAt = 0;
  /**
   * A project's records as last read and parsed, per "<resource>\n<account>", valid while the
   * generation holds: every cache-miss GET jobs asks for them, and reading and parsing thousands
   * of records each time cost more than the rest of the request.
   */
  private readonly parsed = new Map<string, { generation: number; records: { end: number; job: JobInfo }[] }>();
  /**
   * Per resource: jobs some read saw before they settled and that have no final record yet, with
   * the accounting lookups tried for them (src/core/history/recorder.ts looks up those that left
   * the list unseen in their final state).
   */
  private readonly unsettled = new Map<string, Map<number, number>>();

  private readonly db: Kysely<Schema>;

  constructor(
    store: Pick<Store, 'db'>,
    private readonly opts: JobHistoryOptions,
  ) {
    this.db = store.db;
    this.now = opts.now ?? Date.now;
  }

  /**
   * The records' generation: replies patched from them are reused while it holds. On a store
   * shared by replicas (opts.sharedRefreshMs) another replica's writes do not bump it here, so it
   * also moves on once that long has passed: what one replica records, the others show within it.
   */
  get generation(): number {
    const refresh = this.opts.sharedRefreshMs;
    if (refresh !== undefined && this.now() - this.genAt >= refresh) this.bump();
    return this.gen;
  }

  private bump(): void {
    this.gen++;
    this.genAt = this.now();
  }

  private get oldest(): number {
    return Math.floor(this.now() / 1000) - this.opts.windowSeconds;
  }

  /** Keep the final record (made by `toRecord`, default: the job as it is) of every job in `jobs` that has settled and is still within the window. */
  async observe(resource: string, jobs: readonly JobInfo[], toRecord: (job: JobInfo) => JobInfo = (j) => j): Promise<void> {
    const fresh: [JobInfo, number][] = [];
    let unsettled = this.unsettled.get(resource);
    if (!unsettled) this.unsettled.set(resource, (unsettled = new Map()));
    for (const job of jobs) {
      const end = settledEnd(job);
      if (typeof job.job_id !== 'number') continue;
      if (end === undefined) {
        if (!unsettled.has(job.job_id) && unsettled.size < MAX_UNSETTLED) unsettled.set(job.job_id, 0);
        continue;
      }
      unsettled.delete(job.job_id);
      if (end < this.oldest) continue;
      if (this.recorded.get(`${resource}/${job.job_id}`) === end) continue;
      fresh.push([job, end]);
    }
    if (fresh.length === 0) return;
    const rows = fresh.map(([job, end]) => ({ resource, job_id: job.job_id as number, account: slurmAccountName(job.account ?? ''), ended_at: end, record: JSON.stringify(toRecord(job)) }));
    // In chunks: one statement's parameters are bounded (SQLite 32,766; PostgreSQL 65,535).
    await this.db.transaction().execute(async (tx) => {
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
        await tx
          .insertInto('job_history')
          .values(rows.slice(i, i + WRITE_CHUNK))
          .onConflict((oc) =>
            oc.columns(['resource', 'job_id']).doUpdateSet((eb) => ({ account: eb.ref('excluded.account'), ended_at: eb.ref('excluded.ended_at'), record: eb.ref('excluded.record') })),
          )
          .execute();
      }
    });
    for (const [job, end] of fresh) this.recorded.set(`${resource}/${job.job_id}`, end);
    this.bump();
  }

  /** Jobs on `resource` seen before they settled that have no final record yet (oldest seen first). */
  awaitingEnd(resource: string): number[] {
    return [...(this.unsettled.get(resource)?.keys() ?? [])];
  }

  /**
   * A job awaiting its end could not be found settled where it was looked for: after `tries`
   * such answers it is given up (a job removed without a trace, or a resource without accounting).
   */
  notFoundSettled(resource: string, jobId: number, tries: number): void {
    const unsettled = this.unsettled.get(resource);
    const n = (unsettled?.get(jobId) ?? 0) + 1;
    if (n >= tries) unsettled?.delete(jobId);
    else unsettled?.set(jobId, n);
  }

  /** The final record of job `jobId` on `resource`, if it ended within the window. */
  async find(resource: string, jobId: number): Promise<JobInfo | undefined> {
    const row = await this.db.selectFrom('job_history').select('record').where('resource', '=', resource).where('job_id', '=', jobId).where('ended_at', '>=', this.oldest).executeTakeFirst();
    return row ? (JSON.parse(row.record) as JobInfo) : undefined;
  }

  /** The final records of `project`'s jobs on `resource` that ended within the window, oldest job first. */
  async recent(resource: string, project: string): Promise<JobInfo[]> {
    const account = slurmAccountName(project);
    const key = `${resource}\n${account}`;
    const oldest = this.oldest;
    let kept = this.parsed.get(key);
    const generation = this.generation;
    if (!kept || kept.generation !== generation) {
      const rows = await this.db
        .selectFrom('job_history')
        .select(['record', 'ended_at'])
        .where('resource', '=', resource)
        .where('account', '=', account)
        .where('ended_at', '>=', oldest)
        .orderBy('job_id')
        .execute();
      kept = { generation, records: rows.map((r) => ({ end: r.ended_at, job: JSON.parse(r.record) as JobInfo })) };
      this.parsed.set(key, kept);
    }
    // The window moves on without a write: a kept record past it is left out as the query would.
    return kept.records.filter((r) => r.end >= oldest).map((r) => r.job);
  }

  /** Forget records past the window. */
  async sweep(): Promise<number> {
    const oldest = this.oldest;
    for (const [key, end] of this.recorded) if (end < oldest) this.recorded.delete(key);
    const gone = Number((await this.db.deleteFrom('job_history').where('ended_at', '<', oldest).executeTakeFirst()).numDeletedRows);
    if (gone > 0) this.bump();
    return gone;
  }
}
