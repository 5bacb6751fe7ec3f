// The S3M Compute SDK: a typed client for the gateway's SLURM operations (slurmrestd v0.0.43 or
// v0.0.42 bodies, types generated from the same spec the server uses), over a pluggable transport.
export { S3mClient, DEFAULT_URL, type ClientOptions, type RequestOptions, type SubmitOptions, type WaitOptions } from './client.ts';
export type { Transport, CallContext } from './transport.ts';
export { createSseParser, sseMessages, eventJob, type JobEvent, type JobEventJob, type JobEventsOptions, type SseMessage } from './events.ts';
export { RestTransport, type RestTransportOptions } from './rest-transport.ts';
export { httpFetch, type FetchLike, type FetchInit, type FetchAnswer } from './http-fetch.ts';
export { GrpcTransport, grpcToHttp, type GrpcTransportOptions } from './grpc-transport.ts';
export { S3mError, SlurmApiError, ConnectionError, TokenError, RETRYABLE_STATUSES, describeErrors } from './errors.ts';
export { withRetry, isRetryable, backoffDelay, type RetryOptions } from './retry.ts';
export { isJobFinished, jobExitCode, baseState, elapsedSeconds, FINISHED_STATES } from './job-state.ts';
export { parseTimeLimit, formatElapsed, formatTimeLimit, type TimeLimit } from './slurm-time.ts';
export { parseSbatchScript, parseOptionWords, splitDirective, buildJobDescription, mergeValues, parseMemory, parseMailType, SbatchError, type ParsedScript, type BuildContext } from './sbatch.ts';
export { SBATCH_OPTIONS, sbatchEnvValues, type SbatchValues, type SbatchOrigins, type SbatchKey } from './sbatch-options.ts';
export { exportEnvironment } from './export-env.ts';
export { readTokenFile, resolveToken, type TokenSource } from './token.ts';
export {
  DEFAULT_API_VERSION,
  OPERATIONS,
  READ_OPERATIONS,
  type ApiVersion,
  type Model,
  type Schema,
  type AnyModel,
  type AnyJobInfo,
  type CancelFlag,
  type CancelParams,
  type TokenInfo,
  type Operation,
} from './types.ts';
