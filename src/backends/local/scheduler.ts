// One scheduling cycle as a pure decision: given the pending jobs and what is free, which jobs
// start where, and why each other job waits. Like SLURM's main scheduler (no backfill): strict
// priority FIFO per partition, so once a job of a partition is blocked on resources, the jobs
// behind it in that partition wait with reason "Priority" even if they would fit.
import type { Allocator, AllocationRequest } from './allocator.ts';
import type { Cluster } from './cluster.ts';
import { eligibleNodes } from './features.ts';
import type { LicenseItem, LicenseLedger } from './licenses.ts';
import type { JobRecord, NodeAllocation } from './types.ts';

export interface PlannedStart {
  jobId: number;
  allocation: NodeAllocation[];
  /** The licenses it takes (licenses.ts), when it asked for any. */
  licenses?: LicenseItem[];
}

export interface CyclePlan {
  starts: PlannedStart[];
  /** state_reason for each job left pending. */
  reasons: Map<number, string>;
  /** How many jobs the cycle looked at (diag's schedule_cycle_depth). */
  depth: number;
}

/** Higher priority first, then submission order (job ids grow with submission). */
export function queueOrder(a: JobRecord, b: JobRecord): number {
  return b.priority - a.priority || a.jobId - b.jobId;
}

export function allocationRequest(job: JobRecord, cluster: Cluster): AllocationRequest | null {
  const partition = cluster.partitionByName.get(job.partition);
  if (!partition) return null;
  return {
    partition,
    tasks: job.tasks,
    tasksGiven: job.tasksGiven,
    cpusPerTask: job.cpusPerTask,
    minNodes: job.minNodes,
    maxNodes: job.maxNodes ?? 0,
    exclusive: job.shared === 'none',
    memoryPerNode: job.memoryPerNode,
    memoryPerCpu: job.memoryPerCpu,
    reservation: job.reservation,
    nodes: eligibleNodes(cluster, partition, job.constraints ?? '', job.prefer ?? ''),
  };
}

export interface PlanOptions {
  /** Licenses free now (consumed: planned starts are held on it; pass a clone). */
  licenses?: LicenseLedger;
  /**
   * How many times a job may start in this cycle: a job array's meta record starts one task each
   * time, as many as fit, as slurmctld's scheduler does; 1 for any other job.
   */
  starts?: (job: JobRecord) => number;
  /** Whether a walked job may be planned at all (false: it keeps the reason the caller gave it). */
  runnable?: (job: JobRecord) => boolean;
  /** slurmctld's default_queue_depth: the jobs beyond it are not looked at, and keep their reasons. */
  maxDepth?: number;
  /** Told each job looked at. */
  walked?: (job: JobRecord) => void;
}

/** `allocator` is consumed (planned starts are held on it): pass a clone. */
export function planCycle(pending: readonly JobRecord[], allocator: Allocator, cluster: Cluster, nowSeconds: number, opts: PlanOptions = {}): CyclePlan {
  return planQueue([...pending].sort(queueOrder), allocator, cluster, nowSeconds, opts);
}

/** planCycle over jobs already in queue order. */
export function planQueue(ordered: readonly JobRecord[], allocator: Allocator, cluster: Cluster, nowSeconds: number, opts: PlanOptions = {}): CyclePlan {
  const { licenses, starts = () => 1, runnable, maxDepth = Infinity, walked } = opts;
  const plan: CyclePlan = { starts: [], reasons: new Map(), depth: 0 };
  const blocked = new Set<string>();
  for (const job of ordered) {
    if (plan.depth >= maxDepth) break;
    plan.depth++;
    walked?.(job);
    const wait = (reason: string) => plan.reasons.set(job.jobId, reason);
    if (job.hold) {
      wait('JobHeldUser');
      continue;
    }
    if (runnable && !runnable(job)) continue;
    const req = allocationRequest(job, cluster);
    if (!req) {
      // The partition was removed from the configuration after the job was submitted.
      wait('PartitionDown');
      continue;
    }
    const p = req.partition;
    // DRAIN only refuses new submissions: jobs already queued still run.
    if (p.state === 'DOWN') {
      wait('PartitionDown');
      continue;
    }
    if (p.state === 'INACTIVE') {
      wait('PartitionInactive');
      continue;
    }
    const maxTime = p.maxTime === 'INFINITE' ? Infinity : p.maxTime;
    if ((job.timeLimit ?? Infinity) > maxTime) {
      wait('PartitionTimeLimit');
      continue;
    }
    if ((p.maxNodes !== undefined && job.minNodes > p.maxNodes) || job.minNodes > p.nodes.length) {
      wait('PartitionNodeLimit');
      continue;
    }
    if (job.reservation) {
      const r = cluster.reservations.find((x) => x.name === job.reservation);
      if (!r || nowSeconds < r.start || nowSeconds >= r.end) {
        wait('Reservation');
        continue;
      }
    }
    if (blocked.has(p.name)) {
      wait('Priority');
      continue;
    }
    // slurmctld tests licenses before resources; a job short of licenses holds up no other.
    const lic = job.licenseRequest && licenses ? licenses.pick(job.licenseRequest) : undefined;
    if (lic === null) {
      wait('Licenses');
      continue;
    }
    const allocation = allocator.tryAllocate(req, nowSeconds);
    if (allocation) {
      allocator.hold(allocation);
      if (lic) licenses!.hold(lic);
      plan.starts.push({ jobId: job.jobId, allocation, ...(lic ? { licenses: lic } : {}) });
      // More tasks of the same array, while they fit (each with its own licenses); the first that
      // does not waits: for Licenses (holding up no other job) or for Resources.
      let more = starts(job) - 1;
      while (more-- > 0) {
        const nextLic = job.licenseRequest && licenses ? licenses.pick(job.licenseRequest) : undefined;
        if (nextLic === null) {
          wait('Licenses');
          break;
        }
        const next = allocator.tryAllocate(req, nowSeconds);
        if (!next) {
          wait('Resources');
          blocked.add(p.name);
          break;
        }
        allocator.hold(next);
        if (nextLic) licenses!.hold(nextLic);
        plan.starts.push({ jobId: job.jobId, allocation: next, ...(nextLic ? { licenses: nextLic } : {}) });
      }
      continue;
    }
    if (!allocator.fitsWhenIdle(req)) {
      // More than its partition's nodes could ever give it (placement.ts): it does not hold up the queue.
      wait('PartitionConfig');
      continue;
    }
    if (!allocator.fitsAmongAvailable(req, nowSeconds)) {
      // Only reserved nodes could hold it: SLURM's wording; it does not hold up the queue.
      wait('ReqNodeNotAvail, Reserved for maintenance');
      continue;
    }
    wait('Resources');
    blocked.add(p.name);
  }
  return plan;
}
