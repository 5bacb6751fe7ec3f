// GET job/{id} and GET jobs for jobs slurmctld no longer lists: answered from SLURM's accounting
// (slurmdbd, for one job, where the resource has it) or else from the gateway's final records
// (src/core/history/job-history.ts), each with a warning that says where the record came from.
// The list uses the gateway's records only: asking slurmdbd for a project's jobs at every poll of
// every client would cost far more than the records, which the recorder keeps complete. Applied to the backend's reply before the project rules, so another project's finished
// job still answers exactly like a missing one.
import { BACKEND_DEFAULT_VERSION, type BackendContext, type BackendReply, type SlurmBackend } from '../../backends/backend.ts';
import type { JobInfo, JobsResponse, SlurmWarning } from '../../contract/model.ts';
import type { JobHistory } from '../history/job-history.ts';
import type { ApiVersion } from '../../contract/model.ts';
import { translateJobInfo, translateReply } from '../../contract/versions/index.ts';

/**
 * Records are kept in one version, whatever version the cluster answered in (it may change when a
 * resource is moved to a newer cluster), and shown in the reply's: a finished job's fields that
 * v0.0.43 lacks are therefore shown empty (GET job/{id} says so in a warning, as for any v0.0.43 body).
 */
const RECORD_VERSION: ApiVersion = 'v0.0.43';
const versionOf = (reply: BackendReply<unknown>): ApiVersion => reply.version ?? BACKEND_DEFAULT_VERSION;

const SOURCE = 's3m:history';
const SOURCE_ACCOUNTING = 's3m:history:slurmdbd';

const endedAt = (j: JobInfo): string => new Date((j.end_time?.number ?? 0) * 1000).toISOString();

export class HistoryReplies {
  /** Patched lists per backend body, project and history generation (a thousand pollers: one patch). */
  private readonly memo = new WeakMap<object, { generation: number; byProject: Map<string, BackendReply<JobsResponse>> }>();
  /** Backend bodies already looked through for settled jobs (a cached list is read by many callers). */
  private readonly observed = new WeakSet<object>();

  constructor(
    private readonly history: JobHistory,
    private readonly windowHours: number,
  ) {}

  /**
   * The backend's reply for one job; a 404 for a job accounting or the gateway has a final record
   * of becomes that record. `monitor` is whom accounting is asked as (it must see every project).
   */
  async job(resource: { name: string; backend: SlurmBackend }, monitor: BackendContext, jobId: string, reply: BackendReply<JobsResponse>): Promise<BackendReply<JobsResponse>> {
    if (reply.status === 200) await this.observe(resource.name, reply.body, versionOf(reply));
    if (reply.status !== 404 || !/^\d+$/.test(jobId)) return reply;
    const accounted = await resource.backend.accountingJob?.(monitor, Number(jobId));
    const record = accounted ?? (await this.history.find(resource.name, Number(jobId)));
    if (!record) return reply;
    const gone = `Job ${jobId} ended at ${endedAt(record)} and slurmctld no longer lists it (MinJobAge): this is its`;
    const warning: SlurmWarning = accounted
      ? { description: `${gone} record from SLURM's accounting (slurmdbd), with the fields accounting keeps`, source: SOURCE_ACCOUNTING }
      : { description: `${gone} final record as the gateway last saw it, kept ${this.windowHours} h after the job ended`, source: SOURCE };
    // The record (accounting's too) is v0.0.43 job_info, so the reply made of it is v0.0.43, its
    // envelope included: the caller's view renders it once, for the caller's version, and names
    // what that version has and v0.0.43 lacks.
    const { meta, last_backfill, last_update } = translateReply('job', reply.status, reply.body, versionOf(reply), RECORD_VERSION).body as JobsResponse;
    return { status: 200, version: RECORD_VERSION, body: { jobs: [record], last_backfill, last_update, meta, errors: [], warnings: [warning] } };
  }

  private async observe(resource: string, body: JobsResponse, version: ApiVersion): Promise<void> {
    if (!Array.isArray(body.jobs) || this.observed.has(body)) return;
    this.observed.add(body);
    await this.history.observe(resource, body.jobs, version === RECORD_VERSION ? undefined : (j) => translateJobInfo(j, version, RECORD_VERSION));
  }

  /** The backend's jobs list, with `project`'s recently finished jobs that it no longer lists. */
  async jobs(resource: string, project: string, reply: BackendReply<JobsResponse>): Promise<BackendReply<JobsResponse>> {
    if (reply.status !== 200 || !Array.isArray(reply.body.jobs)) return reply;
    await this.observe(resource, reply.body, versionOf(reply));
    let memo = this.memo.get(reply.body);
    if (!memo || memo.generation !== this.history.generation) this.memo.set(reply.body, (memo = { generation: this.history.generation, byProject: new Map() }));
    const hit = memo.byProject.get(project);
    if (hit) return { ...reply, body: hit.body };
    const listed = new Set(reply.body.jobs.map((j) => j.job_id));
    const gone = (await this.history.recent(resource, project)).filter((j) => !listed.has(j.job_id)).map((j) => translateJobInfo(j, RECORD_VERSION, versionOf(reply)));
    let patched = reply;
    if (gone.length > 0) {
      const warning: SlurmWarning = {
        description: `${gone.length} finished job(s) that slurmctld no longer lists (MinJobAge) are shown from their final records as the gateway last saw them, kept ${this.windowHours} h after each job ended: ${gone.map((j) => j.job_id).join(', ')}`,
        source: SOURCE,
      };
      const warnings = [...(reply.body.warnings ?? []).filter((w) => w.description !== 'Zero jobs to dump'), warning];
      patched = { ...reply, body: { ...reply.body, jobs: [...reply.body.jobs, ...gone], warnings } };
    }
    memo.byProject.set(project, patched);
    return patched;
  }
}
