// Where a job's tasks go: select/cons_tres's choice of nodes and its task layout
// (dist_tasks.c _dist_tasks_compute_c_b), and what slurmctld says of a job that cannot run on its
// partition as configured. Pure: what is free on each node comes in as a function.
//
// - Nodes are taken in the partition's order, the fewest that hold the job: at least min_nodes,
//   at most max_nodes (and the partition's nodes). A node counts for the whole tasks it can take
//   (free cpus / cpus_per_task, and its free memory for memory_per_cpu/memory_per_node).
// - Tasks are laid out as cons_tres does with one thread per core: one task on each chosen node,
//   then one more per node in turn while they have room ("srun -n3" on 2-cpu nodes: 2,1).
// - shared=none (exclusive): only idle nodes, and each chosen node is held whole (all its cores);
//   without an asked task count its tasks per node are then its cpus / cpus_per_task
//   (SLURM_TASKS_PER_NODE=2 on a 2-cpu node, as the real one shows).
// - shared=oversubscribe: the partitions here are OverSubscribe=NO (slurm.conf's default, and the
//   real test cluster's), under which cons_tres shares no core: placed like any job.
// - Never runnable as configured (checked against the real slurmctld, which accepts such jobs
//   with a warning and keeps them PENDING): more nodes than the partition has or allows
//   "PartitionNodeLimit"; more cpus than its nodes can give the job "PartitionConfig". A memory
//   request no node of the partition has is refused at submit (2014).
import type { LocalNodeConfig, LocalPartitionConfig } from '../../config/schema.ts';
import type { NodeAllocation } from './types.ts';

export interface PlacementRequest {
  tasks: number;
  /** Whether tasks were asked (an exclusive job without them gets a task per cpu). */
  tasksGiven: boolean;
  cpusPerTask: number;
  minNodes: number;
  /** 0: no limit of its own. */
  maxNodes: number;
  memoryPerNode: number | null;
  memoryPerCpu: number | null;
  exclusive: boolean;
}

/** What a node has free now: core indices not held, MB not held, and whether nothing runs there. */
export interface NodeFree {
  cores: number[];
  memory: number;
  idle: boolean;
}

/** Whole tasks `node` can take with `free` (0 when none). */
function taskRoom(req: PlacementRequest, cfg: LocalNodeConfig, free: NodeFree): number {
  if (req.exclusive && !free.idle) return 0;
  let room = Math.floor(free.cores.length / req.cpusPerTask);
  if (req.memoryPerNode !== null && free.memory < req.memoryPerNode) return 0;
  if (req.memoryPerCpu !== null && req.memoryPerCpu > 0) room = Math.min(room, Math.floor(free.memory / (req.memoryPerCpu * req.cpusPerTask)));
  return cfg.cpus >= req.cpusPerTask ? room : 0;
}

/** The nodes (in `nodes` order) and task layout for the job, or null when it does not fit. */
export function place(req: PlacementRequest, nodes: readonly string[], nodeByName: ReadonlyMap<string, LocalNodeConfig>, freeOf: (node: string) => NodeFree): NodeAllocation[] | null {
  const limit = Math.min(req.maxNodes > 0 ? req.maxNodes : Infinity, nodes.length);
  // A job asks for at least one task per node (slurmctld raises the task count to the node count).
  const tasks = Math.max(req.tasks, req.minNodes);
  if (req.minNodes > limit) return null;
  const chosen: { node: string; cfg: LocalNodeConfig; free: NodeFree; room: number }[] = [];
  let room = 0;
  for (const node of nodes) {
    if (chosen.length >= limit || (chosen.length >= req.minNodes && room >= tasks)) break;
    const cfg = nodeByName.get(node);
    if (!cfg) continue;
    const free = freeOf(node);
    const r = taskRoom(req, cfg, free);
    if (r < 1) continue;
    chosen.push({ node, cfg, free, room: r });
    room += r;
  }
  if (chosen.length < req.minNodes || room < tasks) return null;
  // dist_tasks: a task on each node first, then one more per node in turn while there is room.
  const laid = chosen.map(() => 0);
  let left = tasks;
  for (let i = 0; i < chosen.length && left > 0; i++, left--) laid[i] = 1;
  while (left > 0) {
    for (let i = 0; i < chosen.length && left > 0; i++) {
      if (laid[i] < chosen[i].room) {
        laid[i]++;
        left--;
      }
    }
  }
  return chosen.map((c, i) => {
    const cpus = req.exclusive ? c.cfg.cpus : laid[i] * req.cpusPerTask;
    const taskCpus = laid[i] * req.cpusPerTask;
    const memory = req.memoryPerNode ?? (req.memoryPerCpu !== null ? req.memoryPerCpu * taskCpus : 0);
    const nodeTasks = req.exclusive && !req.tasksGiven ? Math.max(laid[i], Math.floor(c.cfg.cpus / req.cpusPerTask)) : laid[i];
    return { node: c.node, cpus, cores: c.free.cores.slice(0, cpus), memory, tasks: nodeTasks };
  });
}

