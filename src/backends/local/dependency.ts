// Job dependencies as slurmctld has them (job_scheduler.c: _parse_dependency_str,
// update_job_dependency, test_job_dependency, _depend_list2str), job arrays included.
// Pure functions: the engine asks them whether a job may start, and the face shows the string.
//
// What real Slurm 26.05 does, and so what is done here (checked against the real cluster):
// - Syntax: `<type>:<id>[+<minutes>][(<state>)][:<id>...]` items, all joined by `,` (all must hold)
//   or all by `?` (any may hold), `singleton`, and the old form of bare job ids (afterany). Types
//   after, afterany, afterok, afternotok, aftercorr, afterburstbuffer (case-insensitive). Any
//   other form, job id 0, a `+` time that is not a positive number, mixed separators, a trailing
//   separator: slurmctld's ESLURM_DEPENDENCY, 2038 "Job dependency problem". `expand:` is
//   ESLURM_NOT_SUPPORTED (2036) on a cluster without job expansion, as on the real one.
// - afterok/afternotok on a job slurmctld does not hold (unknown, or purged): 2038. The other
//   types on such a job are accepted and count as fulfilled ("job is gone, dependency lifted").
// - Duplicates (same type and job id) are dropped; the string then shows each once.
// - The job's `dependency` shows what is not fulfilled yet, each item with "(unfulfilled)" or
//   "(failed)"; fulfilled items disappear, and once the whole dependency holds it is "".
// - A dependency that can no longer hold: the job stays PENDING "DependencyNeverSatisfied" (the
//   default kill_on_invalid_dep=no), its string frozen, tested no more; with the job flag
//   KILL_INVALID_DEPENDENCY it is CANCELLED at once instead, keeping that reason.
// - aftercorr between plain jobs is afterok; afterburstbuffer without burst buffers is afterany.
// - Job array forms (`<id>_<task>`, `<id>_*`, `<id>_[1-3,5]`): a task is the record that runs it,
//   or the array's meta record while it has not started (find_job_array_rec); `<id>_*`, and a
//   plain `<id>` that is an array's (shown as `<id>_*`), test the whole array: complete when all
//   its records are, pending while any is (test_job_array_*). A task or array slurmctld does not
//   hold: 2038 for afterok/afternotok, else accepted and at once fulfilled, as for a plain job.
//   (`_[...]` is expanded into one item per task first, as slurmctld's _xlate_array_dep does.)

export type DependType = 'after' | 'afterany' | 'afterok' | 'afternotok' | 'aftercorr' | 'afterburstbuffer' | 'expand' | 'singleton';
export type DependState = 'unfulfilled' | 'fulfilled' | 'failed';

export interface DependSpec {
  type: DependType;
  /** 0 for singleton. */
  jobId: number;
  /** An array task (`<id>_<task>`) or the whole array (`<id>_*`). */
  task?: number | '*';
  /** `+<minutes>` (0 = none); only `after` waits on it, the others show it. */
  minutes: number;
  state: DependState;
}

export interface Dependency {
  /** Joined by `?` (any may hold) rather than `,` (all must). */
  or: boolean;
  /** What is left to show and test; empty once the dependency held (slurmctld flushes the list). */
  specs: DependSpec[];
}

export const DEPENDENCY_PROBLEM = { errorNumber: 2038, error: 'Job dependency problem' } as const;
export const NOT_SUPPORTED = { errorNumber: 2036, error: 'Requested operation not supported on this system' } as const;

export type DependencyParse = { ok: true; dependency: Dependency | null } | { ok: false; errorNumber: number; error: string };

/** slurmctld's prefixes, as it compares them (xstrncasecmp with these lengths, its own quirk included). */
const PREFIXES: Array<[string, number, DependType]> = [
  ['afternotok:', 11, 'afternotok'],
  ['aftercorr:', 10, 'aftercorr'],
  ['afterany:', 9, 'afterany'],
  ['afterok:', 8, 'afterok'],
  ['afterburstbuffer:', 11, 'afterburstbuffer'],
  ['after:', 6, 'after'],
  ['expand:', 7, 'expand'],
];

const problem = (): DependencyParse => ({ ok: false, ...DEPENDENCY_PROBLEM });

/** `(<state>)` after an item: "failed" is kept, anything else is unfulfilled. Null: no closing paren. */
function parseState(s: string, at: number): { state: DependState; next: number } | null {
  if (s[at] !== '(') return { state: 'unfulfilled', next: at };
  const close = s.indexOf(')', at);
  if (close < 0) return null;
  return { state: s.slice(at + 1, close).toLowerCase() === 'failed' ? 'failed' : 'unfulfilled', next: close + 1 };
}

