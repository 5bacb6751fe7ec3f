// Nodes, partitions, reservations, diag and ping as slurmrestd v0.0.43 renders them (key order of
// GET_nodes.json, GET_partitions.json, GET_reservations.json, GET_diag.json, GET_ping.json), from
// the configuration and the live allocation.
import { readFileSync } from 'node:fs';
import { arch, hostname, loadavg, release, type as osType, uptime, version as osVersion } from 'node:os';
import type { ControllerPing, Node, PartitionInfo, ReservationInfo, StatsMsg } from '../../contract/model.ts';
import { EMULATED_SLURM } from '../../contract/envelope.ts';
import { infinite, num, unset } from '../../contract/no-val.ts';
import { sourceFile } from '../../contract/package-files.ts';
import type { Allocator } from './allocator.ts';
import { activeReservationOf, type Cluster } from './cluster.ts';
import { compressHostlist } from './hostlist.ts';
import type { Counters } from './job-store.ts';
import { formatMemory } from './render-job.ts';

const ARCH: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686' };

export interface NodeRenderContext {
  cluster: Cluster;
  allocator: Allocator;
  nowSeconds: number;
  /** When the backend started (shown as the slurmd start time). */
  startedAt: number;
  /** Last time each node held a job. */
  lastBusy: Map<string, number>;
}

export function nodeStates(cpus: number, allocCpus: number, reservationFlags: readonly string[] | null): NonNullable<Node['state']> {
  const state: NonNullable<Node['state']> = [allocCpus === 0 ? 'IDLE' : allocCpus >= cpus ? 'ALLOCATED' : 'MIXED'];
  if (reservationFlags) {
    if (reservationFlags.includes('MAINT')) state.push('MAINTENANCE');
    state.push('RESERVED');
  }
  return state;
}

export function renderNodes(rc: NodeRenderContext): Node[] {
  const bootTime = Math.floor(Date.now() / 1000 - uptime());
  return rc.cluster.nodes.map((n) => {
    const use = rc.allocator.usage(n.name);
    const resv = activeReservationOf(rc.cluster, n.name, rc.nowSeconds);
    const sockets = Math.max(1, n.sockets);
    return {
      architecture: ARCH[arch()] ?? arch(),
      burstbuffer_network_address: '',
      boards: 1,
      boot_time: num(bootTime),
      tls_cert_last_renewal: num(0),
      cert_flags: [],
      cluster_name: '',
      cores: Math.max(1, Math.floor(n.cpus / sockets)),
      specialized_cores: 0,
      cpu_binding: 0,
      cpu_load: Math.round(loadavg()[0] * 100),
      free_mem: num(n.memory - use.memory),
      cpus: n.cpus,
      effective_cpus: n.cpus,
      specialized_cpus: '',
      energy: { average_watts: 0, base_consumed_energy: 0, consumed_energy: 0, current_watts: num(0), previous_consumed_energy: 0, last_collected: 0 },
      external_sensors: {},
      extra: '',
      power: {},
      features: [...n.features],
      active_features: [...n.features],
      gpu_spec: '',
      gres: '',
      gres_drained: 'N/A',
      gres_used: '',
      instance_id: '',
      instance_type: '',
      last_busy: num(use.cpus > 0 ? rc.nowSeconds : (rc.lastBusy.get(n.name) ?? rc.startedAt)),
      mcs_label: '',
      specialized_memory: 0,
      name: n.name,
      next_state_after_reboot: ['INVALID'],
      address: '127.0.0.1',
      hostname: n.name,
      state: nodeStates(n.cpus, use.cpus, resv ? resv.config.flags : null),
      operating_system: `${osType()} ${release()} ${osVersion()}`,
      owner: '',
      partitions: rc.cluster.partitionsOfNode.get(n.name) ?? [],
      port: 6818,
      real_memory: n.memory,
      res_cores_per_gpu: 0,
      comment: '',
      reason: '',
      reason_changed_at: num(0),
      reason_set_by_user: '',
      resume_after: num(0),
      reservation: resv?.name ?? '',
      alloc_memory: use.memory,
      alloc_cpus: use.cpus,
      alloc_idle_cpus: n.cpus - use.cpus,
      tres_used: use.cpus > 0 ? `cpu=${use.cpus}${use.memory > 0 ? `,mem=${formatMemory(use.memory)}` : ''}` : '',
      tres_weighted: 0,
      slurmd_start_time: num(rc.startedAt),
      sockets,
      threads: 1,
      temporary_disk: 0,
      weight: 1,
      topology: '',
      tres: `cpu=${n.cpus},mem=${formatMemory(n.memory)},billing=${n.cpus}`,
      version: EMULATED_SLURM.release,
    } as Node;
  });
}

