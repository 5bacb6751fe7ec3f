// Job events as subscribers get them: SSE `data:` JSON and the gRPC s3m.events.v1.JobEvent message
// (src/grpc/proto/s3m/events/v1/events.proto) carry these fields under these names.

/** One job as events show it. */
export interface JobView {
  job_id: number;
  name: string;
  account: string;
  user_name: string;
  partition: string;
  /** The base state: PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, NODE_FAIL, ... */
  state: string;
  /** SLURM's state flags beside the base state (COMPLETING, CONFIGURING, REQUEUED, ...). */
  state_flags: string[];
  /** SLURM's state_reason, as SLURM says it. */
  reason: string;
  /** The reason in plain language. */
  reason_text: string;
  /** The job's exit code once it has one, else null. */
  exit_code: number | null;
}

/** A change of one job (event type "job"). */
export interface JobChange extends JobView {
  /** The state before this change; null for a job the watcher had not seen before. */
  previous_state: string | null;
  previous_reason: string | null;
}

export type JobEventType = 'job' | 'snapshot' | 'end';

/** What subscribers get (SSE `data:` as JSON, gRPC JobEvent). */
export interface JobEvent {
  /** Resume token: send it back as Last-Event-ID. `<opaque>-<n>`, n counting this stream's events (src/core/events/event-ids.ts). */
  id: string;
  type: JobEventType;
  resource: string;
  /** When the gateway saw it (ISO 8601). */
  time: string;
  /** type job and end: the job. */
  job?: JobChange;
  /** type snapshot: the subscriber's jobs now. */
  jobs?: JobView[];
}
