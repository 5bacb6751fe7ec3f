// Job arrays as slurmctld 26.05 keeps them (job_mgr.c _valid_array_inx, _create_job_array,
// job_array_split, job_array_post_sched, find_job_array_rec; slurm_protocol_defs.c
// slurm_parse_array_tok, xlate_array_task_str). Pure functions and an index; the engine calls them.
//
// What real Slurm 26.05 shows, and so what is done here (checked against the real cluster):
// - One "meta" record holds every task not yet started: job_id = array_job_id, array_task_id
//   unset, array_task_string the tasks left ("5,7,9", "0-20:2", "3-6%2"). When the scheduler
//   starts a task, the task is split off as a record of its own with a NEW job id (the next one
//   given out) and array_task_id set; the meta keeps the array's id and the tasks left. The last
//   task to start is the meta itself (job_id = array_job_id, array_task_id set, string "").
// - `%N` throttles: at most N tasks run at once; the meta then waits with "JobArrayTaskLimit".
//   array_max_tasks shows N on the meta and on every task.
// - Errors: any token slurm_parse_array_tok refuses, a task id >= MaxArraySize, a step <= 0 or
//   >= MaxArraySize: 2081 "Invalid job array specification". "" and "," make no array at all.
// - SLURM_ARRAY_TASK_{COUNT,MIN,MAX,STEP} are fixed at submit (STEP: the number after the first
//   ':' of the whole spec, else 1), SLURM_ARRAY_JOB_ID / SLURM_ARRAY_TASK_ID per task.

export const INVALID_ARRAY = { errorNumber: 2081, error: 'Invalid job array specification' } as const;

/** What a task record carries of its array (fixed at submit; copied to every task). */
export interface ArraySpan {
  count: number;
  min: number;
  max: number;
  step: number;
  /** The `%N` throttle (0: none): array_max_tasks. */
  maxRun: number;
}

export interface ArraySpec {
  /** Task ids, ascending, each once. */
  tasks: number[];
  span: ArraySpan;
}

export type ArrayParse = { ok: true; array: ArraySpec | null } | { ok: false; errorNumber: number; error: string };

/** C's strtol on `s` from `at`: leading blanks, a sign, digits. `end` = `at` when no digits. */
function strtol(s: string, at: number): { value: number; end: number } {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s.slice(at));
  if (!m) return { value: 0, end: at };
  const v = Number(m[2]);
  return { value: m[1] === '-' ? -v : v, end: at + m[0].length };
}

/** C's atoi: strtol without the end. */
const atoi = (s: string): number => strtol(s, 0).value;

/** slurm_parse_array_tok: one comma-separated token into `into`; false when slurmctld refuses it. */
function parseToken(tok: string, into: Set<number>, max: number): boolean {
  let at = tok.startsWith('[') ? 1 : 0;
  const stripBracket = (i: number) => (tok[i] === ']' ? i + 1 : i);
  const endsOk = (i: number) => i >= tok.length || tok[i] === '%';
  const f = strtol(tok, at);
  const first = f.value;
  at = stripBracket(f.end);
  if (first < 0) return false;
  let last = first;
  let step = 1;
  if (tok[at] === '-') {
    const l = strtol(tok, at + 1);
    last = l.value;
    at = stripBracket(l.end);
    if (tok[at] === ':') {
      const s = strtol(tok, at + 1);
      step = s.value;
      at = stripBracket(s.end);
      if (!endsOk(at)) return false;
      if (step <= 0 || step >= max) return false;
    } else if (!endsOk(at)) return false;
    if (last < first) return false;
  } else if (!endsOk(at)) return false;
  if (last >= max) return false;
  for (let i = first; i <= last; i += step) into.add(i);
  return true;
}

/**
 * A submitted `array` (job_desc array_inx) as slurmctld reads it. `maxArraySize`: slurm.conf
 * MaxArraySize (0 disables arrays: every spec is refused).
 */
