// The version matrix against real SLURM (issue 15): for every cluster version A (the version a
// slurmrestd resource speaks to its cluster in, the backend's `apiVersion`) and every client
// version B (v0.0.42 .. v0.0.45), the gateway's B body of ping, partitions, nodes, reservations,
// diag and job/{id} (a completed job and a pending held job) must equal what slurmrestd itself
// answers in B for the same objects: the same keys at every level and the same values, except the
// paths listed below, each with its reason. The evidence behind the rules is
// test/fixtures/slurmrestd/versions/FINDINGS.md.
//
// One gateway, four resources c42..c45 on the same real cluster (real-slurm.ts's "plain"
// instance), each speaking its cluster version A and serving all four client versions. The jobs are
// submitted once, directly to slurmrestd (so the gateway's request translation is not what puts
// them there), as alice in proj-a, the gateway token's project; every pair reads them. Each pair
// reads the gateway and slurmrestd at the same moment, object by object in parallel; a difference
// must survive two re-reads to count, so that a value that moved between two reads a millisecond
// apart (the shared cluster keeps running) is not taken for a translation error.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { configSchema } from '../../src/config/schema.ts';
import { curl, startGateway, waitFor, type TestGateway } from '../e2e/harness.ts';
import { ensureRealSlurm, realSlurmToken } from './real-slurm.ts';
import { PROJECT, USER } from './targets.ts';

const VERSIONS = ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'] as const;
type Version = (typeof VERSIONS)[number];
const rank = (v: Version) => VERSIONS.indexOf(v);
const resourceOf = (a: Version) => `c${a.slice(-2)}`;

const real = ensureRealSlurm('plain');

/** Whether this gateway's config accepts a slurmrestd backend's `apiVersion` (the cluster version A). */
function apiVersionAccepted(): boolean {
  const backend = { type: 'slurmrestd', url: 'http://127.0.0.1:1', auth: { mode: 'jwt-key', keyFile: '/nonexistent' }, apiVersion: 'v0.0.43' };
  return configSchema.safeParse({ resources: { x: { versions: [...VERSIONS], backend } } }).success;
}

// ---- what may differ, and why -------------------------------------------------------------------

