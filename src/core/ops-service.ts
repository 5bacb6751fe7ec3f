// The ComputeService with the operations features, for both adapters (REST and gRPC call the
// same methods, so both are audited alike):
// - audit: every submit and cancel, the token API's revoke, and every call of any kind refused with
//   401, 403 or 429 becomes an audit entry (src/core/audit/audit.ts); only a verified token names an
//   entry, and floods of calls refused without one are summed up (src/core/audit/audit-flood.ts);
// - reasons: with `call.explainReasons`, jobs/job replies carry each job's state reason in words;
// - events: watchJobs() subscribes to the resource's job-state watcher (src/core/events/events.ts) under
//   the same token, permission, resource and project rules as GET jobs / GET job/{id}.
// The rules themselves stay in ComputeService; this class only observes and adds.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../auth/principal.ts';
import { TokenRefused, type TokenService } from '../auth/tokens.ts';
import type { ClusterReadName } from '../contract/operations.ts';
import { ComputeService, type Call, type Reply, type Resource, type ServiceOptions } from './service.ts';
import { parseSignal, signalName } from '../contract/signals.ts';
import { GatewayError } from '../contract/errors.ts';
import type { JobsResponse, KillJobResponse } from '../contract/model.ts';
import { claimedTokenId, isDenial, outcomeOf, type AuditEntry, type AuditLog, type AuditOutcome } from './audit/audit.ts';
import type { AuditFloodGate } from './audit/audit-flood.ts';
import type { EventListener, JobEventHub, Subscription } from './events/events.ts';
import { withReasonTexts } from './jobs/reasons.ts';

export interface OpsOptions extends ServiceOptions {
  audit?: AuditLog;
  /** Where entries of calls refused without a verified caller go, to be summed up per client address (src/core/audit/audit-flood.ts); without it they are written one by one. */
  floods?: AuditFloodGate;
  events?: JobEventHub;
}

/** What is learnt about a call while it runs, for its audit entry. */
interface Scope {
  principal?: Principal;
  jobId?: string;
  signal?: string;
  detail?: string;
  /** Overrides the outcome the status implies (a 200 cancel that did nothing is "refused"). */
  outcome?: AuditOutcome;
}

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
  principal: Principal;
  /** RateLimit-* headers of the call. */
  headers: Record<string, string>;
  subscription: Subscription;
}

export class OpsComputeService extends ComputeService {
  /** The scope of the call being run: authenticate() (called by every rule check) fills in its principal. */
  private readonly scopes = new AsyncLocalStorage<Scope>();
  private readonly audit?: AuditLog;
  private readonly floods?: AuditFloodGate;
  private readonly events?: JobEventHub;

  constructor(resources: Resource[], tokens: TokenService, opts: OpsOptions = {}) {
    super(resources, tokens, opts);
    this.audit = opts.audit;
    this.floods = opts.floods;
    this.events = opts.events;
  }

  override authenticate(authorization: string | undefined): Principal {
    const principal = super.authenticate(authorization);
    const scope = this.scopes.getStore();
    if (scope) scope.principal = principal;
    return principal;
  }

  /**
   * Runs one call in an audit scope and writes its entry: always for mutating calls (`always`),
   * and for any call refused with 401, 403 or 429.
   */
  private async audited<T extends { status: number; principal?: Principal }>(call: Call, operation: string, always: boolean, run: (scope: Scope) => Promise<T>, describe?: (result: T, scope: Scope) => void): Promise<T> {
    const scope: Scope = {};
    if (!this.audit) return run(scope);
    let result: T;
    try {
      result = await this.scopes.run(scope, () => run(scope));
    } catch (err) {
      const status = err instanceof GatewayError ? err.httpStatus : 500;
      if (always || isDenial(status)) this.record(call, operation, scope, status, err);
      throw err;
    }
    if (always || isDenial(result.status)) {
      scope.principal ??= result.principal;
      describe?.(result, scope);
      this.record(call, operation, scope, result.status);
    }
    return result;
  }

  private record(call: Call, operation: string, scope: Scope, status: number, err?: unknown): void {
    const p = scope.principal;
    const error = err === undefined ? undefined : ((err as Error)?.message ?? String(err));
    // Only a verified token names an entry: the caller's, or a revoked or expired token whose
    // secret matched. A refused token's id is only claimed (anyone can write any id in front of a
    // wrong secret), and is kept apart as such. The secret is never recorded.
    const tokenId = p?.tokenId ?? (err instanceof TokenRefused ? err.provenTokenId : undefined);
    const entry: AuditEntry = {
      api: call.api ?? 'rest',
      operation,
      outcome: error === undefined && scope.outcome ? scope.outcome : outcomeOf(status),
      status,
      tokenId,
      claimedTokenId: tokenId === undefined ? claimedTokenId(call.authorization) : undefined,
      user: p?.user,
      project: p?.project,
      resource: call.resource,
      jobId: scope.jobId,
      signal: scope.signal,
      client: call.clientSource,
      requestId: call.requestId,
      detail: error ?? scope.detail,
    };
    // Without a verified caller the entry cost its sender nothing: floods of them are summed up.
    if (!p && this.floods) this.floods.record(entry, call.clientAddress ?? call.clientSource ?? '');
    else this.audit!.record(entry);
  }

  override read(call: Call, op: ClusterReadName): Promise<Reply> {
    return this.audited(call, op, false, () => super.read(call, op));
  }

  override jobs(call: Call): Promise<Reply<JobsResponse>> {
    return this.audited(call, 'jobs', false, async () => explain(call, await super.jobs(call)));
  }

  override job(call: Call, jobId: string): Promise<Reply<JobsResponse>> {
    return this.audited(call, 'job', false, async (scope) => {
      scope.jobId = jobId;
      return explain(call, await super.job(call, jobId));
    });
  }

