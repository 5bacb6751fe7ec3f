// ComputeService: every rule of the gateway lives here (resource and version lookup, token,
// permission and project rules). REST and gRPC adapters call these methods and only differ in
// how they read a request and write a reply.
import type { BackendContext, BackendReply, SlurmBackend } from '../backends/backend.ts';
import type { ResourceConfig } from '../config/schema.ts';
import { canRead, canWrite, type Principal } from '../auth/principal.ts';
import { tokenFromAuthorizationHeader, type TokenService } from '../auth/tokens.ts';
import { GatewayError } from '../contract/errors.ts';
import { unknownJobBody, unknownJobCancelBody } from '../contract/job-replies.ts';
import type { ApiVersion, DiagResponse, JobInfo, JobsResponse, JobSubmitRequest, KillJobResponse, SlurmWarning } from '../contract/model.ts';
import { checkJobSubmitBody } from './jobs/submit-body.ts';
import { checkJsonValueDepth } from '../contract/json-depth.ts';
import { describeFieldErrors, validateJobSubmitRequest } from '../contract/validate.ts';
import { DEFAULT_SIGNAL, parseSignal } from '../contract/signals.ts';
import { unknownCancelFlags } from './jobs/cancel-flags.ts';
import { IdempotencyStore, KEY_RE, requestHash } from './limits/idempotency.ts';
import { rateLimitHeaders, type TokenBuckets } from './limits/rate-limit.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { DeprecatedVersions } from '../config/schema.ts';
import { submitRequestToV0043, toV0042 } from '../contract/v0042/index.ts';
import type { ClusterReadName, OperationName } from '../contract/operations.ts';
import { deprecationNotice } from './deprecation.ts';


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
  clientSource?: string;
  /** The client's address without a port (src/core/client-address.ts): what per-address limits and audit aggregation count by. */
  clientAddress?: string;
  requestId?: string;
  /** Idempotency-Key header (REST) or `idempotency-key` metadata (gRPC), for submits. */
  idempotencyKey?: string;
  /** Which door the call came through, for the audit log (src/core/audit/): rest (default) or grpc. */
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

export interface ServiceOptions {
  /** Deprecated versions (a warning in warnings[]); default: none. */
  deprecated?: DeprecatedVersions;
  limiter?: TokenBuckets;
  idempotency?: IdempotencyStore;
  metrics?: Metrics;
}

export interface Opened {
  principal: Principal;
  resource: Resource;
  ctx: BackendContext;
  headers: Record<string, string>;
}

export class ComputeService {
  private readonly resources: Map<string, Resource>;
  private readonly views = new WeakMap<object, Map<string, BackendReply<unknown>>>();

  constructor(
    resources: Resource[],
    private readonly tokens: TokenService,
    private readonly opts: ServiceOptions = {},
  ) {
    this.resources = new Map(resources.map((r) => [r.name, r]));
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

  /** Verify the token; the first check of every call, so that nothing leaks to anonymous callers. */
  authenticate(authorization: string | undefined): Principal {
    return this.tokens.verify(tokenFromAuthorizationHeader(authorization));
  }

  /** Token, permission, resource, version and rate-limit rules of every call (also for the audited OpsComputeService, src/core/ops-service.ts). */
  protected open(call: Call, needs: 'read' | 'write'): Opened {
    const principal = this.authenticate(call.authorization);
    if (!canRead(principal)) throw new GatewayError('accessDenied', `Token ${principal.tokenId} has no compute permission`);
    const resource = this.resources.get(call.resource);
    if (!resource) throw new GatewayError('pathNotFound', `Unknown resource "${call.resource}" (known: ${this.resourceNames().join(', ')})`);
    if (!(resource.config.versions as string[]).includes(call.version)) {
      throw new GatewayError('pathNotFound', `Resource "${call.resource}" does not serve API version ${call.version} (served: ${resource.config.versions.join(', ')})`);
    }
    if (needs === 'write' && !canWrite(principal)) {
      throw new GatewayError('accessDenied', `Token ${principal.tokenId} is read-only (compute-ace-readonly): submitting and cancelling jobs needs compute-ace`);
    }
    const headers = this.rateLimit(principal);
    const ctx: BackendContext = { user: principal.user, project: principal.project, clientSource: call.clientSource, requestId: call.requestId };
    return { principal, resource, ctx, headers };
  }

  /** One request from the token's bucket; an empty bucket is a 429 with Retry-After. */
  private rateLimit(principal: Principal): Record<string, string> {
    const decision = this.opts.limiter?.take(principal);
    if (!decision) return {};
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      this.opts.metrics?.rateLimited.inc({ permission: principal.permissions.join(',') });
      throw new GatewayError('rateLimited', `Token ${principal.tokenId} is over its rate limit (${decision.limit} requests burst); retry in ${decision.retryAfterSeconds} s`, { headers });
    }
    return headers;
  }

