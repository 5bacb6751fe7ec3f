// Rendered jobs kept per record revision, so GET /jobs re-renders only the jobs that changed since
// the last call (rendering all 133 keys is most of the cost of a list of 10,000 jobs) and holds
// one JobInfo per job rather than making a new one per call. Jobs the engine no longer holds
// (purged) are dropped at the next list.
//
// The JobInfo objects are shared by every reply that lists them: nothing downstream may change
// them (the gateway's views copy what they alter: src/core/jobs/view.ts, reasons.ts).
import type { JobInfo } from '../../contract/model.ts';
import type { JobEngine } from './engine.ts';
import { renderJob, type JobRenderContext } from './render-job.ts';
import type { JobRecord } from './types.ts';

export class RenderedJobs {
  private cache = new Map<number, { revision: number; info: JobInfo }>();

  constructor(
    private readonly engine: JobEngine,
    private readonly context: () => JobRenderContext,
  ) {}

  /** Jobs rendered and kept. */
  get size(): number {
    return this.cache.size;
  }

  /** One job as it is now. */
  one(job: JobRecord): JobInfo {
    const revision = this.engine.revision(job.jobId);
    const hit = this.cache.get(job.jobId);
    if (hit && hit.revision === revision) return hit.info;
    const info = renderJob(job, this.context());
    this.cache.set(job.jobId, { revision, info });
    return info;
  }

  /** Every job the engine holds, by id; what was rendered for jobs no longer held is let go. */
  all(): JobInfo[] {
    const rc = this.context();
    const next = new Map<number, { revision: number; info: JobInfo }>();
    const out: JobInfo[] = [];
    for (const job of this.engine.jobs()) {
      const revision = this.engine.revision(job.jobId);
      let entry = this.cache.get(job.jobId);
      if (!entry || entry.revision !== revision) entry = { revision, info: renderJob(job, rc) };
      next.set(job.jobId, entry);
      out.push(entry.info);
    }
    this.cache = next;
    return out;
  }
}
