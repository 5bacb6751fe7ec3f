// Lines slurmstepd writes into a job's own files (its stderr, or its stdout when the two are one
// file), in its log format: "[2026-11-28T17:36:19.022] error: ..." with the node's local time.
// Checked against Slurm 26.05.5 (test/contract/launch.test.ts).

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** slurm_make_time_str()'s default format, local time: 2026-11-28T17:36:19. */
export function slurmTime(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** A slurmstepd error() line as it appears in a job's file. */
export function stepdError(at: Date, text: string): string {
  return `[${slurmTime(at)}.${pad(at.getMilliseconds(), 3)}] error: ${text}`;
}

/** What ends a running batch step, in the words of slurmstepd's req.c (_handle_signal_container). */
export type StepEnd = { kind: 'time-limit' } | { kind: 'signal'; signal: number };

/** strsignal() of the two signals that get the line (the others get none). */
const SIGNAL_TEXT: Record<number, string> = { 9: 'Killed', 15: 'Terminated' };

/**
 * The "*** JOB n ON node CANCELLED AT t DUE ... ***" line, or null when slurmstepd writes none (a
 * signal other than SIGTERM/SIGKILL). Note SLURM's own spelling: "DUE TO TIME LIMIT" but "DUE to SIGNAL".
 */
export function cancelledLine(jobId: number, node: string, at: Date, end: StepEnd): string | null {
  const head = `*** JOB ${jobId} ON ${node} CANCELLED AT ${slurmTime(at)}`;
  if (end.kind === 'time-limit') return stepdError(at, `${head} DUE TO TIME LIMIT ***`);
  const text = SIGNAL_TEXT[end.signal];
  return text ? stepdError(at, `${head} DUE to SIGNAL ${text} ***`) : null;
}
