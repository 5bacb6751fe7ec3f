// SLURM's job state reasons (squeue %r, job_info.state_reason) in plain language. SLURM's own
// field stays as it is; the gateway adds the explanation beside it as `s3m_state_reason_text`
// when the caller asks for it (REST header `X-S3M-Explain: reasons`), and always in job events.
// Names follow slurm/src/common/slurm_protocol_defs.c job_state_reason_string(); a reason SLURM
// qualifies after a comma ("ReqNodeNotAvail, UnavailableNodes:n[1-2]") is explained by its first part.

/** The job field the explanation goes in. */
export const REASON_TEXT_FIELD = 's3m_state_reason_text';

const REASONS: Record<string, string> = {
  None: 'Nothing is holding the job back.',
  Priority: 'Waiting for jobs with a higher priority to be scheduled first; it will start when its turn comes.',
  Resources: 'Waiting for nodes to become free; it is next in line for them.',
  Dependency: 'Waiting for the jobs it depends on (its dependency) to finish.',
  DependencyNeverSatisfied: 'It can never start: a job it depends on ended in a way the dependency does not accept. Cancel it and resubmit.',
  JobHeldUser: 'Held by its owner (submitted with hold, or held later); release it (scontrol release) for it to be scheduled.',
  JobHeldAdmin: 'Held by an administrator; contact the facility to have it released.',
  BeginTime: 'Waiting for its requested start time (begin_time).',
  PartitionTimeLimit: "Its time limit is longer than the partition allows; it will not start. Lower the time limit or choose another partition.",
  PartitionNodeLimit: 'It asks for more (or fewer) nodes than the partition allows; it will not start as submitted.',
  PartitionDown: 'The partition is down; the job waits until the facility brings it back up.',
  PartitionInactive: 'The partition is inactive and starts no jobs; it waits until the facility reactivates it.',
  PartitionConfig: 'It asks for something the partition is not configured for (for example its account or QOS is not allowed there).',
  ReqNodeNotAvail: 'Some nodes it needs are unavailable (down, drained or reserved, e.g. for maintenance); it waits for them.',
  NodeDown: 'A node the job needs or used went down.',
  BadConstraints: 'Its constraints (features, node counts, memory) can never be met by the cluster; it will not start. Fix the request and resubmit.',
  Reservation: 'Waiting for its advance reservation to begin.',
  ReservationDeleted: 'The reservation it asked for was deleted; it cannot run. Resubmit without it.',
  Licenses: 'Waiting for licenses it requested to become available.',
  InvalidAccount: 'Its account (project) is not valid on this cluster; it will not start. Check the account and resubmit.',
  InvalidQOS: 'Its quality of service (QOS) is not valid for its account; it will not start.',
  QOSNotAllowed: 'Its QOS is not allowed for its account or partition.',
  AccountNotAllowed: 'Its account may not use this partition.',
  FrontEndDown: 'No front end node is available to launch it.',
  NonZeroExitCode: 'The job ended with a non-zero exit code (its script or program reported failure).',
  RaisedSignal: 'The job was ended by a signal.',
  TimeLimit: 'The job reached its time limit and was stopped.',
  JobLaunchFailure: 'The job could not be launched (for example its working directory, script interpreter or output file was not usable).',
  BootFail: 'A node failed to boot for the job.',
  Deadline: 'The job reached its deadline and was stopped.',
  OutOfMemory: 'The job ran out of memory.',
  InactiveLimit: 'The job was ended for being inactive too long.',
  SystemFailure: 'A failure of the SLURM system (not of the job).',
  Prolog: 'The node prolog (facility set-up script) is still running for the job.',
  Cleaning: 'The job is being cleaned up before it can be requeued.',
  Scheduling: 'The scheduler has not looked at the job yet.',
  WaitingForScheduling: 'The scheduler has not looked at the job yet.',
  JobArrayTaskLimit: "The job array's limit of tasks running at once is reached.",
  MaxRequeue: 'The job was requeued too many times and is held.',
  JobHoldMaxRequeue: 'The job was requeued too many times and is held.',
  launch_failed_requeued_held: 'Launching the job failed; it was requeued and held. Contact the facility.',
  PowerUpNodeNotAvail: 'Waiting for powered-down nodes to start.',
  Power_UpNodeNotAvail: 'Waiting for powered-down nodes to start.',
  SchedDefer: 'Scheduling is deferred (SchedulerParameters=defer); it is looked at in the next cycle.',
  BurstBufferResources: 'Waiting for burst buffer resources.',
  BurstBufferStageIn: 'Its files are being staged into the burst buffer.',
  BurstBufferOperation: 'A burst buffer operation for it failed.',
};

