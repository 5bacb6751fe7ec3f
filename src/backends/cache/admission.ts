// Admission control and a circuit breaker in front of one backend. A bounded number of backend
// calls run at once and a bounded number wait; beyond that a caller gets 503 with Retry-After at
// once instead of piling onto a struggling slurmctld. When the backend keeps failing (502/504,
// connection errors) the breaker opens: calls fail fast for a cool-down, then one probe is let
// through, and its success closes the breaker again.
import { GatewayError } from '../../contract/errors.ts';
import type { SlurmBackend } from '../backend.ts';
import { decorate } from '../decorate.ts';

export interface AdmissionOptions {
  resource: string;
  /** Backend calls in flight at most. */
  maxConcurrent: number;
  /** Calls waiting for a slot at most; more → 503. */
  maxQueue: number;
  /** Consecutive backend faults that open the breaker. */
  failureThreshold: number;
  /** Milliseconds the breaker stays open before a probe. */
  cooldownMs: number;
  now?: () => number;
  events?: AdmissionEvents;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface AdmissionEvents {
  onReject?(reason: 'queue-full' | 'breaker-open'): void;
  onBreaker?(state: BreakerState): void;
}

/** A backend fault, as opposed to an answer (even an error answer) from SLURM itself. */
export function isBackendFault(err: unknown): boolean {
  if (err instanceof GatewayError) return err.httpStatus === 502 || err.httpStatus === 504;
  return true; // anything unexpected from a backend call counts against it
}

export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private failures = 0;
  private state: BreakerState = 'closed';
  private openedAt = 0;
  private probing = false;
  private readonly now: () => number;

  constructor(private readonly opts: AdmissionOptions) {
    this.now = opts.now ?? Date.now;
  }

  breakerState(): BreakerState {
    if (this.state === 'open' && this.now() - this.openedAt >= this.opts.cooldownMs) return 'half-open';
    return this.state;
  }

  private setState(s: BreakerState) {
    if (this.state !== s) {
      this.state = s;
      this.opts.events?.onBreaker?.(s);
    }
  }

  private reject(reason: 'queue-full' | 'breaker-open', retryAfterSeconds: number, description: string): never {
    this.opts.events?.onReject?.(reason);
    throw new GatewayError('backendBusy', description, { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } });
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    const st = this.breakerState();
    let probe = false;
    if (st === 'open' || (st === 'half-open' && this.probing)) {
      const left = (this.opts.cooldownMs - (this.now() - this.openedAt)) / 1000;
      this.reject('breaker-open', left, `Resource "${this.opts.resource}" is unavailable: its scheduler failed ${this.opts.failureThreshold} times in a row; retrying it shortly`);
    }
    if (st === 'half-open') {
      this.probing = true;
      probe = true;
    }
    try {
      await this.acquire();
    } catch (err) {
      if (probe) this.probing = false;
      throw err;
    }
    try {
      const result = await call();
      this.failures = 0;
      if (probe || this.state !== 'closed') this.setState('closed');
      return result;
    } catch (err) {
      if (isBackendFault(err)) {
        this.failures++;
        if (probe || this.failures >= this.opts.failureThreshold) {
          this.openedAt = this.now();
          this.setState('open');
        }
      }
      throw err;
    } finally {
      if (probe) this.probing = false;
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.opts.maxConcurrent) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.opts.maxQueue) {
      this.reject('queue-full', 1, `Resource "${this.opts.resource}" is busy: ${this.opts.maxConcurrent} requests are running and ${this.opts.maxQueue} waiting; retry shortly`);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next(); // the slot passes straight to the next waiter
    else this.running--;
  }

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }
}

export function withAdmission(inner: SlurmBackend, admission: Admission): SlurmBackend {
  return decorate(inner, (_op, _ctx, _args, call) => admission.run(call));
}
