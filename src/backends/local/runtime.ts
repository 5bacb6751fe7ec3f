// The local backend's runtime: slurmd's side. It carries out the engine's decisions (engine.ts)
// with real processes and real time: launching batch scripts (executor.ts, as their users, in
// their cgroups), delivering signals, the kill sequence, time limits and the scheduling loop
// (job-timers.ts). What happens to the processes goes back to the engine as events. It decides
// nothing about job states.
//
// - Jobs run as their users' accounts (accounts.ts), in their own cgroups (cgroups.ts), started by
//   a launcher that opens their files as them (launcher.ts): see README "Security model".
// - Time limits are enforced on real time (Date.now() and timers), whatever the engine's
//   (injectable) clock says.
// - After close() no event is reported: the engine has recorded the end of every running job.
import { join } from 'node:path';
import type { LocalBackendConfig } from '../../config/schema.ts';
import type { JobAccount, JobAccounts } from './accounts.ts';
import type { Containment, JobLimits } from './cgroups.ts';
import type { Cluster } from './cluster.ts';
import type { Decision } from './engine.ts';
import { Executor, type ExitResult, type LaunchSpec } from './executor.ts';
import { jobEnvironment } from './job-environment.ts';
import { JobTimers } from './job-timers.ts';
import { isOurGroup, signalGroup } from './proc.ts';
import { expandedPaths } from './render-job.ts';
import { StepMessages } from './step-messages.ts';
import type { JobRecord, Logger, NodeAllocation, Spawner } from './types.ts';

/** What the runtime reports; the composition hands each to the engine and carries out its answer. */
export interface RuntimeEvents {
  launched(jobId: number, pid: number, pidStart: string | null): void;
  launchFailed(jobId: number, stage: 'io' | 'start', error: string): void;
  exited(jobId: number, result: ExitResult): void;
  timeLimitReached(jobId: number): void;
  signalDelivered(jobId: number, signal: number, reason: string, byCancel: boolean): void;
  /** A scheduling cycle is due; `periodic`: the loop's (which also purges old jobs). */
  cycle(periodic: boolean): void;
}

export type RuntimeConfig = Pick<LocalBackendConfig, 'killWait' | 'schedulerInterval' | 'maxProcessesPerJob' | 'maxFileSizeMB'>;

export interface RuntimeOptions {
  resource: string;
  cluster: Cluster;
  config: RuntimeConfig;
  /** Where batch scripts are written (one directory per job, owned by the job's account). */
  spoolDir: string;
  accounts: JobAccounts;
  containment: Containment;
  spawner?: Spawner;
  logger: Logger;
  events: RuntimeEvents;
}

const SIGKILL = 9;
const SIGTERM = 15;

export class JobRuntime {
  readonly timers: JobTimers;
  private readonly executor: Executor;
  private readonly logger: Logger;
  private readonly events: RuntimeEvents;
  /** Real start (Date.now() ms) of jobs started by this process, for time limits finer than a second. */
  private readonly startedMs = new Map<number, number>();
  private started = false;
  /** Cycles run once the previous process's leftovers are gone (start()'s sweep). */
  private cycling = false;
  private closed = false;
  private cycleQueued = false;
  /** slurmstepd's CANCELLED line, written before the signals that end a step. */
  private readonly messages: StepMessages;

  constructor(private readonly opts: RuntimeOptions) {
    this.logger = opts.logger;
    this.events = opts.events;
    this.timers = new JobTimers((what, err) => this.logger.error({ err, resource: opts.resource }, `local backend: ${what} failed`));
    this.executor = new Executor({ spawner: opts.spawner, logger: opts.logger, containment: opts.containment });
    this.messages = new StepMessages((target, line) => this.executor.note(target, line), (what, err) => this.logger.error({ err, resource: opts.resource }, `local backend: ${what} failed`));
  }

