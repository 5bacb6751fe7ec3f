// Runs `bin/s3m` as a real process for the client-command tests: exit code, stdout and stderr,
// with an environment that has nothing of the caller's S3M_* variables unless given.
import { spawn, type ChildProcess } from 'node:child_process';
import { S3M } from './harness.ts';

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
