// The local backend's engine: slurmctld's job state machine and scheduling decisions, and nothing
// else. It starts no process, sets no timer and reads no wall clock (times come from the Clock it
// is given): each call changes job records and answers with Decisions, what the runtime
// (runtime.ts) is to carry out; the runtime reports back what happened (a launch, an exit, a time
// limit reached, a signal delivered), which again yields decisions. Records are persisted through
// the store at every change, so a gateway that dies loses nothing it reported.
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
//   stays pending. Signals asked for while the job's process is still being started are delivered
//   once it runs.
// - Time limit: the same SIGTERM, KillWait, SIGKILL sequence; the job is TIMEOUT ("TimeLimit").
// - A job killed by a signal nobody here sent (OOM killer, kill -9 by hand) is FAILED "RaisedSignal" too.
// - Finished jobs leave memory (and the answers) minJobAge seconds after they end, as slurmctld's
//   MinJobAge; their records stay in the database.
// - Restart: jobs that were RUNNING when the previous gateway process ended are NODE_FAIL
//   ("NodeDown"), their processes killed by the runtime if still there. Shutting down ends running
//   jobs the same way. PENDING jobs simply wait for the next cycle.
//
// - Dependencies (dependency.ts): tested at every scheduling cycle, before the plan; a job whose
//   dependency does not hold is not planned at all. Every job that ends passes through end() (its
//   resources free, a cycle due), so what depends on it is tested at once.
// - Job arrays (array.ts): one meta record holds the tasks not yet started; each start splits
//   the lowest one off as a record with a new job id (the last is the meta itself). A throttled
//   array whose N tasks run is not planned ("JobArrayTaskLimit"). The index of arrays keeps
//   every lookup of an array's records to that array's own records.
// - Times (eligibility.ts): at every cycle, before dependencies, a pending job past its deadline
//   ends DEADLINE; after them, one whose begin_time is ahead waits "BeginTime".
import type { LocalBackendConfig } from '../../config/schema.ts';
import { sameAccount } from '../../contract/accounts.ts';
import { signalDescription, signalName } from '../../contract/signals.ts';
import { Allocator } from './allocator.ts';
import { ArrayIndex } from './array.ts';
import { admitDependency, testDependency } from './dependency.ts';
import { beforeBegin, expectedTimes, limitAtStart, missedDeadline } from './eligibility.ts';
import type { Cluster } from './cluster.ts';
import { LicenseLedger, type LicenseItem } from './licenses.ts';
import { JobIndex } from './job-index.ts';
import type { CounterName, JobStore } from './job-store.ts';
import { planQueue } from './scheduler.ts';
import { isTerminal, type Clock, type JobRecord, type JobState, type NodeAllocation } from './types.ts';
import type { JobDraft } from './validate.ts';

/** What the engine asks the runtime to do. */
export type Decision =
  /** Start the job's batch script on `allocation` (already held: the job is RUNNING). */
  | { kind: 'launch'; job: JobRecord; allocation: NodeAllocation[] }
  /** Deliver `signal` to the job's processes (or its batch shell alone); report it if delivered. */
  | { kind: 'signal'; jobId: number; signal: number; batchOnly: boolean; reason: string }
  /** scancel's and the time limit's sequence: SIGCONT+SIGTERM to the job, SIGKILL after KillWait. */
  | { kind: 'kill'; jobId: number; reason: string }
  /** Report timeLimitReached once the job has run `afterMs` (real time, from its launch). */
  | { kind: 'time-limit'; jobId: number; afterMs: number }
  /** Append slurmstepd's line to the job's error file. */
  | { kind: 'note'; job: JobRecord; line: string }
  /** The job has ended in `state` and holds nothing any more: a scheduling cycle is due. */
  | { kind: 'ended'; jobId: number; state: JobState }
  /** Something may start now (a job was submitted): a scheduling cycle is due. */
  | { kind: 'schedule' };

/** How the batch shell ended, as the runtime reports it (executor.ts's ExitResult fits). */
export type ExitEvent = ({ kind: 'code'; code: number } | { kind: 'signal'; signal: number }) & { oomKills: number };

export type EngineConfig = Pick<LocalBackendConfig, 'minJobAge' | 'minuteSeconds' | 'maxJobCount' | 'maxSubmitJobsPerUser' | 'maxSubmitJobsPerAccount'> & {
  /** SchedulerParameters default_queue_depth: jobs a cycle looks at, except a full one (default 100, slurmctld's). */
  defaultQueueDepth?: number;
  /** slurmctld's sched_interval: seconds between cycles over the whole queue (default 60). */
  fullQueueInterval?: number;
};

/** slurmctld's defaults (job_scheduler.c def_job_limit, controller.c sched_interval). */
const DEFAULT_QUEUE_DEPTH = 100;
const FULL_QUEUE_INTERVAL = 60;

/** Where records go: JobStore, or an in-memory stand-in in tests. */
export type JobSink = Pick<JobStore, 'insertNew' | 'save'>;

