// Human views of the gateway's bodies: squeue/sinfo-like tables and scontrol-like job details.
import { baseState, elapsedSeconds, isJobFinished, jobExitCode } from '../../client/job-state.ts';
import { formatElapsed, formatTimeLimit } from '../../client/slurm-time.ts';
import type { ControllerPing, JobInfo, Node, PartitionInfo, ReservationInfo, StatsMsg, Uint32NoVal } from '../../contract/model.ts';
import { keyValues, stateColour, table, type Out } from './output.ts';

type NoVal = { set?: boolean; infinite?: boolean; number?: number } | undefined;
const numberOf = (v: NoVal): number | undefined => (v?.set ? v.number : undefined);
const limit = (v: NoVal) => formatTimeLimit(numberOf(v), v?.infinite === true);
const when = (v: NoVal) => {
  const n = numberOf(v);
  return n ? new Date(n * 1000).toISOString().replace(/\.\d+Z$/, '') : '-';
};
const stateText = (states: readonly string[] | undefined) => (states && states.length ? states.join('+') : 'UNKNOWN');

export function jobsTable(out: Out, jobs: JobInfo[]): string {
  const rows = [...jobs].sort((a, b) => (a.job_id ?? 0) - (b.job_id ?? 0));
  return table(out, [
    { head: 'JOBID', get: (j) => String(j.job_id ?? ''), right: true },
    { head: 'PARTITION', get: (j) => j.partition ?? '' },
    { head: 'NAME', get: (j) => j.name ?? '' },
    { head: 'USER', get: (j) => j.user_name ?? '' },
    { head: 'STATE', get: (j) => stateText(j.job_state), colour: stateColour },
    { head: 'REASON', get: (j) => j.state_reason ?? '' },
    { head: 'TIME', get: (j) => formatElapsed(elapsedSeconds(j)), right: true },
    { head: 'TIME_LIMIT', get: (j) => limit(j.time_limit), right: true },
    { head: 'NODES', get: (j) => String(numberOf(j.node_count) ?? ''), right: true },
    { head: 'NODELIST', get: (j) => j.nodes ?? '' },
  ], rows);
}

/** SLURM's "rc:signal" exit code notation (scontrol's ExitCode=0:15). */
export function exitCodeText(j: JobInfo): string {
  const rc = numberOf(j.exit_code?.return_code as Uint32NoVal) ?? 0;
  const sig = numberOf(j.exit_code?.signal?.id) ?? 0;
  return `${rc}:${sig}`;
}

export function jobDetails(out: Out, j: JobInfo): string {
  const ended = isJobFinished(j);
  return keyValues(out, [
    ['JobId', String(j.job_id ?? '')],
    ['JobName', j.name ?? ''],
    ['User', j.user_name ?? ''],
    ['Account', j.account ?? ''],
    ['Partition', j.partition ?? ''],
    ['State', stateText(j.job_state), stateColour(baseState(j))],
    ['Reason', j.state_reason ?? ''],
    ...(j.state_description ? [['Description', j.state_description] as [string, string]] : []),
    ['Hold', String(j.hold ?? false)],
    ['TimeLimit', limit(j.time_limit)],
    ['RunTime', formatElapsed(elapsedSeconds(j))],
    ['SubmitTime', when(j.submit_time)],
    ['StartTime', when(j.start_time)],
    ['EndTime', when(j.end_time)],
    ['NumNodes', String(numberOf(j.node_count) ?? '')],
    ['NodeList', j.nodes || '-'],
    ['NumTasks', String(numberOf(j.tasks) ?? '')],
    ['CPUs/Task', String(numberOf(j.cpus_per_task) ?? '')],
    ['WorkDir', j.current_working_directory ?? ''],
    ['StdOut', j.stdout_expanded || j.standard_output || ''],
    ['StdErr', j.stderr_expanded || j.standard_error || j.stdout_expanded || ''],
    ['ExitCode', ended ? `${exitCodeText(j)} (exit status ${jobExitCode(j)})` : exitCodeText(j)],
  ]);
}

export function partitionsTable(out: Out, parts: PartitionInfo[]): string {
  return table(out, [
    { head: 'PARTITION', get: (p) => p.name ?? '' },
    { head: 'AVAIL', get: (p) => stateText(p.partition?.state), colour: stateColour },
    { head: 'TIMELIMIT', get: (p) => limit(p.maximums?.time), right: true },
    { head: 'DEFAULTTIME', get: (p) => limit(p.defaults?.time), right: true },
    { head: 'NODES', get: (p) => String(p.nodes?.total ?? ''), right: true },
    { head: 'CPUS', get: (p) => String(p.cpus?.total ?? ''), right: true },
    { head: 'NODELIST', get: (p) => p.nodes?.configured ?? '' },
  ], parts);
}

export function nodesTable(out: Out, nodes: Node[]): string {
  return table(out, [
    { head: 'NODELIST', get: (n) => n.name ?? '' },
    { head: 'STATE', get: (n) => stateText(n.state), colour: stateColour },
    { head: 'CPUS(A/I/T)', get: (n) => `${n.alloc_cpus ?? 0}/${n.alloc_idle_cpus ?? 0}/${n.cpus ?? 0}` },
    { head: 'MEMORY', get: (n) => String(n.real_memory ?? ''), right: true },
    { head: 'ALLOCMEM', get: (n) => String(n.alloc_memory ?? 0), right: true },
    { head: 'PARTITIONS', get: (n) => (n.partitions ?? []).join(',') },
    { head: 'REASON', get: (n) => n.reason || '' },
  ], nodes);
}

export function reservationsTable(out: Out, resv: ReservationInfo[], nowSeconds = Date.now() / 1000): string {
  const active = (r: ReservationInfo) => (numberOf(r.start_time) ?? 0) <= nowSeconds && nowSeconds < (numberOf(r.end_time) ?? 0);
  return table(out, [
    { head: 'RESV_NAME', get: (r) => r.name ?? '' },
    { head: 'STATE', get: (r) => (active(r) ? 'ACTIVE' : 'INACTIVE'), colour: stateColour },
    { head: 'START_TIME', get: (r) => when(r.start_time) },
    { head: 'END_TIME', get: (r) => when(r.end_time) },
    { head: 'DURATION', get: (r) => formatElapsed((numberOf(r.end_time) ?? 0) - (numberOf(r.start_time) ?? 0)), right: true },
    { head: 'NODELIST', get: (r) => r.node_list ?? '' },
    { head: 'FLAGS', get: (r) => (r.flags ?? []).join(',') },
  ], resv);
}

export function pingTable(out: Out, pings: ControllerPing[]): string {
  return table(out, [
    { head: 'HOSTNAME', get: (p) => p.hostname ?? '' },
    { head: 'PINGED', get: (p) => p.pinged ?? '', colour: (v) => (v === 'UP' ? 'green' : 'red') },
    { head: 'MODE', get: (p) => p.mode ?? '' },
    { head: 'LATENCY(us)', get: (p) => String(p.latency ?? ''), right: true },
  ], pings);
}

/** sdiag's headline numbers (the scalar statistics; --json has everything). */
export function diagText(out: Out, s: StatsMsg): string {
  const pairs: [string, string][] = [];
  for (const [k, v] of Object.entries(s)) {
    if (typeof v === 'number' || typeof v === 'boolean') pairs.push([k, String(v)]);
    else if (v && typeof v === 'object' && 'set' in v) pairs.push([k, /time|_ts$|when/.test(k) ? when(v as NoVal) : String(numberOf(v as NoVal) ?? '')]);
  }
  return keyValues(out, pairs);
}