/** Association (account/user) and QOS limits: <Scope><Grp|Max><Resource><Limit|PerJob|...>. */
const LIMIT_RE = /^(Assoc|QOS)(Grp|Max)(\w+?)(RunMinutes|MinutesPerJob|PerJob|PerNode|PerUser|PerAccount|Minutes)?(Limit)?$/;

const RESOURCE_WORDS: Record<string, string> = {
  Cpu: 'CPUs',
  CPU: 'CPUs',
  Node: 'nodes',
  Mem: 'memory',
  Memory: 'memory',
  Energy: 'energy',
  Gres: 'generic resources (GPUs, ...)',
  License: 'licenses',
  Billing: 'billing units',
  Jobs: 'jobs',
  Job: 'jobs',
  SubmitJob: 'submitted jobs',
  Wall: 'wall time',
  Unk: 'resources',
};

function explainLimit(reason: string): string | undefined {
  const m = LIMIT_RE.exec(reason);
  if (!m) return undefined;
  const [, scope, kind, res, per] = m;
  const words = RESOURCE_WORDS[res] ?? RESOURCE_WORDS[res.replace(/s$/, '')] ?? res.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const who = scope === 'Assoc' ? 'its account (association)' : 'its QOS';
  const perWords: Record<string, string> = {
    PerUser: ' per user',
    PerAccount: ' per account',
    PerJob: ' per job',
    PerNode: ' per node',
    RunMinutes: ' (running minutes)',
    MinutesPerJob: ' (minutes per job)',
    Minutes: ' (minutes)',
  };
  const what = `${words}${per ? perWords[per] : ''}`;
  if (per === 'PerJob' || per === 'MinutesPerJob' || per === 'PerNode') {
    return `It asks for more ${what} than ${who} allows; it will not start as submitted. Ask for less and resubmit.`;
  }
  const limit = kind === 'Grp' ? `the group limit on ${what} of ${who}` : `the limit on ${what} of ${who}`;
  return `Waiting because ${limit} is reached; it starts when usage drops below the limit.`;
}

/** Plain-language explanation of a SLURM state reason (also the unknown ones, generically). */
export function explainReason(reason: string | undefined): string {
  const r = (reason ?? '').trim();
  if (r === '' || r === 'None') return REASONS.None;
  const [head, ...rest] = r.split(',');
  const base = head.trim();
  const qualifier = rest.join(',').trim();
  const text = REASONS[base] ?? explainLimit(base);
  if (text) return qualifier ? `${text} (${qualifier})` : text;
  return `SLURM reports the reason "${r}".`;
}

/** The reasons with a specific explanation (for documentation and tests). */
export const KNOWN_REASONS = Object.keys(REASONS);

interface JobLike {
  state_reason?: string;
  [key: string]: unknown;
}

/** A copy of a jobs body ({jobs: [...]}) whose jobs carry `s3m_state_reason_text`; other fields untouched. */
export function withReasonTexts<T>(body: T): T {
  const b = body as { jobs?: unknown };
  if (!b || typeof b !== 'object' || !Array.isArray(b.jobs)) return body;
  const jobs = (b.jobs as JobLike[]).map((j) => (j && typeof j === 'object' ? { ...j, [REASON_TEXT_FIELD]: explainReason(j.state_reason) } : j));
  return { ...b, jobs } as T;
}