/** slurmctld's refusal of a job (error number and text); the face words it like slurmrestd. */
export type Admission = { ok: true; job: JobRecord; decisions: Decision[] } | { ok: false; errorNumber: number; error: string };

export interface CancelRequest {
  signal: number;
  /** Whether a signal was named (without one, or with SIGKILL, the cancel is scancel's full kill). */
  signalGiven: boolean;
  /** flags=BATCH_JOB: the batch shell alone. */
  batchOnly: boolean;
  /** Who asks, for the signal audit. */
  by: string;
}

/** `finished`: slurmctld's 2021 (already completing or completed); `not-alterable`: 2020 (a signal to a pending job). */
export type CancelOutcome = { ok: true; decisions: Decision[] } | { ok: false; refusal: 'unknown' | 'finished' | 'not-alterable' };

/** A cancel by `<id>` or `<id>_<task>`: what each record of an array that could not be cancelled answered. */
export interface ArrayRefusal {
  stepId: string;
  jobId: number;
  refusal: 'finished' | 'not-alterable';
}
export type ArrayCancelOutcome = { ok: true; decisions: Decision[]; refusals: ArrayRefusal[] } | { ok: false; refusal: 'unknown' };

/** What ended a running job that the gateway itself could not follow. */
export type GatewayLoss = 'restart' | 'shutdown';

const SIGKILL = 9;

/** Tasks a meta record holds beyond its own record (each counts as a job for MaxJobCount). */
const extraTasks = (job: JobRecord): number => Math.max(0, (job.arrayPending?.length ?? 0) - 1);
/** slurm_protocol_defs.h: the "signal" slurmstepd reports for a step that was OOM-killed. */
const SIG_OOM = 253;
/** The signal a step whose io setup failed ends with (SIGRTMIN+19 on Linux, as slurmctld logs it). */
const IO_SETUP_FAILED = 53;
/** Running time shown (end_time) for a job without a time limit: SLURM uses a year. */
const INFINITE_RUN_SECONDS = 365 * 86400;

export class JobEngine {
  readonly cluster: Cluster;
  /** What running jobs hold; validation asks it whether a job could ever fit. */
  readonly allocator: Allocator;
  /** The cluster licenses running jobs hold (licenses.ts). */
  readonly licenses: LicenseLedger;
  /** When each node last ended a job (nodes' last_busy). */
  readonly lastBusy = new Map<string, number>();
  /** By job id, in job id order (ids only grow, and a restart loads them in order). */
  private readonly records = new Map<number, JobRecord>();
  /** Which records belong to which job array. */
  private readonly arrays = new ArrayIndex();
  /** Array tasks not started beyond one per meta record: they count against MaxJobCount, kept as a sum so a submit walks nothing. */
  private queuedTasks = 0;
  /** The queue and counts (job-index.ts): what submits and cycles look at instead of every job. */
  private readonly index = new JobIndex();
  /** Dependent jobs not tested yet (new ones): tested at the next cycle whatever else changed. */
  private readonly untestedDependent = new Set<number>();
  /** Bumped at every change of a job: what was rendered of it is stale (rendered-jobs.ts). */
  private readonly revisions = new Map<number, number>();
  /** Jobs submitted with a deadline, while pending (deadlined()). */
  private readonly withDeadline = new Set<number>();
  /** When the last cycle over the whole queue ran (unix seconds). */
  private lastFullCycle = -Infinity;
  /** Jobs whose batch script runs (the runtime said so): signals can reach them. */
  private readonly launched = new Set<number>();
  /** Signals asked for while a job's process was still being started. */
  private readonly queuedSignals = new Map<number, Array<{ signal: number; batchOnly: boolean }>>();
  private readonly config: EngineConfig;
  private readonly store: JobSink;
  private readonly clock: Clock;
  /** When a job last changed (slurmrestd's last_update). */
  private updatedAt: number;

  /** `jobs`: the stored records (a restart); those finished longer than MinJobAge ago are left out. */
  constructor(opts: { cluster: Cluster; config: EngineConfig; store: JobSink; clock: Clock; jobs?: Iterable<JobRecord> }) {
    this.cluster = opts.cluster;
    this.config = opts.config;
    this.store = opts.store;
    this.clock = opts.clock;
    this.allocator = new Allocator(opts.cluster);
    this.licenses = new LicenseLedger(opts.cluster.licenses);
    this.updatedAt = this.now();
    for (const job of opts.jobs ?? []) {
      if (this.expired(job, this.updatedAt)) continue;
      this.records.set(job.jobId, job);
      this.arrays.add(job);
      this.queuedTasks += extraTasks(job);
      this.index.add(job);
      if (job.deadline !== undefined && job.state === 'PENDING') this.withDeadline.add(job.jobId);
    }
  }

  /** Unix seconds by the engine's clock. */
  now(): number {
    return Math.floor(this.clock.now() / 1000);
  }

