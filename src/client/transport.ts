// The seam between the typed client and the wire. A transport carries one call of one operation
// and reports failures as S3mError (SlurmApiError with the HTTP-equivalent status, or
// ConnectionError). Retries, timeouts and helpers live in the client above, so the REST transport
// (rest-transport.ts) and a gRPC transport on the project's own service are interchangeable:
// same method names, same bodies (the gateway's gRPC service answers with slurmrestd's bodies too).
import type { JobEvent, JobEventsOptions } from './events.ts';
import type { ApiVersion, CancelParams, Model, TokenInfo } from './types.ts';

/** Where and how one call goes; the token is the transport's own (given when it was made). */
export interface CallContext<V extends ApiVersion = ApiVersion> {
  version: V;
  resource: string;
  /** Aborts the call (the client combines the caller's signal with its per-request timeout). */
  signal?: AbortSignal;
  /**
   * submit only: the Idempotency-Key (REST header `Idempotency-Key`, gRPC metadata
   * `idempotency-key`). The gateway answers the same key and body within 24 h with the first
   * reply instead of making a second job (409 while that first request runs, 422 for another body).
   */
  idempotencyKey?: string;
}

export interface Transport {
  /** "rest", "grpc": for messages. */
  readonly kind: string;
  /** The API versions this transport can carry; every version when absent (gRPC: the generated services, not v0.0.42). */
  readonly versions?: readonly ApiVersion[];
  ping<V extends ApiVersion>(call: CallContext<V>): Promise<Model<V>['PingResponse']>;
  partitions<V extends ApiVersion>(call: CallContext<V>): Promise<Model<V>['PartitionsResponse']>;
  nodes<V extends ApiVersion>(call: CallContext<V>): Promise<Model<V>['NodesResponse']>;
  reservations<V extends ApiVersion>(call: CallContext<V>): Promise<Model<V>['ReservationsResponse']>;
  diag<V extends ApiVersion>(call: CallContext<V>): Promise<Model<V>['DiagResponse']>;
  jobs<V extends ApiVersion>(call: CallContext<V>): Promise<Model<V>['JobsResponse']>;
  job<V extends ApiVersion>(call: CallContext<V>, jobId: string): Promise<Model<V>['JobsResponse']>;
  submit<V extends ApiVersion>(call: CallContext<V>, request: Model<V>['JobSubmitRequest']): Promise<Model<V>['JobSubmitResponse']>;
  /** Returns the body even when `status[]` reports a per-job error; the client interprets it. */
  cancel<V extends ApiVersion>(call: CallContext<V>, jobId: string, params: CancelParams): Promise<Model<V>['KillJobResponse']>;
  /**
   * One job's event stream (docs/operations.md "Job events"): REST's SSE
   * GET /s3m/v1/{resource}/job/{id}/events, gRPC's s3m.events.v1.JobEvents/WatchJobs. Ends after
   * the `end` event, or when the connection drops (then resume with `lastEventId`). Opening
   * failures are SlurmApiError (a gateway without events: 404 or 501) or ConnectionError; the
   * call's signal closes the stream. Optional: waitForJob() polls on transports without it.
   */
  jobEvents?(call: CallContext, jobId: string, opts?: JobEventsOptions): AsyncIterable<JobEvent>;
  /** Token introspection (not versioned, no resource). */
  introspect(call: { signal?: AbortSignal }): Promise<TokenInfo>;
  /** Release connections (a gRPC channel, an undici pool). */
  close?(): Promise<void>;
}
