// The local backend: a small SLURM that runs batch scripts as processes on this machine and
// answers like slurmrestd v0.0.43. This file holds the job lifecycle; deciding (scheduler.ts,
// allocator.ts), running (executor.ts), storing (job-store.ts) and rendering (render-*.ts) live
// beside it.
//
// Semantics chosen where SLURM leaves room or the gateway differs from a cluster:
// - Cancel (DELETE /job/{id}): a PENDING job is CANCELLED at once (start_time = end_time = now,
//   its pending reason kept, as SLURM shows it). A RUNNING job without a signal, or with SIGKILL,
//   gets scancel's full kill: it is CANCELLED (COMPLETING) at once, its process group gets SIGCONT
//   and SIGTERM, then SIGKILL after KillWait; exit_code shows the signal that ended the batch shell
//   (TERM for an ordinary script, like GET_job_after_cancel.json even for ?signal=SIGKILL). Any
//   other signal is only delivered (to the whole group, or to the batch shell alone with flags
//   BATCH_JOB); if the job then dies of that signal it is FAILED "RaisedSignal" with
//   state_description "RaisedSignal:2(Interrupt)", exactly as real slurmctld records it (checked
//   by test/contract); if it exits by itself it ends COMPLETED or FAILED by its exit code. Every
//   signal sent is kept in the record. A PENDING job and a signal other than SIGKILL: slurmctld
//   refuses (200, status[0].error 2020 "Job can not be altered now, try again later") and the job
//   stays pending.
// - Time limit: the same SIGTERM, KillWait, SIGKILL sequence; the job is TIMEOUT ("TimeLimit").
// - A job killed by a signal nobody here sent (OOM killer, kill -9 by hand) is FAILED "RaisedSignal" too.
// - Finished jobs leave memory (and the answers) minJobAge seconds after they end, as slurmctld's
//   MinJobAge; their records stay in the database.
// - Jobs run as their users' accounts (accounts.ts), in their own cgroups (cgroups.ts), started by
//   a launcher that opens their files as them (launcher.ts): see README "Security model".
// - Restart: jobs that were RUNNING when the previous gateway process ended are NODE_FAIL
//   ("NodeDown"); their process group is SIGKILLed if it still exists and is provably theirs.
//   close() ends running jobs the same way. PENDING jobs simply wait for the next cycle.
// - Diag counters are persisted with the jobs, so they count since the resource was first used;
//   RPC statistics are per process, like slurmctld's.
import { JobTimers } from './job-timers.ts';
import { RpcStats, type RpcType } from './rpc-stats.ts';
import { join } from 'node:path';
import type { LocalBackendConfig } from '../../config/schema.ts';
import type {
  DiagResponse,
  JobsResponse,
  JobSubmitRequest,
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
import { refusedJobId, replyOf, type Enveloped } from './replies.ts';
import { unknownJobBody, unknownJobCancelBody } from '../../contract/job-replies.ts';
import { num, unset } from '../../contract/no-val.ts';
import type { Db } from '../../store/database.ts';
import type { BackendContext, BackendReply, CancelOptions, SlurmBackend } from '../backend.ts';
import { Allocator } from './allocator.ts';
import { buildCluster, type Cluster } from './cluster.ts';
import { JobAccounts, type JobAccount } from './accounts.ts';
import { hostContainment, type Containment, type JobLimits } from './cgroups.ts';
import { Executor, type ExitResult, type LaunchSpec } from './executor.ts';
import { JobStore, type CounterName } from './job-store.ts';
import { jobEnvironment } from './job-environment.ts';
import { isOurGroup, signalGroup } from './proc.ts';
import { renderDiag, renderNodes, renderPartitions, renderPing, renderReservations } from './render-cluster.ts';
import { expandedPaths, renderJob } from './render-job.ts';
import { signalDescription, signalName } from '../../contract/signals.ts';
import { planCycle } from './scheduler.ts';
import { isTerminal, silentLogger, systemClock, type Clock, type JobRecord, type Logger, type Spawner } from './types.ts';
import { submitError, validateSubmit, type JobDraft, type Refusal } from './validate.ts';

export interface LocalBackendOptions {
  /** The resource name: the key of this backend's jobs in the shared database. */
  resource: string;
  config: LocalBackendConfig;
  db: Db;
  /** Where batch scripts are written (one directory per job, owned by the job's account). */
  spoolDir: string;
  /** This backend's cgroup below the gateway's own (unique per gateway and resource). */
  cgroupScope?: string;
  /** Tests inject these; by default the host's accounts (NSS) and cgroups. */
  accounts?: JobAccounts;
  containment?: Containment;
  clock?: Clock;
  spawner?: Spawner;
  logger?: Logger;
}

const SIGKILL = 9;
/** slurm_protocol_defs.h: the "signal" slurmstepd reports for a step that was OOM-killed. */
const SIG_OOM = 253;
/** The signal a step whose io setup failed ends with (SIGRTMIN+19 on Linux, as slurmctld logs it). */
const IO_SETUP_FAILED = 53;
const ESLURM_AUTH_NOBODY = 6010;
const JOB_NOT_ALTERABLE = 'Job can not be altered now, try again later';
const SIGTERM = 15;
/** Running time shown (end_time) for a job without a time limit: SLURM uses a year. */
const INFINITE_RUN_SECONDS = 365 * 86400;

export class LocalBackend implements SlurmBackend {
  readonly kind = 'local' as const;
  private readonly cluster: Cluster;
  private readonly allocator: Allocator;
  private readonly store: JobStore;
  private readonly executor: Executor;
  private readonly accounts: JobAccounts;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly records = new Map<number, JobRecord>();
  /** Time-limit and KillWait timers per job. */
  private readonly timers: JobTimers;
  /** Real start (Date.now() ms) of jobs started by this process, for time limits finer than a second. */
  private readonly startedMs = new Map<number, number>();
  /** Signals asked for while a job's process was still being started. */
  private readonly queuedSignals = new Map<number, Array<{ signal: number; batchOnly: boolean }>>();
  private readonly lastBusy = new Map<string, number>();
  private readonly rpcs = new RpcStats();
  private readonly startedAt: number;
  private lastUpdate: number;
  private interval: NodeJS.Timeout | null = null;
  private cycleQueued = false;
  private running = false;
  private closed = false;

  constructor(private readonly opts: LocalBackendOptions) {
    this.clock = opts.clock ?? systemClock;
    this.logger = opts.logger ?? silentLogger;
    this.timers = new JobTimers((what, err) => this.logger.error({ err, resource: opts.resource }, `local backend: ${what} failed`));
    this.startedAt = this.nowSeconds();
    this.lastUpdate = this.startedAt;
    this.cluster = buildCluster(opts.resource, opts.config, this.startedAt);
    this.allocator = new Allocator(this.cluster);
    this.store = new JobStore(opts.db, opts.resource, this.startedAt);
    this.accounts = opts.accounts ?? new JobAccounts(opts.config.userMap);
    const containment = opts.containment ?? hostContainment(opts.cgroupScope ?? `s3m_${opts.resource}_${process.pid}`);
    this.executor = new Executor({ spawner: opts.spawner, logger: this.logger, containment });
    for (const job of this.store.loadAll()) if (!this.expired(job, this.startedAt)) this.records.set(job.jobId, job);
  }

  /** Finished for longer than MinJobAge: slurmctld has purged it (its record stays in the database). */
  private expired(job: JobRecord, now: number): boolean {
    return isTerminal(job.state) && !job.completing && job.endTime > 0 && now - job.endTime >= this.opts.config.minJobAge;
  }

  private purgeExpired(): void {
    const now = this.nowSeconds();
    let purged = false;
    for (const job of this.records.values()) {
      if (!this.expired(job, now)) continue;
      this.records.delete(job.jobId);
      purged = true;
    }
    if (purged) this.touch();
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now() / 1000);
  }

  private meta(ctx: BackendContext) {
    return buildMeta({ version: 'v0.0.43', cluster: this.cluster.name, clientSource: ctx.clientSource, user: ctx.user, group: ctx.project });
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

  private touch(): void {
    this.lastUpdate = this.nowSeconds();
  }

  private guard(what: string, fn: () => void): () => void {
    return () => {
      try {
        fn();
      } catch (err) {
        this.logger.error({ err, resource: this.opts.resource }, `local backend: ${what} failed`);
      }
    };
  }

  private save(job: JobRecord, counter?: CounterName): void {
    this.store.save(job, counter);
    this.touch();
  }

  // ---- lifecycle -------------------------------------------------------------------------

  async start(): Promise<void> {
    if (this.running || this.closed) return;
    this.running = true;
    const { containment } = this.executor;
    if (!this.accounts.multiUser) {
      this.logger.warn({ user: this.accounts.gatewayAccount.name }, "single-user mode: the gateway is not root, so every job runs as the gateway's own user");
    }
    for (const what of containment.notEnforced) this.logger.warn({ containment: containment.kind }, `not enforced for local jobs: ${what}`);
    this.recoverAfterRestart();
    // Whatever a previous gateway process left in this backend's cgroups (setsid'ed survivors included).
    await containment.sweep();
    this.interval = setInterval(
      this.guard('scheduling cycle', () => {
        this.purgeExpired();
        this.cycle();
      }),
      this.opts.config.schedulerInterval * 1000,
    );
    this.interval.unref();
    this.requestCycle();
  }

  /** Jobs whose processes belonged to a previous gateway process: end them, say so, keep them listed. */
  private recoverAfterRestart(): void {
    const now = this.nowSeconds();
    for (const job of this.records.values()) {
      if (job.state !== 'RUNNING' && !job.completing) continue;
      let killed = false;
      if (job.pid !== null && job.pidStart !== null) {
        const group = isOurGroup(job.pid, job.pidStart);
        if (group.alive && group.ours) killed = signalGroup(job.pid, 'SIGKILL');
        else if (group.alive) this.logger.warn({ jobId: job.jobId, pid: job.pid }, 'local job pid reused by another process; not signalled');
      }
      this.endByGateway(job, now, killed, 'gateway restart', killed
        ? 'The gateway restarted while the job was running; its processes were killed'
        : 'The gateway restarted while the job was running; its processes had already ended');
      this.logger.warn({ jobId: job.jobId, state: job.state, killed }, 'local job ended by gateway restart');
    }
  }

  /**
   * A running job whose processes the gateway ended (or lost) by restarting or shutting down:
   * NODE_FAIL like a job on a node that went away, with the reason in words.
   */
  private endByGateway(job: JobRecord, now: number, killed: boolean, reason: string, description: string): void {
    if (killed) {
      job.signals.push({ at: now, signal: SIGKILL, reason });
      job.exit = { kind: 'signal', code: 0, signal: SIGKILL };
    }
    let counter: CounterName | undefined;
    if (job.state === 'RUNNING') {
      job.state = 'NODE_FAIL';
      job.stateReason = 'NodeDown';
      job.stateDescription = description;
      job.endTime = now;
      counter = 'jobs_failed';
    }
    job.completing = false;
    job.endIntent = job.endIntent ?? 'shutdown';
    this.save(job, counter);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.interval) clearInterval(this.interval);
    this.timers.clearAll();
    const now = this.nowSeconds();
    for (const job of this.records.values()) {
      if (job.state !== 'RUNNING' && !job.completing) continue;
      const killed = this.executor.kill(job.jobId);
      if (job.allocation) this.allocator.release(job.allocation);
      try {
        this.endByGateway(job, now, killed, 'gateway shutdown', 'The gateway shut down while the job was running; its processes were killed');
      } catch (err) {
        this.logger.error({ err, jobId: job.jobId }, 'local backend: could not record job end at shutdown');
      }
    }
    await this.executor.waitAll(5000);
    this.executor.containment.release();
  }

  // ---- scheduling ------------------------------------------------------------------------

  /** Run a cycle soon (after a submit or a job end), coalescing bursts into one. */
  private requestCycle(): void {
    if (!this.running || this.closed || this.cycleQueued) return;
    this.cycleQueued = true;
    setImmediate(
      this.guard('scheduling cycle', () => {
        this.cycleQueued = false;
        this.cycle();
      }),
    );
  }

  private cycle(): void {
    if (this.closed) return;
    const pending = [...this.records.values()].filter((j) => j.state === 'PENDING');
    if (pending.length === 0) return;
    const t0 = process.hrtime.bigint();
    const now = this.nowSeconds();
    const plan = planCycle(pending, this.allocator.clone(), this.cluster, now);
    for (const job of pending) {
      job.lastSchedEvaluation = now;
      const reason = plan.reasons.get(job.jobId);
      if (reason !== undefined && reason !== job.stateReason) {
        job.stateReason = reason;
        this.save(job);
      }
    }
    for (const s of plan.starts) {
      const job = this.records.get(s.jobId);
      if (job) this.startJob(job, s.allocation);
    }
    this.store.recordCycle(Number((process.hrtime.bigint() - t0) / 1000n), plan.depth);
  }

  private startJob(job: JobRecord, allocation: NonNullable<JobRecord['allocation']>): void {
    const startMs = this.clock.now();
    const now = Math.floor(startMs / 1000);
    this.allocator.hold(allocation);
    job.state = 'RUNNING';
    job.stateReason = 'None';
    job.allocation = allocation;
    job.startTime = now;
    job.lastSchedEvaluation = now;
    // While it runs, end_time is when the time limit will end it (as SLURM shows).
    job.endTime = now + (job.timeLimit === null ? INFINITE_RUN_SECONDS : Math.ceil(job.timeLimit * this.opts.config.minuteSeconds));
    // Time limits are enforced on real time, whatever the (injectable) clock says.
    this.startedMs.set(job.jobId, Date.now());
    this.save(job, 'jobs_started');

    const paths = expandedPaths(job);
    const spec: LaunchSpec = {
      jobId: job.jobId,
      jobDir: join(this.opts.spoolDir, `job${String(job.jobId).padStart(5, '0')}`),
      script: job.script,
      cwd: job.cwd,
      env: jobEnvironment(job, this.cluster.name),
      stdoutPath: paths.stdout,
      stderrPath: paths.stderr || paths.stdout,
      stdinPath: paths.stdin,
      account: this.accountOf(job),
      limits: this.limitsOf(job, allocation),
      maxFileBytes: this.opts.config.maxFileSizeMB === undefined ? null : this.opts.config.maxFileSizeMB * 1024 * 1024,
    };
    this.executor
      .launch(spec, (id, result) => this.onExit(id, result))
      .then((res) => {
        if (!res.ok) return this.launchFailed(job, res.stage, res.error);
        if (this.closed) {
          // close() already recorded the job's end; make sure nothing outlives the gateway.
          signalGroup(res.pid, 'SIGKILL');
          return;
        }
        job.pid = res.pid;
        job.pidStart = res.startTime;
        this.save(job);
        if (job.completing) return this.beginKill(job, job.endIntent === 'timeout' ? 'time limit' : 'cancel');
        for (const q of this.queuedSignals.get(job.jobId) ?? []) this.deliver(job, q.signal, q.batchOnly, 'cancel (queued during launch)');
        this.queuedSignals.delete(job.jobId);
        this.armTimeLimit(job);
      })
      .catch((err) => {
        this.logger.error({ err, jobId: job.jobId }, 'local job launch failed');
        this.guard('launch failure handling', () => this.launchFailed(job, 'start', String((err as Error)?.message ?? err)))();
      });
  }

  /** The account a job runs as (null in single-user mode: the gateway's own). */
  private accountOf(job: JobRecord): JobAccount | null {
    if (!this.accounts.multiUser) return null;
    if (job.userId !== undefined && job.groupId !== undefined) return { name: job.userName, uid: job.userId, gid: job.groupId, group: job.groupName, home: '' };
    // A record from before jobs ran as their users: its user name, looked up now.
    const r = this.accounts.resolve(job.userName);
    return r.ok ? r.account : { name: job.userName, uid: -1, gid: -1, group: job.groupName, home: '' };
  }

  /**
   * What the job's cgroup allows: the memory it asked for (or, like SLURM without a memory
   * request, its nodes' whole memory), the process cap, and host CPUs for the cores it holds (the
   * local nodes' cores map onto this machine's CPUs in turn).
   */
  private limitsOf(job: JobRecord, allocation: NonNullable<JobRecord['allocation']>): JobLimits {
    const memoryMB = allocation.reduce((sum, a) => sum + (a.memory > 0 ? a.memory : (this.cluster.nodeByName.get(a.node)?.memory ?? 0)), 0);
    const host = this.executor.containment.hostCpus;
    const cpus = host.length === 0 ? [] : [...new Set(allocation.flatMap((a) => a.cores.map((c) => host[c % host.length])))].sort((a, b) => a - b);
    return { memoryBytes: memoryMB > 0 ? memoryMB * 1024 * 1024 : null, pids: this.opts.config.maxProcessesPerJob, cpus };
  }

  /**
   * The batch script never ran. `io`: its files could not be opened as its user; slurmstepd's io
   * setup then fails the step with signal 53, which slurmctld records as FAILED
   * "RaisedSignal:53(Real-time signal 19)", the reason only in slurmd's log (here, the gateway's).
   * `start`: the gateway itself could not start it (fork, cgroup, spool): FAILED JobLaunchFailure.
   */
  private launchFailed(job: JobRecord, stage: 'io' | 'start', error: string): void {
    if (this.closed) return;
    this.logger.warn({ jobId: job.jobId, error }, 'local job could not be started');
    if (job.allocation) this.allocator.release(job.allocation);
    let counter: CounterName | undefined;
    if (job.state === 'RUNNING') {
      job.state = 'FAILED';
      job.stateReason = stage === 'io' ? 'RaisedSignal' : 'JobLaunchFailure';
      job.stateDescription = stage === 'io' ? `RaisedSignal:${IO_SETUP_FAILED}(${signalDescription(IO_SETUP_FAILED)})` : error;
      job.endTime = this.nowSeconds();
      counter = 'jobs_failed';
    }
    job.completing = false;
    job.exit = stage === 'io' ? { kind: 'signal', code: 0, signal: IO_SETUP_FAILED } : { kind: 'code', code: 1, signal: 0 };
    this.save(job, counter);
    this.requestCycle();
  }

  private armTimeLimit(job: JobRecord): void {
    if (job.timeLimit === null) return;
    const deadline = (this.startedMs.get(job.jobId) ?? job.startTime * 1000) + job.timeLimit * this.opts.config.minuteSeconds * 1000;
    const check = () => {
      if (job.state !== 'RUNNING') return;
      const left = deadline - Date.now();
      if (left > 0) return this.timers.add(job.jobId, left, 'time limit', check);
      job.state = 'TIMEOUT';
      job.stateReason = 'TimeLimit';
      job.completing = true;
      job.endIntent = 'timeout';
      job.endTime = this.nowSeconds();
      this.save(job, 'jobs_failed');
      this.beginKill(job, 'time limit');
    };
    this.timers.add(job.jobId, deadline - Date.now(), 'time limit', check);
  }

  /** scancel's and the time limit's sequence: SIGCONT+SIGTERM to the group, SIGKILL after KillWait. */
  private beginKill(job: JobRecord, reason: string): void {
    const now = this.nowSeconds();
    this.executor.signal(job.jobId, 'SIGCONT');
    if (this.executor.signal(job.jobId, 'SIGTERM')) job.signals.push({ at: now, signal: SIGTERM, reason });
    this.save(job);
    this.timers.add(job.jobId, this.opts.config.killWait * 1000, 'kill wait', () => {
      if (this.executor.signal(job.jobId, 'SIGKILL')) {
        job.signals.push({ at: this.nowSeconds(), signal: SIGKILL, reason: `${reason} (KillWait expired)` });
        this.save(job);
      }
    });
  }

  private deliver(job: JobRecord, signal: number, batchOnly: boolean, reason: string): void {
    if (this.executor.signal(job.jobId, signal, batchOnly)) {
      job.signals.push({ at: this.nowSeconds(), signal, reason });
      job.signalledByCancel = true;
      this.save(job);
    }
  }

  private onExit(jobId: number, result: ExitResult): void {
    if (this.closed) return;
    const job = this.records.get(jobId);
    if (!job) return;
    this.timers.clear(jobId);
    this.startedMs.delete(jobId);
    this.queuedSignals.delete(jobId);
    const now = this.nowSeconds();
    job.exit = result.kind === 'code' ? { kind: 'code', code: result.code, signal: 0 } : { kind: 'signal', code: 0, signal: result.signal };
    let counter: CounterName | undefined;
    if (result.oomKills > 0 && job.state === 'RUNNING' && !job.completing) {
      // task/cgroup saw OOM kills: slurmctld records OUT_OF_MEMORY "OutOfMemory", exit code SIG_OOM
      // (253, which slurmrestd shows as SIGNALED 125), whatever the batch shell itself returned.
      job.endTime = now;
      job.state = 'OUT_OF_MEMORY';
      job.stateReason = 'OutOfMemory';
      job.exit = { kind: 'signal', code: 0, signal: SIG_OOM & 0x7f };
      counter = 'jobs_failed';
      void this.executor.note({ account: this.accountOf(job), cwd: job.cwd, path: expandedPaths(job).stderr || expandedPaths(job).stdout }, `slurmstepd: error: Detected ${result.oomKills} oom_kill event${result.oomKills === 1 ? '' : 's'} in StepId=${job.jobId}.batch. Some of the step tasks have been OOM Killed.`);
    } else if (job.completing) {
      // Cancelled or timed out: the state was decided when the kill began; only the exit code was missing.
      job.completing = false;
    } else if (job.state === 'RUNNING') {
      job.endTime = now;
      if (result.kind === 'signal') {
        // Real slurmctld: a batch shell that dies of a signal (one sent by DELETE ?signal=X included) is FAILED.
        job.state = 'FAILED';
        job.stateReason = 'RaisedSignal';
        job.stateDescription = `RaisedSignal:${result.signal}(${signalDescription(result.signal)})`;
        counter = 'jobs_failed';
      } else if (result.code === 0) {
        job.state = 'COMPLETED';
        job.stateReason = 'None';
        counter = 'jobs_completed';
      } else {
        job.state = 'FAILED';
        job.stateReason = 'NonZeroExitCode';
        counter = 'jobs_failed';
      }
    }
    if (job.allocation) {
      this.allocator.release(job.allocation);
      for (const a of job.allocation) this.lastBusy.set(a.node, now);
    }
    this.save(job, counter);
    this.requestCycle();
  }

  // ---- API -------------------------------------------------------------------------------

  private renderContext() {
    return { cluster: this.cluster, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  }

  async submit(ctx: BackendContext, request: JobSubmitRequest): Promise<BackendReply<JobSubmitResponse>> {
    const t0 = process.hrtime.bigint();
    const refused = (v: Refusal) => {
      this.rpc(ctx, 'REQUEST_SUBMIT_BATCH_JOB', t0);
      return this.reply(ctx, v.status, {}, v.errors) as BackendReply<JobSubmitResponse>;
    };
    const who = this.accounts.resolve(ctx.user);
    if (!who.ok) {
      this.logger.warn({ user: ctx.user, reason: who.reason }, 'local submit refused: no account to run the job as');
      // slurmctld's answer for a user it cannot resolve (it becomes nobody, who may not submit),
      // with 403 where slurmrestd answers 500: it is no server fault, and retrying cannot help.
      return refused(submitError(ESLURM_AUTH_NOBODY, 'Rejecting authentication of user nobody or group nobody', 403));
    }
    const c = this.opts.config;
    const v = validateSubmit(ctx, request, this.cluster, this.allocator, {
      account: who.account,
      nowSeconds: this.nowSeconds(),
      maxScriptBytes: c.maxScriptBytes,
      maxEnvironmentBytes: c.maxEnvironmentBytes,
    });
    if (!v.ok) return refused(v);
    const capped = this.overCap(v.draft);
    if (capped) return refused(capped);
    this.rpc(ctx, 'REQUEST_SUBMIT_BATCH_JOB', t0);
    const job = this.store.insertNew((jobId) => ({ jobId, ...v.draft }));
    this.records.set(job.jobId, job);
    this.touch();
    this.requestCycle();
    return this.reply(ctx, 200, { job_id: job.jobId, step_id: 'batch', job_submit_user_msg: '' }, [], v.warnings);
  }

  /**
   * slurm.conf MaxJobCount (every job slurmctld holds, finished ones not yet purged included) and
   * the QOS submit caps (pending and running jobs per user, per account), with slurmctld's errors.
   */
  private overCap(draft: JobDraft): Refusal | undefined {
    const c = this.opts.config;
    if (this.records.size >= c.maxJobCount) return submitError(2007, 'MaxJobCount limit reached');
    if (c.maxSubmitJobsPerUser === undefined && c.maxSubmitJobsPerAccount === undefined) return undefined;
    let byUser = 0;
    let byAccount = 0;
    const account = draft.account.toLowerCase();
    for (const j of this.records.values()) {
      if (j.state !== 'PENDING' && j.state !== 'RUNNING') continue;
      if (j.userName === draft.userName) byUser++;
      if (j.account.toLowerCase() === account) byAccount++;
    }
    if ((c.maxSubmitJobsPerUser !== undefined && byUser >= c.maxSubmitJobsPerUser) || (c.maxSubmitJobsPerAccount !== undefined && byAccount >= c.maxSubmitJobsPerAccount)) {
      return submitError(2050, "Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)");
    }
    return undefined;
  }

  async cancel(ctx: BackendContext, jobId: string, options: CancelOptions): Promise<BackendReply<KillJobResponse>> {
    const t0 = process.hrtime.bigint();
    try {
      const refused = refusedJobId(this.meta(ctx), jobId);
      if (refused) return refused as unknown as BackendReply<KillJobResponse>;
      const job = this.records.get(Number(jobId));
      if (!job) return { status: 200, body: unknownJobCancelBody(this.meta(ctx), jobId) };
      if (isTerminal(job.state)) {
        const status = [
          { error: { string: 'Job/step already completing or completed', code: 2021, message: 'Job/step already completing or completed' }, step_id: jobId, job_id: num(job.jobId), federation: { sibling: '' } },
        ];
        return this.reply(ctx, 200, { status });
      }
      const now = this.nowSeconds();
      if (job.state === 'PENDING' && options.signalGiven && options.signal !== SIGKILL) {
        // slurmctld signals only jobs that run; a pending job is cancelled by SIGKILL (the default) alone.
        const status = [
          { error: { string: JOB_NOT_ALTERABLE, code: 2020, message: JOB_NOT_ALTERABLE }, step_id: jobId, job_id: num(job.jobId), federation: { sibling: '' } },
        ];
        return this.reply(ctx, 200, { status });
      }
      if (job.state === 'PENDING') {
        job.state = 'CANCELLED';
        job.startTime = now;
        job.endTime = now;
        this.save(job, 'jobs_canceled');
        this.requestCycle();
        return this.reply(ctx, 200, { status: [] });
      }
      const batchOnly = (options.flags ?? '').split(',').includes('BATCH_JOB');
      if (!options.signalGiven || options.signal === SIGKILL) {
        job.state = 'CANCELLED';
        job.stateReason = 'None';
        job.completing = true;
        job.endIntent = 'cancel';
        job.endTime = now;
        this.timers.clear(job.jobId);
        this.save(job, 'jobs_canceled');
        // Still being launched: startJob's continuation begins the kill once there is a process.
        if (this.executor.has(job.jobId)) this.beginKill(job, `cancel by ${ctx.user}`);
        return this.reply(ctx, 200, { status: [] });
      }
      if (this.executor.has(job.jobId)) this.deliver(job, options.signal, batchOnly, `cancel by ${ctx.user} (${signalName(options.signal)})`);
      else this.queuedSignals.set(job.jobId, [...(this.queuedSignals.get(job.jobId) ?? []), { signal: options.signal, batchOnly }]);
      return this.reply(ctx, 200, { status: [] });
    } finally {
      this.rpc(ctx, 'REQUEST_KILL_JOBS', t0);
    }
  }

  async job(ctx: BackendContext, jobId: string): Promise<BackendReply<JobsResponse>> {
    const t0 = process.hrtime.bigint();
    try {
      const refused = refusedJobId(this.meta(ctx), jobId);
      if (refused) return refused as unknown as BackendReply<JobsResponse>;
      const job = this.records.get(Number(jobId));
      if (!job) return { status: 404, body: unknownJobBody(this.meta(ctx), jobId) };
      return this.reply(ctx, 200, { jobs: [renderJob(job, this.renderContext())], last_backfill: num(0), last_update: num(this.lastUpdate) });
    } finally {
      this.rpc(ctx, 'REQUEST_JOB_INFO_SINGLE', t0);
    }
  }

  async jobs(ctx: BackendContext): Promise<BackendReply<JobsResponse>> {
    const t0 = process.hrtime.bigint();
    const rc = this.renderContext();
    const jobs = [...this.records.values()].sort((a, b) => a.jobId - b.jobId).map((j) => renderJob(j, rc));
    this.rpc(ctx, 'REQUEST_JOB_INFO', t0);
    const warnings = jobs.length === 0 ? [{ description: 'Zero jobs to dump', source: '' }] : [];
    return this.reply(ctx, 200, { jobs, last_backfill: num(0), last_update: num(this.lastUpdate) }, [], warnings);
  }

  async nodes(ctx: BackendContext): Promise<BackendReply<NodesResponse>> {
    const t0 = process.hrtime.bigint();
    const nodes = renderNodes({ cluster: this.cluster, allocator: this.allocator, nowSeconds: this.nowSeconds(), startedAt: this.startedAt, lastBusy: this.lastBusy });
    this.rpc(ctx, 'REQUEST_NODE_INFO', t0);
    return this.reply(ctx, 200, { nodes, last_update: num(this.lastUpdate) });
  }

  async partitions(ctx: BackendContext): Promise<BackendReply<PartitionsResponse>> {
    const t0 = process.hrtime.bigint();
    const partitions = renderPartitions(this.cluster);
    this.rpc(ctx, 'REQUEST_PARTITION_INFO', t0);
    // There is no accounting here either: slurmrestd says so the same way (GET_partitions.json).
    return this.reply(ctx, 200, { partitions, last_update: num(this.startedAt) }, [], [
      { description: 'Slurm accounting storage is disabled. Could not query the following: [TRES].', source: '' },
    ]);
  }

  async reservations(ctx: BackendContext): Promise<BackendReply<ReservationsResponse>> {
    const t0 = process.hrtime.bigint();
    const reservations = renderReservations(this.cluster);
    this.rpc(ctx, 'REQUEST_RESERVATION_INFO', t0);
    return this.reply(ctx, 200, { reservations, last_update: num(this.startedAt) });
  }

  async diag(ctx: BackendContext): Promise<BackendReply<DiagResponse>> {
    const t0 = process.hrtime.bigint();
    let pending = 0;
    let running = 0;
    for (const j of this.records.values()) {
      if (j.state === 'PENDING') pending++;
      else if (j.state === 'RUNNING' || j.completing) running++;
    }
    this.rpc(ctx, 'REQUEST_STATS_INFO', t0);
    const statistics = renderDiag({
      counters: this.store.counters(),
      nowSeconds: this.nowSeconds(),
      startedAt: this.startedAt,
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
