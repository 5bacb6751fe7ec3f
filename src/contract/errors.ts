// The error catalogue: one place that knows, for each failure the gateway reports, SLURM's
// error_number and error string, the HTTP status and the gRPC status code. Numbers and strings
// are slurm_errno.h's (as slurmrestd 26.05 prints them); gateway-only cases reuse the closest
// SLURM number so that clients written for slurmrestd can still switch on error_number.

/** gRPC status codes (numeric values from grpc's status.proto), without loading grpc-js. */
export const GrpcCode = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

export interface CatalogueEntry {
  errorNumber: number;
  error: string;
  httpStatus: number;
  grpcCode: number;
}

export const SLURM_ERRORS = {
  /** A token that is missing, malformed, unknown, expired or revoked. */
  authentication: { errorNumber: 1007, error: 'Protocol authentication error', httpStatus: 401, grpcCode: GrpcCode.UNAUTHENTICATED },
  /** A valid token without the permission or project for the request. */
  accessDenied: { errorNumber: 2002, error: 'Access/permission denied', httpStatus: 403, grpcCode: GrpcCode.PERMISSION_DENIED },
  invalidPartition: { errorNumber: 2000, error: 'Invalid partition name specified', httpStatus: 422, grpcCode: GrpcCode.INVALID_ARGUMENT },
  invalidNodeCount: { errorNumber: 2006, error: 'Node count specification invalid', httpStatus: 422, grpcCode: GrpcCode.INVALID_ARGUMENT },
  tooManyCpus: { errorNumber: 2005, error: 'More processors requested than permitted', httpStatus: 422, grpcCode: GrpcCode.INVALID_ARGUMENT },
  nodeConfigUnavailable: { errorNumber: 2014, error: 'Requested node configuration is not available', httpStatus: 422, grpcCode: GrpcCode.INVALID_ARGUMENT },
  invalidJobId: { errorNumber: 2017, error: 'Invalid job id specified', httpStatus: 404, grpcCode: GrpcCode.NOT_FOUND },
  alreadyDone: { errorNumber: 2021, error: 'Job/step already completing or completed', httpStatus: 200, grpcCode: GrpcCode.OK },
  invalidSignal: { errorNumber: 9000, error: 'Query empty or not RFC7320 compliant', httpStatus: 422, grpcCode: GrpcCode.INVALID_ARGUMENT },
  /** slurmrestd's generic "the request is not acceptable" (missing script, bad parameters). */
  invalidQuery: { errorNumber: 9000, error: 'Query empty or not RFC7320 compliant', httpStatus: 422, grpcCode: GrpcCode.INVALID_ARGUMENT },
  /** A body that is not JSON at all. */
  parsingFailed: { errorNumber: 9001, error: 'Failure during parsing', httpStatus: 400, grpcCode: GrpcCode.INVALID_ARGUMENT },
  /** An unknown resource, an API version the resource does not serve, or an unknown path. */
  pathNotFound: { errorNumber: 9200, error: 'Unable to resolve path', httpStatus: 404, grpcCode: GrpcCode.NOT_FOUND },
  bodyTooLarge: { errorNumber: 9205, error: 'Data too large', httpStatus: 413, grpcCode: GrpcCode.RESOURCE_EXHAUSTED },
  unsupportedMediaType: { errorNumber: 9204, error: 'Unknown MIME type', httpStatus: 415, grpcCode: GrpcCode.INVALID_ARGUMENT },
  internal: { errorNumber: 1, error: 'Unspecified error', httpStatus: 500, grpcCode: GrpcCode.INTERNAL },
  /** The backend (slurmrestd) cannot be reached: connection refused, reset, DNS or socket failure. */
  backendUnavailable: { errorNumber: 1001, error: 'Communication connection failure', httpStatus: 502, grpcCode: GrpcCode.UNAVAILABLE },
  /** The backend answered with something that is not a slurmrestd reply (not JSON, truncated, an HTML proxy page). */
  backendBadReply: { errorNumber: 1003, error: 'Message receive failure', httpStatus: 502, grpcCode: GrpcCode.UNAVAILABLE },
  /** The backend did not answer in time (connect or request timeout). */
  backendTimeout: { errorNumber: 5004, error: 'Socket timed out on send/recv operation', httpStatus: 504, grpcCode: GrpcCode.DEADLINE_EXCEEDED },
  /** Too many requests already wait for the backend; the reply carries Retry-After. */
  backendBusy: { errorNumber: 11, error: 'Resource temporarily unavailable', httpStatus: 503, grpcCode: GrpcCode.UNAVAILABLE },
  /** The cluster rejected the gateway's own credentials (JWT key or token file wrong, expired or unreadable). */
  backendCredentials: { errorNumber: 1007, error: 'Protocol authentication error', httpStatus: 502, grpcCode: GrpcCode.INTERNAL },
  /** The token used up its request budget; the reply carries Retry-After and RateLimit headers. */
  rateLimited: { errorNumber: 11, error: 'Resource temporarily unavailable', httpStatus: 429, grpcCode: GrpcCode.RESOURCE_EXHAUSTED },
  /** The token holds as many job-event streams (SSE and gRPC WatchJobs) as it may (events.maxStreamsPerToken). */
  tooManyStreams: { errorNumber: 11, error: 'Resource temporarily unavailable', httpStatus: 429, grpcCode: GrpcCode.RESOURCE_EXHAUSTED },
  /** A submit with this Idempotency-Key is still being processed. */
  idempotencyInFlight: { errorNumber: 9000, error: 'Query empty or not RFC7320 compliant', httpStatus: 409, grpcCode: GrpcCode.ABORTED },
  /** This Idempotency-Key was used with a different request body. */
  idempotencyMismatch: { errorNumber: 9000, error: 'Query empty or not RFC7320 compliant', httpStatus: 422, grpcCode: GrpcCode.FAILED_PRECONDITION },
} as const satisfies Record<string, CatalogueEntry>;

