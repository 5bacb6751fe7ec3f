// Turning a POST /job/submit body into a job, with slurmrestd's and slurmctld's refusals: the
// same error numbers, descriptions, sources and HTTP statuses as the reference captures.
import { isAbsolute } from 'node:path';
import { sameAccount, slurmAccountName } from '../../contract/accounts.ts';
import type { JobDescription, JobSubmitRequest, SlurmError, SlurmWarning } from '../../contract/model.ts';
import { normalizeJobDescription } from '../../contract/normalize.ts';
import { unknownJobFields } from '../../contract/validate.ts';
import type { BackendContext } from '../backend.ts';
import type { JobAccount } from './accounts.ts';
import type { Allocator } from './allocator.ts';
import type { Cluster } from './cluster.ts';
import { parseArraySpec } from './array.ts';
import { parseDependency } from './dependency.ts';
import { submitTestNodes } from './features.ts';
import { notImplementedWarnings } from './job-fields.ts';
import { checkConstraints, checkEnvironment, checkLicenses, EMPTY_SCRIPT, mailTypes, submitReturnCodeWarnings } from './submit-checks.ts';
import { launchFields } from './launch-fields.ts';
import { checkTimes, expectedTimes } from './eligibility.ts';
import { memoryNeverFits, neverRunnable } from './placement.ts';
import { readShared } from './sharing.ts';
import type { JobRecord } from './types.ts';

export type JobDraft = Omit<JobRecord, 'jobId'>;

export type Refusal = { ok: false; status: number; errors: SlurmError[] };
export type Validation = { ok: true; draft: JobDraft; warnings: SlurmWarning[] } | Refusal;

const QUERY_ERROR = 'Query empty or not RFC7320 compliant';

function restError(description: string): Validation {
  return { ok: false, status: 422, errors: [{ description, error_number: 9000, error: QUERY_ERROR, source: '_job_post' }] };
}

/** What slurmctld's refusal looks like through slurmrestd (see error_unknown_partition.json). */
export function submitError(errorNumber: number, error: string, status = 422): Refusal {
  return { ok: false, status, errors: [{ description: 'Batch job submission failed', error_number: errorNumber, error, source: 'slurm_submit_batch_job()' }] };
}

interface NumberField {
  given: boolean;
  infinite: boolean;
  value: number;
}

/** A number field as clients send it: a plain number, or a {set, infinite, number} struct. */
function readNumber(v: unknown): NumberField {
  if (typeof v === 'number' && Number.isFinite(v)) return { given: true, infinite: false, value: v };
  if (v && typeof v === 'object') {
    const o = v as { set?: unknown; infinite?: unknown; number?: unknown };
    if (o.infinite === true) return { given: true, infinite: true, value: 0 };
    if (o.set === false) return { given: false, infinite: false, value: 0 };
    if (typeof o.number === 'number') return { given: true, infinite: false, value: o.number };
  }
  return { given: false, infinite: false, value: 0 };
}

/** A time or minutes field (plain number or {set, number}); null when not given or 0. */
function readTime(v: unknown): number | null {
  const f = readNumber(v);
  return f.given && !f.infinite && f.value > 0 ? f.value : null;
}

const str = (v: unknown, dflt = ''): string => (typeof v === 'string' ? v : dflt);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

