// What "the gateway's B body equals slurmrestd's own B body" means for the version matrix (issue
// 15): which paths may differ and why (EXCLUSIONS), what is left out of both sides before comparing
// (comparable), and the comparison itself (differences, warningDifferences). Shared by the live
// proof against a real slurmrestd (test/contract/versions-matrix.test.ts), the in-process proof
// against the recorded captures (src/contract/versions/captures.test.ts) and the CLI that compares
// the captures to write FINDINGS.md (test/support/compare-versions.ts). The evidence behind every
// rule is test/fixtures/slurmrestd/versions/FINDINGS.md.

export const VERSIONS = ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'] as const;
export type Version = (typeof VERSIONS)[number];
export const rank = (v: Version) => VERSIONS.indexOf(v);

// ---- what may differ, and why -------------------------------------------------------------------

export interface Exclusion {
  /** Path pattern over "/"-joined keys, array indexes as numbers. */
  path: RegExp;
  /** Only for these pairs (default: every pair). */
  when?: (a: Version, b: Version) => boolean;
  /**
   * Only the value may differ: the key must still be on both sides (volatile values). Without it
   * the gateway may also leave the key out (a value version A does not carry at all).
   */
  valuesOnly?: true;
  why: string;
}

/**
 * The justified exclusions: values that are not the same object's (volatile), and values the
 * cluster's version A does not carry at all (FINDINGS.md, "NOT derivable"). Every other path must
 * be equal.
 */
