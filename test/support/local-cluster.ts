// Helpers for the local backend's tests: a throwaway database and spool, a config with defaults
// applied, and polling for a job to reach a state.
import { fileURLToPath } from 'node:url';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import type { LocalBackendConfig } from '../../src/config/schema.ts';
import type { JobInfo } from '../../src/contract/model.ts';
import { openHostDatabase, type Db } from '../../src/store/database.ts';
import type { BackendContext, SlurmBackend } from '../../src/backends/backend.ts';
import { nssLookup } from '../../src/backends/local/accounts.ts';
import { createLocalBackend, type LocalBackendOptions } from '../../src/backends/local/index.ts';
import { oneNodeConfig } from './one-node-config.ts';

/** Real slurmrestd 26.05.5 captures, copied into the project (tests never read ../shared). */
export const REFERENCE_DIR = fileURLToPath(new URL('../fixtures/slurmrestd/', import.meta.url));
export const ctx: BackendContext = { user: 'alice', project: 'proj-a', clientSource: '127.0.0.1:5000' };

export function reference(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, name), 'utf8')) as Record<string, unknown>;
}

export function makeConfig(overrides: Partial<Record<keyof LocalBackendConfig, unknown>> = {}): LocalBackendConfig {
  return oneNodeConfig({
    killWait: 0.3,
    minuteSeconds: 60,
    schedulerInterval: 0.2,
    // As root, test jobs run as nobody (every machine has it); see jobDir().
    userMap: { '*': 'nobody' },
    ...overrides,
  });
}

export interface Env {
  dir: string;
  dbFile: string;
  db: Db;
  spool: string;
  backend: SlurmBackend;
  /** Start another backend instance on the same database (a "restart"). */
  reopen(extra?: Partial<LocalBackendOptions>): SlurmBackend;
  cleanup(): Promise<void>;
}

/**
 * A fresh directory that test jobs may write to: as root they run as nobody, so it is
 * world-writable and sticky, like /tmp.
 */
export function jobDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o1777);
  return dir;
}

/** The cgroup scope of a test backend in `dir` (a restarted backend must find its predecessor's jobs). */
export const cgroupScopeFor = (dir: string): string => `s3m_test_${basename(dir)}/res1`;

/** The account test jobs run as: nobody as root (see makeConfig), else whoever runs the tests. */
export const JOB_USER = process.getuid?.() === 0 ? 'nobody' : userInfo().username;
export const JOB_ACCOUNT = nssLookup(JOB_USER)!;

export async function makeEnv(config: LocalBackendConfig = makeConfig(), extra: Partial<LocalBackendOptions> = {}): Promise<Env> {
  const dir = jobDir('s3m-local-');
  // The database in a directory of its own: the gateway makes it 0700.
  const dbFile = join(dir, 'data', 's3m.db');
  const db = await openHostDatabase(dbFile);
  const spool = join(dir, 'spool');
  const backends: SlurmBackend[] = [];
  const reopen = (more: Partial<LocalBackendOptions> = {}) => {
    const b = createLocalBackend({ resource: 'res1', config, db, spoolDir: spool, cgroupScope: cgroupScopeFor(dir), ...extra, ...more });
    backends.push(b);
    return b;
  };
  const backend = reopen();
  await backend.start();
  return {
    dir,
    dbFile,
    db,
    spool,
    backend,
    reopen,
    async cleanup() {
      for (const b of backends) await b.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function getJob(backend: SlurmBackend, id: number | string): Promise<JobInfo> {
  const r = await backend.job(ctx, String(id));
  if (r.status !== 200) throw new Error(`job ${id}: HTTP ${r.status} ${JSON.stringify(r.body.errors)}`);
  return r.body.jobs[0];
}

/** Polls `fn` until it gives a value. Deadlines are generous: they cost time only when something is broken. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function waitState(backend: SlurmBackend, id: number, state: string, timeoutMs = 60_000): Promise<JobInfo> {
  return waitFor(`job ${id} ${state}`, async () => {
    const j = await getJob(backend, id);
    return j.job_state?.[0] === state && !j.job_state.includes('COMPLETING') ? j : undefined;
  }, timeoutMs);
}

export async function submit(backend: SlurmBackend, job: Record<string, unknown>): Promise<number> {
  // slurmctld refuses a batch job without environment (2127): tests that do not care send a PATH.
  const r = await backend.submit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], ...job } } as never);
  if (r.status !== 200) throw new Error(`submit: HTTP ${r.status} ${JSON.stringify(r.body.errors)}`);
  return r.body.job_id as number;
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Meta is the only part of a reference body that differs by capture; compare the rest. */
export function withoutMeta(body: object): Record<string, unknown> {
  const { meta: _meta, ...rest } = body as Record<string, unknown>;
  return rest;
}

/** One single-cpu node: the second job of restart-fixture.ts waits behind the first. */
export function restartConfig(): LocalBackendConfig {
  return makeConfig({ nodes: [{ name: 'n1', cpus: 1, memory: 1024 }] });
}