  /**
   * Begin: say what is not enforced here, let `recover` end the previous process's jobs, clean
   * up what that process left in this backend's cgroups (setsid'ed survivors included), then
   * schedule every schedulerInterval and whenever a cycle is asked for.
   */
  async start(recover: () => void): Promise<void> {
    if (this.started || this.closed) return;
    this.started = true;
    const { containment } = this.executor;
    if (!this.opts.accounts.multiUser) {
      this.logger.warn({ user: this.opts.accounts.gatewayAccount.name }, "single-user mode: the gateway is not root, so every job runs as the gateway's own user");
    }
    for (const what of containment.notEnforced) this.logger.warn({ containment: containment.kind }, `not enforced for local jobs: ${what}`);
    recover();
    await containment.sweep();
    if (this.closed) return;
    this.cycling = true;
    this.timers.every(this.opts.config.schedulerInterval * 1000, 'scheduling cycle', () => this.events.cycle(true));
    this.requestCycle();
  }

  /** Stop reporting and timing (false when already closed); the jobs' processes are killed by kill(). */
  stop(): boolean {
    if (this.closed) return false;
    this.closed = true;
    this.timers.clearAll();
    return true;
  }

  /** After stop() and the kills: wait for the processes to be gone, give the cgroups back. */
  async drain(): Promise<void> {
    await this.executor.waitAll(5000);
    this.executor.containment.release();
  }

  /** Run a cycle soon (after a submit or a job end), coalescing bursts into one. */
  requestCycle(): void {
    if (!this.cycling || this.closed || this.cycleQueued) return;
    this.cycleQueued = true;
    setImmediate(
      this.timers.guard('scheduling cycle', () => {
        this.cycleQueued = false;
        if (!this.closed) this.events.cycle(false);
      }),
    );
  }

  // ---- the engine's decisions ------------------------------------------------------------

  carryOut(decisions: readonly Decision[]): void {
    for (const d of decisions) {
      switch (d.kind) {
        case 'launch':
          this.launch(d.job, d.allocation);
          break;
        case 'signal':
          this.messages.beforeSignal(d.jobId, { kind: 'signal', signal: d.signal }, () => {
            if (this.executor.signal(d.jobId, d.signal, d.batchOnly)) this.events.signalDelivered(d.jobId, d.signal, d.reason, true);
          });
          break;
        case 'kill':
          this.timers.clear(d.jobId);
          this.beginKill(d.jobId, d.reason);
          break;
        case 'time-limit':
          this.armTimeLimit(d.jobId, d.afterMs);
          break;
        case 'note': {
          const paths = expandedPaths(d.job);
          void this.executor.note({ account: this.accountOf(d.job), cwd: d.job.cwd, path: paths.stderr || paths.stdout }, d.line);
          break;
        }
        case 'ended':
        case 'schedule':
          this.requestCycle();
          break;
      }
    }
  }

  private launch(job: JobRecord, allocation: NodeAllocation[]): void {
    const jobId = job.jobId;
    this.startedMs.set(jobId, Date.now());
    const paths = expandedPaths(job);
    const spec: LaunchSpec = {
      jobId,
      jobDir: join(this.opts.spoolDir, `job${String(jobId).padStart(5, '0')}`),
      script: job.script,
      cwd: job.cwd,
      env: jobEnvironment(job, this.opts.cluster.name),
      stdoutPath: paths.stdout,
      stderrPath: paths.stderr || paths.stdout,
      stdinPath: paths.stdin,
      account: this.accountOf(job),
      limits: this.limitsOf(allocation),
      maxFileBytes: this.opts.config.maxFileSizeMB === undefined ? null : this.opts.config.maxFileSizeMB * 1024 * 1024,
      append: job.openMode === 'APPEND',
      args: job.argv?.slice(1) ?? [],
    };
    this.executor
      .launch(spec, (id, result) => this.exited(id, result))
      .then((res) => {
        if (!res.ok) return this.launchFailed(jobId, res.stage, res.error);
        // From now on the step may be ended, and slurmstepd says so in the job's error file.
        this.messages.started(jobId, { account: spec.account, cwd: job.cwd, path: paths.stderr || paths.stdout }, allocation[0]?.node ?? '');
        if (this.closed) {
          // close() already recorded the job's end; make sure nothing outlives the gateway.
          signalGroup(res.pid, 'SIGKILL');
          return;
        }
        this.events.launched(jobId, res.pid, res.startTime);
      })
      .catch((err) => {
        this.logger.error({ err, jobId }, 'local job launch failed');
        this.timers.guard('launch failure handling', () => this.launchFailed(jobId, 'start', String((err as Error)?.message ?? err)))();
      });
  }

