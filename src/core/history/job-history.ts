// The final record of each finished job, kept after slurmctld forgets it. slurmctld drops a
// finished job MinJobAge seconds after it ends (300 by default); a user or workflow tool that
// asks later got a 404 for a job that ran fine. The gateway keeps, per resource, what slurmctld
// last showed for each job once that job had settled in its final state (whoever's read saw it:
// a user's, the event watcher's, or the history recorder's poll), for `windowSeconds` after it
// ended, and answers from it (src/core/jobs/history-replies.ts).
import type { Db } from '../../store/database.ts';
import { slurmAccountName } from '../../contract/accounts.ts';
import { BASE_STATE_SET, isSettled } from '../../contract/job-states.ts';
import type { JobInfo } from '../../contract/model.ts';

export interface JobHistoryOptions {
  /** How long after its end a finished job is still answered from its record. */
  windowSeconds: number;
  now?: () => number;
}

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
  generation = 0;
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

  constructor(
    private readonly db: Db,
    private readonly opts: JobHistoryOptions,
  ) {
    this.now = opts.now ?? Date.now;
  }

  private get oldest(): number {
    return Math.floor(this.now() / 1000) - this.opts.windowSeconds;
  }

  /** Keep the final record (made by `toRecord`, default: the job as it is) of every job in `jobs` that has settled and is still within the window. */
  observe(resource: string, jobs: readonly JobInfo[], toRecord: (job: JobInfo) => JobInfo = (j) => j): void {
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
    const upsert = this.db.prepare(
      `INSERT INTO job_history (resource, job_id, account, ended_at, record) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (resource, job_id) DO UPDATE SET account = excluded.account, ended_at = excluded.ended_at, record = excluded.record`,
    );
    this.db.transaction(() => {
      for (const [job, end] of fresh) upsert.run(resource, job.job_id, slurmAccountName(job.account ?? ''), end, JSON.stringify(toRecord(job)));
    })();
    for (const [job, end] of fresh) this.recorded.set(`${resource}/${job.job_id}`, end);
    this.generation++;
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
  find(resource: string, jobId: number): JobInfo | undefined {
    const row = this.db.prepare('SELECT record FROM job_history WHERE resource = ? AND job_id = ? AND ended_at >= ?').get(resource, jobId, this.oldest) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as JobInfo) : undefined;
  }

  /** The final records of `project`'s jobs on `resource` that ended within the window, oldest job first. */
  recent(resource: string, project: string): JobInfo[] {
    const account = slurmAccountName(project);
    const key = `${resource}\n${account}`;
    const oldest = this.oldest;
    let kept = this.parsed.get(key);
    if (!kept || kept.generation !== this.generation) {
      const rows = this.db
        .prepare('SELECT record, ended_at FROM job_history WHERE resource = ? AND account = ? AND ended_at >= ? ORDER BY job_id')
        .all(resource, account, oldest) as { record: string; ended_at: number }[];
      kept = { generation: this.generation, records: rows.map((r) => ({ end: r.ended_at, job: JSON.parse(r.record) as JobInfo })) };
      this.parsed.set(key, kept);
    }
    // The window moves on without a write: a kept record past it is left out as the query would.
    return kept.records.filter((r) => r.end >= oldest).map((r) => r.job);
  }

  /** Forget records past the window. */
  sweep(): number {
    const oldest = this.oldest;
    for (const [key, end] of this.recorded) if (end < oldest) this.recorded.delete(key);
    const gone = this.db.prepare('DELETE FROM job_history WHERE ended_at < ?').run(oldest).changes;
    if (gone > 0) this.generation++;
    return gone;
  }
}
