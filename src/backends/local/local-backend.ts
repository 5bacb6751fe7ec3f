// The local backend: a small SLURM that runs batch scripts as processes on this machine and
// answers like slurmrestd v0.0.43. This file only puts its three parts together:
// - the engine (engine.ts): slurmctld's job states and scheduling decisions (with scheduler.ts,
//   allocator.ts, persisted by job-store.ts), no processes, timers or wall clock;
// - the runtime (runtime.ts): slurmd's side, the processes (executor.ts, cgroups.ts) and timers
//   (job-timers.ts) that carry out the engine's decisions and report what happened;
// - the face (face.ts): the SlurmBackend calls in slurmrestd's envelopes (replies.ts, render-*.ts).
// Each event the runtime reports goes to the engine, and the engine's answer back to the runtime.
// Diag counters are persisted with the jobs, so they count since the resource was first used;
// RPC statistics are per process, like slurmctld's.
import type { LocalBackendConfig } from '../../config/schema.ts';
import type { JobInfo, JobSubmitRequest } from '../../contract/model.ts';
import type { Db } from '../../store/database.ts';
import type { BackendContext, CancelOptions, SlurmBackend } from '../backend.ts';
import { JobAccounts } from './accounts.ts';
import { hostContainment, type Containment } from './cgroups.ts';
import { buildCluster } from './cluster.ts';
import { JobEngine, type Decision } from './engine.ts';
import { LocalFace } from './face.ts';
import { JobStore } from './job-store.ts';
import { JobRuntime } from './runtime.ts';
import { silentLogger, systemClock, type Clock, type Logger, type Spawner } from './types.ts';

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

export class LocalBackend implements SlurmBackend {
  readonly kind = 'local' as const;
  private readonly engine: JobEngine;
  private readonly runtime: JobRuntime;
  private readonly face: LocalFace;
  private readonly settledListeners: ((job: JobInfo) => void)[] = [];
  private readonly store: JobStore;
  private readonly logger: Logger;

  constructor(opts: LocalBackendOptions) {
    const clock = opts.clock ?? systemClock;
    const logger = (this.logger = opts.logger ?? silentLogger);
    const startedAt = Math.floor(clock.now() / 1000);
    const cluster = buildCluster(opts.resource, opts.config, startedAt);
    const store = (this.store = new JobStore(opts.db, opts.resource, startedAt));
    const accounts = opts.accounts ?? new JobAccounts(opts.config.userMap);
    const engine = (this.engine = new JobEngine({ cluster, config: opts.config, store, clock, jobs: store.loadAll() }));
    const carryOut = (decisions: readonly Decision[]) => this.carryOut(decisions);
    this.runtime = new JobRuntime({
      resource: opts.resource,
      cluster,
      config: opts.config,
      spoolDir: opts.spoolDir,
      accounts,
      containment: opts.containment ?? hostContainment(opts.cgroupScope ?? `s3m_${opts.resource}_${process.pid}`),
      spawner: opts.spawner,
      logger,
      events: {
        launched: (jobId, pid, pidStart) => carryOut(engine.launchSucceeded(jobId, pid, pidStart)),
        launchFailed: (jobId, stage, error) => carryOut(engine.launchFailed(jobId, stage, error)),
        exited: (jobId, result) => carryOut(engine.exited(jobId, result)),
        timeLimitReached: (jobId) => carryOut(engine.timeLimitReached(jobId)),
        signalDelivered: (jobId, signal, reason, byCancel) => engine.signalDelivered(jobId, signal, reason, byCancel),
        cycle: (periodic) => this.cycle(periodic),
      },
    });
    this.face = new LocalFace({ engine, store, db: opts.db, accounts, config: opts.config, startedAt, logger, carryOut });
  }

  private cycle(periodic: boolean): void {
    if (periodic) this.engine.purge();
    const t0 = process.hrtime.bigint();
    const cycle = this.engine.schedule();
    if (!cycle) return;
    this.carryOut(cycle.decisions);
    this.store.recordCycle(Number((process.hrtime.bigint() - t0) / 1000n), cycle.depth);
  }

  /** The runtime carries the engine's decisions out; a job that ended is told to the listeners. */
  private carryOut(decisions: readonly Decision[]): void {
    this.runtime.carryOut(decisions);
    if (this.settledListeners.length === 0) return;
    for (const d of decisions) {
      if (d.kind !== 'ended') continue;
      const job = this.face.render(d.jobId);
      if (!job) continue;
      for (const listener of this.settledListeners) {
        try {
          listener(job);
        } catch (err) {
          this.logger.error({ err, jobId: d.jobId }, 'local backend: a job-settled listener failed');
        }
      }
    }
  }

  continueJobIdsAfter(jobId: number): void {
    this.store.continueIdsAfter(jobId);
  }

  onJobSettled(listener: (job: JobInfo) => void): void {
    this.settledListeners.push(listener);
  }

  async start(): Promise<void> {
    await this.runtime.start(() => {
      // Jobs whose processes belonged to a previous gateway process: end them, say so, keep them listed.
      for (const job of this.engine.interrupted()) {
        const killed = this.runtime.killOrphan(job);
        this.carryOut(this.engine.lostByGateway(job.jobId, 'restart', killed));
        this.logger.warn({ jobId: job.jobId, state: job.state, killed }, 'local job ended by gateway restart');
      }
    });
  }

  async close(): Promise<void> {
    if (!this.runtime.stop()) return;
    for (const job of this.engine.interrupted()) {
      const killed = this.runtime.kill(job.jobId);
      try {
        this.engine.lostByGateway(job.jobId, 'shutdown', killed);
      } catch (err) {
        this.logger.error({ err, jobId: job.jobId }, 'local backend: could not record job end at shutdown');
      }
    }
    await this.runtime.drain();
  }

  // ---- the SlurmBackend calls: the face's ------------------------------------------------

  callerName(ctx: BackendContext) {
    return this.face.callerName(ctx);
  }
  submit(ctx: BackendContext, request: JobSubmitRequest) {
    return this.face.submit(ctx, request);
  }
  cancel(ctx: BackendContext, jobId: string, options: CancelOptions) {
    return this.face.cancel(ctx, jobId, options);
  }
  job(ctx: BackendContext, jobId: string) {
    return this.face.job(ctx, jobId);
  }
  jobs(ctx: BackendContext) {
    return this.face.jobs(ctx);
  }
  nodes(ctx: BackendContext) {
    return this.face.nodes(ctx);
  }
  partitions(ctx: BackendContext) {
    return this.face.partitions(ctx);
  }
  reservations(ctx: BackendContext) {
    return this.face.reservations(ctx);
  }
  diag(ctx: BackendContext) {
    return this.face.diag(ctx);
  }
  ping(ctx: BackendContext) {
    return this.face.ping(ctx);
  }
}
