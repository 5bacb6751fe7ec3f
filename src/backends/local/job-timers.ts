// The runtime's timers: each job's (time limit, KillWait), cleared together when the job ends,
// and the scheduling loop's; all of them go when the backend closes. Whatever runs from the event
// loop (a timer, an immediate, a launch's continuation) runs through guard(): a callback that
// throws is logged, never a crash.

/** setTimeout's ceiling; longer waits are taken in steps by the caller. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export class JobTimers {
  private readonly timers = new Map<number, Set<NodeJS.Timeout>>();
  private readonly loops = new Set<NodeJS.Timeout>();

  constructor(private readonly onError: (what: string, err: unknown) => void) {}

  /** `fn`, made safe to run where nobody catches: its error is reported as `what` failing. */
  guard(what: string, fn: () => void): () => void {
    return () => {
      try {
        fn();
      } catch (err) {
        this.onError(what, err);
      }
    };
  }

  add(jobId: number, ms: number, what: string, fn: () => void): void {
    const set = this.timers.get(jobId) ?? new Set();
    const run = this.guard(what, fn);
    const t = setTimeout(() => {
      set.delete(t);
      run();
    }, Math.max(0, Math.min(ms, MAX_TIMER_MS)));
    set.add(t);
    this.timers.set(jobId, set);
  }

  /** `fn` every `ms` until clearAll() (it does not keep the process alive). */
  every(ms: number, what: string, fn: () => void): void {
    const t = setInterval(this.guard(what, fn), ms);
    t.unref();
    this.loops.add(t);
  }

  clear(jobId: number): void {
    for (const t of this.timers.get(jobId) ?? []) clearTimeout(t);
    this.timers.delete(jobId);
  }

  clearAll(): void {
    for (const id of [...this.timers.keys()]) this.clear(id);
    for (const t of this.loops) clearInterval(t);
    this.loops.clear();
  }
}