  get lastUpdate(): number {
    return this.updatedAt;
  }

  get(jobId: number): JobRecord | undefined {
    return this.records.get(jobId);
  }

  /** Every job held (not yet purged), by id. */
  jobs(): JobRecord[] {
    const all = [...this.records.values()];
    // Already in id order unless a record was added out of order: sorted only then.
    for (let i = 1; i < all.length; i++) if (all[i - 1].jobId > all[i].jobId) return all.sort((a, b) => a.jobId - b.jobId);
    return all;
  }

  /** How many jobs are pending, and how many have processes (running or completing): diag's. */
  counts(): { pending: number; running: number } {
    return { pending: this.index.pendingCount, running: this.index.countRunningOrCompleting() };
  }

  /** A number that changes whenever the job does (its record is saved, or a cycle looked at it). */
  revision(jobId: number): number {
    return this.revisions.get(jobId) ?? 0;
  }

  private changed(job: JobRecord): void {
    this.revisions.set(job.jobId, (this.revisions.get(job.jobId) ?? 0) + 1);
  }

  private save(job: JobRecord, counter?: CounterName): void {
    this.store.save(job, counter);
    this.index.update(job);
    this.changed(job);
    this.touch();
  }

  private touch(): void {
    this.updatedAt = this.now();
  }

  // ---- submit ----------------------------------------------------------------------------

  /** A validated job enters the queue, unless slurmctld's limits refuse it. */
  submit(draft: JobDraft): Admission {
    const capped = this.overCap(draft);
    if (capped) return capped;
    if (draft.dependency) {
      // slurmctld refuses afterok/afternotok on a job it does not hold (update_job_dependency).
      // A plain id that is an array's names the whole array (_find_dependent_job_ptr: "<id>_*").
      // Another project's job is, to a dependency, a job that does not exist (as it is to GET
      // job/{id}): otherwise an afterok accepted or refused would tell whether it exists.
      const account = draft.account;
      const specs = draft.dependency.specs.map((d) => (d.task === undefined && d.type !== 'singleton' && this.isArrayId(d.jobId, account) ? { ...d, task: '*' as const } : d));
      const admitted = admitDependency({ ...draft.dependency, specs }, (id, task) => this.dependTarget(id, task, account) !== undefined);
      if (!admitted.ok) return { ok: false, errorNumber: admitted.errorNumber, error: admitted.error };
      draft = { ...draft, dependency: admitted.dependency };
    }
    if (this.notTopPriority(draft)) draft = { ...draft, stateReason: 'Priority' };
    const job = this.store.insertNew((jobId) => ({ jobId, ...draft, ...(draft.arrayPending ? { arrayJobId: jobId } : {}) }));
    this.records.set(job.jobId, job);
    this.arrays.add(job);
    this.queuedTasks += extraTasks(job);
    this.index.add(job);
    if (this.index.dependent.has(job.jobId)) this.untestedDependent.add(job.jobId);
    if (job.deadline !== undefined) this.withDeadline.add(job.jobId);
    this.touch();
    return { ok: true, job, decisions: [{ kind: 'schedule' }] };
  }

  /**
   * job_mgr.c _top_priority at submit: a runnable job behind another queued job that may use the
   * same nodes (its partition overlaps, and it waits for nothing but its turn) shows "Priority"
   * at once, even if no cycle reaches it soon (beyond default_queue_depth). Looked for among the
   * first default_queue_depth queued jobs only (slurmctld looks at every job).
   */
  private notTopPriority(draft: JobDraft): boolean {
    if (draft.stateReason !== 'None' || draft.hold || (draft.dependency && draft.dependency.specs.length > 0)) return false;
    const mine = new Set(this.cluster.partitionByName.get(draft.partition)?.nodes ?? []);
    const waitsForTurn = (reason: string) => reason === 'None' || reason === 'Priority' || reason === 'Resources';
    const competes = (other: JobRecord) => waitsForTurn(other.stateReason) && (this.cluster.partitionByName.get(other.partition)?.nodes ?? []).some((n) => mine.has(n));
    return this.index.queuedAhead(draft.priority, competes, this.config.defaultQueueDepth ?? DEFAULT_QUEUE_DEPTH);
  }

  /**
   * slurm.conf MaxJobCount (every job slurmctld holds, finished ones not yet purged included) and
   * the QOS submit caps (pending and running jobs per user, per account), with slurmctld's errors.
   */
  private overCap(draft: JobDraft): Admission | undefined {
    const c = this.config;
    // Every task of an array counts, started or not (job_mgr.c job_count).
    if (this.records.size + this.queuedTasks + (draft.arrayPending?.length ?? 1) > c.maxJobCount) return { ok: false, errorNumber: 2007, error: 'MaxJobCount limit reached' };
    if (c.maxSubmitJobsPerUser === undefined && c.maxSubmitJobsPerAccount === undefined) return undefined;
    // Counted as jobs change (job-index.ts), not by looking at every job.
    const byUser = this.index.activeOfUser(draft.userName);
    const byAccount = this.index.activeOfAccount(draft.account);
    if ((c.maxSubmitJobsPerUser !== undefined && byUser >= c.maxSubmitJobsPerUser) || (c.maxSubmitJobsPerAccount !== undefined && byAccount >= c.maxSubmitJobsPerAccount)) {
      return { ok: false, errorNumber: 2050, error: "Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)" };
    }
    return undefined;
  }

