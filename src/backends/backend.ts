// The one interface every backend implements. It speaks slurmrestd bodies of one API version (the
// cluster's: v0.0.43 for the local backend; each reply says which), with their
// meta/errors/warnings envelope, and the HTTP status slurmrestd would answer with, so that the
// slurmrestd backend can pass a cluster's answer through unchanged and the local backend can
// answer exactly as slurmrestd would. Permission and project rules are NOT applied here: they
// live in compute/ComputeService, which calls this interface.
import type {
  ApiVersion,
  DiagResponse,
  JobInfo,
  JobsResponse,
  JobSubmitRequest,
  JobSubmitResponse,
  KillJobResponse,
  NodesResponse,
  PartitionsResponse,
  PingResponse,
  ReservationsResponse,
} from '../contract/model.ts';
import type { ReadOperationName } from '../contract/operations.ts';

/** Who is asking, as far as a backend needs to know (the slurmrestd backend acts as `user`). */
export interface BackendContext {
  /** The token's user: local jobs run "as" this name (user_name); slurmrestd is called as this user. */
  user: string;
  /** The token's project (SLURM account). */
  project: string;
  /** Client address `host:port`, for meta.client.source. */
  clientSource?: string;
  requestId?: string;
  /**
   * The API version the caller speaks. A backend that can ask its cluster in it does (slurmrestd
   * with apiVersion auto), so that the reply needs no translation; absent: the gateway's own call.
   */
  version?: ApiVersion;
}

/** What a backend that does not say otherwise speaks (the local backend; BackendReply.version, clusterVersion). */
export const BACKEND_DEFAULT_VERSION: ApiVersion = 'v0.0.43';

export interface BackendReply<T> {
  /** The HTTP status slurmrestd answers with (200, 404, 422, ...). */
  status: number;
  body: T;
  /** The API version the body is in; absent: v0.0.43 (what the core renders for the client's version). */
  version?: ApiVersion;
  /** Set by the read cache: how the reply was served, for Cache-Control/Age headers. */
  cache?: CacheInfo;
}

export interface CacheInfo {
  kind: 'miss' | 'hit' | 'coalesced';
  /** Seconds since the backend produced this reply. */
  ageSeconds: number;
  /** How long replies of this operation are served from memory. */
  maxAgeSeconds: number;
}

export interface CancelOptions {
  /** Signal number to deliver (already parsed and validated by the service). */
  signal: number;
  /** Whether the caller named a signal (slurmrestd's DELETE without `signal` is a full kill, i.e. SIGKILL after SIGTERM-like handling). */
  signalGiven: boolean;
  /** slurmrestd's `flags` query (for example BATCH_JOB, FULL_JOB). */
  flags?: string;
}

export interface SlurmBackend {
  readonly kind: 'local' | 'slurmrestd';
  /**
   * The API version a call made in `wanted` (the caller's version, BackendContext.version) is sent
   * to the cluster in (job submit bodies are translated to it); absent: v0.0.43. The slurmrestd
   * backend may have to ask the cluster first.
   */
  clusterVersion?(wanted?: ApiVersion): Promise<ApiVersion>;
  /**
   * The user name the cluster knows this caller by: what its statistics (diag's rpcs_by_user)
   * count the caller's calls under. The service shows a caller only that entry.
   */
  callerName(ctx: BackendContext): string;
  /**
   * Whose rights a read is made with, for this caller: replies of reads made with the same rights
   * may be shared (the read cache keys on it), others never are. Absent: every caller reads the
   * same (the local backend). The slurmrestd backend reads project-wide views (jobs, job/{id}) as
   * the resource's monitor user, and everything else as the caller's cluster user.
   */
  readsAs?(op: ReadOperationName, ctx: BackendContext): string;
  /**
   * A finished job's record from the cluster's accounting (slurmdbd), as job_info, when the
   * cluster has accounting and knows the job; undefined otherwise (no accounting, unknown job,
   * accounting unreachable: the caller falls back to what it has).
   */
  accountingJob?(ctx: BackendContext, jobId: number): Promise<JobInfo | undefined>;
  /**
   * Calls `listener` with each job as it settles in its final state, as GET job/{id} then shows
   * it: the local backend, which ends its jobs itself, tells at once; a remote cluster's ends are
   * only seen by reading (src/core/history/recorder.ts).
   */
  onJobSettled?(listener: (job: JobInfo) => void): void;
  /**
   * A backend that numbers its jobs itself (local) goes on above `jobId`, before start(): the
   * replica that takes a local resource over never reuses an id another replica acknowledged.
   */
  continueJobIdsAfter?(jobId: number): void;
  ping(ctx: BackendContext): Promise<BackendReply<PingResponse>>;
  partitions(ctx: BackendContext): Promise<BackendReply<PartitionsResponse>>;
  nodes(ctx: BackendContext): Promise<BackendReply<NodesResponse>>;
  reservations(ctx: BackendContext): Promise<BackendReply<ReservationsResponse>>;
  diag(ctx: BackendContext): Promise<BackendReply<DiagResponse>>;
  /** All jobs of the cluster (the service filters them to the caller's project). */
  jobs(ctx: BackendContext): Promise<BackendReply<JobsResponse>>;
  /** One job; an unknown id answers 404 with error 2017 like slurmrestd. */
  job(ctx: BackendContext, jobId: string): Promise<BackendReply<JobsResponse>>;
  submit(ctx: BackendContext, request: JobSubmitRequest): Promise<BackendReply<JobSubmitResponse>>;
  cancel(ctx: BackendContext, jobId: string, options: CancelOptions): Promise<BackendReply<KillJobResponse>>;
  /** Begin background work (scheduling loop, recovery after a restart). */
  start(): Promise<void>;
  /** Stop background work; the local backend ends the jobs it runs. */
  close(): Promise<void>;
}
