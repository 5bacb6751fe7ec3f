// The environment a batch script runs with, as slurmctld, slurmd and slurmstepd make it for a job
// submitted through slurmrestd (checked against Slurm 26.05.5: test/contract/launch.test.ts):
// the job's `environment` list, then SLURM's variables on top. A variable SLURM sets overwrites
// the client's of the same name; one SLURM does not set for this job (SLURM_NTASKS without
// `tasks`, SLURM_JOB_NAME without a name, SLURM_SUBMIT_DIR, which only sbatch sets, ...) keeps the
// client's value, as on a real cluster.
//
// The launcher (launcher.sh) adds what only the running step knows, as slurmstepd does:
// SLURM_TASK_PID, TMPDIR (created when the job names one, "/tmp" otherwise) and SLURM_UMASK
// (applied, then removed). SLURM_CONF is not set: the local backend has no slurm.conf to point at.
import { arrayEnvironment } from './array.ts';
import { compressCounts, compressHostlist } from './hostlist.ts';
import { sharingEnvironment } from './sharing.ts';
import { jobSluid } from './sluid.ts';
import type { JobRecord } from './types.ts';

/** What a variable's value is made of. */
export interface EnvSource {
  job: JobRecord;
  clusterName: string;
  /** The node the batch step runs on (the first of the allocation). */
  node: string;
  /** The job's own `environment`, as a map (the client's values). */
  client: ReadonlyMap<string, string>;
}

/** A variable and its value for a job; undefined = SLURM does not set it for this job. */
type Variable = readonly [name: string, value: (s: EnvSource) => string | undefined];

const alloc = (s: EnvSource) => s.job.allocation ?? [];
const nodeList = (s: EnvSource) => compressHostlist(alloc(s).map((a) => a.node));
/** The batch step's tasks per node as placement.ts laid them out (records from before it: `tasks` spread evenly). */
const tasksPerNode = (s: EnvSource) => {
  const a = alloc(s);
  return compressCounts(a.map((n, i) => n.tasks ?? Math.floor(s.job.tasks / a.length) + (i < s.job.tasks % a.length ? 1 : 0)));
};
/**
 * env_array_for_batch_job: SLURM_NTASKS only when the job asked for tasks, or else from a
 * client-supplied SLURM_NTASKS_PER_NODE (atoi) times the node count.
 */
const ntasks = (s: EnvSource): string | undefined => {
  if (s.job.tasksGiven) return String(s.job.tasks);
  const perNode = Number.parseInt(s.client.get('SLURM_NTASKS_PER_NODE') ?? '', 10);
  return perNode > 0 ? String(perNode * alloc(s).length) : undefined;
};
const nonEmpty = (v: string) => (v === '' ? undefined : v);
/** A job array task's SLURM_ARRAY_* variable (array.ts); undefined for a job that is no array task. */
const arrayVar = (name: string) => (s: EnvSource): string | undefined => {
  const { arrayJobId, arrayTaskId, arraySpan } = s.job;
  return arrayJobId !== undefined && arrayTaskId !== undefined && arraySpan ? arrayEnvironment(arrayJobId, arrayTaskId, arraySpan)[name] : undefined;
};
/** slurmd's batch step id (SLURM_BATCH_SCRIPT, 0xfffffffb) printed with %d. */
const BATCH_STEP_ID = '-5';

/**
 * Every variable SLURM sets for a REST-submitted batch job, one line each (alphabetical), so that
 * features add their own lines (arrays: SLURM_ARRAY_*; node sharing: SLURM_JOB_EXCLUSIVE, ...).
 */