  // ---- scheduling ------------------------------------------------------------------------

  /**
   * One scheduling cycle (scheduler.ts decides), as slurmctld's main scheduler: the queue
   * (job-index.ts: runnable pending jobs in priority order; held jobs and jobs waiting on a
   * dependency are not in it) is walked up to default_queue_depth jobs, or whole once every
   * sched_interval (`full`); walked jobs get their reasons and last_sched_evaluation, those that
   * fit start, and the jobs beyond the depth keep their last reason. Dependencies are tested
   * before the plan, only when they may have changed: a job started or ended since the last test,
   * a dependent job is new, or one waits on time (after:<id>+<minutes>); a full cycle tests them
   * all. Null when nothing is pending (no cycle counted); `depth` (jobs walked) for diag.
   */
  schedule(opts: { full?: boolean } = {}): { decisions: Decision[]; depth: number } | null {
    if (this.index.pendingCount === 0) return null;
    const now = this.now();
    const full = opts.full ?? now - this.lastFullCycle >= (this.config.fullQueueInterval ?? FULL_QUEUE_INTERVAL);
    if (full) this.lastFullCycle = now;
    const decisions: Decision[] = [];
    this.testDependencies(now, full, decisions);
    // A pending job (held or not) that can no longer end by its deadline ends here.
    for (const job of this.deadlined()) this.pastDeadline(job, now, decisions);
    const walked: JobRecord[] = [];
    const plan = planQueue(this.index.queue(), this.allocator.clone(), this.cluster, now, {
      maxDepth: full ? Infinity : (this.config.defaultQueueDepth ?? DEFAULT_QUEUE_DEPTH),
      walked: (job) => walked.push(job),
      licenses: this.licenses.clone(),
      // A job whose begin time is ahead waits "BeginTime" (slurmctld's job_independent); an array
      // with as many tasks running as its throttle allows waits "JobArrayTaskLimit".
      runnable: (job) => job.state === 'PENDING' && this.begun(job, now) && this.underThrottle(job),
      starts: (job) => this.startsAllowed(job),
    });
    for (const job of walked) {
      if (job.state !== 'PENDING') continue; // ended by its deadline above
      if (job.lastSchedEvaluation !== now) this.changed(job);
      job.lastSchedEvaluation = now;
      const reason = plan.reasons.get(job.jobId);
      if (reason !== undefined && reason !== job.stateReason) {
        job.stateReason = reason;
        this.save(job);
      }
    }
    for (const s of plan.starts) {
      const job = this.records.get(s.jobId);
      if (!job || job.state !== 'PENDING') continue;
      decisions.push(this.start(job.arrayPending?.length ? this.splitTask(job) : job, s.allocation, now, s.licenses));
    }
    return { decisions, depth: plan.depth };
  }

  // ---- job arrays ------------------------------------------------------------------------

  /** Whether `jobId` is a job array's id (its meta record, or records of it, are held). */
  /** Whether `jobId` is a job array's id; with `account`, as that project may know (another project's array is no array). */
  private isArrayId(jobId: number, account?: string): boolean {
    const rec = this.records.get(jobId) ?? this.records.get(this.arrays.of(jobId)[0] ?? -1);
    return rec !== undefined && rec.arrayJobId === jobId && (account === undefined || sameAccount(rec.account, account));
  }

  /** A meta record's tasks not started become `pending` (the MaxJobCount sum follows). */
  private setPending(meta: JobRecord, pending: number[]): void {
    this.queuedTasks -= extraTasks(meta);
    meta.arrayPending = pending;
    this.queuedTasks += extraTasks(meta);
  }

  /** The records of array `arrayJobId`, most recent first. */
  private arrayRecords(arrayJobId: number): JobRecord[] {
    return this.arrays.of(arrayJobId).map((id) => this.records.get(id)).filter((j): j is JobRecord => j !== undefined);
  }

  /** Tasks of the array running now (or being killed): what its throttle counts. */
  private runningTasks(arrayJobId: number): number {
    return this.arrayRecords(arrayJobId).filter((j) => j.state === 'RUNNING' || j.completing).length;
  }

  /** A meta record whose throttle is reached waits with "JobArrayTaskLimit" (slurmctld's _job_array_throttle). */
  private underThrottle(job: JobRecord): boolean {
    const maxRun = job.arraySpan?.maxRun ?? 0;
    if (job.hold || !job.arrayPending?.length || !maxRun) return true;
    if (this.runningTasks(job.arrayJobId!) < maxRun) return true;
    if (job.stateReason !== 'JobArrayTaskLimit') {
      job.stateReason = 'JobArrayTaskLimit';
      this.save(job);
    }
    return false;
  }

