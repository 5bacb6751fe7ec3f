// Persistence of the local backend over the shared SQLite database (tables of migration 002).
// Every change of a job is written at once, so a gateway that dies loses nothing it reported.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../store/database.ts';
import type { JobRecord } from './types.ts';

export interface Counters {
  countersSince: number;
  jobsSubmitted: number;
  jobsStarted: number;
  jobsCompleted: number;
  jobsCanceled: number;
  jobsFailed: number;
  scheduleCycleMax: number;
  scheduleCycleLast: number;
  scheduleCycleSum: number;
  scheduleCycleTotal: number;
  scheduleCycleDepth: number;
}

export type CounterName = 'jobs_submitted' | 'jobs_started' | 'jobs_completed' | 'jobs_canceled' | 'jobs_failed';

interface StateRow {
  counters_since: number;
  jobs_submitted: number;
  jobs_started: number;
  jobs_completed: number;
  jobs_canceled: number;
  jobs_failed: number;
  schedule_cycle_max: number;
  schedule_cycle_last: number;
  schedule_cycle_sum: number;
  schedule_cycle_total: number;
  schedule_cycle_depth: number;
}

export class JobStore {
  // Statements and transactions made once: a submit or a save runs them, and compiling SQL on every
  // call cost as much as running it.
  private readonly nextId;
  private readonly insert;
  private readonly update;
  private readonly bumps = new Map<CounterName, Statement>();
  private readonly cycle;
  private readonly insertTx;
  private readonly saveTx;

  constructor(
    private readonly db: Db,
    private readonly resource: string,
    nowSeconds: number,
  ) {
    db.prepare('INSERT OR IGNORE INTO local_backend_state (resource, next_job_id, counters_since) VALUES (?, 1, ?)').run(resource, nowSeconds);
    this.nextId = db.prepare('UPDATE local_backend_state SET next_job_id = next_job_id + 1, jobs_submitted = jobs_submitted + 1 WHERE resource = ? RETURNING next_job_id - 1 AS id');
    this.insert = db.prepare('INSERT INTO local_jobs (resource, job_id, state, submit_time, start_time, end_time, pid, pid_start, nodes, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.update = db.prepare('UPDATE local_jobs SET state = ?, start_time = ?, end_time = ?, pid = ?, pid_start = ?, nodes = ?, record = ? WHERE resource = ? AND job_id = ?');
    this.cycle = db.prepare(
      `UPDATE local_backend_state SET schedule_cycle_last = ?, schedule_cycle_max = MAX(schedule_cycle_max, ?),
         schedule_cycle_sum = schedule_cycle_sum + ?, schedule_cycle_total = schedule_cycle_total + 1,
         schedule_cycle_depth = schedule_cycle_depth + ? WHERE resource = ?`,
    );
    this.insertTx = db.transaction((build: (jobId: number) => JobRecord): JobRecord => {
      const row = this.nextId.get(this.resource) as { id: number };
      const job = build(row.id);
      this.insert.run(this.resource, job.jobId, job.state, job.submitTime, job.startTime, job.endTime, job.pid, job.pidStart, nodesOf(job), JSON.stringify(job));
      return job;
    });
    this.saveTx = db.transaction((job: JobRecord, counter?: CounterName) => {
      this.update.run(job.state, job.startTime, job.endTime, job.pid, job.pidStart, nodesOf(job), JSON.stringify(job), this.resource, job.jobId);
      if (counter) this.bump(counter).run(this.resource);
    });
  }

  /** Job ids go on above `jobId` (ids another replica gave out while it ran this resource). */
  continueIdsAfter(jobId: number): void {
    this.db.prepare('UPDATE local_backend_state SET next_job_id = MAX(next_job_id, ?) WHERE resource = ?').run(Math.trunc(jobId) + 1, this.resource);
  }

  private bump(counter: CounterName): Statement {
    let st = this.bumps.get(counter);
    if (!st) this.bumps.set(counter, (st = this.db.prepare(`UPDATE local_backend_state SET ${counter} = ${counter} + 1 WHERE resource = ?`)));
    return st;
  }

  /** Give the job the next id of this resource and store it, atomically (ids are never reused). */
  insertNew(build: (jobId: number) => JobRecord): JobRecord {
    return this.insertTx(build);
  }

  /** Write the job's current record; `counter` is bumped in the same transaction (a job's end and its count agree). */
  save(job: JobRecord, counter?: CounterName): void {
    this.saveTx(job, counter);
  }

  loadAll(): JobRecord[] {
    const rows = this.db.prepare('SELECT record FROM local_jobs WHERE resource = ? ORDER BY job_id').all(this.resource) as Array<{ record: string }>;
    return rows.map((r) => JSON.parse(r.record) as JobRecord);
  }

  recordCycle(micros: number, depth: number): void {
    this.cycle.run(micros, micros, micros, depth, this.resource);
  }

  counters(): Counters {
    const r = this.db.prepare('SELECT * FROM local_backend_state WHERE resource = ?').get(this.resource) as StateRow;
    return {
      countersSince: r.counters_since,
      jobsSubmitted: r.jobs_submitted,
      jobsStarted: r.jobs_started,
      jobsCompleted: r.jobs_completed,
      jobsCanceled: r.jobs_canceled,
      jobsFailed: r.jobs_failed,
      scheduleCycleMax: r.schedule_cycle_max,
      scheduleCycleLast: r.schedule_cycle_last,
      scheduleCycleSum: r.schedule_cycle_sum,
      scheduleCycleTotal: r.schedule_cycle_total,
      scheduleCycleDepth: r.schedule_cycle_depth,
    };
  }
}

function nodesOf(job: JobRecord): string {
  return (job.allocation ?? []).map((a) => a.node).join(',');
}
