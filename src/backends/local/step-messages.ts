// slurmstepd's "*** JOB n ON node CANCELLED AT t DUE TO TIME LIMIT ***" (or "DUE to SIGNAL
// Terminated"/"Killed") line: written once per batch step into the job's error file (its output
// file when the two are one), the first time the step is ended by its time limit or sent SIGTERM or
// SIGKILL, and BEFORE that signal reaches the script, so that whatever the script prints on it
// comes after the line, as on a real cluster (req.c, _handle_signal_container).
//
// Signals to a job go through here in order: while a line is being written, later signals to the
// same job wait for it (bounded, so that a file that cannot be written never holds a signal back).
import type { JobAccount } from './accounts.ts';
import { cancelledLine, type StepEnd } from './stepd-log.ts';

/** Where a job's step writes its lines: executor.note()'s target. */
export interface NoteTarget {
  account: JobAccount | null;
  cwd: string;
  path: string;
}

export type WriteNote = (target: NoteTarget, line: string) => Promise<void>;

interface Step {
  target: NoteTarget;
  node: string;
  /** The line is written (slurmstepd's msg_sent: once per step). */
  said: boolean;
  /** Signals to this job, in order. */
  chain: Promise<void>;
}

export class StepMessages {
  private readonly steps = new Map<number, Step>();

  constructor(
    private readonly write: WriteNote,
    private readonly onError: (what: string, err: unknown) => void,
    /** Longest a signal waits for the line before it, ms. */
    private readonly maxWaitMs = 2000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The job's batch script runs: its step can now be ended. */
  started(jobId: number, target: NoteTarget, node: string): void {
    this.steps.set(jobId, { target, node, said: false, chain: Promise.resolve() });
  }

  /** The job's processes are gone (or never started). */
  ended(jobId: number): void {
    this.steps.delete(jobId);
  }

  /** Run `deliver` (which signals the job) after the line `end` calls for, if any, in order with the job's other signals. */
  beforeSignal(jobId: number, end: StepEnd, deliver: () => void): void {
    const step = this.steps.get(jobId);
    if (!step) return this.run(deliver);
    const line = step.said ? null : cancelledLine(jobId, step.node, this.now(), end);
    if (line !== null) step.said = true;
    const wrote = line === null ? null : this.bounded(this.write(step.target, line));
    step.chain = step.chain.then(() => wrote ?? undefined).then(() => this.run(deliver));
  }

  private run(deliver: () => void): void {
    try {
      deliver();
    } catch (err) {
      this.onError('signal delivery', err);
    }
  }

  private bounded(p: Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.maxWaitMs);
      timer.unref?.();
      p.catch((err) => this.onError("writing slurmstepd's line", err)).finally(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
