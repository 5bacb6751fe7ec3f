// Shared shapes of the local backend: the job record every part reads and writes, and the seams
// (clock, logger, spawner) that tests replace.
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { FINAL_STATES, type BaseState } from '../../contract/job-states.ts';
import type { ArraySpan } from './array.ts';
import type { Dependency } from './dependency.ts';
import type { LicenseItem, LicenseRequest } from './licenses.ts';

/** Wall time in milliseconds since the epoch; injectable so tests can pin or shift time. */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** The subset of pino the backend needs (pino's own logger satisfies it). */
export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** child_process.spawn's shape; tests inject one to simulate failures. */
export type Spawner = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

/** States a local job goes through; the terminal ones are everything but PENDING and RUNNING. */
export type JobState = Extract<BaseState, 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED' | 'TIMEOUT' | 'NODE_FAIL' | 'OUT_OF_MEMORY' | 'DEADLINE'>;

/** job_desc `shared` values the local backend implements (the last one given wins, as in slurmctld). */
export type SharedMode = 'none' | 'user' | 'oversubscribe';

/** What ended (or will end) a job's processes, recorded so the final state does not depend on timing. */
export type EndIntent = 'cancel' | 'timeout' | 'shutdown';

export interface NodeAllocation {
  node: string;
  /** Cpus (= cores; one thread per core) held on this node. */
  cpus: number;
  /** Core indices held, so job_resources can show which cores like SLURM does. */
  cores: number[];
  /** MB held (0 when the job asked for no memory). */
  memory: number;
  /** Tasks laid out on this node (placement.ts); absent in records from before multi-node spreading. */
  tasks?: number;
}

export interface ExitInfo {
  /** 'code': the batch shell exited; 'signal': it died of a signal; 'none': not ended, or ended without an observed exit. */
  kind: 'none' | 'code' | 'signal';
  code: number;
  signal: number;
}

export interface SignalAudit {
  /** Unix seconds. */
  at: number;
  signal: number;
  /** Who or what sent it: "cancel by <user>", "time limit", "shutdown", ... */
  reason: string;
}

/** Everything known about one job. Persisted whole (as JSON) by JobStore. */
export interface JobRecord {
  jobId: number;
  state: JobState;
  /** SLURM's COMPLETING flag: the job has ended but its processes are still being killed. */
  completing: boolean;
  stateReason: string;
  stateDescription: string;

  /** The OS account the job runs as (the token user mapped by userMap), and its primary group. */
  userName: string;
  groupName: string;
  /** That account's uid and gid (records from before multi-user mode have none: the gateway's own). */
  userId?: number;
  groupId?: number;
  account: string;
  name: string;
  partition: string;
  /** Whether the partition was chosen for the job (flags USING_DEFAULT_PARTITION and PARTITION_ASSIGNED). */
  defaultPartition: boolean;
  reservation: string;
  script: string;
  cwd: string;
  environment: string[];
  /** Patterns as asked (stdout defaults to "slurm-%j.out" like SLURM; stderr/stdin "" when not given). */
  standardOutput: string;
  standardError: string;
  standardInput: string;
  /** `argv` as submitted: [0] is shown as `command`, the rest are the script's $1...; absent = none. */
  argv?: string[];
  /** `open_mode` as submitted (TRUNCATE wins when both are given); absent = SLURM's default, truncate. */
  openMode?: 'APPEND' | 'TRUNCATE';

  tasks: number;
  tasksGiven: boolean;
  cpusPerTask: number;
  cpusPerTaskGiven: boolean;
  minNodes: number;
  /** MB per node, when asked for. */
  memoryPerNode: number | null;
  /** MB per cpu, when asked for. */
  memoryPerCpu: number | null;
  /** Minutes; null = INFINITE. */
  timeLimit: number | null;
  hold: boolean;
  priority: number;
  nice: number;
  comment: string;
  mailUser: string;
  requeue: boolean;
  /** The job's dependency as submitted and since tested (dependency.ts); absent or null: none. */
  dependency?: Dependency | null;
  /** Job flag KILL_INVALID_DEPENDENCY (`kill`) or NO_KILL_INVALID_DEPENDENCY (`no-kill`) as submitted. */
  invalidDependency?: 'kill' | 'no-kill';

  /** Times and sharing as submitted (eligibility.ts, placement.ts); absent in older records: none. */
  /** begin_time (Unix seconds) when it was in the future at submit. */
  beginTime?: number;
  /** deadline (Unix seconds). */
  deadline?: number;
  /** time_minimum (minutes). */
  timeMinimum?: number;
  /** maximum_nodes (or the upper bound of `nodes`); absent: none asked. */
  maxNodes?: number;
  /** shared: "none" = the whole node (SLURM_JOB_EXCLUSIVE=NODE), "user", "oversubscribe". */
  shared?: SharedMode;

  /** Unix seconds; 0 = not yet (SLURM renders 0 as a set number). */
  submitTime: number;
  eligibleTime: number;
  accrueTime: number;
  startTime: number;
  endTime: number;
  lastSchedEvaluation: number;

  allocation: NodeAllocation[] | null;
  pid: number | null;
  /** /proc/<pid>/stat field 22 of the leader at launch. */
  pidStart: string | null;
  exit: ExitInfo;
  endIntent: EndIntent | null;
  signals: SignalAudit[];
  /** Whether the job was signalled by a cancel with an explicit signal (for the record: dying of it is FAILED, like slurmctld). */
  signalledByCancel: boolean;
  /** Warnings the submit produced (unknown fields), kept for the record. */
  submitWarnings: string[];

  /** Job arrays (array.ts): the array's job id, on its meta record and on every task. */
  arrayJobId?: number;
  /** The task this record runs (unset on the meta while it holds tasks not yet started). */
  arrayTaskId?: number;
  /** The array's task count, bounds, step and throttle, fixed at submit. */
  arraySpan?: ArraySpan;
  /** On the meta record only: the tasks not yet started, ascending ([] once none is left). */
  arrayPending?: number[];
  /** `constraints` as the job shows them (features; `,` written `&` as slurmctld does) and `prefer`. */
  constraints?: string;
  prefer?: string;
  /** `licenses` as submitted, the request parsed from it, and what the job holds while it runs. */
  licenses?: string;
  licenseRequest?: LicenseRequest | null;
  licensesAllocated?: LicenseItem[] | null;
  /** mail_type flags in slurmrestd's order (no mail is sent). */
  mailType?: string[];
}

export const isTerminal = (s: JobState): boolean => FINAL_STATES.has(s);
