// The local backend's slurmrestd face: the SlurmBackend calls, answered in slurmrestd v0.0.43's
// envelopes (replies.ts, render-*.ts) from the engine's state, with slurmctld's RPC statistics.
// A request that changes jobs goes to the engine; what it decides is handed to `carryOut`.
import type {
  DiagResponse,
  JobsResponse,
  JobSubmitRequest,
  JobInfo,
  JobSubmitResponse,
  KillJobResponse,
  NodesResponse,
  PartitionsResponse,
  PingResponse,
  ReservationsResponse,
  SlurmError,
  SlurmWarning,
} from '../../contract/model.ts';
import { buildMeta } from '../../contract/envelope.ts';
import { ARRAY_TASK_GET_WARNING, unknownJobBody, unknownJobCancelBody } from '../../contract/job-replies.ts';
import { num } from '../../contract/no-val.ts';
import type { LocalBackendConfig } from '../../config/schema.ts';
import type { Db } from '../../store/database.ts';
import type { BackendContext, BackendReply, CancelOptions } from '../backend.ts';
import type { JobAccounts } from './accounts.ts';
import type { Decision, JobEngine } from './engine.ts';
import type { JobStore } from './job-store.ts';
import { renderDiag, renderNodes, renderPartitions, renderPing, renderReservations } from './render-cluster.ts';
import { parseJobRef } from './array.ts';
import { RenderedJobs } from './rendered-jobs.ts';
import { refusedJobId, replyOf, type Enveloped } from './replies.ts';
import { RpcStats, type RpcType } from './rpc-stats.ts';
import type { Logger } from './types.ts';
import { submitError, validateSubmit, type Refusal } from './validate.ts';

export interface FaceOptions {
  engine: JobEngine;
  /** diag's counters. */
  store: Pick<JobStore, 'counters'>;
  /** ping's round trip to the "controller". */
  db: Db;
  accounts: JobAccounts;
  config: Pick<LocalBackendConfig, 'maxScriptBytes' | 'maxEnvironmentBytes' | 'minuteSeconds'> & Partial<Pick<LocalBackendConfig, 'maxArraySize'>>;
  /** When the backend started (Unix seconds): slurmctld's start time. */
  startedAt: number;
  logger: Logger;
  carryOut: (decisions: readonly Decision[]) => void;
}

const ESLURM_AUTH_NOBODY = 6010;
const JOB_NOT_ALTERABLE = 'Job can not be altered now, try again later';
const JOB_FINISHED = 'Job/step already completing or completed';

export class LocalFace {
  private readonly rpcs = new RpcStats();
  private readonly engine: JobEngine;

  /** Rendered jobs kept per record revision (rendered-jobs.ts). */
  private readonly rendered: RenderedJobs;

  constructor(private readonly opts: FaceOptions) {
    this.engine = opts.engine;
    this.rendered = new RenderedJobs(opts.engine, () => this.renderContext());
  }

  private meta(ctx: BackendContext) {
    return buildMeta({ version: 'v0.0.43', cluster: this.engine.cluster.name, clientSource: ctx.clientSource, user: ctx.user, group: ctx.project });
  }

  private reply<T extends object>(ctx: BackendContext, status: number, payload: T, errors: SlurmError[] = [], warnings: SlurmWarning[] = []): Enveloped<T> {
    return replyOf(this.meta(ctx), status, payload, errors, warnings);
  }

  /** RPC statistics (diag's rpcs_by_user) count each call under the token's user. */
  callerName(ctx: BackendContext): string {
    return ctx.user;
  }

  /** Count a request like slurmctld's RPC statistics (diag). */
  private rpc(ctx: BackendContext, type: RpcType, started: bigint): void {
    this.rpcs.record(ctx.user, type, started);
  }