  /** How many tasks of a meta record may start in this cycle (1 for any other job). */
  private startsAllowed(job: JobRecord): number {
    const left = job.arrayPending?.length ?? 0;
    if (left === 0) return 1;
    const maxRun = job.arraySpan?.maxRun ?? 0;
    return maxRun ? Math.max(1, Math.min(left, maxRun - this.runningTasks(job.arrayJobId!))) : left;
  }

  /**
   * job_array_post_sched: the meta record's lowest task is about to start. With other tasks left
   * it becomes a record of its own with the next job id (job_array_split); the last one is the
   * meta record itself.
   */
  private splitTask(meta: JobRecord): JobRecord {
    const pending = meta.arrayPending!;
    const taskId = pending[0]!;
    if (pending.length === 1) {
      this.setPending(meta, []);
      meta.arrayTaskId = taskId;
      return meta;
    }
    this.setPending(meta, pending.slice(1));
    const copy = structuredClone(meta);
    delete copy.arrayPending;
    const task = this.store.insertNew((jobId) => ({ ...copy, jobId, arrayTaskId: taskId }));
    this.records.set(task.jobId, task);
    this.arrays.add(task);
    this.index.add(task);
    this.save(meta);
    return task;
  }

  /**
   * find_job_array_rec: the record running or holding task `task` of array `arrayJobId` (a task
   * not started yet is the meta record's); `'*'`: any record of the array; undefined: job `jobId`.
   */
  dependTarget(jobId: number, task?: number | '*', account?: string): JobRecord | undefined {
    const found = this.findTarget(jobId, task);
    return found && (account === undefined || sameAccount(found.account, account)) ? found : undefined;
  }

  private findTarget(jobId: number, task?: number | '*'): JobRecord | undefined {
    if (task === undefined) return this.records.get(jobId);
    const members = this.arrayRecords(jobId);
    if (task === '*') return members.find((j) => !isTerminal(j.state)) ?? members[0];
    return members.find((j) => j.arrayTaskId === task) ?? members.find((j) => j.jobId === jobId && j.arrayPending?.includes(task));
  }

  /** What GET job/{id} lists (pack_one_job): the job, and when it is an array's id, every record of the array after it. */
  lookup(jobId: number): JobRecord[] {
    const rec = this.records.get(jobId);
    if (rec && rec.arrayJobId === undefined) return [rec];
    const out = rec ? [rec] : [];
    for (const j of this.arrayRecords(jobId)) if (j.jobId !== jobId) out.push(j);
    return out;
  }

  /**
   * DELETE job/{id} or job/{id}_{task}: an array's id cancels every record of the array (the
   * meta record with all its tasks not yet started); `<id>_<task>` one task (one not started yet
   * just leaves the meta record). Refusals name each record as `<array>_<task>`, as slurmctld does.
   */
  cancelRef(jobId: number, task: number | undefined, req: CancelRequest): ArrayCancelOutcome {
    if (task !== undefined) {
      const target = this.dependTarget(jobId, task);
      if (!target) return { ok: false, refusal: 'unknown' };
      if (target.state === 'PENDING' && target.arrayPending && target.arrayPending.length > 1) {
        if (req.signalGiven && req.signal !== SIGKILL) return { ok: true, decisions: [], refusals: [{ stepId: `${jobId}_${task}`, jobId: target.jobId, refusal: 'not-alterable' }] };
        this.setPending(target, target.arrayPending.filter((t) => t !== task));
        this.save(target);
        return { ok: true, decisions: [], refusals: [] };
      }
      if (target.state === 'PENDING' && target.arrayPending?.length === 1) {
        // Its last task not started: the meta record is that task, and is cancelled as one.
        target.arrayTaskId = task;
        this.setPending(target, []);
      }
      const one = this.cancel(target.jobId, req);
      if (one.ok) return { ok: true, decisions: one.decisions, refusals: [] };
      if (one.refusal === 'unknown') return { ok: false, refusal: 'unknown' };
      return { ok: true, decisions: [], refusals: [{ stepId: `${jobId}_${task}`, jobId: target.jobId, refusal: one.refusal }] };
    }
    if (!this.isArrayId(jobId)) {
      const one = this.cancel(jobId, req);
      if (one.ok) return { ok: true, decisions: one.decisions, refusals: [] };
      if (one.refusal === 'unknown') return { ok: false, refusal: 'unknown' };
      return { ok: true, decisions: [], refusals: [{ stepId: String(jobId), jobId, refusal: one.refusal }] };
    }
    const decisions: Decision[] = [];
    const refusals: ArrayRefusal[] = [];
    for (const j of this.lookup(jobId)) {
      const one = this.cancel(j.jobId, req);
      // A meta record cancelled whole keeps its task string, as slurmctld shows it after DELETE.
      if (one.ok) decisions.push(...one.decisions);
      else if (one.refusal !== 'unknown') {
        refusals.push({ stepId: j.arrayTaskId !== undefined ? `${jobId}_${j.arrayTaskId}` : String(j.jobId), jobId: j.jobId, refusal: one.refusal });
      }
    }
    return { ok: true, decisions, refusals };
  }