export function parseArraySpec(spec: string, maxArraySize: number): ArrayParse {
  if (spec === '') return { ok: true, array: null };
  if (maxArraySize === 0) return { ok: false, ...INVALID_ARRAY };
  const tasks = new Set<number>();
  // strtok_r: empty tokens are skipped ("1,,3" is "1,3"; "," is no task at all).
  for (const tok of spec.split(',')) {
    if (tok === '') continue;
    if (!parseToken(tok, tasks, maxArraySize)) return { ok: false, ...INVALID_ARRAY };
  }
  // _create_job_array: an empty bitmap makes no array (the job is an ordinary one).
  if (tasks.size === 0) return { ok: true, array: null };
  const sorted = [...tasks].sort((a, b) => a - b);
  const percent = spec.indexOf('%');
  const maxRun = percent >= 0 ? Math.max(0, atoi(spec.slice(percent + 1))) : 0;
  // _create_job_array: the number after the spec's first ':' ("1-9:2%2" gives 2), else 1.
  const colon = spec.indexOf(':');
  const step = colon >= 0 ? atoi(spec.slice(colon + 1)) : 1;
  return { ok: true, array: { tasks: sorted, span: { count: sorted.length, min: sorted[0]!, max: sorted[sorted.length - 1]!, step, maxRun } } };
}

/** bit_fmt: "1-3,5,7-8". */
function rangeString(tasks: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < tasks.length; ) {
    let j = i;
    while (j + 1 < tasks.length && tasks[j + 1] === tasks[j]! + 1) j++;
    parts.push(j === i ? String(tasks[i]) : `${tasks[i]}-${tasks[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * The meta record's array_task_string (xlate_array_task_str): a step form "a-b:s" when the tasks
 * span more than 10 ids, number more than 5 and are evenly spaced (not consecutive); else ranges,
 * cut at SLURM_BITSTR_LEN's default 64 bytes with "..." as slurmrestd does; then "%N" for a throttle.
 */
export function arrayTaskString(tasks: readonly number[], maxRun: number): string {
  if (tasks.length === 0) return '';
  const first = tasks[0]!;
  const last = tasks[tasks.length - 1]!;
  let out: string | undefined;
  if (last - first > 10 && tasks.length > 5 && tasks[1] !== first + 1) {
    const step = tasks[1]! - first;
    if (tasks.every((t, i) => i === 0 || t - tasks[i - 1]! === step)) out = `${first}-${last}:${step}`;
  }
  if (out === undefined) {
    const full = rangeString(tasks);
    // bit_fmt into a 64-byte buffer (63 characters), then the last three shown become "...".
    out = full.length > 61 ? `${full.slice(0, 60)}...` : full;
  }
  return maxRun ? `${out}%${maxRun}` : out;
}

/** The array variables slurmd gives a task's batch script. */
export function arrayEnvironment(arrayJobId: number, taskId: number, span: ArraySpan): Record<string, string> {
  return {
    SLURM_ARRAY_JOB_ID: String(arrayJobId),
    SLURM_ARRAY_TASK_ID: String(taskId),
    SLURM_ARRAY_TASK_COUNT: String(span.count),
    SLURM_ARRAY_TASK_MIN: String(span.min),
    SLURM_ARRAY_TASK_MAX: String(span.max),
    SLURM_ARRAY_TASK_STEP: String(span.step),
  };
}

/** `<id>` or `<id>_<task>` as slurmrestd takes a job id in a path; null for anything else. */
export function parseJobRef(ref: string): { jobId: number; task?: number } | null {
  const m = /^(\d+)(?:_(\d+))?$/.exec(ref);
  if (!m) return null;
  return m[2] === undefined ? { jobId: Number(m[1]) } : { jobId: Number(m[1]), task: Number(m[2]) };
}

/** What the index needs to know of a record. */
export interface ArrayMember {
  jobId: number;
  arrayJobId?: number;
}

/**
 * Which records belong to which array (slurmctld's job_array_hash_j): so that finding an array's
 * tasks never walks every job. Holds job ids only; the engine holds the records.
 */
export class ArrayIndex {
  private readonly members = new Map<number, Set<number>>();

  add(job: ArrayMember): void {
    if (job.arrayJobId === undefined) return;
    let set = this.members.get(job.arrayJobId);
    if (!set) this.members.set(job.arrayJobId, (set = new Set()));
    set.add(job.jobId);
  }

  remove(job: ArrayMember): void {
    if (job.arrayJobId === undefined) return;
    const set = this.members.get(job.arrayJobId);
    if (!set) return;
    set.delete(job.jobId);
    if (set.size === 0) this.members.delete(job.arrayJobId);
  }

  /** The ids of array `arrayJobId`'s records (meta and tasks), most recent first, as slurmctld lists them. */
  of(arrayJobId: number): number[] {
    return [...(this.members.get(arrayJobId) ?? [])].sort((a, b) => b - a);
  }
}
