// The fixed gRPC surface: service, method and request names come from the published S3M page
// (Python betterproto and Go examples; the method names are in src/contract/operations.ts), so
// they are not derived from the spec. Everything else
// (response messages, fields) is generated from the spec by scripts/generate-proto.ts. The
// generator, the server (src/adapters/grpc/) and the SDK's gRPC transport all read this table,
// so they cannot disagree.
import type { ApiVersion } from '../model.ts';
import { OPERATION_NAMES, OPERATIONS, type OperationName, type RequestKind } from '../operations.ts';

export const SERVICE_NAME = 'SlurmIndirect';

/** Metadata key naming the resource (cluster) of a call; REST has it in the path. */
export const RESOURCE_METADATA = 'x-s3m-resource';

export interface GrpcMethod {
  rpc: string;
  op: OperationName;
  request: RequestKind;
  /** The request message name where it is not Empty. */
  requestMessage?: string;
}

/** One method per operation, in the contract's (the page's) order. */
export const GRPC_METHODS: readonly GrpcMethod[] = OPERATION_NAMES.map((op) => {
  const facts: { rpc: string; request: RequestKind; requestMessage?: string } = OPERATIONS[op];
  return { rpc: facts.rpc, op, request: facts.request, ...(facts.requestMessage ? { requestMessage: facts.requestMessage } : {}) };
});

/** "v0.0.43" → "slurm.v0043" (the proto package of an API version). */
export const protoPackage = (version: ApiVersion) => `slurm.${version.replace(/\./g, '')}`;

/**
 * The API versions the gRPC service is generated and served for: slurm.v0043, .v0044 and .v0045,
 * each for the resources whose `versions` list it. v0.0.42 stays REST-only: it is deprecated
 * (SchedMD removes it in 26.11), no gRPC client has ever had a slurm.v0042 package to use, and
 * a new client should be written against a version that outlives it.
 */
export const GRPC_VERSIONS: readonly ApiVersion[] = ['v0.0.43', 'v0.0.44', 'v0.0.45'];

/** Where a version's .proto lives under src/grpc/proto/ (its import path). */
export const protoFile = (version: ApiVersion) => `${protoPackage(version).replace('.', '/')}/slurm.proto`;

/** The compiled FileDescriptorSet of a version's .proto under src/grpc/generated/ (served by reflection). */
export const descriptorSetFile = (version: ApiVersion) => `${protoPackage(version)}.binpb`;