  /**
   * Whether a pending job's dependency lets it be scheduled (job_mgr.c job_independent with
   * job_scheduler.c test_job_dependency). A held job is not tested (its reason says why it waits);
   * one whose dependency can never hold is tested no more: it stays PENDING
   * "DependencyNeverSatisfied" (kill_on_invalid_dep's default), or is CANCELLED with that reason if
   * it was submitted with KILL_INVALID_DEPENDENCY. When the dependency holds, the job becomes
   * eligible (eligible_time, accrue_time now) and its dependency shows "".
   */
  private testDependencies(now: number, all: boolean, decisions: Decision[]): void {
    const d = this.index;
    if (d.dependent.size === 0) return this.untestedDependent.clear();
    const every = all || d.dependenciesDirty;
    d.dependenciesDirty = false;
    const ids = every ? [...d.dependent.keys()] : [...this.untestedDependent, ...d.timedDependent];
    this.untestedDependent.clear();
    for (const id of ids) {
      const job = d.dependent.get(id);
      if (job) this.independent(job, now, decisions);
    }
  }

  private independent(job: JobRecord, now: number, decisions: Decision[]): boolean {
    if (job.hold) return true;
    if (job.stateReason === 'DependencyNeverSatisfied') return false;
    const dep = job.dependency;
    if (!dep || dep.specs.length === 0) return true;
    const before = JSON.stringify(dep);
    const verdict = testDependency(dep, {
      // Only the job's own project's jobs exist for it (see submit).
      job: (id) => this.dependTarget(id, undefined, job.account),
      singletonBlocked: () => this.index.singletonBlocked(job),
      arrayTask: (id, task) => this.dependTarget(id, task, job.account),
      wholeArray: (id) => {
        const members = this.arrayRecords(id);
        if (members.length === 0 || !sameAccount(members[0]!.account, job.account)) return undefined;
        const head = this.records.get(id);
        return {
          complete: members.every((j) => j.state === 'COMPLETED'),
          completed: members.every((j) => isTerminal(j.state) && !j.completing),
          pending: members.some((j) => j.state === 'PENDING'),
          startTime: head?.startTime ?? 0,
        };
      },
      now,
      minuteSeconds: this.config.minuteSeconds,
    });
    const reason = verdict === 'wait' ? 'Dependency' : verdict === 'never' ? 'DependencyNeverSatisfied' : 'None';
    const changed = JSON.stringify(dep) !== before || reason !== job.stateReason;
    job.stateReason = reason;
    if (verdict === 'none') {
      job.eligibleTime = Math.max(now, job.beginTime ?? 0);
      job.accrueTime = job.eligibleTime;
      this.save(job);
      return true;
    }
    if (verdict === 'never' && job.invalidDependency === 'kill') {
      job.state = 'CANCELLED';
      job.startTime = now;
      job.endTime = now;
      decisions.push(...this.end(job, 'jobs_canceled'));
      return false;
    }
    if (changed) this.save(job);
    return false;
  }

  /**
   * deadline_ok: a pending job (held or not) whose time limit (or time_minimum) can no longer end
   * before its deadline is DEADLINE "DeadLine" with exit code 1, started and ended now.
   */
  private pastDeadline(job: JobRecord, now: number, decisions: Decision[]): boolean {
    if (!missedDeadline(job, now, this.config.minuteSeconds)) return false;
    job.state = 'DEADLINE';
    job.stateReason = 'DeadLine';
    job.exit = { kind: 'signal', code: 0, signal: 1 };
    job.startTime = now;
    job.endTime = now;
    decisions.push(...this.end(job, undefined));
    return true;
  }

  /**
   * Whether the job's begin time has come (held jobs keep their own reason). While it waits it is
   * "BeginTime"; once the time has come its expected start and end (the begin time) go.
   */
  private begun(job: JobRecord, now: number): boolean {
    if (job.beginTime === undefined) return true;
    const { startTime, endTime } = expectedTimes(job, now, this.config.minuteSeconds);
    if (job.startTime !== startTime || job.endTime !== endTime) {
      job.startTime = startTime;
      job.endTime = endTime;
      this.save(job);
    }
    if (job.hold || !beforeBegin(job, now)) return true;
    if (job.stateReason !== 'BeginTime') {
      job.stateReason = 'BeginTime';
      this.save(job);
    }
    return false;
  }

  /** Pending jobs with a deadline (a few at most): the only ones a deadline check looks at. */
  private deadlined(): JobRecord[] {
    const out: JobRecord[] = [];
    for (const id of this.withDeadline) {
      const job = this.records.get(id);
      if (job?.state === 'PENDING') out.push(job);
      else this.withDeadline.delete(id);
    }
    return out;
  }

