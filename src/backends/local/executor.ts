// Owns the batch scripts' processes: writes the script to the job's spool directory (owned by the
// job's account), starts the launcher (launcher.ts) as that account inside the job's cgroup,
// delivers signals to every process of the job, and reports how the batch shell ended once
// nothing of the job is left. It knows nothing of job states; the backend decides what an exit
// means.
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { signalName, signalNumber } from '../../contract/signals.ts';
import { dirname, join } from 'node:path';
import type { JobAccount } from './accounts.ts';
import type { Containment, JobCgroup, JobLimits } from './cgroups.ts';
import { noContainment } from './cgroups.ts';
import { asAccount, launchCommand } from './launcher.ts';
import { readProcStat, signalGroup } from './proc.ts';
import { silentLogger, type Logger, type Spawner } from './types.ts';

export interface LaunchSpec {
  jobId: number;
  /** The job's own spool directory (slurmd's job<id>): made here, owned by the account. */
  jobDir: string;
  script: string;
  cwd: string;
  env: Record<string, string>;
  stdoutPath: string;
  /** Same as stdoutPath when the job did not ask for a separate error file. */
  stderrPath: string;
  /** '' = /dev/null. */
  stdinPath: string;
  /** The account to run as; null in single-user mode (the gateway's own user). */
  account: JobAccount | null;
  limits: JobLimits;
  /** Largest file the job may write (RLIMIT_FSIZE), bytes; null = no limit. */
  maxFileBytes: number | null;
  /** open_mode APPEND: the output files are appended to, not truncated. */
  append?: boolean;
  /** The script's $1... (argv[1...]; argv[0] is replaced by the script's path, as slurmstepd does). */
  args?: readonly string[];
}

/**
 * `io`: the launcher, as the job's user, could not open the job's files (slurmstepd's io setup);
 * `start`: the gateway could not start the job at all (fork, cgroup, spool).
 */
export type LaunchResult = { ok: true; pid: number; startTime: string | null } | { ok: false; stage: 'io' | 'start'; error: string };

export type ExitResult = ({ kind: 'code'; code: number } | { kind: 'signal'; signal: number; name: string }) & {
  /** OOM kills the job's cgroup saw (task/cgroup's oom_kill events). */
  oomKills: number;
};

export type ExitHandler = (jobId: number, result: ExitResult) => void;

interface Running {
  child: ChildProcess;
  pid: number;
  cgroup: JobCgroup | null;
  jobDir: string;
  /** The batch script has been exec'd: signals now reach it, not the launcher. */
  execd: boolean;
}

export class Executor {
  private readonly children = new Map<number, Running>();
  /** Clean-ups under way (close() waits for them). */
  private readonly cleanups = new Set<Promise<number>>();
  private readonly spawner: Spawner;
  private readonly logger: Logger;
  readonly containment: Containment;

  constructor(opts: { spawner?: Spawner; logger?: Logger; containment?: Containment } = {}) {
    this.spawner = opts.spawner ?? nodeSpawn;
    this.logger = opts.logger ?? silentLogger;
    this.containment = opts.containment ?? noContainment('none configured');
  }

  /** Whether the job's script runs (until then the backend queues signals for it, as for a job being launched). */
  has(jobId: number): boolean {
    return this.children.get(jobId)?.execd === true;
  }

  /** The script, in a directory only the job's account can enter (written before it is handed over). */
  private writeScript(spec: LaunchSpec): string {
    // The spool itself is root's and open to all (0755); each job's directory is its account's alone.
    mkdirSync(dirname(spec.jobDir), { recursive: true, mode: 0o755 });
    rmSync(spec.jobDir, { recursive: true, force: true });
    mkdirSync(spec.jobDir, { mode: 0o700 });
    const scriptPath = join(spec.jobDir, 'slurm_script');
    writeFileSync(scriptPath, spec.script, { mode: 0o700, flag: 'wx' });
    if (spec.account) {
      chownSync(scriptPath, spec.account.uid, spec.account.gid);
      chownSync(spec.jobDir, spec.account.uid, spec.account.gid);
    }
    return scriptPath;
  }

