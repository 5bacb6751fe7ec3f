// One scheduling cycle as a pure decision: given the pending jobs and what is free, which jobs
// start where, and why each other job waits. Like SLURM's main scheduler (no backfill): strict
// priority FIFO per partition, so once a job of a partition is blocked on resources, the jobs
// behind it in that partition wait with reason "Priority" even if they would fit.
import type { Allocator, AllocationRequest } from './allocator.ts';
import type { Cluster } from './cluster.ts';
import type { JobRecord, NodeAllocation } from './types.ts';

export interface PlannedStart {
  jobId: number;
  allocation: NodeAllocation[];
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
  };
}

/** `allocator` is consumed (planned starts are held on it): pass a clone. */
export function planCycle(pending: readonly JobRecord[], allocator: Allocator, cluster: Cluster, nowSeconds: number): CyclePlan {
  const plan: CyclePlan = { starts: [], reasons: new Map(), depth: 0 };
  const blocked = new Set<string>();
  for (const job of [...pending].sort(queueOrder)) {
    plan.depth++;
    const wait = (reason: string) => plan.reasons.set(job.jobId, reason);
    if (job.hold) {
      wait('JobHeldUser');
      continue;
    }
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
    const allocation = allocator.tryAllocate(req, nowSeconds);
    if (allocation) {
      allocator.hold(allocation);
      plan.starts.push({ jobId: job.jobId, allocation });
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
