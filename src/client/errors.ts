// Typed SDK errors. Every failure a caller can meet is an S3mError; `retryable` is set by the
// transport that saw the failure, so that the retry policy does not depend on the transport.
import type { AnySlurmError, AnySlurmWarning, Operation } from './types.ts';

export class S3mError extends Error {
  /** Whether the same request may succeed if sent again (overload, gateway restart, network). */
  readonly retryable: boolean;
  constructor(message: string, opts: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'S3mError';
    this.retryable = opts.retryable ?? false;
  }
}

/** HTTP statuses worth a retry: overload and gateway/proxy trouble, never a refusal of the request. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * The gateway (or SLURM behind it) answered with an error: a non-2xx status, or a 200 whose body
 * reports a failure (a cancel's `status[].error`). Carries SLURM's `errors[]` as sent.
 */
export class SlurmApiError extends S3mError {
  readonly operation: Operation;
  /** HTTP status (a gRPC transport reports the HTTP status of the same catalogue entry). */
  readonly status: number;
  readonly errors: AnySlurmError[];
  readonly warnings: AnySlurmWarning[];
  /** The body as received, for callers that print it unchanged (`--json`). */
  readonly body: unknown;
  /** Milliseconds the server asked us to wait (Retry-After), if it did. */
  readonly retryAfterMs?: number;

  constructor(init: { operation: Operation; status: number; errors?: AnySlurmError[]; warnings?: AnySlurmWarning[]; body?: unknown; retryAfterMs?: number; message?: string }) {
    const errors = init.errors ?? [];
    super(init.message ?? describeErrors(init.status, errors), { retryable: RETRYABLE_STATUSES.has(init.status) });
    this.name = 'SlurmApiError';
    this.operation = init.operation;
    this.status = init.status;
    this.errors = errors;
    this.warnings = init.warnings ?? [];
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** SLURM's error numbers, e.g. [2000] for an unknown partition. */
  get errorNumbers(): number[] {
    return this.errors.map((e) => e.error_number ?? 0);
  }
}

/** No answer: connection refused or reset, DNS failure, timeout. */
export class ConnectionError extends S3mError {
  /** errno-style code when known (ECONNREFUSED, ECONNRESET, ETIMEDOUT, ...). */
  readonly code?: string;
  /**
   * False only when the request provably never reached the server (the connection was refused or
   * the name did not resolve): then even a submit may be sent again.
   */
  readonly requestMayHaveBeenSent: boolean;
  constructor(message: string, opts: { code?: string; requestMayHaveBeenSent: boolean; cause?: unknown }) {
    super(message, { retryable: true, cause: opts.cause });
    this.name = 'ConnectionError';
    this.code = opts.code;
    this.requestMayHaveBeenSent = opts.requestMayHaveBeenSent;
  }
}

/** No token could be found, or a token source is unusable. */
export class TokenError extends S3mError {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/** "Batch job submission failed: Invalid partition name specified (error 2000)"; one line per error. */
export function describeErrors(status: number, errors: readonly AnySlurmError[]): string {
  if (errors.length === 0) return `HTTP ${status}`;
  return errors
    .map((e) => {
      const what = [e.description, e.error].filter((s): s is string => !!s);
      // slurmrestd often repeats the error string in the description: say it once.
      const text = what.length === 2 && what[0].includes(what[1]) ? what[0] : what.join(': ');
      return `${text || 'error'}${e.error_number !== undefined ? ` (error ${e.error_number})` : ''}`;
    })
    .join('\n');
}
