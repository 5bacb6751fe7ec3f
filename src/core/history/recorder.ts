// Polls each resource's jobs list (as its monitor user, through the same read cache as every
// call) so that every finished job's final record is kept before slurmctld forgets it, even when
// no one happens to be reading. The interval must stay well under the clusters' MinJobAge.
// A poll can still come too late: on a loaded gateway, or a cluster with a short MinJobAge, a job
// may end and be forgotten between two polls. Where the resource has SLURM's accounting, a job
// that left the list before any read saw it finished is then looked up there, and its record kept.
// Replicas sharing PostgreSQL keep one set of records: only the replica leading a resource (the
// one that polls it for job events, src/core/events/events.ts) polls it for them.
import type { Logger } from 'pino';
import type { BackendContext, SlurmBackend } from '../../backends/backend.ts';
import type { JobInfo } from '../../contract/model.ts';
import { settledEnd, type JobHistory } from './job-history.ts';

/** Accounting lookups of missed ends per poll and resource, so that a backlog never makes one poll long. */
const LOOKUPS_PER_POLL = 50;
/** Polls a missed job is looked up in before it is given up (slurmdbd may lag slurmctld by a little). */
const LOOKUP_TRIES = 10;

export interface RecordedResource {
  name: string;
  backend: SlurmBackend;
  monitorUser: string;
}

export class HistoryRecorder {
  private timer?: NodeJS.Timeout;
  private failures = 0;
  private polls = 0;

  constructor(
    private readonly resources: readonly RecordedResource[],
    private readonly history: JobHistory,
    private readonly opts: { intervalMs: number; logger?: Logger; leads?: (resource: string) => boolean },
  ) {}

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.pollAll(), ms);
    this.timer.unref();
  }

  private async pollAll(): Promise<void> {
    const started = Date.now();
    this.polls++;
    await Promise.all(this.resources.map((r) => this.poll(r)));
    if (this.timer) this.schedule(Math.max(0, this.opts.intervalMs - (Date.now() - started)));
  }

  private async poll(r: RecordedResource): Promise<void> {
    if (this.opts.leads && !this.opts.leads(r.name)) return;
    const ctx: BackendContext = { user: r.monitorUser, project: '', clientSource: 'gateway:history', requestId: `history-${r.name}-${this.polls}` };
    try {
      const reply = await r.backend.jobs(ctx);
      if (reply.status !== 200 || !Array.isArray(reply.body.jobs)) throw new Error(`jobs answered HTTP ${reply.status}`);
      await this.history.observe(r.name, reply.body.jobs);
      await this.recoverMissedEnds(r, ctx, reply.body.jobs);
    } catch (err) {
      // The first failure and then every 60th: a long outage does not flood the log.
      if (this.failures++ % 60 === 0) this.opts.logger?.warn({ resource: r.name, err: (err as Error).message }, 'job history: jobs poll failed');
    }
  }

  /**
   * Jobs a read saw before they settled that are no longer listed, with no final record: they
   * ended and were forgotten between two reads. Their records come from accounting, where the
   * resource has it; without it they are given up.
   */
  private async recoverMissedEnds(r: RecordedResource, ctx: BackendContext, jobs: readonly JobInfo[]): Promise<void> {
    const listed = new Set(jobs.map((j) => j.job_id));
    let lookups = 0;
    for (const id of this.history.awaitingEnd(r.name)) {
      if (listed.has(id)) continue;
      if (!r.backend.accountingJob) {
        this.history.notFoundSettled(r.name, id, 1);
        continue;
      }
      if (lookups++ >= LOOKUPS_PER_POLL) break;
      const job = await r.backend.accountingJob(ctx, id);
      if (job && settledEnd(job) !== undefined && job.job_id === id) await this.history.observe(r.name, [job]);
      else this.history.notFoundSettled(r.name, id, LOOKUP_TRIES);
    }
  }
}
