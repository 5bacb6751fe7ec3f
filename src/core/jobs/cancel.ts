// DELETE job/{id}: scancel's signal and flags, and only for a job the caller could see. Another
// project's job gets exactly what slurmrestd answers for an unknown id.
import { GatewayError } from '../../contract/errors.ts';
import { unknownJobCancelBody } from '../../contract/job-replies.ts';
import type { KillJobResponse } from '../../contract/model.ts';
import { DEFAULT_SIGNAL, parseSignal, signalName } from '../../contract/signals.ts';
import { authorized, type CallContext, type Reply } from '../context.ts';
import { unknownCancelFlags } from './cancel-flags.ts';
import { ownedBy } from './project-scope.ts';
import type { Views } from './view.ts';

export interface CancelQuery {
  signal?: string;
  flags?: string;
}

/** For the audit entry: the signal as named (the default is SIGTERM-then-SIGKILL, a full cancel). */
export function signalNote(query: CancelQuery): string | undefined {
  if (!query.signal) return undefined;
  const n = parseSignal(query.signal);
  return n !== undefined ? `SIG${signalName(n)}` : query.signal;
}

export async function cancelJob(ctx: CallContext, jobId: string, query: CancelQuery, views: Views): Promise<Reply<KillJobResponse>> {
  const { principal, resource, backend } = authorized(ctx);
  let signal = DEFAULT_SIGNAL;
  const signalGiven = query.signal !== undefined && query.signal !== '';
  if (signalGiven) {
    const parsed = parseSignal(query.signal!);
    if (parsed === undefined) throw new GatewayError('invalidSignal', `Unknown signal "${query.signal}": use a name such as SIGTERM, TERM, SIGKILL, SIGINT or USR1, or a number`);
    signal = parsed;
  }
  if (query.flags !== undefined && query.flags !== '') {
    const unknown = unknownCancelFlags(query.flags);
    if (unknown.length > 0) throw new GatewayError('invalidQuery', `Unknown cancel flag(s): ${unknown.join(', ')}`);
  }
  // Ownership first: a job the caller cannot see is not touched.
  const current = await resource.backend.job(backend, jobId);
  if (current.status !== 200) {
    if (current.status === 404) return views.of(ctx, 'cancel', { status: 200, body: unknownJobCancelBody(current.body.meta ?? {}, jobId) });
    return views.of(ctx, 'cancel', current);
  }
  if ((current.body.jobs ?? []).some((j) => !ownedBy(j, principal))) {
    return views.of(ctx, 'cancel', { status: 200, body: unknownJobCancelBody(current.body.meta ?? {}, jobId) });
  }
  return views.of(ctx, 'cancel', await resource.backend.cancel(backend, jobId, { signal, signalGiven, flags: query.flags || undefined }));
}