export const EXCLUSIONS: Exclusion[] = [
  // Volatile: different for any two calls, whoever makes them.
  { path: /^\/meta\/client\//, valuesOnly: true, why: "who called from where: slurmrestd names the gateway's connection, the gateway names its own caller" },
  { path: /^\/pings\/\d+\/latency$/, valuesOnly: true, why: 'the round trip of each ping, measured per call' },
  { path: /^\/statistics\/(?!parts_packed$)/, valuesOnly: true, why: "diag counters and times: every RPC (these reads included) and every other suite's job moves them" },
  { path: /^\/last_update\/number$/, valuesOnly: true, why: "slurmctld's time of its last change of that list: moves with any job or node change on the shared cluster" },
  {
    path: /^\/nodes\/\d+\/(cpu_load|free_mem\/number|last_busy\/number|alloc_cpus|alloc_idle_cpus|alloc_memory|tres_used|state|next_state_after_reboot)$/,
    valuesOnly: true,
    why: 'the one real node is shared with the other suites: its load, free memory and allocation change between two reads',
  },
  { path: /^\/jobs\/\d+\/last_sched_evaluation\/number$/, valuesOnly: true, why: 'a held job is looked at by every scheduling pass' },
  // Not carried by the cluster's version A (see FINDINGS.md).
  {
    path: /^\/jobs\/\d+\/standard_(output|error|input)$/,
    when: (a, b) => a === 'v0.0.42' && rank(b) >= 1,
    why: 'v0.0.42 shows only the expanded path (/tmp/s3m-matrix-7.out): the submitted pattern (s3m-matrix-%j.out) that v0.0.43+ shows is not in a v0.0.42 body',
  },
  {
    path: /^\/jobs\/\d+\/step_id\/sluid$/,
    when: (a, b) => rank(a) <= 1 && rank(b) >= 2,
    why: "the SLUID (cluster id << 52 | submit milliseconds << 10 | sequence, src/common/sluid.c) is in no v0.0.42/43 field: the cluster id is random and submit_time has whole seconds",
  },
  {
    path: /^\/partitions\/\d+\/(flags|preempt_mode)$/,
    when: (a, b) => rank(a) <= 2 && b === 'v0.0.45',
    why: "v0.0.42..44 never render a partition's flags (DEFAULT, HIDDEN, ...) or its PreemptMode (the parsers skip them: add_skip(flags), add_skip(preempt_mode))",
  },
  {
    path: /^\/nodes\/\d+\/tls_cert_last_renewal$/,
    when: (a, b) => a === 'v0.0.42' && rank(b) >= 1,
    why: "when the node's TLS certificate was last renewed is in no v0.0.42 field (a node without one shows {set: true, number: 0} in v0.0.43+; the gateway shows the unset value and says so in a warning)",
  },
  {
    path: /^\/nodes\/\d+\/suspend_time$/,
    when: (a, b) => rank(a) <= 2 && b === 'v0.0.45',
    why: "a node's SuspendTime is in no v0.0.42..44 field",
  },
];

/**
 * What else may differ between two recorded captures of the same object
 * (test/fixtures/slurmrestd/versions/, compared in-process by src/contract/versions/captures.test.ts)
 * and not in the live matrix: each version's capture was its own call a moment apart (a submit
 * made its own job), and the recorded jobs use fields the live matrix's two jobs do not.
 */
export const CAPTURE_EXCLUSIONS: Exclusion[] = [
  {
    path: /^\/job_id$/,
    valuesOnly: true,
    why: 'each version\'s POST job/submit capture submitted its own job (74, 75, 76, 77): a new job id per submission',
  },
  {
    path: /^\/jobs\/\d+\/stdin_expanded$/,
    when: (a, b) => a === 'v0.0.42' && rank(b) >= 1,
    why: 'v0.0.42\'s standard_input "/dev/null" is both a batch job without stdin (v0.0.43+: "") and one submitted with "/dev/null" (job_pattern.json: "/dev/null"); the gateway shows "", the case of every batch job not given a stdin',
  },
  {
    path: /^\/jobs\/\d+\/(container_type|memory_update_delay|memory_update_margin)$/,
    when: (a, b) => rank(a) <= 2 && b === 'v0.0.45',
    why: 'v0.0.45-only job fields, set only by a v0.0.45 submission (job_newer_fields_v45.json: "oci", 5, 10): no v0.0.42..44 field carries them; the gateway shows "", 0, 0 and says so (notes.empty)',
  },
  {
    path: /^\/jobs\/\d+\/shared$/,
    when: (a, b) => a === 'v0.0.45' && rank(b) <= 2,
    why: 'v0.0.45 renders a job\'s shared as [] whatever was asked (add_removed in p45; job_shared_oversubscribe.json: ["oversubscribe"] in v0.0.42..44): no v0.0.45 field carries it; the gateway shows [] and says so (notes.empty)',
  },
];

/** Whether a difference at a path is justified; `presence`: the difference is a key one side lacks. */
export type Excluded = (path: string, presence: boolean) => boolean;

/** The exclusions of the pair (A, B) as an `Excluded`: a valuesOnly exclusion never excuses a missing key. */
export function excludedFor(a: Version, b: Version, exclusions: readonly Exclusion[] = EXCLUSIONS): Excluded {
  return (p, presence) => exclusions.some((e) => (!e.when || e.when(a, b)) && !(presence && e.valuesOnly) && e.path.test(p));
}

/**
 * Array members that are timing or not carried by A, left out of both sides before comparing
 * (a path exclusion would hide the whole array).
 */
export const TIMING_JOB_FLAGS = ['BACKFILL_ATTEMPTED', 'SCHEDULING_ATTEMPTED'];
export function comparable(body: any, a: Version, b: Version): any {
  const copy = structuredClone(body);
  for (const j of copy?.jobs ?? []) {
    if (!Array.isArray(j.flags)) continue;
    // Whether a scheduling pass or backfill saw the job yet, and a held job's DEPENDENT (set on
    // every new job, cleared when slurmctld first tests its empty dependency list): timing
    // (scenario-kit.ts says the same for local vs real).
    const drop = new Set(TIMING_JOB_FLAGS);
    if (j.state_reason === 'JobHeldUser') drop.add('DEPENDENT');
    // JOB_IMPLICIT_MAX_NODES: set by slurmctld on jobs that gave a task count and no maximum
    // node count (job_mgr.c), shown by v0.0.45 only: a v0.0.42..44 body cannot tell it from an
    // explicit maximum equal to the task count.
    if (rank(a) <= 2 && b === 'v0.0.45') drop.add('JOB_IMPLICIT_MAX_NODES');
    j.flags = j.flags.filter((f: string) => !drop.has(f));
  }
  return copy;
}

// ---- comparison ---------------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One difference between two JSON values `a` and `b` at a path ("/"-joined keys, array indexes as
 * numbers): a key only `a` has, a key only `b` has, or two values. Two lists of objects of
 * different lengths (diag's per-RPC counters) are one `value` difference of the whole lists (their
 * lengths differ), plus the key differences of their members, at `path/*`.
 */
