// Read-your-writes: a job submitted through the gateway is visible on GET job/{id} and jobs at
// once, even while the backend does not list it yet (slurmctld answers submit before its job
// table, and a cached list is older than the submit). Until the backend shows the job, the
// gateway shows a PENDING job built from what was submitted.
import type { BackendContext, BackendReply } from '../backend.ts';
import type { JobInfo, JobsResponse, JobSubmitRequest, JobSubmitResponse } from '../../contract/model.ts';
import { slurmAccountName } from '../../contract/accounts.ts';
import { num, unset } from '../../contract/no-val.ts';

/** How long the gateway vouches for a job the backend has not shown yet. */
export const RECENT_WINDOW_MS = 120_000;

interface Recent {
  job: JobInfo;
  until: number;
}

export class RecentSubmissions {
  private readonly jobs = new Map<string, Recent>();

  constructor(private readonly now: () => number = Date.now) {}

  add(ctx: BackendContext, request: JobSubmitRequest, reply: BackendReply<JobSubmitResponse>): void {
    const id = reply.body.job_id;
    if (typeof id !== 'number') return;
    const d = request.job ?? {};
    const t = Math.floor(this.now() / 1000);
    const job: JobInfo = {
      job_id: id,
      name: d.name ?? '',
      // Spelled as slurmctld will report it (lower case).
      account: slurmAccountName(d.account || ctx.project),
      partition: d.partition ?? '',
      user_name: ctx.user,
      job_state: ['PENDING'],
      state_reason: 'None',
      state_description: 'Submitted through this gateway; the cluster has not listed the job yet',
      submit_time: num(t),
      start_time: num(0),
      end_time: num(0),
      time_limit: d.time_limit && typeof d.time_limit === 'object' ? (d.time_limit as JobInfo['time_limit']) : unset(),
      current_working_directory: d.current_working_directory ?? '',
      standard_output: d.standard_output ?? '',
      standard_error: d.standard_error ?? '',
      hold: d.hold ?? false,
      cluster: reply.body.meta?.slurm?.cluster ?? '',
      nodes: '',
    };
    this.jobs.set(String(id), { job, until: this.now() + RECENT_WINDOW_MS });
    // Pruned here too: a burst of submits that nobody reads must not stay held.
    this.live();
  }

  /**
   * The jobs still vouched for. Entries are kept in the order they were added, which is the order
   * they expire in: only the expired ones at the front are looked at.
   */
  private live(): Map<string, Recent> {
    const t = this.now();
    for (const [id, r] of this.jobs) {
      if (r.until > t) break;
      this.jobs.delete(id);
    }
    return this.jobs;
  }

  /** A 404 for a job submitted here a moment ago becomes that job; once the backend has it, the backend wins. */
  patchJob(id: string, reply: BackendReply<JobsResponse>): BackendReply<JobsResponse> {
    const r = this.live().get(id);
    if (!r) return reply;
    if (reply.status === 200) {
      this.jobs.delete(id);
      return reply;
    }
    if (reply.status !== 404) return reply;
    return { status: 200, body: { ...reply.body, jobs: [r.job], errors: [], warnings: reply.body.warnings ?? [] } };
  }

  /** Jobs submitted here that the listing does not show yet are added to it. */
  patchJobs(reply: BackendReply<JobsResponse>): BackendReply<JobsResponse> {
    const recent = this.live();
    if (reply.status !== 200 || recent.size === 0 || !Array.isArray(reply.body.jobs)) return reply;
    const listed = new Set(reply.body.jobs.map((j) => String(j.job_id)));
    const missing: JobInfo[] = [];
    for (const [id, r] of recent) {
      if (listed.has(id)) recent.delete(id);
      else missing.push(r.job);
    }
    if (missing.length === 0) return reply;
    const warnings = (reply.body.warnings ?? []).filter((w) => !(w.description === 'Zero jobs to dump'));
    return { ...reply, body: { ...reply.body, jobs: [...reply.body.jobs, ...missing], warnings } };
  }
}