export const BATCH_VARIABLES: readonly Variable[] = [
  ['ENVIRONMENT', () => 'BATCH'],
  ['HOSTNAME', (s) => s.node],
  ['SLURMD_NODENAME', (s) => s.node],
  ['SLURM_ARRAY_JOB_ID', arrayVar('SLURM_ARRAY_JOB_ID')],
  ['SLURM_ARRAY_TASK_COUNT', arrayVar('SLURM_ARRAY_TASK_COUNT')],
  ['SLURM_ARRAY_TASK_ID', arrayVar('SLURM_ARRAY_TASK_ID')],
  ['SLURM_ARRAY_TASK_MAX', arrayVar('SLURM_ARRAY_TASK_MAX')],
  ['SLURM_ARRAY_TASK_MIN', arrayVar('SLURM_ARRAY_TASK_MIN')],
  ['SLURM_ARRAY_TASK_STEP', arrayVar('SLURM_ARRAY_TASK_STEP')],
  ['SLURM_CLUSTER_NAME', (s) => s.clusterName],
  ['SLURM_CPUS_ON_NODE', (s) => String(alloc(s)[0]?.cpus ?? 0)],
  // Only overwritten when the client's environment has it (sbatch sets it; slurmrestd does not).
  ['SLURM_CPUS_PER_TASK', (s) => (s.client.has('SLURM_CPUS_PER_TASK') ? String(s.job.cpusPerTaskGiven ? s.job.cpusPerTask : 1) : undefined)],
  ['SLURM_GTIDS', () => '0'],
  ['SLURM_JOBID', (s) => String(s.job.jobId)],
  ['SLURM_JOB_ACCOUNT', (s) => nonEmpty(s.job.account)],
  ['SLURM_JOB_CPUS_PER_NODE', (s) => compressCounts(alloc(s).map((a) => a.cpus))],
  ['SLURM_JOB_END_TIME', (s) => String(s.job.endTime)],
  ['SLURM_JOB_EXCLUSIVE', (s) => sharingEnvironment(s.job.shared).SLURM_JOB_EXCLUSIVE],
  ['SLURM_JOB_GID', (s) => String(s.job.groupId ?? process.getgid?.() ?? 0)],
  ['SLURM_JOB_ID', (s) => String(s.job.jobId)],
  ['SLURM_JOB_NAME', (s) => nonEmpty(s.job.name)],
  ['SLURM_JOB_NODELIST', nodeList],
  ['SLURM_JOB_NUM_NODES', (s) => String(alloc(s).length)],
  ['SLURM_JOB_OVERSUBSCRIBE', (s) => sharingEnvironment(s.job.shared).SLURM_JOB_OVERSUBSCRIBE],
  ['SLURM_JOB_PARTITION', (s) => s.job.partition],
  ['SLURM_JOB_RESERVATION', (s) => nonEmpty(s.job.reservation)],
  ['SLURM_JOB_SLUID', (s) => jobSluid(s.clusterName, s.job.submitTime, s.job.jobId)],
  ['SLURM_JOB_START_TIME', (s) => String(s.job.startTime)],
  ['SLURM_JOB_UID', (s) => String(s.job.userId ?? process.getuid?.() ?? 0)],
  ['SLURM_JOB_USER', (s) => s.job.userName],
  ['SLURM_LOCALID', () => '0'],
  ['SLURM_MEM_PER_CPU', (s) => (s.job.memoryPerCpu === null ? undefined : String(s.job.memoryPerCpu))],
  ['SLURM_MEM_PER_NODE', (s) => (s.job.memoryPerNode === null ? undefined : String(s.job.memoryPerNode))],
  ['SLURM_NNODES', (s) => String(alloc(s).length)],
  ['SLURM_NODEID', () => '0'],
  ['SLURM_NODELIST', nodeList],
  ['SLURM_NPROCS', ntasks],
  ['SLURM_NTASKS', ntasks],
  ['SLURM_OOM_KILL_STEP', () => '0'],
  // slurmctld tells the step how its files were opened ("a" append, "t" truncate) when the job said.
  ['SLURM_OPEN_MODE', (s) => (s.job.openMode === 'APPEND' ? 'a' : s.job.openMode === 'TRUNCATE' ? 't' : undefined)],
  ['SLURM_PROCID', () => '0'],
  ['SLURM_STEPID', () => BATCH_STEP_ID],
  ['SLURM_STEP_ID', () => BATCH_STEP_ID],
  ['SLURM_TASKS_PER_NODE', tasksPerNode],
  ['SLURM_TOPOLOGY_ADDR', (s) => s.node],
  ['SLURM_TOPOLOGY_ADDR_PATTERN', () => 'node'],
];

/** The job's `environment` entries as a map (entries without a name are dropped; the last of a name wins). */
export function clientEnvironment(environment: readonly string[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const entry of environment) {
    const eq = entry.indexOf('=');
    if (eq > 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return env;
}

export function jobEnvironment(job: JobRecord, clusterName: string): Record<string, string> {
  const client = clientEnvironment(job.environment);
  const source: EnvSource = { job, clusterName, node: job.allocation?.[0]?.node ?? '', client };
  const env: Record<string, string> = Object.fromEntries(client);
  for (const [name, value] of BATCH_VARIABLES) {
    const v = value(source);
    if (v !== undefined) env[name] = v;
  }
  return env;
}