/** `<job_id>[_(*|<task>)]` as slurmctld reads one (_parse_dependency_job_array). */
function parseJobId(s: string, at: number): { jobId: number; task?: number | '*'; next: number } | null {
  const m = /^\d+/.exec(s.slice(at));
  if (!m) return null;
  const jobId = Number(m[0]);
  let next = at + m[0].length;
  if (jobId === 0 || jobId > 0xffffffff) return null;
  if (s[next] !== '_') return { jobId, next };
  if (s[next + 1] === '*') return { jobId, task: '*', next: next + 2 };
  const t = /^\d+/.exec(s.slice(next + 1));
  if (!t) return null;
  next += 1 + t[0].length;
  return { jobId, task: Number(t[0]), next };
}

/** _xlate_array_dep: `123_[4-5,7]` becomes `123_4:123_5:123_7`; null when the brackets are invalid. */
function expandArrayTasks(input: string): string | null {
  if (!input.includes('_[')) return input;
  let bad = false;
  const out = input.replace(/(\d+)_\[([^\]]*)(\]?)/g, (_all, id: string, list: string, close: string) => {
    const tasks: number[] = [];
    for (const part of list.split(',')) {
      const r = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (!close || !r) {
        bad = true;
        return '';
      }
      const [a, b] = [Number(r[1]), Number(r[2] ?? r[1])];
      for (let t = a; t <= b && t - a < 100000; t++) tasks.push(t);
    }
    const sorted = [...new Set(tasks)].sort((x, y) => x - y);
    if (sorted.length === 0) bad = true;
    return sorted.map((t) => `${id}_${t}`).join(':');
  });
  return bad ? null : out;
}

/** Parse a submitted `dependency` (its syntax only: whether the jobs exist is the engine's to say). */
export function parseDependency(given: string): DependencyParse {
  if (given === '' || given === '0') return { ok: true, dependency: null };
  // Invalid brackets leave the string as it is, which then fails to parse (as in slurmctld).
  const input = expandArrayTasks(given) ?? given;
  const specs: DependSpec[] = [];
  let sep: ',' | '?' | undefined;
  let i = 0;
  // After an item: a separator (the same all along) and on, or the end.
  const separator = (expected: ',' | '?' | undefined): 'more' | 'end' | 'bad' => {
    const c = input[i];
    if (c !== ',' && c !== '?') return i === input.length ? 'end' : 'bad';
    if (expected !== undefined && expected !== c) return 'bad';
    sep = c;
    i++;
    return 'more';
  };
  for (;;) {
    const rest = input.slice(i);
    if (rest.toLowerCase().startsWith('singleton')) {
      const st = parseState(input, i + 9);
      if (!st) return problem();
      specs.push({ type: 'singleton', jobId: 0, minutes: 0, state: st.state });
      i = st.next;
      const s = separator(sep);
      if (s === 'more') continue;
      if (s === 'bad') return problem();
      break;
    }
    const colon = rest.indexOf(':');
    if (colon < 0 && /^\d/.test(rest)) {
      // The old form: a bare job id is afterany; only `,` may follow it.
      const id = parseJobId(input, i);
      if (!id) return problem();
      specs.push({ type: 'afterany', jobId: id.jobId, ...(id.task !== undefined ? { task: id.task } : {}), minutes: 0, state: 'unfulfilled' });
      i = id.next;
      const s = separator(',');
      if (s === 'more') continue;
      if (s === 'bad') return problem();
      break;
    }
    if (colon < 0) return problem();
    const prefix = PREFIXES.find(([p, n]) => rest.slice(0, n).toLowerCase() === p.slice(0, n));
    if (!prefix) return problem();
    const type = prefix[2];
    i += colon + 1;
    // slurmctld keeps one +time for the rest of the ids of the same type.
    let minutes = 0;
    for (;;) {
      const id = parseJobId(input, i);
      if (!id) return problem();
      i = id.next;
      if (input[i] === '+') {
        const m = /^\d+/.exec(input.slice(i + 1));
        minutes = m ? Number(m[0]) : 0;
        if (minutes <= 0) return problem();
        i += 1 + m![0].length;
      }
      const st = parseState(input, i);
      if (!st) return problem();
      i = st.next;
      specs.push({ type, jobId: id.jobId, ...(id.task !== undefined ? { task: id.task } : {}), minutes, state: st.state });
      if (input[i] !== ':') break;
      i++;
    }
    const s = separator(sep);
    if (s === 'more') continue;
    if (s === 'bad') return problem();
    break;
  }
  if (i !== input.length) return problem();
  return { ok: true, dependency: { or: sep === '?', specs } };
}

/**
 * update_job_dependency's checks once the string parsed, against the jobs slurmctld holds:
 * refusals in the order of the items, duplicates dropped.
 */