  private start(job: JobRecord, allocation: NodeAllocation[], now: number, licenses?: LicenseItem[]): Decision {
    this.allocator.hold(allocation);
    if (licenses) {
      this.licenses.hold(licenses);
      job.licensesAllocated = licenses;
    }
    job.state = 'RUNNING';
    job.stateReason = 'None';
    job.allocation = allocation;
    job.startTime = now;
    job.lastSchedEvaluation = now;
    // A deadline shortens the time limit to what still fits before it (job_scheduler.c), as the job then shows.
    if (job.deadline) job.timeLimit = limitAtStart(job, now, this.config.minuteSeconds);
    // While it runs, end_time is when the time limit will end it (as SLURM shows).
    job.endTime = now + (job.timeLimit === null ? INFINITE_RUN_SECONDS : Math.ceil(job.timeLimit * this.config.minuteSeconds));
    this.save(job, 'jobs_started');
    return { kind: 'launch', job, allocation };
  }

  // ---- cancel ----------------------------------------------------------------------------

  cancel(jobId: number, req: CancelRequest): CancelOutcome {
    const job = this.records.get(jobId);
    if (!job) return { ok: false, refusal: 'unknown' };
    if (isTerminal(job.state)) return { ok: false, refusal: 'finished' };
    const fullKill = !req.signalGiven || req.signal === SIGKILL;
    const now = this.now();
    if (job.state === 'PENDING') {
      // slurmctld signals only jobs that run; a pending job is cancelled by SIGKILL (the default) alone.
      if (!fullKill) return { ok: false, refusal: 'not-alterable' };
      job.state = 'CANCELLED';
      job.startTime = now;
      job.endTime = now;
      return { ok: true, decisions: this.end(job, 'jobs_canceled') };
    }
    if (fullKill) {
      job.state = 'CANCELLED';
      job.stateReason = 'None';
      job.completing = true;
      job.endIntent = 'cancel';
      job.endTime = now;
      this.save(job, 'jobs_canceled');
      // Still being launched: launched() begins the kill once there is a process.
      return { ok: true, decisions: this.launched.has(jobId) ? [{ kind: 'kill', jobId, reason: `cancel by ${req.by}` }] : [] };
    }
    if (this.launched.has(jobId)) {
      return { ok: true, decisions: [{ kind: 'signal', jobId, signal: req.signal, batchOnly: req.batchOnly, reason: `cancel by ${req.by} (${signalName(req.signal)})` }] };
    }
    this.queuedSignals.set(jobId, [...(this.queuedSignals.get(jobId) ?? []), { signal: req.signal, batchOnly: req.batchOnly }]);
    return { ok: true, decisions: [] };
  }

  // ---- what the runtime reports ----------------------------------------------------------

  /** The batch script runs (process group `pid`, its leader started at `pidStart`). */
  launchSucceeded(jobId: number, pid: number, pidStart: string | null): Decision[] {
    const job = this.records.get(jobId);
    if (!job) return [];
    job.pid = pid;
    job.pidStart = pidStart;
    this.save(job);
    if (isTerminal(job.state) && !job.completing) return []; // it has already ended
    this.launched.add(jobId);
    if (job.completing) return [{ kind: 'kill', jobId, reason: job.endIntent === 'timeout' ? 'time limit' : 'cancel' }];
    const decisions: Decision[] = (this.queuedSignals.get(jobId) ?? []).map((q) => ({ kind: 'signal', jobId, signal: q.signal, batchOnly: q.batchOnly, reason: 'cancel (queued during launch)' }));
    this.queuedSignals.delete(jobId);
    if (job.timeLimit !== null) decisions.push({ kind: 'time-limit', jobId, afterMs: job.timeLimit * this.config.minuteSeconds * 1000 });
    return decisions;
  }

  /**
   * The batch script never ran. `io`: its files could not be opened as its user; slurmstepd's io
   * setup then fails the step with signal 53, which slurmctld records as FAILED
   * "RaisedSignal:53(Real-time signal 19)", the reason only in slurmd's log (here, the gateway's).
   * `start`: the gateway itself could not start it (fork, cgroup, spool): FAILED JobLaunchFailure.
   */
  launchFailed(jobId: number, stage: 'io' | 'start', error: string): Decision[] {
    const job = this.records.get(jobId);
    if (!job) return [];
    let counter: CounterName | undefined;
    if (job.state === 'RUNNING') {
      job.state = 'FAILED';
      job.stateReason = stage === 'io' ? 'RaisedSignal' : 'JobLaunchFailure';
      job.stateDescription = stage === 'io' ? `RaisedSignal:${IO_SETUP_FAILED}(${signalDescription(IO_SETUP_FAILED)})` : error;
      job.endTime = this.now();
      counter = 'jobs_failed';
    }
    job.exit = stage === 'io' ? { kind: 'signal', code: 0, signal: IO_SETUP_FAILED } : { kind: 'code', code: 1, signal: 0 };
    return this.end(job, counter);
  }

