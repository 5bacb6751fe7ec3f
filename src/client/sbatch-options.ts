// The sbatch options `s3m submit` understands, in one table: #SBATCH directives, the command
// line (commander options are generated from it) and sbatch's SBATCH_* input variables all read it.

export interface SbatchOption {
  /** Key in SbatchValues (also the commander attribute name). */
  key: string;
  long: string;
  short?: string;
  /** The value's name in help; absent for flags. */
  arg?: string;
  help: string;
  /** sbatch's input environment variable for the same option. */
  env?: string;
}

export const SBATCH_OPTIONS = [
  { key: 'jobName', long: 'job-name', short: 'J', arg: 'name', help: 'job name (default: the script file name)', env: 'SBATCH_JOB_NAME' },
  { key: 'account', long: 'account', short: 'A', arg: 'account', help: "account (default: the token's project)", env: 'SBATCH_ACCOUNT' },
  { key: 'partition', long: 'partition', short: 'p', arg: 'partition', help: 'partition (default: the cluster default)', env: 'SBATCH_PARTITION' },
  { key: 'nodes', long: 'nodes', short: 'N', arg: 'min[-max]', help: 'number of nodes' },
  { key: 'ntasks', long: 'ntasks', short: 'n', arg: 'n', help: 'number of tasks' },
  { key: 'ntasksPerNode', long: 'ntasks-per-node', arg: 'n', help: 'tasks per node' },
  { key: 'cpusPerTask', long: 'cpus-per-task', short: 'c', arg: 'n', help: 'cpus per task' },
  { key: 'time', long: 'time', short: 't', arg: 'time', help: 'time limit: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S or UNLIMITED', env: 'SBATCH_TIMELIMIT' },
  { key: 'output', long: 'output', short: 'o', arg: 'pattern', help: 'stdout file (%j job id, %x name, %u user, %N node; default slurm-%j.out)', env: 'SBATCH_OUTPUT' },
  { key: 'error', long: 'error', short: 'e', arg: 'pattern', help: 'stderr file (default: with stdout)', env: 'SBATCH_ERROR' },
  { key: 'input', long: 'input', short: 'i', arg: 'pattern', help: 'stdin file', env: 'SBATCH_INPUT' },
  { key: 'chdir', long: 'chdir', short: 'D', arg: 'dir', help: 'working directory (default: the current directory)' },
  { key: 'export', long: 'export', arg: 'ALL|NONE|[ALL,]VAR[=val],...', help: 'environment to propagate (default ALL; see docs/cli.md)', env: 'SBATCH_EXPORT' },
  { key: 'hold', long: 'hold', short: 'H', help: 'submit held (PENDING, JobHeldUser)' },
  { key: 'mem', long: 'mem', arg: 'size[K|M|G|T]', help: 'memory per node (default unit M)', env: 'SBATCH_MEM_PER_NODE' },
  { key: 'memPerCpu', long: 'mem-per-cpu', arg: 'size[K|M|G|T]', help: 'memory per cpu (default unit M)', env: 'SBATCH_MEM_PER_CPU' },
  { key: 'qos', long: 'qos', short: 'q', arg: 'qos', help: 'quality of service', env: 'SBATCH_QOS' },
  { key: 'reservation', long: 'reservation', arg: 'name', help: 'reservation', env: 'SBATCH_RESERVATION' },
  { key: 'mailType', long: 'mail-type', arg: 'types', help: 'NONE, BEGIN, END, FAIL, REQUEUE, ALL, TIME_LIMIT[_90|_80|_50], ...' },
  { key: 'mailUser', long: 'mail-user', arg: 'user', help: 'mail recipient' },
  { key: 'comment', long: 'comment', arg: 'text', help: 'job comment' },
  { key: 'requeue', long: 'requeue', help: 'allow requeue', env: 'SBATCH_REQUEUE' },
  { key: 'noRequeue', long: 'no-requeue', help: 'never requeue', env: 'SBATCH_NO_REQUEUE' },
] as const satisfies readonly SbatchOption[];

export type SbatchKey = (typeof SBATCH_OPTIONS)[number]['key'];
/** Option values as written (flags are `true`); converted and checked by buildJobDescription. */
export type SbatchValues = Partial<Record<SbatchKey, string | true>>;
/** Where each value came from ("job.sh:3", "--time", "SBATCH_TIMELIMIT"), for error messages. */
export type SbatchOrigins = Partial<Record<SbatchKey, string>>;

const byLong = new Map<string, SbatchOption>(SBATCH_OPTIONS.map((o) => [o.long, o]));
const byShort = new Map<string, SbatchOption>(SBATCH_OPTIONS.filter((o) => 'short' in o).map((o) => [(o as SbatchOption).short!, o]));

/** A long option by name or by an unambiguous prefix, as getopt_long (and so sbatch) accepts. */
export function findLongOption(name: string): SbatchOption | undefined {
  const exact = byLong.get(name);
  if (exact) return exact;
  const matches = SBATCH_OPTIONS.filter((o) => o.long.startsWith(name));
  return matches.length === 1 ? matches[0] : undefined;
}

export const findShortOption = (letter: string): SbatchOption | undefined => byShort.get(letter);

/** Values from sbatch's SBATCH_* input variables (they override #SBATCH lines, the command line overrides them). */
export function sbatchEnvValues(env: NodeJS.ProcessEnv): { values: SbatchValues; origins: SbatchOrigins } {
  const values: SbatchValues = {};
  const origins: SbatchOrigins = {};
  for (const o of SBATCH_OPTIONS as readonly SbatchOption[]) {
    const v = o.env ? env[o.env] : undefined;
    if (v === undefined || v === '') continue;
    values[o.key as SbatchKey] = o.arg ? v : true;
    origins[o.key as SbatchKey] = o.env!;
  }
  // SLURM_EXPORT_ENV is sbatch's other name for --export (SBATCH_EXPORT wins when both are set).
  if (values.export === undefined && env.SLURM_EXPORT_ENV) {
    values.export = env.SLURM_EXPORT_ENV;
    origins.export = 'SLURM_EXPORT_ENV';
  }
  return { values, origins };
}