  async read(call: Call, op: ClusterReadName): Promise<Reply> {
    const opened = this.open(call, 'read');
    const reply: BackendReply<unknown> = await opened.resource.backend[op](opened.ctx);
    if (op !== 'diag') return this.view(call, op, opened, reply);
    // diag's RPC statistics per user name every user of the cluster (other projects' included):
    // a caller sees only its own entry. The rest of diag is per cluster (counts, RPC types).
    const me = opened.resource.backend.callerName(opened.ctx);
    return this.view(call, op, opened, reply, (r: BackendReply<DiagResponse>) => ({ status: r.status, body: onlyCallersRpcs(r.body, me) }));
  }

  /**
   * The caller's view of a backend reply: shaped by the project rules (`shape`), `meta.client`
   * naming the caller, rendered for the call's API version. Memoized per backend body and viewer:
   * a cached body that a thousand pollers of one project read is shaped and rendered once per
   * cache period, and the REST adapter then serializes that one object once.
   */
  private view<T>(call: Call, op: OperationName, o: Opened, reply: BackendReply<any>, shape?: (r: BackendReply<any>) => Shaped): Reply<T> {
    const source = reply.body && typeof reply.body === 'object' ? (reply.body as object) : undefined;
    const key = `${op}|${call.version}|${o.principal.project}|${o.principal.user}|${call.clientSource ?? ''}`;
    let perSource = source && this.views.get(source);
    let v = perSource?.get(key);
    if (!v) {
      const shaped: Shaped = shape ? shape(reply) : { status: reply.status, body: reply.body };
      // A cluster's own reply to this caller keeps its meta.client (and its bytes); a reply
      // shared from the cache, rendered by the local backend, or one the shape says the gateway
      // renders (`rendered`), names this caller.
      const ownReply = !shaped.rendered && reply.raw !== undefined && (!reply.cache || reply.cache.kind === 'miss');
      const body = ownReply ? shaped.body : withClient(shaped.body, o.ctx);
      v = this.present(call, op, { status: shaped.status, body });
      const unchanged = v.body === reply.body && v.status === reply.status;
      if (unchanged && reply.raw !== undefined) v = { ...v, raw: reply.raw };
      if (source) {
        if (!perSource) this.views.set(source, (perSource = new Map()));
        perSource.set(key, v);
      }
    }
    // Only a 200 says how fresh it is (Cache-Control/Age): any other answer, 404 above all, is
    // not to be cached, whatever its source. Otherwise the age of another project's job (a 200 in
    // the read cache, shown as a 404) would tell it from a job that does not exist (never cached).
    const cache = v.status === 200 ? reply.cache : undefined;
    return { ...reply, status: v.status, body: v.body as T, raw: v.raw, cache, principal: o.principal, headers: o.headers };
  }

  /**
   * Backends speak v0.0.43; a v0.0.42 call gets its reply rendered for v0.0.42 here, at the edge,
   * with a deprecation warning. Every public method's reply passes through.
   */
  private present<T>(call: Call, op: OperationName, reply: BackendReply<T>): BackendReply<T> {
    if (call.version !== 'v0.0.42') return reply;
    const body = toV0042(op, reply.status, reply.body) as T & { warnings?: SlurmWarning[] };
    const notice = this.opts.deprecated && deprecationNotice(call.version, this.opts.deprecated);
    if (notice && body && typeof body === 'object') body.warnings = [...(body.warnings ?? []), notice.warning];
    return { ...reply, body };
  }

  /** The caller's project's jobs only. */
  async jobs(call: Call): Promise<Reply<JobsResponse>> {
    const opened = this.open(call, 'read');
    const reply = await opened.resource.backend.jobs(opened.ctx);
    return this.view(call, 'jobs', opened, reply, (r: BackendReply<JobsResponse>) => {
      const body = r.body;
      if (r.status !== 200 || !Array.isArray(body.jobs)) return r;
      const jobs = body.jobs.filter((j) => ownedBy(j, opened.principal));
      let warnings: SlurmWarning[] = body.warnings ?? [];
      // slurmrestd warns when it dumps no jobs; keep that true of the filtered view.
      if (jobs.length === 0 && !warnings.some((w) => w.description === 'Zero jobs to dump')) {
        warnings = [...warnings, { description: 'Zero jobs to dump', source: '' }];
      }
      return { status: 200, body: { ...body, jobs, warnings } };
    });
  }

  /** One job; another project's job answers exactly like a job that does not exist. */
  async job(call: Call, jobId: string): Promise<Reply<JobsResponse>> {
    const opened = this.open(call, 'read');
    const reply = await opened.resource.backend.job(opened.ctx, jobId);
    return this.view(call, 'job', opened, reply, (r: BackendReply<JobsResponse>): Shaped => {
      const jobs = r.body.jobs;
      if (r.status === 200 && Array.isArray(jobs) && jobs.some((j) => !ownedBy(j, opened.principal))) {
        return { status: 404, body: unknownJobBody(r.body.meta ?? {}, jobId), rendered: true };
      }
      // A missing job is rendered by the gateway as well (meta.client naming the caller, never the
      // cluster's bytes), so that how the 404 is written cannot tell it from another project's job.
      if (r.status === 404) return { status: 404, body: r.body, rendered: true };
      return r;
    });
  }

