// The real SLURM of scripts/real-slurm.sh (Slurm 26.05 in a Debian chroot, slurmrestd with JWT) for
// the contract suites and the benchmarks: brings it up (idempotent, ~1-2 s when running, ~20-40 s
// from the cached chroot) and says why it cannot when the script exits 3 (not root, no debootstrap,
// no mirror, ...). With S3M_REQUIRE_REAL_SLURM=1 "cannot run here" is an error instead of a skip.
//
// Two instances, each its own chroot, ports and daemons, so that one never changes the other:
//   plain       S3M_SLURM_ACCOUNTING=off on the script's defaults (/opt/s3m-slurm, 127.0.0.1:6820;
//               S3M_SLURM_ROOT and the port knobs still apply): the cluster the local backend
//               emulates, for the comparison suite (contract.test.ts) and the benchmarks;
//   accounting  slurmdbd with associations enforced, /opt/s3m-slurm-acct on 6920 (slurmctld 6917,
//               slurmd 6918, slurmdbd 6919), or S3M_SLURM_ACCT_ROOT, S3M_SLURM_ACCT_SLURMRESTD_PORT,
//               S3M_SLURM_ACCT_SLURMCTLD_PORT, S3M_SLURM_ACCT_SLURMD_PORT, S3M_SLURM_ACCT_SLURMDBD_PORT:
//               for the real-identity suite (identities.test.ts), which also reconfigures it.
//
// An instance is shared with other test files running at the same time: callers never assume job
// ids or an empty queue, and cancel what they start. An instance that was already running is never
// stopped; one this process started is stopped by `release()` unless S3M_REAL_SLURM_KEEP=1.
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

export type RealSlurmInstance = 'plain' | 'accounting';

/** The script's environment for an instance (see the top of this file). */
export function instanceEnv(instance: RealSlurmInstance): NodeJS.ProcessEnv {
  const e = process.env;
  if (instance === 'plain') return { ...e, S3M_SLURM_ACCOUNTING: 'off' };
  return {
    ...e,
    S3M_SLURM_ACCOUNTING: 'on',
    S3M_SLURM_ROOT: e.S3M_SLURM_ACCT_ROOT || '/opt/s3m-slurm-acct',
    S3M_SLURMRESTD_PORT: e.S3M_SLURM_ACCT_SLURMRESTD_PORT || '6920',
    S3M_SLURMCTLD_PORT: e.S3M_SLURM_ACCT_SLURMCTLD_PORT || '6917',
    S3M_SLURMD_PORT: e.S3M_SLURM_ACCT_SLURMD_PORT || '6918',
    S3M_SLURMDBD_PORT: e.S3M_SLURM_ACCT_SLURMDBD_PORT || '6919',
  };
}

/** scripts/real-slurm.sh <args> for an instance, synchronously. */
export function realSlurmScript(instance: RealSlurmInstance, args: string[], timeoutMs: number) {
  return spawnSync('bash', [REAL_SLURM_SCRIPT, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: instanceEnv(instance) });
}

/** A JWT for `user` minted by the instance's slurmctld (`real-slurm.sh token`), for calling slurmrestd directly. */
export function realSlurmToken(instance: RealSlurmInstance, user: string, lifetimeSeconds = 3600): string {
  const r = realSlurmScript(instance, ['token', user, String(lifetimeSeconds)], 60_000);
  const token = (r.stdout ?? '').trim();
  if (r.status !== 0 || !token) throw new Error(`scripts/real-slurm.sh token ${user} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stderr}`);
  return token;
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
 * 'defaults' is PrivateData=none MinJobAge=300 MaxJobCount=10000. Returns the KEY=VALUE lines after the change.
 */
export function reconfigureRealSlurm(instance: RealSlurmInstance, settings: { privateData?: 'jobs' | 'none'; minJobAge?: number; maxJobCount?: number } | 'defaults'): Record<string, string> {
  const args = settings === 'defaults' ? ['defaults'] : [
    ...(settings.privateData ? [`PrivateData=${settings.privateData}`] : []),
    ...(settings.minJobAge !== undefined ? [`MinJobAge=${settings.minJobAge}`] : []),
    ...(settings.maxJobCount !== undefined ? [`MaxJobCount=${settings.maxJobCount}`] : []),
  ];
  const r = realSlurmScript(instance, ['reconfigure', ...args], 5 * 60_000);
  if (r.status !== 0) throw new Error(`scripts/real-slurm.sh reconfigure ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${(r.stderr ?? '').split('\n').slice(-25).join('\n')}`);
  return keyValues(r.stdout);
}

/** Synchronous on purpose: test files call it while declaring their tests, so that a skip can name the reason. */
export function ensureRealSlurm(instance: RealSlurmInstance): RealSlurm {
  const required = process.env.S3M_REQUIRE_REAL_SLURM === '1';
  const script = (args: string[], timeoutMs: number) => realSlurmScript(instance, args, timeoutMs);
  const wasRunning = /^slurmrestd\s+\d+/m.test(script(['status'], 60_000).stdout ?? '');
  const up = script(['up'], 15 * 60_000);
  if (up.status === CANNOT_RUN && !required) {
    const lines = (up.stderr ?? '').trim().split('\n');
    const reason = (lines.filter((l) => l.startsWith('real-slurm: cannot run here')).pop() ?? lines.pop() ?? 'exit 3').trim();
    return { ok: false, skip: `${reason} (set S3M_REQUIRE_REAL_SLURM=1 to fail instead)` };
  }
  if (up.status !== 0) {
    const why = up.error ? up.error.message : `exit ${up.status}`;
    throw new Error(`scripts/real-slurm.sh up (${instance} instance) failed (${why}):\n${(up.stderr ?? '').split('\n').slice(-25).join('\n')}`);
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

/**
 * A gateway resource `real` in front of an instance's slurmrestd (YAML, to go under `resources:`):
 * v0.0.43, the cluster's JWT key, every token user mapped to the cluster user `user`.
 */
export function realSlurmResourceYaml(env: RealSlurmEnv, user: string, extraBackend = ''): string {
  return `  real:
    versions: [v0.0.43]
    backend:
      type: slurmrestd
      url: ${env.url}
      auth: { mode: jwt-key, keyFile: ${env.keyFile}, lifetimeMinutes: 60 }
      userMap: { '*': ${user} }
      apiVersion: v0.0.43
${extraBackend ? `      ${extraBackend}\n` : ''}`;
}