interface Exclusion {
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
 * Array members that are timing or not carried by A, left out of both sides before comparing
 * (a path exclusion would hide the whole array).
 */
const TIMING_JOB_FLAGS = ['BACKFILL_ATTEMPTED', 'SCHEDULING_ATTEMPTED'];
function comparable(body: any, a: Version, b: Version): any {
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

type Excluded = (path: string, presence: boolean) => boolean;

/**
 * Paths where `gw` and `direct` differ: "missing in the gateway's body", "only in the gateway's
 * body", or both values. `excluded(path, presence)`: whether a difference at `path` is justified;
 * `presence` says the difference is a key one side lacks.
 */
function differences(gw: unknown, direct: unknown, excluded: Excluded, path = ''): string[] {
  // A whole exclusion (not valuesOnly) covers everything under its path.
  if (path && excluded(path, true)) return [];
  if (isObject(gw) && isObject(direct)) {
    const out: string[] = [];
    for (const k of Object.keys(direct)) {
      if (!Object.hasOwn(gw, k)) {
        if (!excluded(`${path}/${k}`, true)) out.push(`${path}/${k}: missing in the gateway's body (slurmrestd: ${short(direct[k])})`);
      } else out.push(...differences(gw[k], direct[k], excluded, `${path}/${k}`));
    }
    for (const k of Object.keys(gw)) if (!Object.hasOwn(direct, k) && !excluded(`${path}/${k}`, true)) out.push(`${path}/${k}: only in the gateway's body (${short(gw[k])})`);
    return out;
  }
  const objects = (v: unknown[]) => v.length > 0 && v.every(isObject);
  if (Array.isArray(gw) && Array.isArray(direct) && objects(gw) && objects(direct)) {
    if (gw.length === direct.length) return direct.flatMap((x, i) => differences(gw[i], x, excluded, `${path}/${i}`));
    // Lists of different lengths (diag's per-RPC counters): the length is a value, and the
    // members' keys must still agree.
    const keys = (v: unknown[]) => Object.fromEntries(v.flatMap((x) => Object.keys(x as object)).map((k) => [k, true]));
    return [...(excluded(path, false) ? [] : [`${path}: gateway ${gw.length} items ≠ slurmrestd ${direct.length}`]), ...differences(keys(gw), keys(direct), excluded, `${path}/*`)];
  }
  if (excluded(path, false)) return [];
  return JSON.stringify(gw) === JSON.stringify(direct) ? [] : [`${path || '/'}: gateway ${short(gw)} ≠ slurmrestd ${short(direct)}`];
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

/**
 * warnings[]: every warning slurmrestd gives must be in the gateway's body; the gateway may add its
 * own on top (a deprecated client version, a field version A cannot express), which are reported,
 * not failed.
 */
function warningDifferences(gw: any, direct: any): { missing: string[]; added: string[] } {
  const key = (w: any) => JSON.stringify([w?.description, w?.source]);
  const gwKeys = new Set((gw?.warnings ?? []).map(key));
  const directKeys = new Set((direct?.warnings ?? []).map(key));
  return {
    missing: (direct?.warnings ?? []).filter((w: any) => !gwKeys.has(key(w))).map(key),
    added: (gw?.warnings ?? []).filter((w: any) => !directKeys.has(key(w))).map(key),
  };
}

// ---- the suite ----------------------------------------------------------------------------------

describe(`version matrix: the gateway's v0.0.42..v0.0.45 bodies from clusters spoken to in v0.0.42..v0.0.45 equal slurmrestd's own${real.ok ? '' : ` (skipped: ${real.skip})`}`, { skip: real.ok ? false : real.skip }, () => {
  if (!real.ok) return;
  const env = real.env;
  const accepted = apiVersionAccepted();
  let gw: TestGateway;
  let header: string;
  let slurmHeaders: string[];
  const jobs: { completed: number; held: number } = { completed: 0, held: 0 };
  const outFiles: string[] = [];

  const direct = (b: Version, path: string) => curl(`${env.url}/slurm/${b}${path}`, { headers: slurmHeaders });
  const viaGateway = (a: Version, b: Version, path: string) => curl(`${gw.url}/slurm/${b}/${resourceOf(a)}${path}`, { headerFile: header });

  before(async () => {
    const token = realSlurmToken('plain', USER);
    slurmHeaders = [`X-SLURM-USER-NAME: ${USER}`, `X-SLURM-USER-TOKEN: ${token}`];
    // Without `apiVersion` (a gateway before issue 15's backend setting) only c43 is made, as
    // today's gateway speaks to every cluster in v0.0.43; the other clusters' pairs fail saying so.
    const resources: Record<string, unknown> = {};
    for (const a of VERSIONS) {
      if (!accepted && a !== 'v0.0.43') continue;
      resources[resourceOf(a)] = {
        versions: [...VERSIONS],
        backend: {
          type: 'slurmrestd',
          url: env.url,
          auth: { mode: 'jwt-key', keyFile: env.keyFile, lifetimeMinutes: 5 },
          timeouts: { requestMs: 20_000 },
          ...(accepted ? { apiVersion: a } : {}),
        },
      };
    }
    // No job history: a finished job must be answered by slurmctld in every version, not from the
    // gateway's store (history has its own tests). No rate limits: the suite reads a lot at once.
    gw = await startGateway({ config: JSON.stringify({ listen: { host: '127.0.0.1', port: 0 }, logLevel: 'info', rateLimits: { enabled: false }, history: { windowHours: 0 }, resources }, null, 1) });
    header = gw.headerFile(await gw.token(PROJECT, USER, 'compute-ace'));

    // The two jobs, submitted once, straight to slurmrestd. An output pattern relative to the
    // working directory, so the pattern-vs-expanded rule (FINDINGS.md) is exercised.
    const submit = async (name: string, extra: Record<string, unknown>) => {
      const r = await curl(`${env.url}/slurm/v0.0.43/job/submit`, {
        method: 'POST',
        headers: slurmHeaders,
        json: { job: { name, account: PROJECT, partition: 'batch-cpu', tasks: 1, time_limit: { set: true, number: 10 }, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: 's3m-matrix-%j.out', script: '#!/bin/bash\necho matrix', ...extra } },
      });
      assert.equal(r.status, 200, r.text);
      outFiles.push(`${env.root}/tmp/s3m-matrix-${r.body.job_id}.out`);
      return r.body.job_id as number;
    };
    jobs.held = await submit('s3m-matrix-held', { hold: true });
    jobs.completed = await submit('s3m-matrix-completed', {});
    // A deadline, not a duration: the shared node may run other suites' jobs first.
    await waitFor(`job ${jobs.completed} COMPLETED`, async () => {
      const r = await direct('v0.0.43', `/job/${jobs.completed}`);
      return r.body?.jobs?.[0]?.job_state?.includes('COMPLETED') ? true : undefined;
    }, 300_000, 250);
  });

  after(async () => {
    if (jobs.held) await curl(`${env.url}/slurm/v0.0.43/job/${jobs.held}`, { method: 'DELETE', headers: slurmHeaders }).catch(() => undefined);
    for (const f of outFiles) rmSync(f, { force: true });
    await gw?.cleanup();
    real.release();
  });

  const objects = (): Array<[string, string]> => [
    ['ping', '/ping'],
    ['partitions', '/partitions'],
    ['nodes', '/nodes'],
    ['reservations', '/reservations'],
    ['diag', '/diag'],
    ['completed job', `/job/${jobs.completed}`],
    ['pending held job', `/job/${jobs.held}`],
  ];

  for (const a of VERSIONS) {
    for (const b of VERSIONS) {
      it(`cluster spoken to in ${a} → client ${b}: ping, partitions, nodes, reservations, diag, a completed and a held job equal slurmrestd's own ${b} bodies`, async (t) => {
        assert.ok(accepted || a === 'v0.0.43', `the gateway's config does not accept a slurmrestd backend's apiVersion, so no resource speaks ${a} to its cluster (only v0.0.43, today's fixed version, can be checked)`);
        const excluded: Excluded = (p, presence) => EXCLUSIONS.some((e) => (!e.when || e.when(a, b)) && !(presence && e.valuesOnly) && e.path.test(p));
        const failures: string[] = [];
        const gatewayWarnings: string[] = [];
        await Promise.all(objects().map(async ([what, path]) => {
          let problems: string[] = [];
          let added: string[] = [];
          // A difference counts when it is still there on the third read of both sides.
          for (let attempt = 0; attempt < 3; attempt++) {
            // harness.ts's curl also checks the gateway's v0.0.42/43 bodies against their document:
            // a body that does not validate is a difference too, and is reported with the others.
            const [g, d] = await Promise.all([viaGateway(a, b, path).catch((err: Error) => err), direct(b, path)]);
            problems = [];
            if (g instanceof Error) {
              problems.push(`the gateway's body: ${g.message.slice(0, 600)}`);
              continue;
            }
            if (g.status !== d.status) problems.push(`HTTP status: gateway ${g.status} ≠ slurmrestd ${d.status} (${g.text.slice(0, 300)})`);
            if (g.body === undefined || d.body === undefined) problems.push(`not JSON: gateway ${g.text.slice(0, 200)} | slurmrestd ${d.text.slice(0, 200)}`);
            else {
              const gb = comparable(g.body, a, b);
              const db = comparable(d.body, a, b);
              const w = warningDifferences(gb, db);
              added = w.added;
              for (const m of w.missing) problems.push(`/warnings: slurmrestd's warning ${m} missing in the gateway's body`);
              // warnings[] compared above (the gateway may add its own).
              delete gb.warnings;
              delete db.warnings;
              problems.push(...differences(gb, db, excluded));
            }
            if (!problems.length) break;
          }
          failures.push(...problems.map((p) => `${what} ${path}: ${p}`));
          gatewayWarnings.push(...added.map((w) => `${what}: ${w}`));
        }));
        if (gatewayWarnings.length) t.diagnostic(`warnings the gateway added (allowed): ${gatewayWarnings.join('; ')}`);
        if (failures.length) assert.fail(`cluster ${a} → client ${b}: ${failures.length} difference(s) from slurmrestd's own ${b} bodies:\n  ${failures.sort().join('\n  ')}`);
      });
    }
  }
});
