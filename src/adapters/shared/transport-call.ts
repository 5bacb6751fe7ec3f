// The core's Call (src/core/service.ts) from what a transport says about a request: its headers
// (REST) or metadata (gRPC), who the client is, and the resource and version it names. Both doors
// build every Call here, so a header means the same on both and a new field is added once.
import type { Call } from '../../core/service.ts';
import { addressFromPeer } from '../../core/client-address.ts';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.ts';

export interface TransportFacts {
  api: 'rest' | 'grpc';
  /**
   * The first value of a request header (REST) or metadata key (gRPC), by lower-case name;
   * undefined when it was not sent.
   */
  header(name: string): string | undefined;
  /** The client as the transport names it (meta.client.source, logs): REST its address, gRPC the peer "host:port". */
  peer: string;
  /** The client's address without a port; when left out, read from `peer` (src/core/client-address.ts). */
  address?: string;
  resource: string;
  version: string;
  /** The security enclave the request names (REST's /slurm/{enclave}/... form); gRPC names none. */
  enclave?: string;
  /**
   * The request id the transport has already chosen (REST: Fastify's request.id, made by
   * requestIdFor from the same header); when left out, chosen here from x-request-id.
   */
  requestId?: string;
}

/** `X-S3M-Explain: reasons` (a list; case-insensitive) asks for each job's state reason in words. */
const EXPLAIN_REASONS = /(^|[\s,])reasons($|[\s,])/i;

/** A Call whose request id and client source are always known (logs and replies carry them). */
export type TransportCall = Call & { requestId: string; clientSource: string };

export function transportCall(t: TransportFacts): TransportCall {
  const call: TransportCall = {
    authorization: t.header('authorization'),
    resource: t.resource,
    version: t.version,
    clientSource: t.peer,
    clientAddress: t.address ?? addressFromPeer(t.peer),
    requestId: t.requestId ?? requestIdFor(t.header(REQUEST_ID_HEADER)),
    api: t.api,
  };
  if (t.enclave !== undefined) call.enclave = t.enclave;
  // Only the submit reads it; the core refuses a malformed (or empty) key.
  const idempotencyKey = t.header('idempotency-key');
  if (idempotencyKey !== undefined) call.idempotencyKey = idempotencyKey;
  // REST only: the reason text is a JSON field the proto messages have no place for (docs/operations.md).
  if (t.api === 'rest') call.explainReasons = EXPLAIN_REASONS.test(t.header('x-s3m-explain') ?? '');
  return call;
}
