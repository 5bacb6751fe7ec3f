// Request ids at the edge, for REST (header x-request-id) and gRPC (metadata x-request-id) alike.
// A client may name its request, so that its own logs and ours can be matched, but the id is
// logged, audited and echoed on every reply: only a short id of plain characters is kept. Anything
// else (too long, empty, spaces, quotes, control characters, a repeated header) is replaced by a
// fresh id, and the reply carries the id actually used.
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
export const MAX_REQUEST_ID_LENGTH = 64;

const ACCEPTABLE = new RegExp(`^[A-Za-z0-9._-]{1,${MAX_REQUEST_ID_LENGTH}}$`);

/** The id the client sent, if it is one the gateway keeps (1 to 64 of [A-Za-z0-9._-]); otherwise undefined. */
export function acceptableRequestId(sent: unknown): string | undefined {
  return typeof sent === 'string' && ACCEPTABLE.test(sent) ? sent : undefined;
}

/** The request id to use: the client's, when acceptable, or a fresh UUID. */
export function requestIdFor(sent: unknown): string {
  return acceptableRequestId(sent) ?? randomUUID();
}