  async submit(call: Call, body: unknown): Promise<Reply> {
    const opened = this.open(call, 'write');
    // The adapters refuse deeper bodies already; checked here too because everything below
    // (hash, validation, conversion, the backend's serializing) walks the body.
    checkJsonValueDepth(body);
    const key = call.idempotencyKey;
    if (key === undefined || !this.opts.idempotency) return this.submitOnce(call, opened, body);
    if (!KEY_RE.test(key)) throw new GatewayError('invalidQuery', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    // The key is scoped per token; the request it names is the resource, version and body.
    const store = this.opts.idempotency;
    const tokenId = opened.principal.tokenId;
    const claim = store.begin(tokenId, key, requestHash(`${call.resource}/${call.version}`, body));
    switch (claim.kind) {
      case 'replay':
        this.opts.metrics?.idempotentReplays.inc();
        return { status: claim.status, body: claim.body, principal: opened.principal, headers: { ...opened.headers, 'Idempotent-Replayed': 'true' }, idempotentReplay: true };
      case 'mismatch':
        throw new GatewayError('idempotencyMismatch', `Idempotency-Key "${key}" was already used with a different request body`);
      case 'in-flight':
        throw new GatewayError('idempotencyInFlight', `A request with Idempotency-Key "${key}" is still being processed; retry when it has finished`);
    }
    try {
      const reply = await this.submitOnce(call, opened, body);
      // What is stored is what the client got, so a replay is identical (version rendering included).
      store.complete(tokenId, key, reply.status, reply.body);
      return reply;
    } catch (err) {
      // Refused before the backend answered (validation, or the cluster could not be reached):
      // no job was made, so the same key may be used again.
      store.abandon(tokenId, key);
      throw err;
    }
  }

  private async submitOnce(call: Call, opened: Opened, body: unknown): Promise<Reply> {
    const { principal, resource, ctx } = opened;
    checkJobSubmitBody(body);
    const checked = validateJobSubmitRequest(call.version as ApiVersion, body);
    if (!checked.valid) {
      throw new GatewayError('invalidQuery', `Invalid job description: ${describeFieldErrors(checked.errors)}`, { source: checked.errors[0]?.source ?? '_job_post' });
    }
    // Validated against its own version's spec, then turned into what backends speak.
    const request = (call.version === 'v0.0.42' ? submitRequestToV0043(body) : body) as JobSubmitRequest;
    const job = request.job!;
    if (job.account === undefined || job.account === '') {
      job.account = principal.project;
    } else if (job.account !== principal.project) {
      throw new GatewayError('accessDenied', `Account "${job.account}" is not this token's project "${principal.project}"`);
    }
    const reply = await resource.backend.submit(ctx, request);
    return this.view(call, 'submit', opened, reply);
  }

  async cancel(call: Call, jobId: string, query: { signal?: string; flags?: string }): Promise<Reply<KillJobResponse>> {
    const opened = this.open(call, 'write');
    const { principal, resource, ctx } = opened;
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
    // Cancel only what the caller could see: check ownership first, and answer for a foreign
    // job exactly what slurmrestd answers for an unknown id.
    const current = await resource.backend.job(ctx, jobId);
    if (current.status !== 200) {
      if (current.status === 404) return this.view(call, 'cancel', opened, { status: 200, body: unknownJobCancelBody(current.body.meta ?? {}, jobId) });
      return this.view(call, 'cancel', opened, current);
    }
    if ((current.body.jobs ?? []).some((j) => !ownedBy(j, principal))) {
      return this.view(call, 'cancel', opened, { status: 200, body: unknownJobCancelBody(current.body.meta ?? {}, jobId) });
    }
    const reply = await resource.backend.cancel(ctx, jobId, { signal, signalGiven, flags: query.flags || undefined });
    return this.view(call, 'cancel', opened, reply);
  }

  async close(): Promise<void> {
    await Promise.all([...this.resources.values()].map((r) => r.backend.close()));
  }
}

/** diag with statistics.rpcs_by_user cut to `user`'s entry (the same object when nothing else is listed). */
export function onlyCallersRpcs(body: DiagResponse, user: string): DiagResponse {
  const byUser = body?.statistics?.rpcs_by_user;
  if (!Array.isArray(byUser)) return body;
  const mine = byUser.filter((u) => u.user === user);
  if (mine.length === byUser.length) return body;
  return { ...body, statistics: { ...body.statistics, rpcs_by_user: mine } };
}

/** A caller's view of a backend reply, before version rendering. */
interface Shaped {
  status: number;
  body: unknown;
  /** The gateway renders this body itself: meta.client names the caller, the backend's bytes are not sent. */
  rendered?: boolean;
}

/** slurmrestd's meta.client describes who asked: here the gateway's caller, not the first reader of a shared reply. */
function withClient<T>(body: T, ctx: BackendContext): T {
  const b = body as { meta?: { client?: object } } | undefined;
  if (!b || typeof b !== 'object' || !b.meta) return body;
  return { ...b, meta: { ...b.meta, client: { source: ctx.clientSource ?? '', user: ctx.user, group: ctx.project } } } as T;
}

function ownedBy(job: JobInfo, p: Principal): boolean {
  return job.account === p.project;
}

export type { ApiVersion };