/** Free everything: what an idle partition could give. */
export function idleNode(cfg: LocalNodeConfig): NodeFree {
  return { cores: Array.from({ length: cfg.cpus }, (_, i) => i), memory: cfg.memory, idle: true };
}

export type NeverRunnable = 'PartitionNodeLimit' | 'PartitionConfig';

/** Why the job can never run on its partition as configured (null: it can, once resources are free). */
export function neverRunnable(req: PlacementRequest, partition: LocalPartitionConfig, nodeByName: ReadonlyMap<string, LocalNodeConfig>): NeverRunnable | null {
  if (req.minNodes > partition.nodes.length || (partition.maxNodes !== undefined && req.minNodes > partition.maxNodes)) return 'PartitionNodeLimit';
  const maxNodes = Math.min(req.maxNodes > 0 ? req.maxNodes : Infinity, partition.maxNodes ?? Infinity);
  const fits = place({ ...req, maxNodes: Number.isFinite(maxNodes) ? maxNodes : 0 }, partition.nodes, nodeByName, (n) => idleNode(nodeByName.get(n)!));
  return fits ? null : 'PartitionConfig';
}

/** Whether the job's memory request exceeds every node of the partition (slurmctld refuses it: 2014). */
export function memoryNeverFits(req: PlacementRequest, partition: LocalPartitionConfig, nodeByName: ReadonlyMap<string, LocalNodeConfig>): boolean {
  const perNode = req.memoryPerNode ?? (req.memoryPerCpu !== null ? req.memoryPerCpu * req.cpusPerTask : 0);
  return !partition.nodes.some((n) => (nodeByName.get(n)?.memory ?? 0) >= perNode);
}

/**
 * node_count and max_nodes of a job that has not run (job_mgr.c _pack_node_cnt): a job the
 * scheduler could place shows the node count it would get and its own max_nodes; one that can
 * never run shows the estimate from its task count and the largest node's cpus.
 */
export function pendingNodeCounts(
  job: { tasks: number; tasksGiven: boolean; cpusPerTask: number; minNodes: number; maxNodes?: number; tasksPerNode?: number },
  maxCpusPerNode: number,
  placeable: boolean,
  placedNodes: number,
): { nodeCount: number; maxNodes: number } {
  // details->max_nodes: as asked, else the task count when tasks were asked (JOB_IMPLICIT_MAX_NODES).
  const detailsMax = job.maxNodes ?? (job.tasksGiven ? job.tasks : 0);
  if (placeable) return { nodeCount: Math.max(placedNodes, job.minNodes), maxNodes: detailsMax };
  if (job.cpusPerTask > 1) {
    const perNode = Math.max(1, Math.floor(maxCpusPerNode / job.cpusPerTask));
    return { nodeCount: Math.max(Math.floor(job.tasks / perNode), job.minNodes), maxNodes: detailsMax };
  }
  const nodeCount = Math.max(Math.ceil(job.tasks / Math.max(1, maxCpusPerNode)), job.minNodes);
  return { nodeCount, maxNodes: Math.max(nodeCount, detailsMax) };
}
