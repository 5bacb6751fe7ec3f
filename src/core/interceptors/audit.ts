// The audit entry of a call: always for what changes something (submit, cancel, token revoke),
// and for any call refused with 401, 403 or 429. Outermost in every chain, so that it sees the
// refusals of every other rule. Only a verified token names an entry; the entries of calls
// refused without one are summed up per client address (src/core/audit/audit-flood.ts).
import { TokenRefused } from '../../auth/tokens.ts';
import { GatewayError } from '../../contract/errors.ts';
import type { KillJobResponse } from '../../contract/model.ts';
import type { AuditFloodGate } from '../audit/audit-flood.ts';
import { claimedTokenId, isDenial, outcomeOf, type AuditEntry, type AuditLog } from '../audit/audit.ts';
import type { AuditNotes, CallContext, Reply } from '../context.ts';
import type { Interceptor } from './chain.ts';

export interface AuditSink {
  log?: AuditLog;
  floods?: AuditFloodGate;
}

export function audit(sink: AuditSink): Interceptor {
  return async (ctx, next) => {
    if (!sink.log) return next();
    // What changes something (submit, cancel, token revoke: the calls that need write) is audited whatever its outcome.
    const always = ctx.needs === 'write';
    let result;
    try {
      result = await next();
    } catch (err) {
      const status = err instanceof GatewayError ? err.httpStatus : 500;
      if (always || isDenial(status)) await recordCall(sink, ctx, status, err, true);
      throw err;
    }
    if (always || isDenial(result.status)) {
      DESCRIBE[ctx.operation]?.(result as unknown as Reply, ctx.notes);
      // The answer waits for its entry's commit (grouped with the calls that finished alongside).
      await recordCall(sink, ctx, result.status, undefined, true);
    }
    return result;
  };
}

/**
 * Write one call's entry (also for refusals outside a chain: a token check alone, the pre-auth
 * limit). `committed`: an entry of a verified caller goes into the next group commit, and the
 * promise resolves once it is written (AuditLog.recordCommitted).
 */
export function recordCall(sink: AuditSink, ctx: Pick<CallContext, 'call' | 'operation' | 'principal' | 'notes'>, status: number, err?: unknown, committed = false): Promise<unknown> | void {
  if (!sink.log) return;
  const { call, principal: p, notes } = ctx;
  const error = err === undefined ? undefined : ((err as Error)?.message ?? String(err));
  // The caller's token, or a revoked or expired one whose secret matched. A refused token's id is
  // only claimed (anyone can write any id in front of a wrong secret) and is kept apart as such.
  const tokenId = p?.tokenId ?? (err instanceof TokenRefused ? err.provenTokenId : undefined);
  const entry: AuditEntry = {
    api: call.api ?? 'rest',
    operation: ctx.operation,
    outcome: error === undefined && notes.outcome ? notes.outcome : outcomeOf(status),
    status,
    tokenId,
    claimedTokenId: tokenId === undefined ? claimedTokenId(call.authorization) : undefined,
    user: p?.user,
    project: p?.project,
    resource: call.resource,
    jobId: notes.jobId,
    signal: notes.signal,
    client: call.clientSource,
    requestId: call.requestId,
    detail: error ?? notes.detail,
  };
  // Without a verified caller the entry cost its sender nothing, and a token past its limit pays
  // nothing more for each further call: floods of either are summed up.
  if (!p && sink.floods) sink.floods.record(entry, call.clientAddress ?? call.clientSource ?? '');
  else if (status === 429 && sink.floods) sink.floods.recordThrottled(entry);
  else if (committed) return sink.log.recordCommitted(entry);
  else sink.log.record(entry);
}

const DESCRIBE: Record<string, (result: Reply, notes: AuditNotes) => void> = {
  /** A submit's entry names the job it made, or why none was made. */
  submit(result, notes) {
    const b = result.body as { job_id?: number | null; errors?: { description?: string; error?: string }[] } | undefined;
    if (b?.job_id !== undefined && b.job_id !== null) notes.jobId = String(b.job_id);
    const e = b?.errors?.[0];
    if (result.status !== 200 && e) notes.detail = e.description || e.error;
    if (result.idempotentReplay) notes.detail = 'Idempotency-Key replay: the stored reply, no new job';
  },
  /** slurmrestd answers 200 also for a cancel that did nothing (unknown or finished job): the entry says so. */
  cancel(result, notes) {
    const body = result.body as KillJobResponse | undefined;
    const err = body?.status?.[0]?.error as { code?: number; string?: string; message?: string } | undefined;
    if (err && err.code !== undefined && err.code !== 0) {
      notes.detail = `${err.string ?? err.message ?? 'error'} (${err.code})`;
      notes.outcome = 'refused';
    }
    const e = body?.errors?.[0];
    if (result.status !== 200 && e) notes.detail = e.description || e.error;
  },
};
