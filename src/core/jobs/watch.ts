// Job events: the token's project's jobs, or one job of it under exactly GET job/{id}'s rules (a
// job the caller could not GET is a 404 with error 2017).
import type { Principal } from '../../auth/principal.ts';
import { GatewayError } from '../../contract/errors.ts';
import { authorized, type CallContext } from '../context.ts';
import type { EventListener, JobEventHub, Subscription } from '../events/events.ts';
import { readJob } from './read.ts';
import type { Views } from './view.ts';

export interface WatchOptions {
  jobId?: string;
  lastEventId?: string;
  /**
   * Called with the caller once every rule passed, just before subscribing; it may refuse the
   * stream by throwing (the adapters take a per-token stream slot here: src/adapters/shared/stream-slots.ts).
   */
  admit?: (principal: Principal) => void;
}

export interface WatchResult {
  status: number;
  principal: Principal;
  /** RateLimit-* headers of the call. */
  headers: Record<string, string>;
  subscription: Subscription;
}

export async function watchJobs(ctx: CallContext, opts: WatchOptions, hub: JobEventHub | undefined, views: Views, listener: EventListener): Promise<WatchResult> {
  const { principal } = authorized(ctx);
  let jobId: number | undefined;
  if (opts.jobId !== undefined) {
    const current = await readJob(ctx, opts.jobId, views);
    if (current.status === 404) throw new GatewayError('invalidJobId', `Unable to query JobId=${opts.jobId}`);
    if (current.status !== 200) throw new GatewayError('backendUnavailable', `Job ${opts.jobId} cannot be read now (HTTP ${current.status})`);
    jobId = Number(opts.jobId);
  }
  if (!hub) throw new GatewayError('pathNotFound', 'Job events are not enabled on this gateway');
  // The adapter's stream cap, once the rules have named the token; its 429 is audited as one.
  opts.admit?.(principal);
  const subscription = hub.subscribe(ctx.call.resource, { project: principal.project, jobId }, opts.lastEventId, listener);
  return { status: 200, principal, headers: ctx.headers, subscription };
}

/** A job id is a number: checked once the token is known, before the resource is looked at. */
export function numericJobId(jobId: string | undefined): void {
  if (jobId !== undefined && !/^\d+$/.test(jobId)) throw new GatewayError('invalidQuery', `Invalid job id "${jobId}": a job id is a number`);
}