  /**
   * Start the job. Resolves once the batch script is exec'd (or the launch failed, in slurmstepd's
   * words); `onExit` is called exactly once later, only for a started job.
   */
  launch(spec: LaunchSpec, onExit: ExitHandler): Promise<LaunchResult> {
    let scriptPath: string;
    try {
      scriptPath = this.writeScript(spec);
    } catch (e) {
      return Promise.resolve({ ok: false, stage: 'start', error: `could not write batch script in ${spec.jobDir}: ${(e as Error).message}` });
    }
    let cgroup: JobCgroup | null;
    try {
      cgroup = this.containment.create(`job_${spec.jobId}`, spec.limits);
    } catch (e) {
      return Promise.resolve({ ok: false, stage: 'start', error: `could not create the job's cgroup: ${(e as Error).message}` });
    }
    const cmd = launchCommand({
      account: spec.account,
      stdinPath: spec.stdinPath,
      stdoutPath: spec.stdoutPath,
      stderrPath: spec.stderrPath,
      cwd: spec.cwd,
      scriptPath,
      maxFileBytes: spec.maxFileBytes,
      append: spec.append,
      args: spec.args,
    });
    let child: ChildProcess;
    try {
      // detached: the job leads its own session and process group, apart from the gateway's.
      child = this.spawner(cmd.file, cmd.args, { cwd: '/', env: spec.env, detached: true, stdio: ['pipe', 'ignore', 'pipe'] });
    } catch (e) {
      cgroup?.remove();
      return Promise.resolve({ ok: false, stage: 'start', error: `could not start the job: ${(e as Error).message}` });
    }
    return new Promise<LaunchResult>((resolvePromise) => {
      let report = '';
      let reported = false; // the report channel reached end of file
      let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
      let settled = false;
      let attachFailed = false;
      let pid = 0;
      const settle = (r: LaunchResult) => {
        if (settled) return;
        settled = true;
        resolvePromise(r);
      };
      // Decide once both the report channel and (for a failure) the process are done.
      const decide = () => {
        if (settled || !reported) return;
        if (report.trim() !== '') {
          if (!exited) return; // the launcher exits right after reporting
          this.children.delete(spec.jobId);
          const stage = attachFailed ? 'start' : 'io';
          void this.cleanUp(cgroup, pid, spec.jobDir).then(() => settle({ ok: false, stage, error: report.trim().split('\n').pop()! }));
          return;
        }
        const entry = this.children.get(spec.jobId);
        if (entry) entry.execd = true;
        settle({ ok: true, pid, startTime: readProcStat(pid)?.startTime ?? null });
        if (exited) this.finish(spec.jobId, exited, onExit);
      };
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (d: string) => {
        if (report.length < 4096) report += d;
      });
      child.stderr!.once('end', () => {
        reported = true;
        decide();
      });
      child.stdin!.on('error', () => {
        /* the launcher died before reading the gate: its exit says why */
      });
      child.once('error', (e) => {
        if (settled) return this.logger.warn({ jobId: spec.jobId, err: e }, 'local job process error');
        cgroup?.remove();
        settle({ ok: false, stage: 'start', error: `could not start the job: ${e.message}` });
      });
      child.once('spawn', () => {
        pid = child.pid!;
        this.children.set(spec.jobId, { child, pid, cgroup, jobDir: spec.jobDir, execd: false });
        try {
          cgroup?.attach(pid);
        } catch (e) {
          report = `could not place the job in its cgroup: ${(e as Error).message}`;
          attachFailed = true;
          signalGroup(pid, 'SIGKILL');
          return;
        }
        child.stdin!.end('go\n');
      });
      child.once('exit', (code, signal) => {
        exited = { code, signal };
        if (settled) this.finish(spec.jobId, exited, onExit);
        else decide();
      });
    });
  }

  /** The batch shell ended: end whatever it left running (as SLURM ends a job's processes), then report. */
  private finish(jobId: number, how: { code: number | null; signal: NodeJS.Signals | null }, onExit: ExitHandler): void {
    const entry = this.children.get(jobId);
    this.children.delete(jobId);
    const cgroup = entry?.cgroup ?? null;
    void this.cleanUp(cgroup, entry?.pid ?? 0, entry?.jobDir).then((oomKills) => {
      const n = how.signal ? (signalNumber(how.signal) ?? 0) : 0;
      const base = how.signal ? { kind: 'signal' as const, signal: n, name: signalName(n) } : { kind: 'code' as const, code: how.code ?? 0 };
      try {
        onExit(jobId, { ...base, oomKills });
      } catch (e) {
        this.logger.error({ jobId, err: e }, 'local job exit handling failed');
      }
    });
  }

  /** Kill what is left of a job, remove its cgroup and its spool directory (as slurmd does); the OOM kills it saw. */
  private cleanUp(cgroup: JobCgroup | null, pid: number, jobDir?: string): Promise<number> {
    const done = this.killAndCount(cgroup, pid).finally(() => {
      if (jobDir) rmSync(jobDir, { recursive: true, force: true });
      this.cleanups.delete(done);
    });
    this.cleanups.add(done);
    return done;
  }

  private async killAndCount(cgroup: JobCgroup | null, pid: number): Promise<number> {
    if (!cgroup) {
      if (pid) signalGroup(pid, 'SIGKILL');
      return 0;
    }
    try {
      if (!(await cgroup.killAll())) this.logger.warn({ pid }, 'local job processes survived SIGKILL');
      const oom = cgroup.oomKills();
      cgroup.remove();
      return oom;
    } catch (err) {
      this.logger.error({ err, pid }, 'local job cgroup clean-up failed');
      return 0;
    }
  }

  /** Deliver `signal` to every process of the job (or only the batch shell); false when the job has no live process here. */
  signal(jobId: number, signal: number | NodeJS.Signals, batchShellOnly = false): boolean {
    const entry = this.children.get(jobId);
    if (!entry?.execd) return false;
    if (batchShellOnly) {
      try {
        process.kill(entry.pid, signal);
        return true;
      } catch {
        return false;
      }
    }
    if (entry.cgroup) return entry.cgroup.signalAll(signal) > 0;
    return signalGroup(entry.pid, signal);
  }

  /**
   * Append a line to a job's error file as slurmstepd does after the step (an OOM report), opened
   * as the job's account like every other file of the job. Best effort: a file the account cannot
   * write simply does not get it.
   */
  note(target: { account: JobAccount | null; cwd: string; path: string; env?: Record<string, string> }, line: string): Promise<void> {
    const program = 'cd -- "$1" 2>/dev/null || cd /tmp || exit 1; printf \'%s\\n\' "$3" >>"$2"';
    const shell = ['-c', program, 's3m-note', target.cwd, target.path, line];
    const cmd = asAccount(target.account, shell);
    return new Promise((resolveNote) => {
      try {
        const child = this.spawner(cmd.file, cmd.args, { cwd: '/', env: { PATH: '/usr/bin:/bin' }, stdio: 'ignore' });
        child.once('error', (err) => {
          this.logger.warn({ err }, 'could not write a note to a job file');
          resolveNote();
        });
        child.once('exit', () => resolveNote());
      } catch (err) {
        this.logger.warn({ err }, 'could not write a note to a job file');
        resolveNote();
      }
    });
  }

  /** Resolves when every child has exited, or after `timeoutMs`. */
  async waitAll(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.children.size > 0 || this.cleanups.size > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  }

  /** SIGKILL every process of a job, launched or still being launched; false when it has none here. */
  kill(jobId: number): boolean {
    const entry = this.children.get(jobId);
    if (!entry) return false;
    entry.cgroup?.signalAll('SIGKILL');
    signalGroup(entry.pid, 'SIGKILL');
    return true;
  }
}
