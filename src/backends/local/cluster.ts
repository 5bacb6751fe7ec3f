// The static shape of the local "cluster" as configured: nodes, partitions (with their default),
// and reservations with absolute times. Built once per backend; everything else reads it.
import type { LocalBackendConfig, LocalNodeConfig, LocalPartitionConfig, LocalReservationConfig } from '../../config/schema.ts';

export interface Reservation {
  config: LocalReservationConfig;
  name: string;
  nodes: string[];
  /** Unix seconds. */
  start: number;
  end: number;
}

export interface Cluster {
  name: string;
  nodes: LocalNodeConfig[];
  nodeByName: Map<string, LocalNodeConfig>;
  partitions: LocalPartitionConfig[];
  partitionByName: Map<string, LocalPartitionConfig>;
  /** The partition of jobs that name none: the one marked default, else the first (like slurm.conf without Default=YES). */
  defaultPartition: LocalPartitionConfig;
  reservations: Reservation[];
  /** Partitions each node belongs to, in configuration order. */
  partitionsOfNode: Map<string, string[]>;
  /** slurm.conf Licenses: name → how many exist. */
  licenses: Readonly<Record<string, number>>;
}

/**
 * "now+1d", "now+2h", "now+30m", "now" (relative to `base`, the backend's start) or an ISO 8601
 * time. Throws on anything else so a bad config is reported at start, not at first use.
 */
export function parseReservationStart(spec: string, baseSeconds: number): number {
  const rel = /^now(?:\+(\d+)([dhms]))?$/.exec(spec.trim());
  if (rel) {
    if (!rel[1]) return baseSeconds;
    const unit = { d: 86400, h: 3600, m: 60, s: 1 }[rel[2] as 'd' | 'h' | 'm' | 's'];
    return baseSeconds + Number(rel[1]) * unit;
  }
  const ms = Date.parse(spec);
  if (Number.isNaN(ms)) throw new Error(`reservation start "${spec}" is neither "now+<N>d|h|m" nor an ISO 8601 time`);
  return Math.floor(ms / 1000);
}

export function buildCluster(resource: string, config: LocalBackendConfig, startSeconds: number): Cluster {
  const nodeByName = new Map(config.nodes.map((n) => [n.name, n]));
  const partitionByName = new Map(config.partitions.map((p) => [p.name, p]));
  const partitionsOfNode = new Map<string, string[]>(config.nodes.map((n) => [n.name, []]));
  for (const p of config.partitions) for (const n of p.nodes) partitionsOfNode.get(n)?.push(p.name);
  const reservations = (config.reservations ?? []).map((r) => {
    const start = parseReservationStart(r.start, startSeconds);
    return { config: r, name: r.name, nodes: [...r.nodes], start, end: start + r.duration * 60 };
  });
  return {
    name: config.cluster ?? resource,
    nodes: config.nodes,
    nodeByName,
    partitions: config.partitions,
    partitionByName,
    defaultPartition: config.partitions.find((p) => p.default) ?? config.partitions[0],
    reservations,
    partitionsOfNode,
    licenses: config.licenses ?? {},
  };
}

/** The reservation holding `node` at `nowSeconds`, if any. */
export function activeReservationOf(cluster: Cluster, node: string, nowSeconds: number): Reservation | undefined {
  return cluster.reservations.find((r) => r.nodes.includes(node) && r.start <= nowSeconds && nowSeconds < r.end);
}
