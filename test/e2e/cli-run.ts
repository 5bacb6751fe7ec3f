// Runs `bin/s3m` as a real process for the client-command tests: exit code, stdout and stderr,
// with an environment that has nothing of the caller's S3M_* variables unless given.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { curl, jobDir, S3M, startGateway, testConfig, type TestGateway } from './harness.ts';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
}

function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('S3M_') && !k.startsWith('SBATCH_') && k !== 'SLURM_EXPORT_ENV') env[k] = v;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Starts the CLI; `output()` is what it printed so far; `done` resolves when it exits. */
export function startCli(args: string[], opts: CliOptions = {}): { proc: ChildProcess; output: () => { stdout: string; stderr: string }; done: Promise<CliResult> } {
  const proc = spawn(S3M, args, { cwd: opts.cwd, env: cleanEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  proc.stdin!.end(opts.input ?? '');
  const done = new Promise<CliResult>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { proc, output: () => ({ stdout, stderr }), done };
}

export const cli = (args: string[], opts: CliOptions = {}) => startCli(args, opts).done;

/**
 * A running gateway with a token in `<work>/.env` (where the CLI finds it), the environment the
 * CLI tests pass (`S3M_URL`, `S3M_RESOURCE=defiant`), and helpers to write scripts and read jobs.
 * Time limits are real minutes here (minuteSeconds 60): each CLI run starts a process that can
 * take seconds on a busy machine, and no job of these tests may reach its limit meanwhile.
 */
export interface CliWorld {
  gw: TestGateway;
  headerFile: string;
  work: string;
  env: Record<string, string>;
  /** The job as the gateway shows it (GET job/{id} with real curl). */
  getJob(id: number | string): Promise<any>;
  /** Write `text` to `<work>/<name>` and return its path. */
  script(name: string, text: string): string;
}

export async function startCliWorld(prefix: string): Promise<CliWorld> {
  const gw = await startGateway({ config: testConfig({ minuteSeconds: 60 }) });
  const token = await gw.token('STF040', 'alice', 'compute-ace');
  const headerFile = gw.headerFile(token);
  const work = jobDir(prefix);
  writeFileSync(join(work, '.env'), `Authorization: ${token}\n`);
  return {
    gw,
    headerFile,
    work,
    env: { S3M_URL: gw.url, S3M_RESOURCE: 'defiant' },
    async getJob(id) {
      const res = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${id}`, { headerFile });
      assert.equal(res.status, 200, res.text);
      return res.body.jobs[0];
    },
    script(name, text) {
      const f = join(work, name);
      writeFileSync(f, text);
      return f;
    },
  };
}