  override submit(call: Call, body: unknown): Promise<Reply> {
    return this.audited(call, 'submit', true, () => super.submit(call, body), describeSubmit);
  }

  override cancel(call: Call, jobId: string, query: { signal?: string; flags?: string }): Promise<Reply<KillJobResponse>> {
    return this.audited(
      call,
      'cancel',
      true,
      (scope) => {
        scope.jobId = jobId;
        // The signal as delivered (the default is SIGTERM-then-SIGKILL, i.e. a full cancel).
        const n = query.signal ? parseSignal(query.signal) : undefined;
        scope.signal = query.signal ? (n !== undefined ? `SIG${signalName(n)}` : query.signal) : undefined;
        return super.cancel(call, jobId, query);
      },
      describeCancel,
    );
  }

  /** Verify the token of a call that names no resource (token introspection, gRPC without x-s3m-resource); a refusal is audited. */
  authenticateCall(call: Call, operation: string): Principal {
    try {
      return super.authenticate(call.authorization);
    } catch (err) {
      if (this.audit) this.record(call, operation, {}, err instanceof GatewayError ? err.httpStatus : 500, err);
      throw err;
    }
  }

  /**
   * A call the pre-auth limit refused before its token was looked at
   * (src/adapters/shared/preauth-limit.ts): audited as rate-limited, with at most the id its token
   * claims (unverified), and `what` it asked for.
   */
  auditRefusedBeforeAuth(call: Call, err: GatewayError, what: string): void {
    if (this.audit) this.record(call, 'pre-auth', {}, err.httpStatus, `${err.message} (${what})`);
  }

  /** DELETE /olcf/v1/token/ctls/revoke: the presented token revokes itself (audited). */
  revokePresentedToken(call: Call, tokens: TokenService): Promise<{ status: number; principal: Principal }> {
    return this.audited(call, 'token.revoke', true, async (scope) => {
      const principal = this.authenticate(call.authorization);
      tokens.revoke(principal.tokenId);
      scope.detail = `token ${principal.tokenId} revoked by its holder`;
      return { status: 200, principal };
    });
  }

  /**
   * Subscribe to a resource's job events: the token's project's jobs, or one job of it (a job the
   * caller could not GET answers like GET: 404 with error 2017). The same rules as GET jobs.
   */
  watchJobs(watch: Call, opts: WatchOptions, listener: EventListener): Promise<WatchResult & { status: number }> {
    // Events have no API version of their own: the call is checked as one of the resource's versions.
    const versions = (this.getResource(watch.resource)?.config.versions ?? []) as string[];
    const call: Call = { ...watch, version: versions.includes('v0.0.43') ? 'v0.0.43' : (versions[0] ?? 'v0.0.43') };
    return this.audited(call, 'events', false, async (scope) => {
      const hub = this.events;
      let principal: Principal;
      let headers: Record<string, string>;
      let jobId: number | undefined;
      if (opts.jobId !== undefined) {
        scope.jobId = opts.jobId;
        if (!/^\d+$/.test(opts.jobId)) {
          this.authenticate(call.authorization);
          throw new GatewayError('invalidQuery', `Invalid job id "${opts.jobId}": a job id is a number`);
        }
        // Exactly GET job/{id}'s rules: token, resource, version, rate limit, project.
        const current = await super.job(call, opts.jobId);
        if (current.status === 404) throw new GatewayError('invalidJobId', `Unable to query JobId=${opts.jobId}`);
        if (current.status !== 200) throw new GatewayError('backendUnavailable', `Job ${opts.jobId} cannot be read now (HTTP ${current.status})`);
        principal = current.principal!;
        headers = current.headers ?? {};
        jobId = Number(opts.jobId);
      } else {
        ({ principal, headers } = this.open(call, 'read'));
      }
      if (!hub) throw new GatewayError('pathNotFound', 'Job events are not enabled on this gateway');
      // The adapter's stream cap, once the rules have named the token; its 429 is audited as one.
      opts.admit?.(principal);
      const subscription = hub.subscribe(call.resource, { project: principal.project, jobId }, opts.lastEventId, listener);
      return { status: 200, principal, headers, subscription };
    });
  }
}

/** With `explainReasons`, each job of a 200 reply gets `s3m_state_reason_text`; SLURM's fields are untouched. */
function explain<T>(call: Call, reply: Reply<T>): Reply<T> {
  if (!call.explainReasons || reply.status !== 200) return reply;
  return { ...reply, body: withReasonTexts(reply.body) };
}

/** A submit's entry names the job it made, or why none was made. */
function describeSubmit(result: Reply, scope: Scope): void {
  const b = result.body as { job_id?: number | null; errors?: { description?: string; error?: string }[] } | undefined;
  if (b?.job_id !== undefined && b.job_id !== null) scope.jobId = String(b.job_id);
  const e = b?.errors?.[0];
  if (result.status !== 200 && e) scope.detail = e.description || e.error;
  if (result.idempotentReplay) scope.detail = 'Idempotency-Key replay: the stored reply, no new job';
}

/** slurmrestd answers 200 also for a cancel that did nothing (unknown or finished job): the entry says so. */
function describeCancel(result: Reply<KillJobResponse>, scope: Scope): void {
  const err = result.body?.status?.[0]?.error as { code?: number; string?: string; message?: string } | undefined;
  if (err && err.code !== undefined && err.code !== 0) {
    scope.detail = `${err.string ?? err.message ?? 'error'} (${err.code})`;
    scope.outcome = 'refused';
  }
  const e = result.body?.errors?.[0];
  if (result.status !== 200 && e) scope.detail = e.description || e.error;
}
