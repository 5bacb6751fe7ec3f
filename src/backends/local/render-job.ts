// A job record as slurmrestd v0.0.43 renders a job_info: all 133 keys in GET_job.json's order,
// with SLURM's conventions for values it has no use for here (they are what a single-cluster
// SLURM without accounting shows).
import { signalName } from '../../contract/signals.ts';
import { arrayTaskString } from './array.ts';
import { hostname } from 'node:os';
import type { JobInfo, ProcessExitCode } from '../../contract/model.ts';
import { infinite, num, unset } from '../../contract/no-val.ts';
import type { Cluster } from './cluster.ts';
import { compressHostlist } from './hostlist.ts';
import { dependencyString } from './dependency.ts';
import { licensesString } from './licenses.ts';
import { expandPattern } from './patterns.ts';
import { pendingCounts } from './render-placement.ts';
import { isTerminal, type JobRecord } from './types.ts';

export interface JobRenderContext {
  cluster: Cluster;
  uid: number;
  gid: number;
}

/** SLURM prints memory TRES in M, or G when it divides evenly. */
export function formatMemory(mb: number): string {
  return mb > 0 && mb % 1024 === 0 ? `${mb / 1024}G` : `${mb}M`;
}

export function totalCpus(job: JobRecord): number {
  if (job.allocation) return job.allocation.reduce((s, a) => s + a.cpus, 0);
  return Math.max(job.tasks * job.cpusPerTask, job.minNodes);
}

/** The cpus the job asked for (an exclusive job holds more: its nodes' all). */
export function requestedCpus(job: JobRecord): number {
  return Math.max(job.tasks * job.cpusPerTask, job.minNodes);
}

function requestedMemory(job: JobRecord, cluster: Cluster): number {
  const cpus = requestedCpus(job);
  if (job.memoryPerNode !== null) return job.memoryPerNode * job.minNodes;
  if (job.memoryPerCpu !== null) return job.memoryPerCpu * cpus;
  // No memory asked for: SLURM's request shows the whole memory of the nodes it would get.
  const nodes = cluster.partitionByName.get(job.partition)?.nodes ?? [];
  const first = cluster.nodeByName.get(nodes[0] ?? '');
  return (first?.memory ?? 0) * job.minNodes;
}

export function exitCode(job: JobRecord): ProcessExitCode {
  const e = job.exit;
  if (e.kind === 'signal') return { status: ['SIGNALED'], return_code: unset(), signal: { id: num(e.signal), name: signalName(e.signal) } };
  if (e.kind === 'code' && e.code !== 0) return { status: ['ERROR'], return_code: num(e.code), signal: { id: unset(), name: '' } };
  return { status: ['SUCCESS'], return_code: num(0), signal: { id: unset(), name: '' } };
}

/** In data_parser's order (the order of the spec's enum), as slurmrestd prints them. */
function jobFlags(job: JobRecord): NonNullable<JobInfo['flags']> {
  const flags: NonNullable<JobInfo['flags']> = [];
  const ended = isTerminal(job.state);
  if (job.invalidDependency === 'kill') flags.push('KILL_INVALID_DEPENDENCY');
  if (job.invalidDependency === 'no-kill') flags.push('NO_KILL_INVALID_DEPENDENCY');
  if (ended && job.allocation) flags.push('SKIP_TRES_STRING_ACCOUNTING');
  if (job.tasksGiven) flags.push('EXACT_TASK_COUNT_REQUESTED');
  if (job.state === 'RUNNING') flags.push('JOB_WAS_RUNNING');
  if (!job.account) flags.push('USING_DEFAULT_ACCOUNT');
  // A job that names no partition: slurmctld 26.05 shows both (checked by test/contract against the real one).
  if (job.defaultPartition) flags.push('USING_DEFAULT_PARTITION');
  flags.push('USING_DEFAULT_QOS', 'USING_DEFAULT_WCKEY');
  // SLURM marks a user-held job this way (GET_job_pending_held.json), and the flag stays after a cancel.
  // A job whose dependency does not hold (yet, or ever) too; the flag goes once it holds, and stays after a cancel.
  if (job.hold || (job.stateReason === 'JobHeldUser' && !job.allocation) || (job.dependency?.specs.length ?? 0) > 0) flags.push('DEPENDENT');
  if (job.defaultPartition) flags.push('PARTITION_ASSIGNED');
  return flags;
}

