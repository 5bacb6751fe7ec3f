// Signals as SLURM on Linux numbers, names and describes them: scancel's names (with or without
// SIG, any case) and numbers, exit_code.signal.name ("TERM"), and the strsignal(3) text that
// slurmctld writes into state_description ("RaisedSignal:2(Interrupt)"). A fixed table, not the
// host's: the numbers are the cluster's (Linux), wherever the gateway or the SDK runs.

/** [number, name without SIG, glibc's strsignal text]. */
const LINUX_SIGNALS: readonly (readonly [number, string, string])[] = [
  [1, 'HUP', 'Hangup'], [2, 'INT', 'Interrupt'], [3, 'QUIT', 'Quit'], [4, 'ILL', 'Illegal instruction'],
  [5, 'TRAP', 'Trace/breakpoint trap'], [6, 'ABRT', 'Aborted'], [7, 'BUS', 'Bus error'], [8, 'FPE', 'Floating point exception'],
  [9, 'KILL', 'Killed'], [10, 'USR1', 'User defined signal 1'], [11, 'SEGV', 'Segmentation fault'], [12, 'USR2', 'User defined signal 2'],
  [13, 'PIPE', 'Broken pipe'], [14, 'ALRM', 'Alarm clock'], [15, 'TERM', 'Terminated'], [16, 'STKFLT', 'Stack fault'],
  [17, 'CHLD', 'Child exited'], [18, 'CONT', 'Continued'], [19, 'STOP', 'Stopped (signal)'], [20, 'TSTP', 'Stopped'],
  [21, 'TTIN', 'Stopped (tty input)'], [22, 'TTOU', 'Stopped (tty output)'], [23, 'URG', 'Urgent I/O condition'],
  [24, 'XCPU', 'CPU time limit exceeded'], [25, 'XFSZ', 'File size limit exceeded'], [26, 'VTALRM', 'Virtual timer expired'],
  [27, 'PROF', 'Profiling timer expired'], [28, 'WINCH', 'Window changed'], [29, 'IO', 'I/O possible'], [30, 'PWR', 'Power failure'],
  [31, 'SYS', 'Bad system call'],
];
/** Other names Linux has for the same numbers. */
const ALIASES: Record<string, number> = { IOT: 6, POLL: 29 };

const BY_NAME = new Map<string, number>([...LINUX_SIGNALS.map(([n, name]) => [name, n] as const), ...Object.entries(ALIASES)]);
const BY_NUMBER = new Map(LINUX_SIGNALS.map(([n, name, text]) => [n, { name, text }]));

/** What DELETE job/{id} without a signal sends first (then SIGKILL after KillWait), like scancel. */
export const DEFAULT_SIGNAL = 15;

/** "USR1", "sigusr1", "SIGUSR1" → 10; undefined when it names no signal. */
export function signalNumber(name: string): number | undefined {
  const upper = name.trim().toUpperCase();
  return BY_NAME.get(upper.startsWith('SIG') ? upper.slice(3) : upper);
}

/** DELETE's `signal` query as scancel accepts it: a name (see signalNumber) or a signal's number. */
export function parseSignal(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return BY_NUMBER.has(Number(t)) ? Number(t) : undefined;
  return signalNumber(t);
}

/** 15 → "TERM", as exit_code.signal.name shows it (the number itself for one without a name). */
export const signalName = (n: number): string => BY_NUMBER.get(n)?.name ?? String(n);

/** glibc's strsignal: real-time signals (34..64) are "Real-time signal N" counted from SIGRTMIN (34). */
export const signalDescription = (n: number): string => BY_NUMBER.get(n)?.text ?? (n >= 34 && n <= 64 ? `Real-time signal ${n - 34}` : `Unknown signal ${n}`);
