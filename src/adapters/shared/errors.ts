// Any failure as what goes on the wire, for REST and gRPC alike: the catalogue error
// (src/contract/errors.ts), its HTTP status and gRPC code, the headers (REST) or response metadata
// (gRPC), SLURM's error envelope, and the errors in words (a gRPC status message). The writers in
// src/adapters/rest/error-reply.ts and src/adapters/grpc/ only put these on their wire.
//
// What is not already a GatewayError is a gateway bug: it is answered as `internal` (500, logged
// with the request id by the writer) and its message, which may hold anything, never reaches the
// client.
import { buildMeta } from '../../contract/envelope.ts';
import { isApiVersion } from '../../contract/model.ts';
import { GatewayError, httpToGrpc } from '../../contract/errors.ts';
import type { Meta, SlurmError } from '../../contract/model.ts';
import { errorHeaders } from './reply-headers.ts';
import { inEnclave } from '../../core/interceptors/authorize.ts';

export function asGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  return new GatewayError('internal', 'Internal gateway error; the request id in the logs tells the operators where to look');
}

/** "Invalid job id specified (2017): Unable to query JobId=7; ..." — what a gRPC status message says. */
export function describeSlurmErrors(errors: SlurmError[] | undefined, httpStatus: number): string {
  const parts = (errors ?? []).map((e) => `${e.error ?? 'error'} (${e.error_number ?? '?'}): ${e.description ?? ''}`.trim());
  return parts.length > 0 ? parts.join('; ') : `SLURM answered HTTP ${httpStatus} without errors`;
}

/** Where the failure happened, as the envelope's meta tells it. */
export interface ErrorPlace {
  /** The API version the call named: the envelope's data_parser (v0.0.43 for anything that is not a version the gateway knows). */
  version?: string;
  /** meta.slurm.cluster: the call's resource when the gateway serves it (see servedCluster), else ''. */
  cluster: string;
  /** meta.client.source. */
  clientSource?: string;
}

export interface WireError {
  /** The catalogue error the failure is; `internal` is a gateway bug for the writer to log. */
  error: GatewayError;
  httpStatus: number;
  /** The catalogue entry's code, or the HTTP status's when the error overrides its status (like REST). */
  grpcCode: number;
  /** Cache-Control: no-store and what the error carries (Retry-After, RateLimit-*). */
  headers: Record<string, string>;
  /** SLURM's error envelope. */
  body: { meta: Required<Meta>; errors: SlurmError[]; warnings: [] };
  /** The errors in words: the gRPC status message. */
  message: string;
}

export function errorToWire(err: unknown, at: ErrorPlace): WireError {
  const error = asGatewayError(err);
  const errors = [error.toSlurmError()];
  return {
    error,
    httpStatus: error.httpStatus,
    grpcCode: error.httpStatus === error.entry.httpStatus ? error.entry.grpcCode : httpToGrpc(error.httpStatus),
    headers: errorHeaders(error),
    body: { meta: buildMeta({ version: isApiVersion(at.version) ? at.version : 'v0.0.43', cluster: at.cluster, clientSource: at.clientSource }), errors, warnings: [] },
    message: describeSlurmErrors(errors, error.httpStatus),
  };
}

/** meta.slurm.cluster of an error: the resource when the gateway serves it; a name it does not serve is not echoed. */
export function servedCluster(service: { getResource(name: string): { config: { securityEnclave?: string } } | undefined }, resource: string, enclave?: string): string {
  const served = service.getResource(resource);
  // A resource named under another enclave is not echoed either: the reply is an unknown resource's.
  return served && inEnclave(served.config, enclave) ? resource : '';
}