export type SlurmErrorKind = keyof typeof SLURM_ERRORS;

/**
 * The gRPC code for an HTTP status of a SLURM reply or a gateway error. One rule: a reply's HTTP
 * status (what REST answers) decides the gRPC code. The catalogue's grpcCode per entry says the
 * same for the gateway's own errors (errors.test.ts checks that the two never disagree, except
 * where an entry is more precise). A 200 is always OK, also when SLURM reports a problem inside it
 * (DELETE of a finished job: status[0].error), as in REST. The server maps with this
 * (src/adapters/shared/errors.ts); the SDK's grpcToHttp (src/client/grpc-transport.ts) is its inverse.
 */
export function httpToGrpc(httpStatus: number): number {
  if (httpStatus >= 200 && httpStatus < 300) return GrpcCode.OK;
  switch (httpStatus) {
    case 400:
    case 415:
    case 422:
      return GrpcCode.INVALID_ARGUMENT;
    case 401:
      return GrpcCode.UNAUTHENTICATED;
    case 403:
      return GrpcCode.PERMISSION_DENIED;
    case 404:
      return GrpcCode.NOT_FOUND;
    case 408:
    case 504:
      return GrpcCode.DEADLINE_EXCEEDED;
    case 409:
      return GrpcCode.ABORTED;
    case 413:
    case 429:
      return GrpcCode.RESOURCE_EXHAUSTED;
    case 501:
      return GrpcCode.UNIMPLEMENTED;
    case 502:
    case 503:
      return GrpcCode.UNAVAILABLE;
  }
  return httpStatus >= 400 && httpStatus < 500 ? GrpcCode.FAILED_PRECONDITION : GrpcCode.INTERNAL;
}

/**
 * An error the gateway reports to its client, rendered by REST and gRPC alike into SLURM's error
 * envelope. `description` is for humans and must never contain a secret.
 */
export class GatewayError extends Error {
  readonly kind: SlurmErrorKind;
  readonly entry: CatalogueEntry;
  readonly source: string;
  readonly httpStatus: number;
  readonly extraHeaders: Record<string, string>;

  constructor(kind: SlurmErrorKind, description: string, opts: { source?: string; httpStatus?: number; headers?: Record<string, string> } = {}) {
    super(description);
    this.name = 'GatewayError';
    this.kind = kind;
    this.entry = SLURM_ERRORS[kind];
    this.source = opts.source ?? 's3m';
    this.httpStatus = opts.httpStatus ?? this.entry.httpStatus;
    this.extraHeaders = opts.headers ?? {};
  }

  /** The item for the envelope's `errors[]`. */
  toSlurmError(): { description: string; error_number: number; error: string; source: string } {
    return { description: this.message, error_number: this.entry.errorNumber, error: this.entry.error, source: this.source };
  }
}
