// The fixed gRPC surface: service, method and request names come from the published S3M page
// (Python betterproto and Go examples), so they are not derived from the spec. Everything else
// (response messages, fields) is generated from the spec by scripts/generate-proto.ts. The
// generator and the server both read this table, so they cannot disagree.
import type { ApiVersion } from '../slurm/model.ts';
import type { OperationName } from '../slurm/validate.ts';

export const SERVICE_NAME = 'SlurmIndirect';

/** Metadata key naming the resource (cluster) of a call; REST has it in the path. */
export const RESOURCE_METADATA = 'x-s3m-resource';

/**
 * How a method's request message is made:
 * - empty: google.protobuf.Empty (the REST call has no body and no parameters used by the gateway);
 * - body: the spec's request body schema (JobSubmitReq);
 * - path: a message of the operation's path parameters (JobIdReq {job_id});
 * - params: a message of all of the operation's parameters (DeleteJobReq {job_id, signal, flags}).
 */
export type RequestKind = 'empty' | 'body' | 'path' | 'params';

export interface GrpcMethod {
  rpc: string;
  op: OperationName;
  request: RequestKind;
  /** The request message name where it is not Empty. */
  requestMessage?: string;
}

export const GRPC_METHODS: readonly GrpcMethod[] = [
  { rpc: 'Ping', op: 'ping', request: 'empty' },
  { rpc: 'GetPartitions', op: 'partitions', request: 'empty' },
  { rpc: 'PostJobSubmit', op: 'submit', request: 'body', requestMessage: 'JobSubmitReq' },
  { rpc: 'GetJob', op: 'job', request: 'path', requestMessage: 'JobIdReq' },
  { rpc: 'GetJobs', op: 'jobs', request: 'empty' },
  { rpc: 'DeleteJob', op: 'cancel', request: 'params', requestMessage: 'DeleteJobReq' },
  { rpc: 'GetNodes', op: 'nodes', request: 'empty' },
  { rpc: 'GetReservations', op: 'reservations', request: 'empty' },
  { rpc: 'GetDiag', op: 'diag', request: 'empty' },
];

/** "v0.0.43" → "slurm.v0043" (the proto package of an API version). */
export const protoPackage = (version: ApiVersion) => `slurm.${version.replace(/\./g, '')}`;

/** The API versions the gRPC service is generated and served for. */
export const GRPC_VERSIONS: readonly ApiVersion[] = ['v0.0.43'];

/** Where a version's .proto lives under src/grpc/proto/ (its import path). */
export const protoFile = (version: ApiVersion) => `${protoPackage(version).replace('.', '/')}/slurm.proto`;

/** The compiled FileDescriptorSet of a version's .proto under src/grpc/generated/ (served by reflection). */
export const descriptorSetFile = (version: ApiVersion) => `${protoPackage(version)}.binpb`;