function jobResources(job: JobRecord, cluster: Cluster): JobInfo['job_resources'] {
  if (!job.allocation) return null as unknown as JobInfo['job_resources'];
  return {
    select_type: ['CORE'],
    nodes: {
      count: job.allocation.length,
      select_type: ['ONE_ROW'],
      list: compressHostlist(job.allocation.map((a) => a.node)),
      // shared=none holds its nodes whole (job_resources.cpus still counts the cpus asked).
      whole: job.shared === 'none',
      allocation: job.allocation.map((a, index) => {
        const cfg = cluster.nodeByName.get(a.node);
        const cpus = cfg?.cpus ?? a.cpus;
        const sockets = Math.max(1, cfg?.sockets ?? 1);
        const perSocket = Math.max(1, Math.floor(cpus / sockets));
        const held = new Set(a.cores);
        return {
          index,
          name: a.node,
          cpus: { count: a.cpus, used: 0 },
          memory: { used: 0, allocated: a.memory },
          sockets: Array.from({ length: sockets }, (_, s) => ({
            index: s,
            cores: Array.from({ length: perSocket }, (_, c) => ({ index: c, status: [held.has(s * perSocket + c) ? 'ALLOCATED' : 'UNALLOCATED'] as ('ALLOCATED' | 'UNALLOCATED')[] })),
          })),
        };
      }),
    },
    cpus: job.shared === 'none' ? requestedCpus(job) : totalCpus(job),
    threads_per_core: unset(),
  };
}

export function expandedPaths(job: JobRecord): { stdout: string; stderr: string; stdin: string } {
  const ctx = { jobId: job.jobId, arrayJobId: job.arrayJobId, arrayTaskId: job.arrayTaskId, jobName: job.name, user: job.userName, firstNode: job.allocation?.[0]?.node ?? '', cwd: job.cwd };
  return {
    stdout: expandPattern(job.standardOutput, ctx),
    stderr: job.standardError ? expandPattern(job.standardError, ctx) : '',
    stdin: job.standardInput ? expandPattern(job.standardInput, ctx) : '',
  };
}

