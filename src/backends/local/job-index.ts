// The engine's indexes over the jobs it holds, so that no submit and no scheduling cycle has to
// look at every job (slurmctld keeps its job queue and per-association counts the same way):
// - `queue`: pending jobs the scheduler may start, in its order (priority, then job id), so a
//   cycle walks only its first `default_queue_depth` entries;
// - held jobs, jobs waiting on a dependency, and jobs whose dependency can never hold kept apart:
//   slurmctld's build_job_queue leaves them out of the queue (held: priority 0; dependent:
//   job_independent false), so they are never walked and keep their reason and
//   last_sched_evaluation;
// - PENDING+RUNNING jobs counted per user and per account (the QOS submit caps);
// - pending and running counts (diag), finished jobs (the MinJobAge purge walks only those),
//   and the pending/running jobs per user+name (singleton dependencies).
// The engine calls update() after every change of a job (its save()), add() for a new or
// restored job and remove() when it purges one; the index works out what moved.
import { slurmAccountName } from '../../contract/accounts.ts';
import { queueOrder } from './scheduler.ts';
import type { JobRecord, JobState } from './types.ts';

/** Where a job is kept. */
type Place = 'queue' | 'held' | 'dependent' | 'never' | 'running' | 'finished';

interface Entry {
  place: Place;
  state: JobState;
  completing: boolean;
  /** Whether it counts against the submit caps (PENDING or RUNNING), under these keys. */
  active: boolean;
  user: string;
  account: string;
  singletonKey: string;
}

function placeOf(job: JobRecord): Place {
  if (job.state === 'RUNNING') return 'running';
  if (job.state !== 'PENDING') return 'finished';
  if (job.hold) return 'held';
  if (job.stateReason === 'DependencyNeverSatisfied') return 'never';
  if (job.dependency && job.dependency.specs.length > 0) return 'dependent';
  return 'queue';
}

const singletonKeyOf = (job: JobRecord) => `${job.userName}\u0000${job.name}`;

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}

export class JobIndex {
  /** Runnable pending jobs in the scheduler's order. */
  private readonly ordered: JobRecord[] = [];
  readonly held = new Set<number>();
  readonly dependent = new Map<number, JobRecord>();
  /** Dependent jobs that wait on time too (after:<id>+<minutes>): tested every cycle. */
  readonly timedDependent = new Set<number>();
  private readonly never = new Set<number>();
  private readonly running = new Set<number>();
  /** Terminal jobs (completing ones included: they are not purged until they finish completing). */
  readonly finished = new Map<number, JobRecord>();
  private readonly entries = new Map<number, Entry>();
  private readonly activeByUser = new Map<string, number>();
  private readonly activeByAccount = new Map<string, number>();
  /** user+name → jobs PENDING or RUNNING (a singleton dependency waits on them). */
  private readonly bySingletonKey = new Map<string, Set<JobRecord>>();
  /** Set when a job started or ended (what dependencies test); cleared by the engine once it tested them. */
  dependenciesDirty = false;

  /** Runnable pending jobs, in the order the scheduler walks them. */
  queue(): readonly JobRecord[] {
    return this.ordered;
  }

  get pendingCount(): number {
    return this.ordered.length + this.held.size + this.dependent.size + this.never.size;
  }

  get runningCount(): number {
    return this.running.size;
  }

  /** Jobs with processes or being killed (RUNNING, or ended and still COMPLETING). */
  countRunningOrCompleting(): number {
    let completing = 0;
    for (const job of this.finished.values()) if (job.completing) completing++;
    return this.running.size + completing;
  }

  /** PENDING and RUNNING jobs of this user (slurmctld's per-association job counts). */
  activeOfUser(user: string): number {
    return this.activeByUser.get(user) ?? 0;
  }

  /** PENDING and RUNNING jobs of this account (compared as SLURM lower-cases it). */
  activeOfAccount(account: string): number {
    return this.activeByAccount.get(slurmAccountName(account)) ?? 0;
  }

