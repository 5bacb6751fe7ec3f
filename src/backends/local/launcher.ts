// How a job's process starts, as slurmstepd starts a batch step: the gateway forks a fixed shell
// program (never a user's) that drops to the job's account with setpriv, waits until the gateway
// has put it into the job's cgroup, then — as the job's user, so ordinary file permissions decide —
// enters the working directory, opens the job's files and execs the batch script. The gateway
// itself never opens a path a job names.
//
// Protocol with the gateway (executor.ts):
// - fd 0 is the gate: the launcher reads one line ("go") before it does anything a job asked for.
// - fd 2 is the report channel (kept as fd 9 once stdio is the job's): a line on it means the
//   launch failed, in slurmstepd's words; end of file without a line means the script was exec'd.
// Arguments: see launcher.sh. Relative output paths are relative to the working directory, as in SLURM.
import { readFileSync } from 'node:fs';
import { sourceFile } from '../../contract/package-files.ts';

/** The launcher program (launcher.sh beside this file), run by /bin/sh (dash on Debian). */
export const LAUNCHER = readFileSync(sourceFile('backends/local/launcher.sh'), 'utf8');

export interface LaunchCommand {
  file: string;
  args: string[];
}

export interface LaunchTarget {
  /** Drop to this account; null = stay the gateway's own user (single-user mode). */
  account: { uid: number; gid: number } | null;
  stdinPath: string;
  stdoutPath: string;
  stderrPath: string;
  cwd: string;
  scriptPath: string;
  /** Largest file the job may write, in bytes; null = no limit. */
  maxFileBytes: number | null;
  /** Open the output files for appending (open_mode APPEND) rather than truncating them. */
  append?: boolean;
  /** The script's arguments ($1...: the job's argv without argv[0]). */
  args?: readonly string[];
}

/** Absolute paths only: the job's own PATH must never choose what the gateway runs as root. */
export const SETPRIV = '/usr/bin/setpriv';
export const SH = '/bin/sh';

export function launchCommand(t: LaunchTarget): LaunchCommand {
  const blocks = t.maxFileBytes === null ? '' : String(Math.max(1, Math.ceil(t.maxFileBytes / 512)));
  const shell = [SH, '-c', LAUNCHER, 's3m-launch', t.stdinPath, t.stdoutPath, t.stderrPath === t.stdoutPath ? '' : t.stderrPath, t.cwd, t.scriptPath, blocks, t.append ? 'a' : '', ...(t.args ?? [])];
  return asAccount(t.account, shell.slice(1));
}

/** `/bin/sh shellArgs` as `account` (setpriv), or as the gateway's own user when account is null. */
export function asAccount(account: { uid: number; gid: number } | null, shellArgs: string[]): LaunchCommand {
  if (!account) return { file: SH, args: shellArgs };
  // --init-groups: the account's supplementary groups, as slurmstepd sets them (initgroups).
  return { file: SETPRIV, args: [`--reuid=${account.uid}`, `--regid=${account.gid}`, '--init-groups', '--', SH, ...shellArgs] };
}