  private renderContext() {
    return { cluster: this.engine.cluster, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  }

  async submit(ctx: BackendContext, request: JobSubmitRequest): Promise<BackendReply<JobSubmitResponse>> {
    const t0 = process.hrtime.bigint();
    const refused = (v: Refusal) => {
      this.rpc(ctx, 'REQUEST_SUBMIT_BATCH_JOB', t0);
      return this.reply(ctx, v.status, {}, v.errors) as BackendReply<JobSubmitResponse>;
    };
    const who = this.opts.accounts.resolve(ctx.user);
    if (!who.ok) {
      this.opts.logger.warn({ user: ctx.user, reason: who.reason }, 'local submit refused: no account to run the job as');
      // slurmctld's answer for a user it cannot resolve (it becomes nobody, who may not submit),
      // with 403 where slurmrestd answers 500: it is no server fault, and retrying cannot help.
      return refused(submitError(ESLURM_AUTH_NOBODY, 'Rejecting authentication of user nobody or group nobody', 403));
    }
    const c = this.opts.config;
    const v = validateSubmit(ctx, request, this.engine.cluster, this.engine.allocator, {
      account: who.account,
      nowSeconds: this.engine.now(),
      maxScriptBytes: c.maxScriptBytes,
      maxEnvironmentBytes: c.maxEnvironmentBytes,
      maxArraySize: c.maxArraySize,
      minuteSeconds: c.minuteSeconds,
    });
    if (!v.ok) return refused(v);
    const admitted = this.engine.submit(v.draft);
    if (!admitted.ok) return refused(submitError(admitted.errorNumber, admitted.error));
    this.rpc(ctx, 'REQUEST_SUBMIT_BATCH_JOB', t0);
    this.opts.carryOut(admitted.decisions);
    return this.reply(ctx, 200, { job_id: admitted.job.jobId, step_id: 'batch', job_submit_user_msg: '' }, [], v.warnings);
  }

  async cancel(ctx: BackendContext, jobId: string, options: CancelOptions): Promise<BackendReply<KillJobResponse>> {
    const t0 = process.hrtime.bigint();
    try {
      const refused = refusedJobId(this.meta(ctx), jobId);
      if (refused) return refused as unknown as BackendReply<KillJobResponse>;
      const ref = parseJobRef(jobId)!;
      // An array's id cancels the whole array, `<id>_<task>` one task (engine.cancelRef).
      const outcome = this.engine.cancelRef(ref.jobId, ref.task, {
        signal: options.signal,
        signalGiven: options.signalGiven,
        batchOnly: (options.flags ?? '').split(',').includes('BATCH_JOB'),
        by: ctx.user,
      });
      if (!outcome.ok) return { status: 200, body: unknownJobCancelBody(this.meta(ctx), jobId) };
      this.opts.carryOut(outcome.decisions);
      // Each record that could not be cancelled is listed (slurm_kill_jobs' reply), the others not.
      const status = outcome.refusals.map((r) => {
        const [code, text] = r.refusal === 'finished' ? [2021, JOB_FINISHED] : [2020, JOB_NOT_ALTERABLE];
        return { error: { string: text, code, message: text }, step_id: r.stepId, job_id: num(r.jobId), federation: { sibling: '' } };
      });
      return this.reply(ctx, 200, { status });
    } finally {
      this.rpc(ctx, 'REQUEST_KILL_JOBS', t0);
    }
  }

  /** The job as GET job/{id} shows it now, if slurmctld would still list it. */
  render(jobId: number): JobInfo | undefined {
    const job = this.engine.get(jobId);
    return job && this.rendered.one(job);
  }

  async job(ctx: BackendContext, jobId: string): Promise<BackendReply<JobsResponse>> {
    const t0 = process.hrtime.bigint();
    try {
      const refused = refusedJobId(this.meta(ctx), jobId);
      if (refused) return refused as unknown as BackendReply<JobsResponse>;
      const ref = parseJobRef(jobId)!;
      // slurmrestd asks for the array's id alone: `<id>_<task>` lists the whole array, with a warning.
      const warnings = ref.task !== undefined ? [ARRAY_TASK_GET_WARNING] : [];
      const found = this.engine.lookup(ref.jobId);
      if (found.length === 0) return { status: 404, body: unknownJobBody(this.meta(ctx), jobId) };
      return this.reply(ctx, 200, { jobs: found.map((j) => this.rendered.one(j)), last_backfill: num(0), last_update: num(this.engine.lastUpdate) }, [], warnings);
    } finally {
      this.rpc(ctx, 'REQUEST_JOB_INFO_SINGLE', t0);
    }
  }

  async jobs(ctx: BackendContext): Promise<BackendReply<JobsResponse>> {
    const t0 = process.hrtime.bigint();
    const jobs = this.rendered.all();
    this.rpc(ctx, 'REQUEST_JOB_INFO', t0);
    const warnings = jobs.length === 0 ? [{ description: 'Zero jobs to dump', source: '' }] : [];
    return this.reply(ctx, 200, { jobs, last_backfill: num(0), last_update: num(this.engine.lastUpdate) }, [], warnings);
  }

  async nodes(ctx: BackendContext): Promise<BackendReply<NodesResponse>> {
    const t0 = process.hrtime.bigint();
    const e = this.engine;
    const nodes = renderNodes({ cluster: e.cluster, allocator: e.allocator, nowSeconds: e.now(), startedAt: this.opts.startedAt, lastBusy: e.lastBusy });
    this.rpc(ctx, 'REQUEST_NODE_INFO', t0);
    return this.reply(ctx, 200, { nodes, last_update: num(e.lastUpdate) });
  }

  async partitions(ctx: BackendContext): Promise<BackendReply<PartitionsResponse>> {
    const t0 = process.hrtime.bigint();
    const partitions = renderPartitions(this.engine.cluster);
    this.rpc(ctx, 'REQUEST_PARTITION_INFO', t0);
    // There is no accounting here either: slurmrestd says so the same way (GET_partitions.json).
    return this.reply(ctx, 200, { partitions, last_update: num(this.opts.startedAt) }, [], [
      { description: 'Slurm accounting storage is disabled. Could not query the following: [TRES].', source: '' },
    ]);
  }

  async reservations(ctx: BackendContext): Promise<BackendReply<ReservationsResponse>> {
    const t0 = process.hrtime.bigint();
    const reservations = renderReservations(this.engine.cluster);
    this.rpc(ctx, 'REQUEST_RESERVATION_INFO', t0);
    return this.reply(ctx, 200, { reservations, last_update: num(this.opts.startedAt) });
  }

  async diag(ctx: BackendContext): Promise<BackendReply<DiagResponse>> {
    const t0 = process.hrtime.bigint();
    const { pending, running } = this.engine.counts();
    this.rpc(ctx, 'REQUEST_STATS_INFO', t0);
    const statistics = renderDiag({
      counters: this.opts.store.counters(),
      nowSeconds: this.engine.now(),
      startedAt: this.opts.startedAt,
      pending,
      running,
      lastBackfill: 0,
      rpcs: this.rpcs.byType,
      rpcsByUser: this.rpcs.byUser,
      uid: process.getuid?.() ?? 0,
    });
    return this.reply(ctx, 200, { statistics });
  }

  async ping(ctx: BackendContext): Promise<BackendReply<PingResponse>> {
    const t0 = process.hrtime.bigint();
    // The "controller" is this process and its database: the latency is a round trip to it.
    this.opts.db.prepare('SELECT 1').get();
    const latency = Number((process.hrtime.bigint() - t0) / 1000n);
    this.rpc(ctx, 'REQUEST_PING', t0);
    return this.reply(ctx, 200, { pings: renderPing(latency) });
  }
}