export function renderPartitions(cluster: Cluster): PartitionInfo[] {
  return cluster.partitions.map((p) => {
    const nodes = p.nodes.map((n) => cluster.nodeByName.get(n)).filter((n) => n !== undefined);
    const cpus = nodes.reduce((s, n) => s + n.cpus, 0);
    const mem = nodes.reduce((s, n) => s + n.memory, 0);
    return {
      nodes: { allowed_allocation: '', configured: compressHostlist(p.nodes), total: nodes.length },
      accounts: { allowed: '', deny: '' },
      groups: { allowed: '' },
      qos: { allowed: '', deny: '', assigned: '' },
      alternate: '',
      tres: { billing_weights: '', configured: `cpu=${cpus},mem=${formatMemory(mem)},node=${nodes.length},billing=${cpus}` },
      cluster: '',
      select_type: [],
      cpus: { task_binding: 0, total: cpus },
      defaults: {
        memory_per_cpu: 0,
        partition_memory_per_cpu: unset(),
        partition_memory_per_node: num(0),
        time: p.defaultTime !== undefined ? num(p.defaultTime) : unset(),
        job: '',
      },
      grace_time: 0,
      maximums: {
        cpus_per_node: infinite(),
        cpus_per_socket: infinite(),
        memory_per_cpu: 0,
        partition_memory_per_cpu: unset(),
        partition_memory_per_node: num(0),
        nodes: p.maxNodes !== undefined ? num(p.maxNodes) : infinite(),
        shares: 1,
        oversubscribe: { jobs: 1, flags: [] },
        time: p.maxTime === 'INFINITE' ? infinite() : num(p.maxTime),
        over_time_limit: unset(),
      },
      minimums: { nodes: 0 },
      name: p.name,
      node_sets: '',
      priority: { job_factor: 1, tier: 1 },
      timeouts: { resume: unset(), suspend: unset() },
      topology: '',
      partition: { state: [p.state] },
      suspend_time: unset(),
    } as PartitionInfo;
  });
}

let reservationFlagOrder: Map<string, number> | undefined;

/**
 * The configured flags plus SPEC_NODES (every local reservation names its nodes, which scontrol
 * marks so), in data_parser's order: the order of the spec's enum, as slurmrestd prints them.
 */
export function reservationFlags(configured: readonly string[]): NonNullable<ReservationInfo['flags']> {
  if (!reservationFlagOrder) {
    const spec = JSON.parse(readFileSync(sourceFile('contract/spec/openapi-v0.0.43.json'), 'utf8')) as {
      components: { schemas: Record<string, { properties?: Record<string, { items?: { enum?: string[] } }> }> };
    };
    const order = spec.components.schemas['v0.0.43_reservation_info']?.properties?.flags?.items?.enum ?? [];
    reservationFlagOrder = new Map(order.map((f, i) => [f, i]));
  }
  const rank = (f: string) => reservationFlagOrder!.get(f) ?? Number.MAX_SAFE_INTEGER;
  const flags = [...new Set([...configured.map((f) => f.toUpperCase()), 'SPEC_NODES'])];
  return flags.sort((a, b) => rank(a) - rank(b)) as NonNullable<ReservationInfo['flags']>;
}

export function renderReservations(cluster: Cluster): ReservationInfo[] {
  return cluster.reservations.map((r) => {
    const cores = r.nodes.reduce((s, n) => s + (cluster.nodeByName.get(n)?.cpus ?? 0), 0);
    return {
      accounts: r.config.accounts.join(','),
      burst_buffer: '',
      core_count: cores,
      core_specializations: [],
      end_time: num(r.end),
      features: '',
      flags: reservationFlags(r.config.flags),
      groups: '',
      licenses: '',
      max_start_delay: 0,
      name: r.name,
      node_count: r.nodes.length,
      node_list: compressHostlist(r.nodes),
      partition: '',
      purge_completed: { time: num(300) },
      start_time: num(r.start),
      watts: {},
      tres: `cpu=${cores}`,
      users: r.config.users.join(','),
    } as ReservationInfo;
  });
}