export interface Difference {
  path: string;
  kind: 'only-a' | 'only-b' | 'value';
  a?: unknown;
  b?: unknown;
}

const nothingExcluded: Excluded = () => false;

/**
 * Every difference between `a` and `b` that `excluded` does not justify (by default none is).
 * A whole exclusion (not valuesOnly) covers everything under its path.
 */
export function differences(a: unknown, b: unknown, excluded: Excluded = nothingExcluded, path = ''): Difference[] {
  if (path && excluded(path, true)) return [];
  if (isObject(a) && isObject(b)) {
    const out: Difference[] = [];
    for (const k of Object.keys(a)) {
      if (!Object.hasOwn(b, k)) {
        if (!excluded(`${path}/${k}`, true)) out.push({ path: `${path}/${k}`, kind: 'only-a', a: a[k] });
      } else out.push(...differences(a[k], b[k], excluded, `${path}/${k}`));
    }
    for (const k of Object.keys(b)) if (!Object.hasOwn(a, k) && !excluded(`${path}/${k}`, true)) out.push({ path: `${path}/${k}`, kind: 'only-b', b: b[k] });
    return out;
  }
  const objects = (v: unknown[]) => v.length > 0 && v.every(isObject);
  if (Array.isArray(a) && Array.isArray(b) && objects(a) && objects(b)) {
    if (a.length === b.length) return a.flatMap((x, i) => differences(x, b[i], excluded, `${path}/${i}`));
    // Lists of different lengths: the length is a value, and the members' keys must still agree.
    const keys = (v: unknown[]) => Object.fromEntries(v.flatMap((x) => Object.keys(x as object)).map((k) => [k, true]));
    return [...(excluded(path, false) ? [] : [{ path, kind: 'value' as const, a, b }]), ...differences(keys(a), keys(b), excluded, `${path}/*`)];
  }
  if (excluded(path, false)) return [];
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path, kind: 'value', a, b }];
}

export function short(v: unknown, max = 160): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/**
 * A difference in words, `a` being the gateway's body (`mine`) and `b` the body it must equal
 * (`theirs`, slurmrestd's own).
 */
export function explain(d: Difference, mine = 'gateway', theirs = 'slurmrestd'): string {
  if (d.kind === 'only-b') return `${d.path}: missing in the ${mine}'s body (${theirs}: ${short(d.b)})`;
  if (d.kind === 'only-a') return `${d.path}: only in the ${mine}'s body (${short(d.a)})`;
  if (Array.isArray(d.a) && Array.isArray(d.b) && d.a.length !== d.b.length) return `${d.path}: ${mine} ${d.a.length} items ≠ ${theirs} ${d.b.length}`;
  return `${d.path || '/'}: ${mine} ${short(d.a)} ≠ ${theirs} ${short(d.b)}`;
}

/**
 * warnings[]: every warning slurmrestd gives must be in the gateway's body; the gateway may add its
 * own on top (a deprecated client version, a field version A cannot express), which are reported,
 * not failed.
 */
export function warningDifferences(gw: any, direct: any): { missing: string[]; added: string[] } {
  const key = (w: any) => JSON.stringify([w?.description, w?.source]);
  const gwKeys = new Set((gw?.warnings ?? []).map(key));
  const directKeys = new Set((direct?.warnings ?? []).map(key));
  return {
    missing: (direct?.warnings ?? []).filter((w: any) => !gwKeys.has(key(w))).map(key),
    added: (gw?.warnings ?? []).filter((w: any) => !directKeys.has(key(w))).map(key),
  };
}
