// node_count and max_nodes of a job that has not run, as slurmctld packs them (placement.ts's
// pendingNodeCounts): a job the scheduler can place shows the node count it would get; one kept
// PENDING for its partition's configuration shows the estimate from its tasks. Cheap for the
// common job that fits one node: placement is only worked out for jobs that need more.
import type { Cluster } from './cluster.ts';
import { idleNode, pendingNodeCounts, place } from './placement.ts';
import type { JobRecord } from './types.ts';

/** The largest node's cpus per partition (configuration is fixed for a backend's life): /jobs renders many pending jobs. */
const largestNode = new WeakMap<object, number>();

export function pendingCounts(job: JobRecord, cluster: Cluster): { nodeCount: number; maxNodes: number } {
  const partition = cluster.partitionByName.get(job.partition);
  const nodes = partition?.nodes ?? [];
  let maxCpus = partition ? largestNode.get(partition) : 0;
  if (maxCpus === undefined) {
    maxCpus = 0;
    for (const n of nodes) maxCpus = Math.max(maxCpus, cluster.nodeByName.get(n)?.cpus ?? 0);
    largestNode.set(partition!, maxCpus);
  }
  const placeable = job.stateReason !== 'PartitionConfig' && job.stateReason !== 'PartitionNodeLimit';
  let placed = 1;
  if (placeable && (job.minNodes > 1 || job.tasks * job.cpusPerTask > maxCpus)) {
    const req = { tasks: job.tasks, tasksGiven: job.tasksGiven, cpusPerTask: job.cpusPerTask, minNodes: job.minNodes, maxNodes: job.maxNodes ?? 0, memoryPerNode: job.memoryPerNode, memoryPerCpu: job.memoryPerCpu, exclusive: job.shared === 'none' };
    placed = place(req, nodes, cluster.nodeByName, (n) => idleNode(cluster.nodeByName.get(n)!))?.length ?? job.minNodes;
  }
  return pendingNodeCounts(job, maxCpus, placeable, placed);
}
