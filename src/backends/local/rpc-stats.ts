// slurmctld's RPC statistics, as diag shows them: a count and the total time of each request,
// per RPC type and per user.

/** slurm_protocol_defs.h's numbers for the requests slurmrestd makes for each operation. */
export const RPC_TYPES = {
  REQUEST_PING: 1008,
  REQUEST_JOB_INFO: 2003,
  REQUEST_NODE_INFO: 2007,
  REQUEST_PARTITION_INFO: 2009,
  REQUEST_JOB_INFO_SINGLE: 2021,
  REQUEST_RESERVATION_INFO: 2024,
  REQUEST_STATS_INFO: 2035,
  REQUEST_SUBMIT_BATCH_JOB: 4003,
  // slurmrestd 26.05 cancels through REQUEST_KILL_JOBS (the diag of the real cluster shows it).
  REQUEST_KILL_JOBS: 5041,
} as const;
export type RpcType = keyof typeof RPC_TYPES;

export class RpcStats {
  readonly byType = new Map<string, { typeId: number; count: number; totalMicros: number }>();
  readonly byUser = new Map<string, { count: number; totalMicros: number }>();

  /** Count one request of `user` that began at `started` (process.hrtime.bigint()). */
  record(user: string, type: RpcType, started: bigint): void {
    const micros = Number((process.hrtime.bigint() - started) / 1000n);
    const r = this.byType.get(type) ?? { typeId: RPC_TYPES[type], count: 0, totalMicros: 0 };
    r.count++;
    r.totalMicros += micros;
    this.byType.set(type, r);
    const u = this.byUser.get(user) ?? { count: 0, totalMicros: 0 };
    u.count++;
    u.totalMicros += micros;
    this.byUser.set(user, u);
  }
}
