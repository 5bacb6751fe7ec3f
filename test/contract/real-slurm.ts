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
  const vars: Record<string, string> = {};
  for (const line of up.stdout.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) vars[m[1]] = m[2];
  }
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