export function renderJob(job: JobRecord, rc: JobRenderContext): JobInfo {
  const started = job.allocation !== null;
  const nodeNames = (job.allocation ?? []).map((a) => a.node);
  const cpus = totalCpus(job);
  // node_count and max_nodes of a job that never ran (render-placement.ts); a running one shows its nodes and 0.
  const pending = started ? { nodeCount: 0, maxNodes: 0 } : pendingCounts(job, rc.cluster);
  const allocMem = (job.allocation ?? []).reduce((s, a) => s + a.memory, 0);
  const paths = expandedPaths(job);
  const state: NonNullable<JobInfo['job_state']> = [job.state];
  if (job.completing) state.push('COMPLETING');
  return {
    account: job.account,
    accrue_time: num(job.accrueTime),
    admin_comment: '',
    allocating_node: hostname(),
    // Job arrays (array.ts): the meta record lists the tasks not started yet; every record shows the throttle.
    array_job_id: num(job.arrayJobId ?? 0),
    array_task_id: job.arrayTaskId !== undefined ? num(job.arrayTaskId) : unset(),
    array_max_tasks: num(job.arraySpan?.maxRun ?? 0),
    array_task_string: job.arrayPending?.length ? arrayTaskString(job.arrayPending, job.arraySpan?.maxRun ?? 0) : '',
    association_id: 0,
    batch_features: '',
    batch_flag: true,
    batch_host: nodeNames[0] ?? '',
    flags: jobFlags(job),
    burst_buffer: '',
    burst_buffer_state: '',
    cluster: rc.cluster.name,
    cluster_features: '',
    // slurmctld keeps argv[0] as the job's command (the step runs the script as argv[0] instead).
    command: job.argv?.[0] ?? '',
    comment: job.comment,
    container: '',
    container_id: '',
    contiguous: false,
    core_spec: 0,
    thread_spec: 32766,
    cores_per_socket: unset(),
    billable_tres: started ? num(cpus) : unset(),
    cpus_per_task: num(job.cpusPerTask),
    cpu_frequency_minimum: unset(),
    cpu_frequency_maximum: unset(),
    cpu_frequency_governor: unset(),
    cpus_per_tres: '',
    cron: '',
    deadline: num(job.deadline ?? 0),
    delay_boot: num(0),
    dependency: dependencyString(job.dependency),
    // The batch step's exit code is in exit_code; derived_exit_code (the highest of the other steps) stays 0.
    derived_exit_code: { status: ['SUCCESS'], return_code: num(0), signal: { id: unset(), name: '' } },
    eligible_time: num(job.eligibleTime),
    end_time: num(job.endTime),
    excluded_nodes: '',
    exit_code: exitCode(job),
    extra: '',
    failed_node: '',
    features: job.constraints ?? '',
    federation_origin: '',
    federation_siblings_active: '',
    federation_siblings_viable: '',
    gres_detail: [],
    group_id: job.groupId ?? rc.gid,
    group_name: job.groupName,
    het_job_id: num(0),
    het_job_id_set: '',
    het_job_offset: num(0),
    job_id: job.jobId,
    job_resources: jobResources(job, rc.cluster),
    job_size_str: [],
    job_state: state,
    last_sched_evaluation: num(job.lastSchedEvaluation),
    licenses: job.licenses ?? '',
    licenses_allocated: job.licensesAllocated ? licensesString(job.licensesAllocated) : '',
    mail_type: (job.mailType ?? []) as JobInfo['mail_type'],
    mail_user: job.mailUser,
    max_cpus: num(0),
    // As Slurm 26.05 shows them (test/contract): a job that never ran has max_nodes = its node count
    // when it asked for tasks or is held, else 0; a pending job cancelled without having asked for
    // tasks loses its task count (tasks unset).
    max_nodes: num(started ? 0 : Math.max(pending.maxNodes, job.hold ? job.minNodes : 0)),
    mcs_label: '',
    memory_per_tres: '',
    name: job.name,
    network: '',
    nodes: compressHostlist(nodeNames),
    nice: job.nice,
    tasks_per_core: infinite(),
    tasks_per_tres: num(0),
    tasks_per_node: num(0),
    tasks_per_socket: infinite(),
    tasks_per_board: num(0),
    cpus: num(cpus),
    node_count: num(started ? nodeNames.length : pending.nodeCount),
    tasks: !started && (job.state === 'CANCELLED' || job.state === 'DEADLINE') && !job.tasksGiven ? unset() : num(job.tasks),
    partition: job.partition,
    prefer: job.prefer ?? '',
    memory_per_cpu: job.memoryPerCpu !== null ? num(job.memoryPerCpu) : unset(),
    memory_per_node: job.memoryPerCpu === null ? num(job.memoryPerNode ?? 0) : unset(),
    minimum_cpus_per_node: num(job.cpusPerTask),
    minimum_tmp_disk_per_node: num(0),
    power: { flags: [] },
    preempt_time: num(0),
    preemptable_time: num(0),
    pre_sus_time: num(0),
    hold: job.hold,
    priority: num(job.priority),
    priority_by_partition: [],
    profile: ['NOT_SET'],
    qos: '',
    reboot: false,
    required_nodes: '',
    required_switches: 0,
    requeue: job.requeue,
    resize_time: num(0),
    restart_cnt: 0,
    resv_name: job.reservation,
    scheduled_nodes: '',
    segment_size: 0,
    selinux_context: '',
    shared: job.shared ? [job.shared] : [],
    sockets_per_board: 0,
    sockets_per_node: unset(),
    start_time: num(job.startTime),
    state_description: job.stateDescription,
    state_reason: job.stateReason,
    standard_input: job.standardInput,
    standard_output: job.standardOutput,
    standard_error: job.standardError,
    stdin_expanded: paths.stdin,
    stdout_expanded: paths.stdout,
    stderr_expanded: paths.stderr,
    submit_time: num(job.submitTime),
    suspend_time: num(0),
    system_comment: '',
    time_limit: job.timeLimit === null ? infinite() : num(job.timeLimit),
    time_minimum: num(job.timeMinimum ?? 0),
    threads_per_core: unset(),
    tres_bind: '',
    tres_freq: '',
    tres_per_job: '',
    tres_per_node: '',
    tres_per_socket: '',
    tres_per_task: '',
    tres_req_str: `cpu=${requestedCpus(job)},mem=${formatMemory(requestedMemory(job, rc.cluster))},node=${job.minNodes},billing=${requestedCpus(job)}`,
    tres_alloc_str: started ? `cpu=${cpus}${allocMem > 0 ? `,mem=${formatMemory(allocMem)}` : ''},node=${nodeNames.length},billing=${cpus}` : '',
    user_id: job.userId ?? rc.uid,
    user_name: job.userName,
    maximum_switch_wait_time: 0,
    wckey: '',
    current_working_directory: job.cwd,
  };
}