  private launchFailed(jobId: number, stage: 'io' | 'start', error: string): void {
    this.messages.ended(jobId);
    if (this.closed) return;
    this.logger.warn({ jobId, error }, 'local job could not be started');
    this.startedMs.delete(jobId);
    this.events.launchFailed(jobId, stage, error);
  }

  private exited(jobId: number, result: ExitResult): void {
    this.messages.ended(jobId);
    if (this.closed) return;
    this.timers.clear(jobId);
    this.startedMs.delete(jobId);
    this.events.exited(jobId, result);
  }

  /** The account a job runs as (null in single-user mode: the gateway's own). */
  private accountOf(job: JobRecord): JobAccount | null {
    const { accounts } = this.opts;
    if (!accounts.multiUser) return null;
    if (job.userId !== undefined && job.groupId !== undefined) return { name: job.userName, uid: job.userId, gid: job.groupId, group: job.groupName, home: '' };
    // A record from before jobs ran as their users: its user name, looked up now.
    const r = accounts.resolve(job.userName);
    return r.ok ? r.account : { name: job.userName, uid: -1, gid: -1, group: job.groupName, home: '' };
  }

  /**
   * What the job's cgroup allows: the memory it asked for (or, like SLURM without a memory
   * request, its nodes' whole memory), the process cap, and host CPUs for the cores it holds (the
   * local nodes' cores map onto this machine's CPUs in turn).
   */
  private limitsOf(allocation: NodeAllocation[]): JobLimits {
    const memoryMB = allocation.reduce((sum, a) => sum + (a.memory > 0 ? a.memory : (this.opts.cluster.nodeByName.get(a.node)?.memory ?? 0)), 0);
    const host = this.executor.containment.hostCpus;
    const cpus = host.length === 0 ? [] : [...new Set(allocation.flatMap((a) => a.cores.map((c) => host[c % host.length])))].sort((a, b) => a - b);
    return { memoryBytes: memoryMB > 0 ? memoryMB * 1024 * 1024 : null, pids: this.opts.config.maxProcessesPerJob, cpus };
  }

  private armTimeLimit(jobId: number, afterMs: number): void {
    const deadline = (this.startedMs.get(jobId) ?? Date.now()) + afterMs;
    const check = () => {
      const left = deadline - Date.now();
      if (left > 0) return this.timers.add(jobId, left, 'time limit', check);
      this.events.timeLimitReached(jobId);
    };
    this.timers.add(jobId, deadline - Date.now(), 'time limit', check);
  }

  /** scancel's and the time limit's sequence: SIGCONT+SIGTERM to the group, SIGKILL after KillWait. */
  private beginKill(jobId: number, reason: string): void {
    const end = reason === 'time limit' ? ({ kind: 'time-limit' } as const) : ({ kind: 'signal', signal: SIGTERM } as const);
    this.messages.beforeSignal(jobId, end, () => {
      if (this.closed) return;
      this.executor.signal(jobId, 'SIGCONT');
      if (this.executor.signal(jobId, 'SIGTERM')) this.events.signalDelivered(jobId, SIGTERM, reason, false);
      this.timers.add(jobId, this.opts.config.killWait * 1000, 'kill wait', () => {
        if (this.executor.signal(jobId, 'SIGKILL')) this.events.signalDelivered(jobId, SIGKILL, `${reason} (KillWait expired)`, false);
      });
    });
  }

  // ---- the gateway's own restarts --------------------------------------------------------

  /** SIGKILL what is left of a previous gateway process's job, if provably its own; whether there was any. */
  killOrphan(job: JobRecord): boolean {
    if (job.pid === null || job.pidStart === null) return false;
    const group = isOurGroup(job.pid, job.pidStart);
    if (group.alive && group.ours) return signalGroup(job.pid, 'SIGKILL');
    if (group.alive) this.logger.warn({ jobId: job.jobId, pid: job.pid }, 'local job pid reused by another process; not signalled');
    return false;
  }

  /** SIGKILL every process of a job of this process, launched or still being launched; false when it has none. */
  kill(jobId: number): boolean {
    return this.executor.kill(jobId);
  }
}
