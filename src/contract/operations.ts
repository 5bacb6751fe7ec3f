// The nine slurmrestd operations the gateway serves: the one list every part derives its own from
// (REST routes, gRPC methods and the .proto generator, backend decorators, the read cache, the
// SDK's transports). Kept in the order of the SlurmIndirect service on the S3M page, which the
// generated .proto follows.

/**
 * How a gRPC method's request message is made:
 * - empty: google.protobuf.Empty (the REST call has no body and no parameters used by the gateway);
 * - body: the spec's request body schema (JobSubmitReq);
 * - path: a message of the operation's path parameters (JobIdReq {job_id});
 * - params: a message of all of the operation's parameters (DeleteJobReq {job_id, signal, flags}).
 */
export type RequestKind = 'empty' | 'body' | 'path' | 'params';

interface OperationFacts {
  /** Where the spec declares it, below /slurm/{version}/. */
  method: 'get' | 'post' | 'delete';
  path: string;
  /** Changes nothing: cacheable, and always safe to retry. */
  reads: boolean;
  /** The SlurmIndirect method (names from the S3M page's Python and Go examples). */
  rpc: string;
  request: RequestKind;
  /** The request message name where it is not Empty. */
  requestMessage?: string;
}

export const OPERATIONS = {
  ping: { method: 'get', path: 'ping/', reads: true, rpc: 'Ping', request: 'empty' },
  partitions: { method: 'get', path: 'partitions/', reads: true, rpc: 'GetPartitions', request: 'empty' },
  submit: { method: 'post', path: 'job/submit', reads: false, rpc: 'PostJobSubmit', request: 'body', requestMessage: 'JobSubmitReq' },
  job: { method: 'get', path: 'job/{job_id}', reads: true, rpc: 'GetJob', request: 'path', requestMessage: 'JobIdReq' },
  jobs: { method: 'get', path: 'jobs/', reads: true, rpc: 'GetJobs', request: 'empty' },
  cancel: { method: 'delete', path: 'job/{job_id}', reads: false, rpc: 'DeleteJob', request: 'params', requestMessage: 'DeleteJobReq' },
  nodes: { method: 'get', path: 'nodes/', reads: true, rpc: 'GetNodes', request: 'empty' },
  reservations: { method: 'get', path: 'reservations/', reads: true, rpc: 'GetReservations', request: 'empty' },
  diag: { method: 'get', path: 'diag/', reads: true, rpc: 'GetDiag', request: 'empty' },
} as const satisfies Record<string, OperationFacts>;

export type OperationName = keyof typeof OPERATIONS;
export const OPERATION_NAMES = Object.keys(OPERATIONS) as OperationName[];

export type ReadOperationName = { [K in OperationName]: (typeof OPERATIONS)[K]['reads'] extends true ? K : never }[OperationName];
export const READ_OPERATION_NAMES = OPERATION_NAMES.filter((op) => OPERATIONS[op].reads) as ReadOperationName[];

/** The reads about the cluster as a whole (no job id, nothing filtered per project): the same call shape in every layer. */
export type ClusterReadName = Exclude<ReadOperationName, 'job' | 'jobs'>;
export const CLUSTER_READ_NAMES = READ_OPERATION_NAMES.filter((op) => op !== 'job' && op !== 'jobs') as ClusterReadName[];