export function admitDependency(
  dep: Dependency,
  holds: (jobId: number, task?: number | '*') => boolean,
): { ok: true; dependency: Dependency } | { ok: false; errorNumber: number; error: string } {
  const specs: DependSpec[] = [];
  for (const d of dep.specs) {
    const held = holds(d.jobId, d.task);
    if ((d.type === 'afterok' || d.type === 'afternotok') && !held) return { ok: false, ...DEPENDENCY_PROBLEM };
    if (specs.some((s) => s.type === d.type && s.jobId === d.jobId && s.task === d.task)) continue;
    if (d.type === 'expand') return { ok: false, ...NOT_SUPPORTED };
    specs.push({ ...d });
  }
  return { ok: true, dependency: { or: dep.or, specs } };
}

/** The job's `dependency` as slurmctld shows it. */
export function dependencyString(dep: Dependency | null | undefined): string {
  if (!dep) return '';
  return dep.specs
    .filter((d) => d.state !== 'fulfilled')
    .map((d) => (d.type === 'singleton' ? `singleton(${d.state})` : `${d.type}:${d.jobId}${d.task !== undefined ? `_${d.task}` : ''}${d.minutes ? `+${d.minutes}` : ''}(${d.state})`))
    .join(dep.or ? '?' : ',');
}

/** What a dependency test needs to know of another job. */
export interface DependedJob {
  jobId: number;
  state: string;
  completing: boolean;
  startTime: number;
}

export interface DependencyWorld {
  /** The job with this id, if slurmctld still holds it. */
  job(jobId: number): DependedJob | undefined;
  /** The record that runs (or, not started, holds) task `task` of array `jobId`. */
  arrayTask?(jobId: number, task: number): DependedJob | undefined;
  /** Array `jobId` as a whole (all its records held), if any of it is held. */
  wholeArray?(jobId: number): { complete: boolean; completed: boolean; pending: boolean; startTime: number } | undefined;
  /** Whether a job of the same user and name runs, or is pending with a smaller id (singleton). */
  singletonBlocked(): boolean;
  now: number;
  /** Seconds in a `+<minutes>` minute (the engine's minuteSeconds). */
  minuteSeconds: number;
}

/** `none`: nothing to wait for (any more); `wait`: still dependent; `never`: can no longer hold. */
export type DependencyVerdict = 'none' | 'wait' | 'never';

/**
 * test_job_dependency: updates the states of the items not yet decided and says what the job may
 * do. When the dependency holds, its items are flushed (the string becomes "").
 */
export function testDependency(dep: Dependency | null | undefined, world: DependencyWorld): DependencyVerdict {
  if (!dep || dep.specs.length === 0) return 'none';
  let orSatisfied = false;
  let hasUnfulfilled = false;
  let andFailed = false;
  for (const d of dep.specs) {
    if (d.state === 'unfulfilled') d.state = itemState(d, world);
    if (dep.or) {
      if (d.state === 'fulfilled') orSatisfied = true;
      else if (d.state === 'unfulfilled') hasUnfulfilled = true;
    } else if (d.state === 'failed') andFailed = true;
    else if (d.state === 'unfulfilled') hasUnfulfilled = true;
  }
  if (orSatisfied || (!dep.or && !andFailed && !hasUnfulfilled)) {
    dep.specs = [];
    return 'none';
  }
  return andFailed || (dep.or && !hasUnfulfilled) ? 'never' : 'wait';
}

function itemState(d: DependSpec, world: DependencyWorld): DependState {
  if (d.type === 'singleton') return world.singletonBlocked() ? 'unfulfilled' : 'fulfilled';
  let pending: boolean;
  let completed: boolean;
  let complete: boolean;
  let startTime: number;
  if (d.task === '*') {
    const whole = world.wholeArray?.(d.jobId);
    if (!whole) return 'fulfilled'; // the array is gone: the dependency is lifted
    ({ pending, completed, complete, startTime } = whole);
  } else {
    const other = d.task === undefined ? world.job(d.jobId) : world.arrayTask?.(d.jobId, d.task);
    if (!other) return 'fulfilled'; // the job is gone: the dependency is lifted
    pending = other.state === 'PENDING';
    completed = !pending && other.state !== 'RUNNING' && !other.completing;
    complete = other.state === 'COMPLETED';
    startTime = other.startTime;
  }
  switch (d.type) {
    case 'after':
      if (pending) return 'unfulfilled';
      return !d.minutes || (startTime > 0 && world.now - startTime >= d.minutes * world.minuteSeconds) ? 'fulfilled' : 'unfulfilled';
    case 'afterany':
    case 'afterburstbuffer':
      return completed ? 'fulfilled' : 'unfulfilled';
    case 'afternotok':
      if (!completed) return 'unfulfilled';
      return complete ? 'failed' : 'fulfilled';
    case 'afterok':
    case 'aftercorr':
      if (!completed) return 'unfulfilled';
      return complete ? 'fulfilled' : 'failed';
    default:
      return 'failed';
  }
}
