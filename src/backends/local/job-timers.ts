// The time-limit and KillWait timers of each job: cleared together when a job ends, all of them
// when the backend closes. A timer's callback that throws is logged, never a crash.

/** setTimeout's ceiling; longer waits are taken in steps by the caller. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export class JobTimers {
  private readonly timers = new Map<number, Set<NodeJS.Timeout>>();

  constructor(private readonly onError: (what: string, err: unknown) => void) {}

  add(jobId: number, ms: number, what: string, fn: () => void): void {
    const set = this.timers.get(jobId) ?? new Set();
    const t = setTimeout(() => {
      set.delete(t);
      try {
        fn();
      } catch (err) {
        this.onError(what, err);
      }
    }, Math.max(0, Math.min(ms, MAX_TIMER_MS)));
    set.add(t);
    this.timers.set(jobId, set);
  }

  clear(jobId: number): void {
    for (const t of this.timers.get(jobId) ?? []) clearTimeout(t);
    this.timers.delete(jobId);
  }

  clearAll(): void {
    for (const id of [...this.timers.keys()]) this.clear(id);
  }
}
