// Which cpus and memory of which nodes each running job holds. The scheduler asks it for an
// allocation; the backend gives it back when a job's processes are gone. Cores are tracked by
// index (one thread per core) so job_resources can say which cores a job holds, as SLURM does.
import type { LocalPartitionConfig } from '../../config/schema.ts';
import { activeReservationOf, type Cluster } from './cluster.ts';
import type { NodeAllocation } from './types.ts';

export interface AllocationRequest {
  partition: LocalPartitionConfig;
  minNodes: number;
  /** tasks * cpus_per_task. */
  totalCpus: number;
  memoryPerNode: number | null;
  memoryPerCpu: number | null;
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

function memoryFor(req: AllocationRequest, cpus: number): number {
  if (req.memoryPerNode !== null) return req.memoryPerNode;
  if (req.memoryPerCpu !== null) return req.memoryPerCpu * cpus;
  return 0;
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

  private pick(req: AllocationRequest, nodes: string[], idle: boolean): NodeAllocation[] | null {
    const usage = (n: string) => (idle ? { cpus: 0, memory: 0 } : this.usage(n));
    if (req.minNodes > nodes.length) return null;
    const shares = cpuShares(req.totalCpus, req.minNodes);
    const taken = new Set<string>();
    const out: NodeAllocation[] = [];
    for (const share of shares) {
      const memory = memoryFor(req, share);
      const node = nodes.find((n) => {
        if (taken.has(n)) return false;
        const cfg = this.cluster.nodeByName.get(n);
        if (!cfg) return false;
        const u = usage(n);
        return cfg.cpus - u.cpus >= share && cfg.memory - u.memory >= memory;
      });
      if (!node) return null;
      taken.add(node);
      const cfg = this.cluster.nodeByName.get(node)!;
      const busy = idle ? new Set<number>() : (this.used.get(node)?.cores ?? new Set<number>());
      const cores: number[] = [];
      for (let c = 0; c < cfg.cpus && cores.length < share; c++) if (!busy.has(c)) cores.push(c);
      out.push({ node, cpus: share, cores, memory });
    }
    return out;
  }
}