export interface DiagContext {
  counters: Counters;
  nowSeconds: number;
  /** When this backend instance started: RPC statistics are counted from there. */
  startedAt: number;
  pending: number;
  running: number;
  lastBackfill: number;
  rpcs: Map<string, { typeId: number; count: number; totalMicros: number }>;
  rpcsByUser: Map<string, { count: number; totalMicros: number }>;
  uid: number;
}

export function renderDiag(d: DiagContext): StatsMsg {
  const c = d.counters;
  const mean = (sum: number, n: number) => (n > 0 ? Math.round(sum / n) : 0);
  const minutes = Math.max(1, (d.nowSeconds - c.countersSince) / 60);
  return {
    parts_packed: 0,
    req_time: num(d.nowSeconds),
    req_time_start: num(c.countersSince),
    server_thread_count: 1,
    agent_queue_size: 0,
    agent_count: 0,
    agent_thread_count: 0,
    dbd_agent_queue_size: 0,
    gettimeofday_latency: 0,
    schedule_cycle_max: c.scheduleCycleMax,
    schedule_cycle_last: c.scheduleCycleLast,
    schedule_cycle_sum: c.scheduleCycleSum,
    schedule_cycle_total: c.scheduleCycleTotal,
    schedule_cycle_mean: mean(c.scheduleCycleSum, c.scheduleCycleTotal),
    schedule_cycle_mean_depth: mean(c.scheduleCycleDepth, c.scheduleCycleTotal),
    schedule_cycle_per_minute: Math.round(c.scheduleCycleTotal / minutes),
    schedule_cycle_depth: c.scheduleCycleDepth,
    schedule_exit: { end_job_queue: c.scheduleCycleTotal, default_queue_depth: 0, max_job_start: 0, max_rpc_cnt: 0, max_sched_time: 0, licenses: 0 },
    schedule_queue_length: d.pending,
    jobs_submitted: c.jobsSubmitted,
    jobs_started: c.jobsStarted,
    jobs_completed: c.jobsCompleted,
    jobs_canceled: c.jobsCanceled,
    jobs_failed: c.jobsFailed,
    jobs_pending: d.pending,
    jobs_running: d.running,
    job_states_ts: num(d.nowSeconds),
    bf_backfilled_jobs: 0,
    bf_last_backfilled_jobs: 0,
    bf_backfilled_het_jobs: 0,
    bf_cycle_counter: 0,
    bf_cycle_mean: 0,
    bf_depth_mean: 0,
    bf_depth_mean_try: 0,
    bf_cycle_sum: 0,
    bf_cycle_last: 0,
    bf_cycle_max: 0,
    bf_exit: { end_job_queue: 0, bf_max_job_start: 0, bf_max_job_test: 0, bf_max_time: 0, bf_node_space_size: 0, state_changed: 0 },
    bf_last_depth: 0,
    bf_last_depth_try: 0,
    bf_depth_sum: 0,
    bf_depth_try_sum: 0,
    bf_queue_len: 0,
    bf_queue_len_mean: 0,
    bf_queue_len_sum: 0,
    bf_table_size: 0,
    bf_table_size_sum: 0,
    bf_table_size_mean: 0,
    bf_when_last_cycle: num(d.lastBackfill),
    bf_active: false,
    rpcs_by_message_type: [...d.rpcs].map(([name, r]) => ({
      type_id: r.typeId,
      message_type: name,
      count: r.count,
      queued: 0,
      dropped: 0,
      cycle_last: 0,
      cycle_max: 0,
      total_time: r.totalMicros,
      average_time: num(mean(r.totalMicros, r.count)),
    })),
    rpcs_by_user: [...d.rpcsByUser].map(([user, r]) => ({
      user_id: d.uid,
      user,
      count: r.count,
      total_time: r.totalMicros,
      average_time: num(mean(r.totalMicros, r.count)),
    })),
    pending_rpcs: [],
    pending_rpcs_by_hostlist: [],
  } as StatsMsg;
}

export function renderPing(latencyMicros: number): ControllerPing[] {
  return [{ hostname: hostname(), pinged: 'UP', responding: true, latency: latencyMicros, mode: 'primary', primary: true }];
}
