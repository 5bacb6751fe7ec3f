// The gateway's rules, for both adapters: each public method is one operation, run through the
// same interceptors (audit → authenticate → authorize → rate limit, then the operation's own)
// and its handler in jobs/. REST and gRPC call these methods and differ only in how they read a
// request and write a reply. No transport is known here.
import type { Principal } from '../auth/principal.ts';
import { tokenFromAuthorizationHeader, type TokenService } from '../auth/tokens.ts';
import type { DeprecatedVersions } from '../config/schema.ts';
import { GatewayError } from '../contract/errors.ts';
import type { ApiVersion, JobsResponse, KillJobResponse } from '../contract/model.ts';
import type { ClusterReadName } from '../contract/operations.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { AuditFloodGate } from './audit/audit-flood.ts';
import type { AuditLog } from './audit/audit.ts';
import { newContext, type AuditNotes, type Call, type Reply, type Resource } from './context.ts';
import type { EventListener, JobEventHub } from './events/events.ts';
import { audit, recordCall, type AuditSink } from './interceptors/audit.ts';
import { authenticate } from './interceptors/authenticate.ts';
import { authorize } from './interceptors/authorize.ts';
import { boundedBody } from './interceptors/bounded-body.ts';
import { runChain, type Interceptor, type Outcome } from './interceptors/chain.ts';
import { idempotency } from './interceptors/idempotency.ts';
import { rateLimit } from './interceptors/rate-limit.ts';
import { cancelJob, signalNote, type CancelQuery } from './jobs/cancel.ts';
import { readCluster, readJob, readJobs } from './jobs/read.ts';
import { submitJob } from './jobs/submit.ts';
import type { HistoryReplies } from './jobs/history-replies.ts';
import { Views } from './jobs/view.ts';
import { numericJobId, watchJobs, type WatchOptions, type WatchResult } from './jobs/watch.ts';
import type { IdempotencyStore } from './limits/idempotency.ts';
import type { TokenBuckets } from './limits/rate-limit.ts';

export type { ApiVersion, Call, Reply, Resource, WatchOptions, WatchResult };

export interface ServiceOptions {
  /** Deprecated versions (a warning in warnings[]); default: none. */
  deprecated?: Partial<DeprecatedVersions>;
  limiter?: TokenBuckets;
  idempotency?: IdempotencyStore;
  metrics?: Metrics;
  audit?: AuditLog;
  /** Where entries of calls refused without a verified caller go, to be summed up per client address; without it they are written one by one. */
  floods?: AuditFloodGate;
  events?: JobEventHub;
  /** Final records of finished jobs, answered once slurmctld no longer lists them; without it, such a job is a 404 as in SLURM. */
  history?: HistoryReplies;
}

export class ComputeService {
  private readonly resources: Map<string, Resource>;
  private readonly views: Views;
  private readonly sink: AuditSink;
  private readonly auditing: Interceptor;
  private readonly checkToken: Interceptor;
  private readonly authorizing: Interceptor;
  private readonly limiting: Interceptor;
  /** The rules every operation on a resource passes, outermost first. */
  private readonly guard: readonly Interceptor[];
  private readonly submitRules: readonly Interceptor[];

  constructor(
    resources: Resource[],
    private readonly tokens: TokenService,
    private readonly opts: ServiceOptions = {},
  ) {
    this.resources = new Map(resources.map((r) => [r.name, r]));
    this.views = new Views(opts.deprecated);
    this.sink = { log: opts.audit, floods: opts.floods };
    this.auditing = audit(this.sink);
    this.checkToken = authenticate(tokens);
    this.authorizing = authorize(this.resources, opts.deprecated);
    this.limiting = rateLimit(opts.limiter, opts.metrics);
    this.guard = [this.auditing, this.checkToken, this.authorizing, this.limiting];
    this.submitRules = [boundedBody, idempotency(opts.idempotency, opts.metrics)];
  }

  resourceNames(): string[] {
    return [...this.resources.keys()];
  }

  /** Every API version some resource serves, newest first. */
  servedVersions(): ApiVersion[] {
    const all = new Set([...this.resources.values()].flatMap((r) => r.config.versions as ApiVersion[]));
    return [...all].sort().reverse();
  }

  getResource(name: string): Resource | undefined {
    return this.resources.get(name);
  }