export function validateSubmit(
  ctx: BackendContext,
  request: JobSubmitRequest,
  cluster: Cluster,
  allocator: Allocator,
  opts: { account: JobAccount; nowSeconds: number; maxScriptBytes: number; maxEnvironmentBytes: number; maxArraySize?: number; minuteSeconds?: number },
): Validation {
  // slurmrestd's short forms ("2" for 2, 60 for {set:true,number:60}) become canonical first.
  const job = normalizeJobDescription('v0.0.43', (request?.job ?? {}) as JobDescription) as JobDescription & Record<string, unknown>;
  if (typeof job.script !== 'string') return restError('Populated "script" field is required for job submission');
  if (job.script === '') return EMPTY_SCRIPT;
  // A script without "#!" is accepted, as slurmrestd does (only sbatch refuses it): its execve()
  // fails in the job, which ends FAILED with exit code 8 (launcher.sh).

  const unknown = unknownJobFields('v0.0.43', job);
  const warnings: SlurmWarning[] = unknown.map(({ description, source }) => ({ description, source }));
  const unknownNames = new Set(unknown.map((u) => u.field));
  warnings.push(...notImplementedWarnings(job, (f) => !unknownNames.has(f)));

  // slurmctld's _test_job_desc_fields: a script over max_script_size is ESLURM_PATHNAME_TOO_LONG.
  // The environment has no such check in SLURM; here it has one of the same kind, so that one
  // submit cannot make the gateway hold and pass on an unbounded environment.
  const environment = Array.isArray(job.environment) ? job.environment.filter((e): e is string => typeof e === 'string') : [];
  const envBytes = environment.reduce((n, e) => n + Buffer.byteLength(e) + 1, 0);
  if (Buffer.byteLength(job.script) > opts.maxScriptBytes || envBytes > opts.maxEnvironmentBytes) {
    return submitError(2012, 'Pathname of a file, directory or other parameter too long');
  }

  // slurmctld needs a working directory and sbatch always sends its own. A gateway client has no
  // directory on this machine, so the default is the account's home, where a login would start.
  // Whether it exists and may be entered is the job's own business: the launcher enters it as the
  // account and, like slurmstepd, goes to /tmp when it cannot (the gateway probes no path for a user).
  const cwd = str(job.current_working_directory) || opts.account.home || '/tmp';
  if (!isAbsolute(cwd)) return restError(`current_working_directory "${cwd}" must be an absolute path`);

  const partitionName = str(job.partition);
  const partition = partitionName ? cluster.partitionByName.get(partitionName) : cluster.defaultPartition;
  // slurmctld tests constraints before the partition, licenses and environment after it (submit-checks.ts).
  const constraints = str(job.constraints).replace(/,/g, '&');
  const prefer = str(job.prefer);
  const badFeatures = checkConstraints(cluster, partition, constraints, prefer);
  if (badFeatures) return badFeatures;
  if (!partition) return submitError(2000, 'Invalid partition name specified');
  // slurm.conf semantics: DRAIN and INACTIVE partitions queue no new jobs; DOWN ones queue but do not start them.
  if (partition.state === 'DRAIN' || partition.state === 'INACTIVE') return submitError(2070, 'Required partition not available (inactive or drain)');
  const licenses = checkLicenses(str(job.licenses), cluster.licenses);
  if (!licenses.ok) return licenses;
  const noEnvironment = checkEnvironment(job.environment);
  if (noEnvironment) return noEnvironment;

  const reservation = str(job.reservation);
  if (reservation) {
    const r = cluster.reservations.find((x) => x.name === reservation);
    if (!r || opts.nowSeconds >= r.end) return submitError(2053, 'Requested reservation is invalid');
    const { users, accounts } = r.config;
    const allowed = (users.length === 0 && accounts.length === 0) || users.includes(ctx.user) || accounts.some((a) => sameAccount(str(job.account), a));
    if (!allowed) return submitError(2052, 'Access denied to requested reservation');
    if (!r.nodes.some((n) => partition.nodes.includes(n))) return submitError(2014, 'Requested node configuration is not available');
  }

  // minimum_nodes wins; else the lower bound of `nodes` ("2" or "2-4"); else 1. The upper bound
  // likewise: maximum_nodes, else that of `nodes` ("2" means exactly 2, as sbatch -N2).
  const nodesSpec = /^(\d+)(?:-(\d+))?/.exec(str(job.nodes).trim());
  const minNodes = int(job.minimum_nodes) ?? (nodesSpec ? Number(nodesSpec[1]) : 1);
  // (A size list such as "1,2,4" gives only its lower bound here.)
  const maxNodesAsked = int(job.maximum_nodes) ?? (nodesSpec && nodesSpec[0] === str(job.nodes).trim() ? Number(nodesSpec[2] ?? nodesSpec[1]) : undefined);
  // More nodes than the partition has is no refusal: slurmctld keeps such a job PENDING
  // "PartitionNodeLimit" with a warning (see below); a range upside down is ESLURM_INVALID_NODE_COUNT.
  if (minNodes < 1 || (maxNodesAsked !== undefined && maxNodesAsked > 0 && maxNodesAsked < minNodes)) return submitError(2006, 'Node count specification invalid');
  const maxNodes = maxNodesAsked !== undefined && maxNodesAsked > 0 ? maxNodesAsked : undefined;

  const tasksPerNode = int(job.tasks_per_node);
  const tasksGiven = int(job.tasks) !== undefined;
  // Without a task count a job has one per node (slurmctld shows tasks 2 for minimum_nodes 2).
  const tasks = int(job.tasks) ?? (tasksPerNode ? tasksPerNode * minNodes : minNodes);
  if (tasks < 1) return submitError(2025, 'Task count specification invalid');
  const cpusPerTaskGiven = int(job.cpus_per_task) !== undefined;
  const cpusPerTask = int(job.cpus_per_task) ?? 1;
  if (cpusPerTask < 1) return submitError(2005, 'More processors requested than permitted');

  const memNode = readNumber(job.memory_per_node);
  const memCpu = readNumber(job.memory_per_cpu);
  const memoryPerNode = memNode.given && !memNode.infinite ? memNode.value : null;
  const memoryPerCpu = memoryPerNode === null && memCpu.given && !memCpu.infinite ? memCpu.value : null;

  const tl = readNumber(job.time_limit);
  // Without a time limit a job gets the partition's DefaultTime, else its MaxTime (slurmctld's rule); 0 means no limit, as in sbatch.
  const timeLimit = tl.given ? (tl.infinite || tl.value === 0 ? null : tl.value) : (partition.defaultTime ?? (partition.maxTime === 'INFINITE' ? null : partition.maxTime));

  const times = checkTimes(
    { beginTime: readTime(job.begin_time), deadline: readTime(job.deadline), timeMinimum: readTime(job.time_minimum) },
    timeLimit,
    opts.nowSeconds,
    opts.minuteSeconds ?? 60,
  );
  if (!times.ok) return submitError(times.errorNumber, times.error);
  const { beginTime, deadline, timeMinimum } = times.times;

  const sharing = readShared(job.shared);
  warnings.push(...sharing.warnings);
  const shared = sharing.mode;

  // What no node of the partition could ever hold is refused (2014); a job that only needs more
  // cpus or nodes than the partition gives is accepted PENDING with slurmctld's warning
  // (placement.ts; the scheduler gives the reason, PartitionConfig or PartitionNodeLimit).
  // With constraints (or prefer) only the nodes having those features count (features.ts): a
  // partition none of whose nodes has them can never run the job either.
  const testNodes = submitTestNodes(cluster, partition, constraints, prefer);
  if (testNodes?.length === 0) return submitError(2014, 'Requested node configuration is not available');
  const candidates = testNodes ? { ...partition, nodes: testNodes } : partition;
  const placement = { tasks, tasksGiven, cpusPerTask, minNodes, maxNodes: maxNodes ?? 0, memoryPerNode, memoryPerCpu, exclusive: shared === 'none' };
  if (memoryNeverFits(placement, candidates, cluster.nodeByName)) return submitError(2014, 'Requested node configuration is not available');
  const partitionConfig = neverRunnable(placement, candidates, cluster.nodeByName) !== null;

  // The dependency's syntax (slurmctld's 2038/2036); whether the jobs it names exist is the engine's to say.
  const dependencySpec = str(job.dependency);
  const parsed = parseDependency(dependencySpec);
  if (!parsed.ok) return submitError(parsed.errorNumber, parsed.error);
  const dependency = parsed.dependency;
  const jobFlags = Array.isArray(job.flags) ? (job.flags as unknown[]) : [];
  const invalidDependency = jobFlags.includes('KILL_INVALID_DEPENDENCY') ? 'kill' : jobFlags.includes('NO_KILL_INVALID_DEPENDENCY') ? 'no-kill' : undefined;

  // _valid_array_inx, after the job's other fields (array.ts); the meta holds every task at first.
  const arrayParse = parseArraySpec(str(job.array), opts.maxArraySize ?? 1001);
  if (!arrayParse.ok) return submitError(arrayParse.errorNumber, arrayParse.error);
  const array = arrayParse.array;

  const hold = job.hold === true;
  const now = opts.nowSeconds;
  // slurmctld's non-zero return codes for a job it queued; slurmrestd shows them as warnings.
  const reservationLater = reservation !== '' && now < (cluster.reservations.find((r) => r.name === reservation)?.start ?? 0);
  warnings.push(...submitReturnCodeWarnings(partitionConfig ? 'partition-config' : hold ? 'held' : reservationLater ? 'reservation-not-usable' : null));
  // A job waiting on a dependency is not eligible yet (eligible_time 0, no accrual), like a held one.
  // One with a begin time ahead is eligible from then (eligible_time and accrue_time show it at once).
  const eligible = !hold && !dependency;
  const expected = expectedTimes({ beginTime, timeLimit }, now, opts.minuteSeconds ?? 60);
  const draft: JobDraft = {
    state: 'PENDING',
    completing: false,
    stateReason: hold ? 'JobHeldUser' : 'None',
    stateDescription: '',
    userName: opts.account.name,
    groupName: opts.account.group,
    userId: opts.account.uid,
    groupId: opts.account.gid,
    // slurmctld stores the account lower-cased (job_mgr.c), and so reports it.
    account: slurmAccountName(str(job.account)),
    name: str(job.name),
    partition: partition.name,
    defaultPartition: !partitionName,
    reservation,
    script: job.script,
    cwd,
    environment,
    // An array's default output names the task (sbatch's and slurmctld's "slurm-%A_%a.out").
    standardOutput: str(job.standard_output) || (array ? 'slurm-%A_%a.out' : 'slurm-%j.out'),
    standardError: str(job.standard_error),
    standardInput: str(job.standard_input),
    ...launchFields(job),
    tasks,
    tasksGiven,
    cpusPerTask,
    cpusPerTaskGiven,
    minNodes,
    memoryPerNode,
    memoryPerCpu,
    timeLimit,
    hold,
    // priority/basic: every job the same priority, so the queue is FIFO; a held job has 0 like SLURM shows.
    priority: hold ? 0 : 1,
    nice: int(job.nice) ?? 0,
    comment: str(job.comment),
    mailUser: str(job.mail_user) || ctx.user,
    mailType: mailTypes(job.mail_type),
    constraints,
    prefer,
    licenses: str(job.licenses),
    licenseRequest: licenses.request,
    licensesAllocated: null,
    requeue: job.requeue !== false,
    dependency,
    ...(invalidDependency ? { invalidDependency } : {}),
    submitTime: now,
    // A held job is not eligible and accrues no age until released (GET_job_pending_held.json).
    eligibleTime: beginTime ?? (eligible ? now : 0),
    accrueTime: eligible ? (beginTime ?? now) : 0,
    startTime: expected.startTime,
    endTime: expected.endTime,
    ...(beginTime !== undefined ? { beginTime } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(timeMinimum !== undefined ? { timeMinimum } : {}),
    ...(maxNodes !== undefined ? { maxNodes } : {}),
    ...(shared ? { shared } : {}),
    lastSchedEvaluation: now,
    allocation: null,
    pid: null,
    pidStart: null,
    exit: { kind: 'none', code: 0, signal: 0 },
    endIntent: null,
    signals: [],
    signalledByCancel: false,
    submitWarnings: warnings.map((w) => w.description ?? ''),
    // arrayJobId is the job's own id, given when the engine stores it.
    ...(array ? { arraySpan: array.span, arrayPending: array.tasks } : {}),
  };
  return { ok: true, draft, warnings };
}
