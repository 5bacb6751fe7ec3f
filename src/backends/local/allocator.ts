// Which cpus and memory of which nodes each running job holds. The scheduler asks it for an
// allocation; the backend gives it back when a job's processes are gone. Cores are tracked by
// index (one thread per core) so job_resources can say which cores a job holds, as SLURM does.
import type { LocalPartitionConfig } from '../../config/schema.ts';
import { activeReservationOf, type Cluster } from './cluster.ts';
import { idleNode, place, type PlacementRequest } from './placement.ts';
import type { NodeAllocation } from './types.ts';

/** A job's request as placement.ts reads it, on its partition and reservation. */
export interface AllocationRequest extends PlacementRequest {
  partition: LocalPartitionConfig;
  /** Reservation the job named ('' for none). */
  reservation: string;
  /** The partition's nodes the job may use, in the order to try them (its constraints, features.ts); absent: all. */
  nodes?: readonly string[];
}

interface NodeUsage {
  cores: Set<number>;
  memory: number;
}

/** Spread `total` cpus over `nodes` nodes, larger shares first, at least one cpu per node. */
export function cpuShares(total: number, nodes: number): number[] {
  const t = Math.max(total, nodes);
  const base = Math.floor(t / nodes);
  const extra = t % nodes;
  return Array.from({ length: nodes }, (_, i) => base + (i < extra ? 1 : 0));
}

export class Allocator {
  private readonly used = new Map<string, NodeUsage>();

  constructor(private readonly cluster: Cluster) {
    for (const n of cluster.nodes) this.used.set(n.name, { cores: new Set(), memory: 0 });
  }

  /** A copy to plan a scheduling cycle on without touching the live state. */
  clone(): Allocator {
    const copy = new Allocator(this.cluster);
    for (const [name, u] of this.used) copy.used.set(name, { cores: new Set(u.cores), memory: u.memory });
    return copy;
  }

  hold(allocation: readonly NodeAllocation[]): void {
    for (const a of allocation) {
      const u = this.used.get(a.node);
      if (!u) continue; // a node removed from the config since the job started
      for (const c of a.cores) u.cores.add(c);
      u.memory += a.memory;
    }
  }

  release(allocation: readonly NodeAllocation[]): void {
    for (const a of allocation) {
      const u = this.used.get(a.node);
      if (!u) continue;
      for (const c of a.cores) u.cores.delete(c);
      u.memory = Math.max(0, u.memory - a.memory);
    }
  }

  usage(node: string): { cpus: number; memory: number } {
    const u = this.used.get(node);
    return { cpus: u?.cores.size ?? 0, memory: u?.memory ?? 0 };
  }

  /** Nodes the job may use at all right now (partition, reservations), before looking at load. */
  private candidates(req: AllocationRequest, nowSeconds: number): string[] {
    return (req.nodes ?? req.partition.nodes).filter((node) => {
      const resv = activeReservationOf(this.cluster, node, nowSeconds);
      // A reserved node serves only its reservation's jobs; a job naming a reservation runs only on its nodes.
      if (req.reservation) return resv?.name === req.reservation;
      return !resv;
    });
  }

  /** Whether the job could ever run on its partition (all nodes idle, no reservation in the way). */
  fitsWhenIdle(req: AllocationRequest): boolean {
    return this.pick(req, [...(req.nodes ?? req.partition.nodes)], true) !== null;
  }

  /** Whether the job could run on the nodes open to it now if they were idle (false: reservations are in the way). */
  fitsAmongAvailable(req: AllocationRequest, nowSeconds: number): boolean {
    return this.pick(req, this.candidates(req, nowSeconds), true) !== null;
  }

  /** An allocation for the job from what is free now, or null; does not hold it. */
  tryAllocate(req: AllocationRequest, nowSeconds: number): NodeAllocation[] | null {
    return this.pick(req, this.candidates(req, nowSeconds), false);
  }

  /** placement.ts chooses; here is what each node has free (all of it when `idle`). */
  private pick(req: AllocationRequest, nodes: string[], idle: boolean): NodeAllocation[] | null {
    const nodeByName = this.cluster.nodeByName;
    // The partition's own MaxNodes bounds the job's node count as its max_nodes does.
    const partMax = req.partition.maxNodes;
    const maxNodes = partMax !== undefined && (req.maxNodes === 0 || partMax < req.maxNodes) ? partMax : req.maxNodes;
    return place({ ...req, maxNodes }, nodes, nodeByName, (node) => {
      const cfg = nodeByName.get(node)!;
      if (idle) return idleNode(cfg);
      const u = this.used.get(node);
      const busy = u?.cores ?? new Set<number>();
      const cores: number[] = [];
      for (let c = 0; c < cfg.cpus; c++) if (!busy.has(c)) cores.push(c);
      return { cores, memory: cfg.memory - (u?.memory ?? 0), idle: busy.size === 0 && (u?.memory ?? 0) === 0 };
    });
  }
}
