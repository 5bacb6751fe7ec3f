// The real SLURM of scripts/real-slurm.sh (Slurm 26.05 in a Debian chroot, slurmrestd with JWT on
// 127.0.0.1:6820) for the contract suite and the benchmarks: brings it up (idempotent, ~1-2 s when
// the chroot is cached) and says why it cannot when the script exits 3 (not root, no debootstrap,
// no mirror, ...). With S3M_REQUIRE_REAL_SLURM=1 "cannot run here" is an error instead of a skip.
//
// The cluster is shared with other test files running at the same time (the slurmrestd backend's
// own test submits jobs too): callers never assume job ids or an empty queue, and cancel what they
// start. A cluster that was already running is never stopped; one this process started is stopped
// by `release()` unless S3M_REAL_SLURM_KEEP=1.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.ts';

export const REAL_SLURM_SCRIPT = join(ROOT, 'scripts/real-slurm.sh');
const CANNOT_RUN = 3;

export interface RealSlurmEnv {
  /** S3M_SLURMRESTD_URL, S3M_SLURM_JWT_KEY, S3M_SLURM_ROOT, S3M_SLURM_CLUSTER, S3M_SLURM_NODE, S3M_SLURM_USER, ... */
  vars: Record<string, string>;
  url: string;
  keyFile: string;
  /** The chroot: a path inside a job is `${root}${path}` on this machine. */
  root: string;
  wasRunning: boolean;
}

export type RealSlurm = { ok: true; env: RealSlurmEnv; release(): void } | { ok: false; skip: string };

function script(args: string[], timeoutMs: number) {
  return spawnSync('bash', [REAL_SLURM_SCRIPT, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });
}

/** The KEY=VALUE lines `up` and `reconfigure` print. */
function keyValues(stdout: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) vars[m[1]] = m[2];
  }
  return vars;
}

/**
 * The accounting side of the cluster (slurmdbd, associations enforced; see the script's header),
 * or undefined when it runs without (S3M_SLURM_ACCOUNTING=off, or an older script).
 */
export interface RealSlurmAccounting {
  /** proj-a: `user`'s default account; proj-b: `user2`'s. */
  account: string;
  account2: string;
  /** stf040 (SLURM lower-cases account names), with user, user2 and user3 associated. */
  project: string;
  /** STF040: the same account as the gateway's project. */
  projectUpper: string;
  /** carol_c: a cluster user in `project` only, for the gateway token user `user3Token` (carol) through userMap. */
  user3: string;
  user3Token: string;
  /** dave: a Unix user of the cluster with no association (every submission fails with 2045). */
  userNoAssoc: string;
  /** The settings `reconfigureRealSlurm` changes. */
  privateData: string;
  minJobAge: number;
}

export function accountingOf(vars: Record<string, string>): RealSlurmAccounting | undefined {
  if (vars.S3M_SLURM_DBD !== '1') return undefined;
  return {
    account: vars.S3M_SLURM_ACCOUNT,
    account2: vars.S3M_SLURM_ACCOUNT2,
    project: vars.S3M_SLURM_PROJECT,
    projectUpper: vars.S3M_SLURM_PROJECT_UPPER,
    user3: vars.S3M_SLURM_USER3,
    user3Token: vars.S3M_SLURM_USER3_TOKEN,
    userNoAssoc: vars.S3M_SLURM_USER_NOASSOC,
    privateData: vars.S3M_SLURM_PRIVATE_DATA,
    minJobAge: Number(vars.S3M_SLURM_MIN_JOB_AGE),
  };
}

/**
 * `real-slurm.sh reconfigure`: restarts slurmctld (and slurmdbd when PrivateData changes) with
 * these settings, for the WHOLE cluster (other test files see them too), until changed again;
 * 'defaults' is PrivateData=none MinJobAge=300. Returns the KEY=VALUE lines after the change.
 */
export function reconfigureRealSlurm(settings: { privateData?: 'jobs' | 'none'; minJobAge?: number } | 'defaults'): Record<string, string> {
  const args = settings === 'defaults' ? ['defaults'] : [
    ...(settings.privateData ? [`PrivateData=${settings.privateData}`] : []),
    ...(settings.minJobAge !== undefined ? [`MinJobAge=${settings.minJobAge}`] : []),
  ];
  const r = script(['reconfigure', ...args], 5 * 60_000);
  if (r.status !== 0) throw new Error(`scripts/real-slurm.sh reconfigure ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${(r.stderr ?? '').split('\n').slice(-25).join('\n')}`);
  return keyValues(r.stdout);
}

/** Synchronous on purpose: test files call it while declaring their tests, so that a skip can name the reason. */
export function ensureRealSlurm(): RealSlurm {
  const required = process.env.S3M_REQUIRE_REAL_SLURM === '1';
  const wasRunning = /^slurmrestd\s+\d+/m.test(script(['status'], 60_000).stdout ?? '');
  const up = script(['up'], 15 * 60_000);
  if (up.status === CANNOT_RUN && !required) {
    const lines = (up.stderr ?? '').trim().split('\n');
    const reason = (lines.filter((l) => l.startsWith('real-slurm: cannot run here')).pop() ?? lines.pop() ?? 'exit 3').trim();
    return { ok: false, skip: `${reason} (set S3M_REQUIRE_REAL_SLURM=1 to fail instead)` };
  }
  if (up.status !== 0) {
    const why = up.error ? up.error.message : `exit ${up.status}`;
    throw new Error(`scripts/real-slurm.sh up failed (${why}):\n${(up.stderr ?? '').split('\n').slice(-25).join('\n')}`);
  }
  const vars = keyValues(up.stdout);
  let released = false;
  return {
    ok: true,
    env: { vars, url: vars.S3M_SLURMRESTD_URL, keyFile: vars.S3M_SLURM_JWT_KEY, root: vars.S3M_SLURM_ROOT, wasRunning },
    release() {
      if (released) return;
      released = true;
      if (!wasRunning && process.env.S3M_REAL_SLURM_KEEP !== '1') script(['stop'], 120_000);
    },
  };
}