  /** Whether another job of this job's user and name runs, or is pending with a smaller id. */
  singletonBlocked(job: JobRecord): boolean {
    for (const o of this.bySingletonKey.get(singletonKeyOf(job)) ?? []) {
      if (o.jobId !== job.jobId && (o.state === 'RUNNING' || (o.state === 'PENDING' && o.jobId < job.jobId))) return true;
    }
    return false;
  }

  /**
   * Whether a queued job would come before a new job of this priority (ids grow: every queued
   * job of the same priority does) and may take what it needs (`competes`), among the first
   * `limit` of the queue.
   */
  queuedAhead(priority: number, competes: (other: JobRecord) => boolean, limit: number): boolean {
    const n = Math.min(this.ordered.length, limit);
    for (let i = 0; i < n; i++) {
      const other = this.ordered[i];
      if (other.priority < priority) return false;
      if (competes(other)) return true;
    }
    return false;
  }

  add(job: JobRecord): void {
    this.place(job);
  }

  /** After a change of `job`: moves it where it now belongs. */
  update(job: JobRecord): void {
    const e = this.entries.get(job.jobId);
    if (!e) return this.place(job);
    const place = placeOf(job);
    if (e.state !== job.state || e.completing !== job.completing) this.dependenciesDirty = true;
    if (place === e.place && e.state === job.state && e.completing === job.completing) return;
    this.unplace(job, e);
    this.place(job);
  }

  remove(job: JobRecord): void {
    const e = this.entries.get(job.jobId);
    if (e) this.unplace(job, e);
  }

  private place(job: JobRecord): void {
    const place = placeOf(job);
    const active = job.state === 'PENDING' || job.state === 'RUNNING';
    const e: Entry = { place, state: job.state, completing: job.completing, active, user: job.userName, account: slurmAccountName(job.account ?? ''), singletonKey: singletonKeyOf(job) };
    this.entries.set(job.jobId, e);
    switch (place) {
      case 'queue':
        this.ordered.splice(this.position(job), 0, job);
        break;
      case 'held':
        this.held.add(job.jobId);
        break;
      case 'dependent':
        this.dependent.set(job.jobId, job);
        if (job.dependency!.specs.some((d) => d.type === 'after' && d.minutes > 0)) this.timedDependent.add(job.jobId);
        break;
      case 'never':
        this.never.add(job.jobId);
        break;
      case 'running':
        this.running.add(job.jobId);
        break;
      case 'finished':
        this.finished.set(job.jobId, job);
        break;
    }
    if (active) {
      bump(this.activeByUser, e.user, 1);
      bump(this.activeByAccount, e.account, 1);
      let same = this.bySingletonKey.get(e.singletonKey);
      if (!same) this.bySingletonKey.set(e.singletonKey, (same = new Set()));
      same.add(job);
    }
  }

  private unplace(job: JobRecord, e: Entry): void {
    this.entries.delete(job.jobId);
    switch (e.place) {
      case 'queue': {
        const at = this.position(job);
        // (Its priority changed while queued: then it is found the slow way.)
        const i = this.ordered[at] === job ? at : this.ordered.indexOf(job);
        if (i >= 0) this.ordered.splice(i, 1);
        break;
      }
      case 'held':
        this.held.delete(job.jobId);
        break;
      case 'dependent':
        this.dependent.delete(job.jobId);
        this.timedDependent.delete(job.jobId);
        break;
      case 'never':
        this.never.delete(job.jobId);
        break;
      case 'running':
        this.running.delete(job.jobId);
        break;
      case 'finished':
        this.finished.delete(job.jobId);
        break;
    }
    if (e.active) {
      bump(this.activeByUser, e.user, -1);
      bump(this.activeByAccount, e.account, -1);
      const same = this.bySingletonKey.get(e.singletonKey);
      same?.delete(job);
      if (same?.size === 0) this.bySingletonKey.delete(e.singletonKey);
    }
  }

  /** Where `job` goes in (or is found in) the ordered queue: the first entry that comes after it. */
  private position(job: JobRecord): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (queueOrder(this.ordered[mid], job) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
