// The error a failed gRPC call carries (the code and the message come from
// src/adapters/shared/errors.ts, as REST's status and body do):
// - the status message: the SLURM errors, "Invalid job id specified (2017): Unable to query JobId=7";
// - trailer `grpc-status-details-bin`: a google.rpc.Status whose details hold one Any with the
//   SLURM reply as the method's response message (meta, errors, warnings; e.g. jobs: [] for an
//   unknown job), exactly what REST sends in the error body.
import { Metadata, status as Code, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { PROTO_DIR } from '../../contract/grpc/loader-options.ts';

let statusType: { serialize: (v: object) => Buffer } | undefined;

/** google.rpc.Status, loaded once from the vendored status.proto. */
function rpcStatus() {
  statusType ??= loadSync('google/rpc/status.proto', { includeDirs: [PROTO_DIR], keepCase: true })['google.rpc.Status'] as unknown as { serialize: (v: object) => Buffer };
  return statusType;
}

export interface StatusDetail {
  /** Full name of the message in `value`, e.g. "slurm.v0043.OpenapiJobInfoResp". */
  typeName: string;
  value: Buffer;
}

/** The error to hand to grpc-js' callback for a failed call. */
export function statusError(code: number, message: string, detail?: StatusDetail): ServiceError {
  const metadata = new Metadata();
  const details = detail ? [{ type_url: `type.googleapis.com/${detail.typeName}`, value: detail.value }] : [];
  metadata.set('grpc-status-details-bin', rpcStatus().serialize({ code, message, details }));
  return Object.assign(new Error(message), { code: code as Code, details: message, metadata });
}