  read(call: Call, op: ClusterReadName): Promise<Reply> {
    return this.run(call, op, 'read', {}, (ctx) => readCluster(ctx, op, this.views));
  }

  /** The caller's project's jobs only. */
  jobs(call: Call): Promise<Reply<JobsResponse>> {
    return this.run(call, 'jobs', 'read', {}, (ctx) => readJobs(ctx, this.views, this.opts.history));
  }

  /** One job; another project's job answers exactly like a job that does not exist. */
  job(call: Call, jobId: string): Promise<Reply<JobsResponse>> {
    return this.run(call, 'job', 'read', { notes: { jobId } }, (ctx) => readJob(ctx, jobId, this.views, this.opts.history));
  }

  submit(call: Call, body: unknown): Promise<Reply> {
    return this.run(call, 'submit', 'write', { body, rules: this.submitRules }, (ctx) => submitJob(ctx, this.views));
  }

  cancel(call: Call, jobId: string, query: CancelQuery): Promise<Reply<KillJobResponse>> {
    return this.run(call, 'cancel', 'write', { notes: { jobId, signal: signalNote(query) } }, (ctx) => cancelJob(ctx, jobId, query, this.views));
  }

  /**
   * Subscribe to a resource's job events: the token's project's jobs, or one job of it, under
   * GET jobs' and GET job/{id}'s rules (src/core/jobs/watch.ts).
   */
  async watchJobs(watch: Call, opts: WatchOptions, listener: EventListener): Promise<WatchResult> {
    // Events have no API version of their own: the call is checked as one of the resource's versions.
    const versions = (this.getResource(watch.resource)?.config.versions ?? []) as string[];
    const call: Call = { ...watch, version: versions.includes('v0.0.43') ? 'v0.0.43' : (versions[0] ?? 'v0.0.43') };
    const ctx = newContext(call, 'events', 'read');
    if (opts.jobId !== undefined) ctx.notes.jobId = opts.jobId;
    const jobIdIsNumber: Interceptor = async (_ctx, next) => {
      numericJobId(opts.jobId);
      return next();
    };
    return runChain(ctx, [this.auditing, this.checkToken, jobIdIsNumber, this.authorizing, this.limiting], (c) => watchJobs(c, opts, this.opts.events, this.views, listener));
  }

  /** Verify the token of a call that names no resource (token introspection, gRPC without x-s3m-resource); a refusal is audited. */
  async authenticateCall(call: Call, operation: string): Promise<Principal> {
    try {
      return await this.tokens.verify(tokenFromAuthorizationHeader(call.authorization));
    } catch (err) {
      recordCall(this.sink, { call, operation, notes: {} }, err instanceof GatewayError ? err.httpStatus : 500, err);
      throw err;
    }
  }

  /**
   * A call the pre-auth limit refused before its token was looked at
   * (src/adapters/shared/preauth-limit.ts): audited as rate-limited, with at most the id its token
   * claims (unverified), and `what` it asked for.
   */
  auditRefusedBeforeAuth(call: Call, err: GatewayError, what: string): void {
    recordCall(this.sink, { call, operation: 'pre-auth', notes: {} }, err.httpStatus, `${err.message} (${what})`);
  }

  /** DELETE /olcf/v1/token/ctls/revoke: the presented token revokes itself (audited). */
  async revokePresentedToken(call: Call, tokens: TokenService): Promise<{ status: number; principal: Principal }> {
    const ctx = newContext(call, 'token.revoke', 'write');
    // The token names itself: no resource, no rate limit.
    return runChain(ctx, [this.auditing, this.checkToken], async (c) => {
      const principal = c.principal!;
      await tokens.revoke(principal.tokenId);
      c.notes.detail = `token ${principal.tokenId} revoked by its holder`;
      return { status: 200, principal };
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.resources.values()].map((r) => r.backend.close()));
  }

  private async run<T extends Outcome>(call: Call, operation: string, needs: 'read' | 'write', o: { body?: unknown; notes?: AuditNotes; rules?: readonly Interceptor[] }, handler: Parameters<typeof runChain<T>>[2]): Promise<T & { principal?: Principal; headers: Record<string, string> }> {
    const ctx = newContext(call, operation, needs, o.body);
    Object.assign(ctx.notes, o.notes);
    const result = await runChain(ctx, [...this.guard, ...(o.rules ?? [])], handler);
    return { ...result, principal: ctx.principal, headers: ctx.headers };
  }
}
