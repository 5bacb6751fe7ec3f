// gRPC status codes for the gateway's replies, and the error a failed call carries.
//
// One rule, in one place: a reply's HTTP status (what REST would answer) decides the gRPC code
// (httpToGrpc). The error catalogue's grpcCode per entry says the same thing for the gateway's
// own errors; status.test.ts checks that the two never disagree. A 200 is always OK, also when
// SLURM reports a problem inside it (DELETE of a finished job: status[0].error), as in REST.
//
// A failed call carries:
// - the status message: the SLURM errors, "Invalid job id specified (2017): Unable to query JobId=7";
// - trailer `grpc-status-details-bin`: a google.rpc.Status whose details hold one Any with the
//   SLURM reply as the method's response message (meta, errors, warnings; e.g. jobs: [] for an
//   unknown job), exactly what REST sends in the error body.
import { Metadata, status as Code, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { fileURLToPath } from 'node:url';
import type { SlurmError } from '../../contract/model.ts';

/** The gRPC code for an HTTP status of a SLURM reply or a gateway error. */
export function httpToGrpc(httpStatus: number): Code {
  if (httpStatus >= 200 && httpStatus < 300) return Code.OK;
  switch (httpStatus) {
    case 400:
    case 415:
    case 422:
      return Code.INVALID_ARGUMENT;
    case 401:
      return Code.UNAUTHENTICATED;
    case 403:
      return Code.PERMISSION_DENIED;
    case 404:
      return Code.NOT_FOUND;
    case 408:
    case 504:
      return Code.DEADLINE_EXCEEDED;
    case 409:
      return Code.ABORTED;
    case 413:
    case 429:
      return Code.RESOURCE_EXHAUSTED;
    case 501:
      return Code.UNIMPLEMENTED;
    case 502:
    case 503:
      return Code.UNAVAILABLE;
  }
  return httpStatus >= 400 && httpStatus < 500 ? Code.FAILED_PRECONDITION : Code.INTERNAL;
}

/** "Invalid job id specified (2017): Unable to query JobId=7; ..." — what a status message says. */
export function describeSlurmErrors(errors: SlurmError[] | undefined, httpStatus: number): string {
  const parts = (errors ?? []).map((e) => `${e.error ?? 'error'} (${e.error_number ?? '?'}): ${e.description ?? ''}`.trim());
  return parts.length > 0 ? parts.join('; ') : `SLURM answered HTTP ${httpStatus} without errors`;
}

const PROTO_DIR = fileURLToPath(new URL('../../grpc/proto', import.meta.url));
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
export function statusError(code: Code, message: string, detail?: StatusDetail): ServiceError {
  const metadata = new Metadata();
  const details = detail ? [{ type_url: `type.googleapis.com/${detail.typeName}`, value: detail.value }] : [];
  metadata.set('grpc-status-details-bin', rpcStatus().serialize({ code, message, details }));
  return Object.assign(new Error(message), { code, details: message, metadata });
}