  /** The batch shell ended and nothing of the job is left. */
  exited(jobId: number, result: ExitEvent): Decision[] {
    const job = this.records.get(jobId);
    if (!job) return [];
    const now = this.now();
    const decisions: Decision[] = [];
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
      const n = result.oomKills;
      decisions.push({ kind: 'note', job, line: `slurmstepd: error: Detected ${n} oom_kill event${n === 1 ? '' : 's'} in StepId=${job.jobId}.batch. Some of the step tasks have been OOM Killed.` });
    } else if (job.completing) {
      // Cancelled or timed out: the state was decided when the kill began; only the exit code was missing.
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
    if (job.allocation) for (const a of job.allocation) this.lastBusy.set(a.node, now);
    return [...decisions, ...this.end(job, counter)];
  }

  /** The job's time limit has passed while it runs: TIMEOUT, and the kill sequence. */
  timeLimitReached(jobId: number): Decision[] {
    const job = this.records.get(jobId);
    if (!job || job.state !== 'RUNNING') return [];
    job.state = 'TIMEOUT';
    job.stateReason = 'TimeLimit';
    job.completing = true;
    job.endIntent = 'timeout';
    job.endTime = this.now();
    this.save(job, 'jobs_failed');
    return [{ kind: 'kill', jobId, reason: 'time limit' }];
  }

  /** A signal reached the job (kept in its record); `byCancel`: one a cancel named. */
  signalDelivered(jobId: number, signal: number, reason: string, byCancel: boolean): void {
    const job = this.records.get(jobId);
    if (!job) return;
    job.signals.push({ at: this.now(), signal, reason });
    if (byCancel) job.signalledByCancel = true;
    this.save(job);
  }

  // ---- the gateway's own restarts --------------------------------------------------------

  /** Jobs with processes (or being killed): after a restart, the previous gateway process's. */
  interrupted(): JobRecord[] {
    return [...this.records.values()].filter((j) => j.state === 'RUNNING' || j.completing);
  }

  /**
   * A running job whose processes the gateway ended (or lost) by restarting or shutting down:
   * NODE_FAIL like a job on a node that went away, with the reason in words. `killed`: whether
   * processes of it were there to kill.
   */
  lostByGateway(jobId: number, cause: GatewayLoss, killed: boolean): Decision[] {
    const job = this.records.get(jobId);
    if (!job) return [];
    const now = this.now();
    const reason = cause === 'restart' ? 'gateway restart' : 'gateway shutdown';
    if (killed) {
      job.signals.push({ at: now, signal: SIGKILL, reason });
      job.exit = { kind: 'signal', code: 0, signal: SIGKILL };
    }
    let counter: CounterName | undefined;
    if (job.state === 'RUNNING') {
      job.state = 'NODE_FAIL';
      job.stateReason = 'NodeDown';
      job.stateDescription =
        cause === 'shutdown'
          ? 'The gateway shut down while the job was running; its processes were killed'
          : `The gateway restarted while the job was running; its processes ${killed ? 'were killed' : 'had already ended'}`;
      job.endTime = now;
      counter = 'jobs_failed';
    }
    job.endIntent = job.endIntent ?? 'shutdown';
    // A restarted engine never held the allocations of its predecessor's jobs: nothing to release.
    return this.end(job, counter, cause === 'shutdown');
  }

  // ---- ends and purges -------------------------------------------------------------------

  /**
   * The job has ended and nothing of it runs: it no longer holds its allocation (`release`) and
   * may let others start.
   */
  private end(job: JobRecord, counter: CounterName | undefined, release = true): Decision[] {
    if (release && job.allocation) this.allocator.release(job.allocation);
    if (release && job.licensesAllocated) this.licenses.release(job.licensesAllocated);
    job.completing = false;
    this.launched.delete(job.jobId);
    this.queuedSignals.delete(job.jobId);
    this.save(job, counter);
    return [{ kind: 'ended', jobId: job.jobId, state: job.state }];
  }

  /** Finished for longer than MinJobAge: slurmctld has purged it (its record stays in the database). */
  private expired(job: JobRecord, now: number): boolean {
    return isTerminal(job.state) && !job.completing && job.endTime > 0 && now - job.endTime >= this.config.minJobAge;
  }

  /** Forget jobs finished longer than MinJobAge ago; how many. Only finished jobs are looked at. */
  purge(): number {
    const now = this.now();
    let purged = 0;
    for (const job of [...this.index.finished.values()]) {
      if (!this.expired(job, now)) continue;
      this.records.delete(job.jobId);
      this.arrays.remove(job);
      this.queuedTasks -= extraTasks(job);
      this.index.remove(job);
      this.revisions.delete(job.jobId);
      purged++;
    }
    if (purged > 0) this.touch();
    return purged;
  }
}
