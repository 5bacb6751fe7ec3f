// What the core speaks: a Call in (what an adapter read from headers or metadata), a Reply or a
// GatewayError out, and between them the CallContext the interceptors fill in as the rules pass.
import type { Principal } from '../auth/principal.ts';
import type { BackendContext, BackendReply, SlurmBackend } from '../backends/backend.ts';
import type { ResourceConfig } from '../config/schema.ts';
import { GatewayError } from '../contract/errors.ts';
import type { AuditOutcome } from './audit/audit.ts';

export interface Resource {
  name: string;
  config: ResourceConfig;
  backend: SlurmBackend;
}

/** What an adapter knows about the call before any rule is applied. */
export interface Call {
  /** The Authorization header (REST) or `authorization` metadata (gRPC), as sent. */
  authorization?: string;
  resource: string;
  version: string;
  /**
   * The security enclave the request named (REST /slurm/{enclave}/{version}/{resource}/...);
   * undefined for the form without one. A resource answers only in its own enclave.
   */
  enclave?: string;
  clientSource?: string;
  /** The client's address without a port (src/core/client-address.ts): what per-address limits and audit aggregation count by. */
  clientAddress?: string;
  requestId?: string;
  /** Idempotency-Key header (REST) or `idempotency-key` metadata (gRPC), for submits. */
  idempotencyKey?: string;
  /** Which door the call came through, for the audit log: rest (default) or grpc. */
  api?: 'rest' | 'grpc';
  /** Add the state reason in words to each job of jobs/job replies (REST `X-S3M-Explain: reasons`; src/core/jobs/reasons.ts). */
  explainReasons?: boolean;
}

export interface Reply<T = unknown> extends BackendReply<T> {
  /** Set once the token was verified (for logs and audit). */
  principal?: Principal;
  /** Headers the adapter sends (RateLimit-*); gRPC sends them as metadata. */
  headers?: Record<string, string>;
  /** The reply is a stored answer to an earlier request with the same Idempotency-Key. */
  idempotentReplay?: boolean;
}

/** What the audit entry of a call says beyond who, what, where and the status. */
export interface AuditNotes {
  jobId?: string;
  signal?: string;
  detail?: string;
  /** Overrides the outcome the status implies (a 200 cancel that did nothing is "refused"). */
  outcome?: AuditOutcome;
}

export interface CallContext {
  readonly call: Call;
  /** The operation as the audit log names it (ping ... cancel, events, token.revoke). */
  readonly operation: string;
  /** A write needs compute-ace; a read compute-ace or compute-ace-readonly. */
  readonly needs: 'read' | 'write';
  /** The request body of a submit (what Idempotency-Key names). */
  readonly body?: unknown;
  /** Set by `authenticate`. */
  principal?: Principal;
  /** Set by `authorize`. */
  resource?: Resource;
  backend?: BackendContext;
  /** Reply headers the rules add (RateLimit-*, Idempotent-Replayed): REST headers, gRPC metadata. */
  readonly headers: Record<string, string>;
  readonly notes: AuditNotes;
}

export function newContext(call: Call, operation: string, needs: 'read' | 'write', body?: unknown): CallContext {
  return { call, operation, needs, body, headers: {}, notes: {} };
}

/** The caller, resource and backend context of a call that `authorize` let through. */
export function authorized(ctx: CallContext): { principal: Principal; resource: Resource; backend: BackendContext } {
  if (!ctx.principal || !ctx.resource || !ctx.backend) throw new GatewayError('internal', `${ctx.operation} ran before authorize`);
  return { principal: ctx.principal, resource: ctx.resource, backend: ctx.backend };
}
