// Owns the batch scripts' child processes: writes the script to the spool, starts it in its own
// process group with the job's files as stdio, delivers signals to the group, and reports how the
// batch shell ended. It knows nothing of job states; the backend decides what an exit means.
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, closeSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { dirname } from 'node:path';
import { readProcStat, signalGroup } from './proc.ts';
import { silentLogger, type Logger, type Spawner } from './types.ts';

export interface LaunchSpec {
  jobId: number;
  scriptPath: string;
  script: string;
  cwd: string;
  env: Record<string, string>;
  stdoutPath: string;
  /** Same as stdoutPath when the job did not ask for a separate error file. */
  stderrPath: string;
  /** '' = /dev/null. */
  stdinPath: string;
}

export type LaunchResult = { ok: true; pid: number; startTime: string | null } | { ok: false; error: string };

export type ExitResult = { kind: 'code'; code: number } | { kind: 'signal'; signal: number; name: string };

export type ExitHandler = (jobId: number, result: ExitResult) => void;

export function signalNumber(name: string): number {
  return (osConstants.signals as Record<string, number>)[name] ?? 0;
}

/** "SIGTERM" or 15 → "TERM" (how exit_code.signal.name shows it). */
export function signalShortName(sig: number | string): string {
  const full = typeof sig === 'string' ? sig : Object.entries(osConstants.signals).find(([, n]) => n === sig)?.[0];
  return full ? full.replace(/^SIG/, '') : String(sig);
}

export class Executor {
  private readonly children = new Map<number, { child: ChildProcess; pid: number }>();
  private readonly spawner: Spawner;
  private readonly logger: Logger;

  constructor(opts: { spawner?: Spawner; logger?: Logger } = {}) {
    this.spawner = opts.spawner ?? nodeSpawn;
    this.logger = opts.logger ?? silentLogger;
  }

  has(jobId: number): boolean {
    return this.children.has(jobId);
  }

  /**
   * Start the job. Resolves once the process exists (or could not be started); `onExit` is called
   * exactly once later, only for a started process.
   */
  launch(spec: LaunchSpec, onExit: ExitHandler): Promise<LaunchResult> {
    const fail = (error: string): LaunchResult => {
      // Like slurmstepd, say why in the job's error file when it can be written.
      try {
        appendFileSync(spec.stderrPath, `slurmstepd: error: ${error}\n`);
      } catch {
        /* nowhere to write it; the job record carries it */
      }
      return { ok: false, error };
    };
    try {
      mkdirSync(dirname(spec.scriptPath), { recursive: true, mode: 0o700 });
      writeFileSync(spec.scriptPath, spec.script, { mode: 0o700 });
      chmodSync(spec.scriptPath, 0o700);
    } catch (e) {
      return Promise.resolve(fail(`could not write batch script ${spec.scriptPath}: ${(e as Error).message}`));
    }
    try {
      if (!statSync(spec.cwd).isDirectory()) return Promise.resolve(fail(`couldn't chdir to \`${spec.cwd}': Not a directory`));
    } catch {
      return Promise.resolve(fail(`couldn't chdir to \`${spec.cwd}': No such file or directory`));
    }
    const fds: number[] = [];
    let child: ChildProcess;
    try {
      const out = openSync(spec.stdoutPath, 'w');
      fds.push(out);
      const err = spec.stderrPath === spec.stdoutPath ? out : openSync(spec.stderrPath, 'w');
      if (err !== out) fds.push(err);
      const input = spec.stdinPath ? openSync(spec.stdinPath, 'r') : 'ignore';
      if (typeof input === 'number') fds.push(input);
      // detached: the script leads its own process group, so signals reach everything it started.
      child = this.spawner(spec.scriptPath, [], { cwd: spec.cwd, env: spec.env, detached: true, stdio: [input, out, err] });
    } catch (e) {
      for (const fd of fds) closeSync(fd);
      return Promise.resolve(fail(`could not start ${spec.scriptPath}: ${(e as Error).message}`));
    }
    for (const fd of fds) closeSync(fd); // the child has its own copies
    return new Promise<LaunchResult>((resolvePromise) => {
      let settled = false;
      child.once('error', (e) => {
        if (settled) {
          this.logger.warn({ jobId: spec.jobId, err: e }, 'local job process error');
          return;
        }
        settled = true;
        resolvePromise(fail(`execve(): ${spec.scriptPath}: ${(e as Error).message}`));
      });
      child.once('spawn', () => {
        settled = true;
        const pid = child.pid!;
        this.children.set(spec.jobId, { child, pid });
        child.once('exit', (code, signal) => {
          this.children.delete(spec.jobId);
          // Whatever the script left running in its group ends with it, as SLURM ends a job's processes.
          signalGroup(pid, 'SIGKILL');
          const result: ExitResult = signal ? { kind: 'signal', signal: signalNumber(signal), name: signalShortName(signal) } : { kind: 'code', code: code ?? 0 };
          try {
            onExit(spec.jobId, result);
          } catch (e) {
            this.logger.error({ jobId: spec.jobId, err: e }, 'local job exit handling failed');
          }
        });
        resolvePromise({ ok: true, pid, startTime: readProcStat(pid)?.startTime ?? null });
      });
    });
  }

  /** Deliver `signal` to the job's process group (or only the batch shell); false when the job has no live process here. */
  signal(jobId: number, signal: number | NodeJS.Signals, batchShellOnly = false): boolean {
    const entry = this.children.get(jobId);
    if (!entry) return false;
    if (!batchShellOnly) return signalGroup(entry.pid, signal);
    try {
      process.kill(entry.pid, signal);
      return true;
    } catch {
      return false;
    }
  }

  /** Resolves when every child has exited, or after `timeoutMs`. */
  async waitAll(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.children.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  }

  /** Kill every process this executor started (used by close()). */
  killAll(): number[] {
    const ids = [...this.children.keys()];
    for (const [, { pid }] of this.children) signalGroup(pid, 'SIGKILL');
    return ids;
  }
}
