// Retry policy. Reads are retried on overload and gateway trouble (429, 502, 503, 504) and on
import { setTimeout } from 'node:timers/promises';
// connection errors, with exponential backoff and full jitter (so that many clients hit by one
// gateway restart do not come back in step). Writes are never retried blindly: a submit that may
// have reached the server could create a second job, and a repeated cancel could deliver a signal
// twice. They are retried only when the connection was refused, i.e. nothing was sent, except a
// submit with an Idempotency-Key: the gateway makes at most one job per key and body, so it is
// retried like a read, and also on 409 (the first attempt with that key is still being processed).
import { ConnectionError, S3mError, SlurmApiError } from './errors.ts';
import { READ_OPERATIONS, type Operation } from './types.ts';

export interface RetryOptions {
  /** Further attempts after the first (default 4; 0 disables retries). */
  retries?: number;
  /** First backoff ceiling in ms (default 200); doubles each attempt. */
  baseDelayMs?: number;
  /** Largest backoff ceiling in ms (default 5000). */
  maxDelayMs?: number;
  /** A server's Retry-After is honoured up to this many ms (default 30000). */
  maxRetryAfterMs?: number;
  /** Called before each wait; for logs and tests. */
  onRetry?: (info: { operation: Operation; attempt: number; delayMs: number; error: S3mError }) => void;
  /** Injectable randomness (tests). */
  random?: () => number;
}

const DEFAULTS = { retries: 4, baseDelayMs: 200, maxDelayMs: 5000, maxRetryAfterMs: 30_000 };

/**
 * Whether `error` on `operation` may be retried (ignoring the attempt count). `idempotent`: the
 * request carries an Idempotency-Key (a submit), so sending it again cannot make a second job.
 */
export function isRetryable(operation: Operation, error: unknown, idempotent = false): error is S3mError {
  if (idempotent && error instanceof SlurmApiError && error.status === 409) return true;
  if (!(error instanceof S3mError) || !error.retryable) return false;
  if (READ_OPERATIONS.has(operation) || idempotent) return true;
  return error instanceof ConnectionError && !error.requestMayHaveBeenSent;
}

/** Delay before retry number `attempt` (0-based): full jitter under an exponential ceiling, or the server's Retry-After. */
export function backoffDelay(attempt: number, error: S3mError, opts: RetryOptions = {}): number {
  const o = { ...DEFAULTS, ...opts };
  const ceiling = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** attempt);
  const jittered = Math.round((opts.random ?? Math.random)() * ceiling);
  const asked = error instanceof SlurmApiError ? error.retryAfterMs : undefined;
  return asked !== undefined ? Math.min(Math.max(asked, jittered), o.maxRetryAfterMs) : jittered;
}

/** Wait `ms`, or reject with the signal's own reason (not a generic AbortError) when it aborts first. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  setTimeout(ms, undefined, { signal }).catch((err: unknown) => {
    throw signal?.aborted ? signal.reason : err;
  });

/** Runs `attempt` until it succeeds, fails for good, or retries run out. */
export async function withRetry<T>(operation: Operation, attempt: (n: number) => Promise<T>, opts: RetryOptions = {}, signal?: AbortSignal, idempotent = false): Promise<T> {
  const retries = opts.retries ?? DEFAULTS.retries;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (signal?.aborted || n >= retries || !isRetryable(operation, err, idempotent)) throw err;
      const delayMs = backoffDelay(n, err, opts);
      opts.onRetry?.({ operation, attempt: n + 1, delayMs, error: err });
      await sleep(delayMs, signal);
    }
  }
}
