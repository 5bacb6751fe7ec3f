// Test helper: an in-memory SlurmBackend that answers like slurmrestd v0.0.43 (bodies built from
// the recorded captures in test/fixtures/slurmrestd/, meta from contract/envelope.ts) and records
// every call, so that a test through ComputeService can say what reached the backend and what
// did not. It holds jobs of two projects (PROJA: 101 running, 102 held; PROJB: 201 running), with
// their accounts lower-cased as slurmctld reports them (tokens name the projects in upper case), and
// applies no permission or project rule of its own: those are the service's.
import { readFileSync } from 'node:fs';
import type { BackendContext, BackendReply, CancelOptions, SlurmBackend } from '../../src/backends/backend.ts';
import { buildMeta, envelope } from '../../src/contract/envelope.ts';
import { unknownJobBody, unknownJobCancelBody } from '../../src/contract/job-replies.ts';
import type {
  DiagResponse,
  JobInfo,
  JobsResponse,
  JobSubmitRequest,
  JobSubmitResponse,
  KillJobResponse,
  NodesResponse,
  PartitionsResponse,
  PingResponse,
  ReservationsResponse,
} from '../../src/contract/model.ts';

const FIXTURES = new URL('../fixtures/slurmrestd/', import.meta.url);
const capture = (name: string): any => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

/** A full job_info as slurmrestd 26.05 renders it (GET_job.json), with `fields` over it. */
export function jobInfo(fields: Partial<JobInfo> & { job_id: number; account: string }): JobInfo {
  const template = capture('GET_job.json').jobs[0] as JobInfo;
  return { ...template, ...fields };
}

/** The jobs every fake starts with: two of PROJA, one of PROJB (accounts as slurmctld reports them). */
export function defaultJobs(): JobInfo[] {
  return [
    jobInfo({ job_id: 101, account: 'proja', name: 'a-running', user_name: 'alice', job_state: ['RUNNING'], state_reason: 'None' }),
    jobInfo({ job_id: 102, account: 'proja', name: 'a-held', user_name: 'alice', job_state: ['PENDING'], state_reason: 'JobHeldUser' }),
    jobInfo({ job_id: 201, account: 'projb', name: 'b-running', user_name: 'bob', job_state: ['RUNNING'], state_reason: 'None' }),
  ];
}

export type FakeOperation = 'ping' | 'partitions' | 'nodes' | 'reservations' | 'diag' | 'jobs' | 'job' | 'submit' | 'cancel';

export interface FakeCall {
  op: FakeOperation;
  ctx: BackendContext;
  /** The job id of job/cancel. */
  jobId?: string;
  /** What submit received (a copy, as it was when the backend got it). */
  request?: JobSubmitRequest;
  /** What cancel received. */
  cancel?: CancelOptions;
}

export class FakeBackend implements SlurmBackend {
  readonly kind = 'local' as const;
  readonly calls: FakeCall[] = [];
  readonly jobsById = new Map<number, JobInfo>();
  private nextJobId = 301;

  constructor(jobs: JobInfo[] = defaultJobs()) {
    for (const j of jobs) this.jobsById.set(j.job_id!, j);
  }

  /** The recorded calls of one operation. */
  callsOf(op: FakeOperation): FakeCall[] {
    return this.calls.filter((c) => c.op === op);
  }

  /** Which operations were called, in order. */
  get ops(): FakeOperation[] {
    return this.calls.map((c) => c.op);
  }

  callerName(ctx: BackendContext): string {
    return ctx.user;
  }

  private meta(ctx: BackendContext) {
    return buildMeta({ version: 'v0.0.43', cluster: 'fake', clientSource: ctx.clientSource, user: ctx.user, group: ctx.project });
  }

  /** A recorded capture with this call's meta. */
  private recorded<T>(ctx: BackendContext, op: FakeOperation, file: string): BackendReply<T> {
    this.calls.push({ op, ctx });
    return { status: 200, body: { ...capture(file), meta: this.meta(ctx) } as T };
  }

  async ping(ctx: BackendContext): Promise<BackendReply<PingResponse>> {
    return this.recorded(ctx, 'ping', 'GET_ping.json');
  }

  async partitions(ctx: BackendContext): Promise<BackendReply<PartitionsResponse>> {
    return this.recorded(ctx, 'partitions', 'GET_partitions.json');
  }

  async nodes(ctx: BackendContext): Promise<BackendReply<NodesResponse>> {
    return this.recorded(ctx, 'nodes', 'GET_nodes.json');
  }

  async reservations(ctx: BackendContext): Promise<BackendReply<ReservationsResponse>> {
    return this.recorded(ctx, 'reservations', 'GET_reservations.json');
  }

  async diag(ctx: BackendContext): Promise<BackendReply<DiagResponse>> {
    return this.recorded(ctx, 'diag', 'GET_diag.json');
  }

  private jobsBody(ctx: BackendContext, jobs: JobInfo[]): JobsResponse {
    const n = { set: true, infinite: false, number: 1795520000 };
    const warnings = jobs.length === 0 ? [{ description: 'Zero jobs to dump', source: '' }] : [];
    return envelope(this.meta(ctx), { jobs: structuredClone(jobs), last_backfill: n, last_update: n }, [], warnings);
  }

  /** Every job of the cluster, all projects (slurmrestd as an operator sees them). */
  async jobs(ctx: BackendContext): Promise<BackendReply<JobsResponse>> {
    this.calls.push({ op: 'jobs', ctx });
    return { status: 200, body: this.jobsBody(ctx, [...this.jobsById.values()]) };
  }

  async job(ctx: BackendContext, jobId: string): Promise<BackendReply<JobsResponse>> {
    this.calls.push({ op: 'job', ctx, jobId });
    const j = this.jobsById.get(Number(jobId));
    if (!j) return { status: 404, body: unknownJobBody(this.meta(ctx), jobId) };
    return { status: 200, body: this.jobsBody(ctx, [j]) };
  }

  /** Takes any job with a script (like slurmrestd's _job_post), under the account it names, lower-cased as slurmctld does. */
  async submit(ctx: BackendContext, request: JobSubmitRequest): Promise<BackendReply<JobSubmitResponse>> {
    this.calls.push({ op: 'submit', ctx, request: structuredClone(request) });
    const job = request.job ?? {};
    if (typeof job.script !== 'string' || job.script === '') {
      const { meta: _m, ...body } = capture('error_missing_script.json');
      return { status: 422, body: { ...body, meta: this.meta(ctx) } };
    }
    const jobId = this.nextJobId++;
    this.jobsById.set(jobId, jobInfo({ job_id: jobId, account: (job.account ?? '').toLowerCase(), name: job.name ?? '', user_name: ctx.user, job_state: ['PENDING'], state_reason: 'None' }));
    return { status: 200, body: envelope(this.meta(ctx), { job_id: jobId, step_id: 'batch', job_submit_user_msg: '' }) };
  }

  async cancel(ctx: BackendContext, jobId: string, options: CancelOptions): Promise<BackendReply<KillJobResponse>> {
    this.calls.push({ op: 'cancel', ctx, jobId, cancel: { ...options } });
    if (!this.jobsById.has(Number(jobId))) return { status: 200, body: unknownJobCancelBody(this.meta(ctx), jobId) };
    return { status: 200, body: envelope(this.meta(ctx), { status: [] }) };
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {}
}
