// The core's Call for a REST request: its headers, its client, and the resource and version the
// path names (none for the token API, no version for the event streams), and the security
// enclave when the path names one (/slurm/{enclave}/{version}/{resource}/...). Built by
// src/adapters/shared/transport-call.ts, as gRPC's are.
import type { FastifyRequest } from 'fastify';
import { transportCall, type TransportCall } from '../shared/transport-call.ts';

export function restCall(request: FastifyRequest): TransportCall {
  const params = (request.params ?? {}) as { resource?: string; version?: string; enclave?: string };
  return transportCall({
    api: 'rest',
    header: (name) => {
      const v = request.headers[name];
      return Array.isArray(v) ? v[0] : v;
    },
    peer: request.ip,
    address: request.ip,
    resource: params.resource ?? '',
    version: params.version ?? '',
    enclave: params.enclave,
    requestId: request.id,
  });
}
