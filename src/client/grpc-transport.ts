// The gRPC transport: the gateway's own services slurm.v0043/.v0044/.v0045.SlurmIndirect (on the
// REST port; the call's API version picks the service),
// through @grpc/grpc-js with the project's .proto loaded the way the server loads it
// (src/contract/grpc/loader-options.ts: keepCase, Number longs, no defaults), so that requests and replies are
// slurmrestd's JSON bodies, as over REST. Failures become the SDK's errors with the HTTP status
// REST would have answered (so the retry policy is the transport's business no more than with
// REST): the SLURM reply the server puts in `grpc-status-details-bin` (a google.rpc.Status whose
// details[0] is the method's response message) gives SlurmApiError its errors[] and warnings[].
//
// grpc-js, the .proto and the spec are loaded on the first call, so that merely importing the
// SDK (or running a REST-only CLI command) does not pay for them. Like the rest of the SDK, this
// imports only src/contract/ (the method table, loader options and protoShape are the
// contract's, shared with the server's adapter) and never server code (test/layering.test.ts).
import type { ChannelCredentials, ChannelOptions, Client, Metadata, MethodDefinition, ServiceDefinition, ServiceError } from '@grpc/grpc-js';
import { GrpcCode } from '../contract/errors.ts';
import { GRPC_VERSIONS, protoPackage, SERVICE_NAME } from '../contract/grpc/service.ts';
import { ConnectionError, S3mError, SlurmApiError } from './errors.ts';
import type { JobEvent, JobEventJob, JobEventsOptions } from './events.ts';
import type { JobChange } from '../contract/events.ts';
import { RestTransport } from './rest-transport.ts';
import type { FetchLike } from './http-fetch.ts';
import type { CallContext, Transport } from './transport.ts';
import type { AnySlurmError, AnySlurmWarning, ApiVersion, CancelParams, Model, Operation, TokenInfo } from './types.ts';

export interface GrpcTransportOptions {
  /**
   * The gateway's URL (http://host:port, https://host:port): gRPC is served on the REST port, so
   * this gives the channel target (host:port; a path prefix is not used by gRPC) and TLS for
   * https. It is also where introspect() goes, over REST, since introspection has no RPC.
   */
  url?: string;
  /** host:port of the channel, when there is no `url` (introspect() then throws). */
  target?: string;
  /** The token, or the whole header value ("Bearer <token>"), sent as metadata `authorization`. */
  token: string;
  /** Channel credentials; default: TLS for an https URL, cleartext (h2c) otherwise. */
  credentials?: ChannelCredentials;
  /** Extra grpc-js channel options (merged over the transport's). */
  channelOptions?: ChannelOptions;
  userAgent?: string;
  /** fetch for the REST introspect() fallback (tests). */
  fetch?: FetchLike;
}

// Numeric codes from the catalogue's table, so that grpc-js itself is loaded lazily.
const Code = GrpcCode;
const CODE_NAMES = Object.fromEntries(Object.entries(Code).map(([k, v]) => [v, k])) as Record<number, string>;

/**
 * The HTTP status REST would have answered for a gRPC code. The server maps HTTP → gRPC with
 * src/contract/errors.ts httpToGrpc (plus the error catalogue's refinements); where several statuses
 * share a code, SLURM's error_number in the reply tells them apart: UNAVAILABLE is 503 for "busy"
 * (error 11) and 502 for an unreachable or broken cluster; RESOURCE_EXHAUSTED is 429 for a rate
 * limit (error 11 or Retry-After) and 413 for a message over the size limit (9205).
 */
export function grpcToHttp(code: number, errorNumber?: number, hasRetryAfter = false): number {
  switch (code) {
    case Code.OK:
      return 200;
    case Code.INVALID_ARGUMENT:
      return errorNumber === 9001 ? 400 : errorNumber === 9204 ? 415 : 422;
    case Code.UNAUTHENTICATED:
      return 401;
    case Code.PERMISSION_DENIED:
      return 403;
    case Code.NOT_FOUND:
      return 404;
    case Code.ABORTED:
    case Code.ALREADY_EXISTS:
      return 409;
    case Code.FAILED_PRECONDITION:
      return 422;
    case Code.RESOURCE_EXHAUSTED:
      return errorNumber === 9205 || (errorNumber === undefined && !hasRetryAfter) ? 413 : 429;
    case Code.UNIMPLEMENTED:
      return 501;
    case Code.UNAVAILABLE:
      return errorNumber === 11 ? 503 : 502;
    case Code.DEADLINE_EXCEEDED:
      return 504;
    case Code.INTERNAL:
      return errorNumber === 1007 ? 502 : 500;
    default:
      return 500;
  }
}

type WireMethod = { path: string; serialize: (v: object) => Buffer; deserialize: (b: Buffer) => unknown; responseType: string };

/** One API version's SlurmIndirect: its methods, and protoShape for its submit body. */
interface VersionWire {
  methods: Map<string, WireMethod>;
  /** protoShape for the submit body (drops what the message cannot hold, as for replies). */
  shapeSubmit: (body: unknown) => object;
}

interface Wire {
  client: Client;
  Metadata: typeof Metadata;
  /** s3m.events.v1.JobEvents/WatchJobs. */
  watch: WireMethod;
  decodeStatus: (b: Buffer) => { code?: number; message?: string; details?: { type_url?: string; value?: Buffer }[] };
  /** A version's service, its .proto loaded on the version's first call. */
  version: (version: ApiVersion) => VersionWire;
}

// Messages whose "the connection never carried the call" is certain: a submit may be resent.
const NOT_SENT = /No connection established|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|Name resolution failed|DNS resolution failed|getaddrinfo/i;

export class GrpcTransport implements Transport {
  readonly kind = 'grpc';
  /** The versions SlurmIndirect is generated for (src/contract/grpc/service.ts GRPC_VERSIONS; v0.0.42 is REST only). */
  readonly versions: readonly ApiVersion[] = GRPC_VERSIONS;
  /** host:port the channel connects to. */
  readonly target: string;
  private readonly url?: string;
  private readonly authorization: string;
  private readonly opts: GrpcTransportOptions;
  private wire?: Promise<Wire>;
  private rest?: RestTransport;
  private closed = false;

  constructor(opts: GrpcTransportOptions) {
    if (!opts.url && !opts.target) throw new TypeError('GrpcTransport needs a url (or a target host:port)');
    this.opts = opts;
    this.url = opts.url?.replace(/\/+$/, '');
    this.authorization = opts.token.trim();
    this.target = opts.target ?? targetOf(opts.url!);
  }

  ping<V extends ApiVersion>(call: CallContext<V>) {
    return this.unary<Model<V>['PingResponse']>('ping', 'Ping', call, {});
  }
  partitions<V extends ApiVersion>(call: CallContext<V>) {
    return this.unary<Model<V>['PartitionsResponse']>('partitions', 'GetPartitions', call, {});
  }
  nodes<V extends ApiVersion>(call: CallContext<V>) {
    return this.unary<Model<V>['NodesResponse']>('nodes', 'GetNodes', call, {});
  }
  reservations<V extends ApiVersion>(call: CallContext<V>) {
    return this.unary<Model<V>['ReservationsResponse']>('reservations', 'GetReservations', call, {});
  }
  diag<V extends ApiVersion>(call: CallContext<V>) {
    return this.unary<Model<V>['DiagResponse']>('diag', 'GetDiag', call, {});
  }
  jobs<V extends ApiVersion>(call: CallContext<V>) {
    return this.unary<Model<V>['JobsResponse']>('jobs', 'GetJobs', call, {});
  }
  job<V extends ApiVersion>(call: CallContext<V>, jobId: string) {
    return this.unary<Model<V>['JobsResponse']>('job', 'GetJob', call, { job_id: jobId });
  }
  submit<V extends ApiVersion>(call: CallContext<V>, request: Model<V>['JobSubmitRequest']) {
    return this.unary<Model<V>['JobSubmitResponse']>('submit', 'PostJobSubmit', call, request as object);
  }
  cancel<V extends ApiVersion>(call: CallContext<V>, jobId: string, params: CancelParams) {
    // DeleteJobReq {job_id, signal, flags}: REST's path and query parameters, as strings.
    const request: Record<string, string> = { job_id: jobId };
    if (params.signal !== undefined) request.signal = String(params.signal);
    if (params.flags?.length) request.flags = params.flags.join(',');
    return this.unary<Model<V>['KillJobResponse']>('cancel', 'DeleteJob', call, request);
  }

  /** s3m.events.v1.JobEvents/WatchJobs for one job, with last_event_id to resume. */
  async *jobEvents(call: CallContext, jobId: string, opts: JobEventsOptions = {}): AsyncGenerator<JobEvent> {
    if (this.closed) throw new S3mError('GrpcTransport is closed');
    if (!/^\d+$/.test(jobId)) throw new SlurmApiError({ operation: 'events', status: 422, message: `Invalid job id "${jobId}": a job id is a number` });
    call.signal?.throwIfAborted();
    const wire = await this.load();
    const method = wire.watch;
    const md = new wire.Metadata();
    md.set('authorization', this.authorization);
    md.set('x-s3m-resource', call.resource);
    const stream = wire.client.makeServerStreamRequest(method.path, method.serialize, method.deserialize, { job_id: Number(jobId), last_event_id: opts.lastEventId ?? '' }, md, {});
    let headers: Metadata | undefined;
    stream.on('metadata', (m: Metadata) => (headers = m));
    // Errors reach the loop below; this keeps a cancel after the loop has stopped from being unhandled.
    stream.on('error', () => undefined);
    const onAbort = () => stream.cancel();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for await (const message of stream) yield eventOf(message as WireEvent);
    } catch (err) {
      if (call.signal?.aborted) throw call.signal.reason;
      throw this.toError(wire, 'events', 'WatchJobs', method, err as ServiceError, headers);
    } finally {
      call.signal?.removeEventListener('abort', onAbort);
      stream.cancel();
    }
  }

  /**
   * Token introspection has no RPC (it is the gateway's own REST endpoint, not a SLURM
   * operation): it goes over REST to `url` when the transport has one, and fails otherwise.
   */
  introspect(call: { signal?: AbortSignal }): Promise<TokenInfo> {
    if (!this.url) {
      return Promise.reject(
        new S3mError(`token introspection has no gRPC method (it is GET /olcf/v1/token/ctls/introspect on the REST API): give GrpcTransport the gateway's url (not only a target) and introspect() uses REST there`),
      );
    }
    this.rest ??= new RestTransport({ url: this.url, token: this.authorization, fetch: this.opts.fetch, userAgent: this.opts.userAgent });
    return this.rest.introspect(call);
  }

  async close(): Promise<void> {
    this.closed = true;
    const wire = this.wire;
    this.wire = undefined;
    if (wire) (await wire.catch(() => undefined))?.client.close();
  }

  /** grpc-js, the service definition and a channel, made on the first call. */
  private load(): Promise<Wire> {
    this.wire ??= (async () => {
      const grpc = await import('@grpc/grpc-js');
      const { loadSync } = await import('@grpc/proto-loader');
      const { LOADER_OPTIONS } = await import('../contract/grpc/loader-options.ts');
      const { GRPC_METHODS, protoFile } = await import('../contract/grpc/service.ts');
      const { protoShape } = await import('../contract/grpc/json-proto.ts');
      const { specOperation } = await import('../contract/validate.ts');
      // The server's loader options, plus arrays: an empty repeated field decodes as [] (REST
      // sends "errors": [] and "warnings": [] too; proto3 cannot tell [] from absent).
      const options = { ...LOADER_OPTIONS, arrays: true };
      const versions = new Map<ApiVersion, VersionWire>();
      const version = (v: ApiVersion): VersionWire => {
        let loaded = versions.get(v);
        if (loaded) return loaded;
        const pkg = protoPackage(v);
        const service = loadSync(protoFile(v), options)[`${pkg}.${SERVICE_NAME}`] as unknown as ServiceDefinition;
        const methods: VersionWire['methods'] = new Map();
        for (const m of GRPC_METHODS) {
          const d = service[m.rpc] as MethodDefinition<object, unknown> & { responseType: { type: { name: string } } };
          methods.set(m.rpc, { path: d.path, serialize: d.requestSerialize, deserialize: d.responseDeserialize, responseType: `${pkg}.${d.responseType.type.name}` });
        }
        const submitRef: string = specOperation(v, 'submit').requestBody.content['application/json'].schema.$ref;
        loaded = { methods, shapeSubmit: (body) => protoShape(v, submitRef, body) };
        versions.set(v, loaded);
        return loaded;
      };
      // s3m.events.v1.JobEvents/WatchJobs (job events; the gateway's own service, beside SlurmIndirect).
      const events = loadSync('s3m/events/v1/events.proto', options)['s3m.events.v1.JobEvents'] as unknown as ServiceDefinition;
      const w = events.WatchJobs as MethodDefinition<object, unknown>;
      const watch: WireMethod = { path: w.path, serialize: w.requestSerialize, deserialize: w.responseDeserialize, responseType: 's3m.events.v1.JobEvent' };
      const status = loadSync('google/rpc/status.proto', options)['google.rpc.Status'] as unknown as { deserialize: Wire['decodeStatus'] };
      const secure = this.url?.startsWith('https:');
      const credentials = this.opts.credentials ?? (secure ? grpc.credentials.createSsl() : grpc.credentials.createInsecure());
      const client = new grpc.Client(this.target, credentials, {
        // Replies can be large (every job of a busy cluster): no 4 MB receive limit.
        'grpc.max_receive_message_length': -1,
        // Find a restarted gateway within seconds, in step with the client's retry backoff.
        'grpc.initial_reconnect_backoff_ms': 200,
        'grpc.max_reconnect_backoff_ms': 5000,
        'grpc.primary_user_agent': this.opts.userAgent ?? 's3m-client',
        ...this.opts.channelOptions,
      });
      return { client, Metadata: grpc.Metadata, watch, decodeStatus: (b) => status.deserialize(b), version };
    })();
    return this.wire;
  }

  private async unary<T>(operation: Operation, rpc: string, call: CallContext, request: object): Promise<T> {
    if (!this.versions.includes(call.version)) {
      throw new S3mError(`the gRPC services (${this.versions.map((v) => `${protoPackage(v)}.${SERVICE_NAME}`).join(', ')}) serve API versions ${this.versions.join(', ')} only, not ${call.version}: use the REST transport for ${call.version}`);
    }
    if (this.closed) throw new S3mError('GrpcTransport is closed');
    call.signal?.throwIfAborted();
    const wire = await this.load();
    const service = wire.version(call.version);
    const method = service.methods.get(rpc)!;
    const md = new wire.Metadata();
    md.set('authorization', this.authorization);
    md.set('x-s3m-resource', call.resource);
    if (call.idempotencyKey !== undefined && operation === 'submit') md.set('idempotency-key', call.idempotencyKey);
    // A JobSubmitReq is the REST body; only shapes the message can hold are sent (nulls, unknown keys dropped).
    const message = operation === 'submit' ? service.shapeSubmit(request) : request;
    const signal = call.signal;
    return new Promise<T>((resolve, reject) => {
      let headers: Metadata | undefined;
      const onAbort = () => pending.cancel();
      const pending = wire.client.makeUnaryRequest(method.path, method.serialize, method.deserialize, message, md, {}, (err, value) => {
        signal?.removeEventListener('abort', onAbort);
        // The caller's abort (or the client's timeout) is reported as itself, as over REST.
        if (signal?.aborted) return reject(signal.reason);
        if (err) return reject(this.toError(wire, operation, rpc, method, err, headers));
        resolve(value as T);
      });
      pending.on('metadata', (m: Metadata) => (headers = m));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** A failed call as the SDK's error: SlurmApiError when the gateway answered, ConnectionError when it did not. */
  private toError(wire: Wire, operation: Operation, rpc: string, method: WireMethod, err: ServiceError, headers: Metadata | undefined): S3mError {
    const body = this.replyOf(wire, method, err);
    const what = `${rpc} ${this.target}`;
    const retryAfter = firstValue(headers, 'retry-after') ?? firstValue(err.metadata, 'retry-after');
    if (body === undefined) {
      // No SLURM reply: the gateway did not answer this call (network, channel, deadline), or
      // something between us answered with a bare status.
      if (err.code === Code.UNAVAILABLE || err.code === Code.CANCELLED) {
        const code = /\b(E[A-Z]{3,})\b/.exec(err.details ?? '')?.[1] ?? (err.code === Code.CANCELLED ? 'ECANCELED' : 'EUNAVAILABLE');
        return new ConnectionError(`${what}: ${err.details || CODE_NAMES[err.code]}`, { code, requestMayHaveBeenSent: !NOT_SENT.test(err.details ?? ''), cause: err });
      }
      if (err.code === Code.DEADLINE_EXCEEDED) {
        return new ConnectionError(`${what}: ${err.details || 'deadline exceeded'}`, { code: 'ETIMEDOUT', requestMayHaveBeenSent: true, cause: err });
      }
    }
    const env = (body ?? {}) as { errors?: AnySlurmError[]; warnings?: AnySlurmWarning[] };
    const errors = Array.isArray(env.errors) ? env.errors : [];
    const status = grpcToHttp(err.code, errors[0]?.error_number, retryAfter !== undefined);
    return new SlurmApiError({
      operation,
      status,
      errors,
      warnings: Array.isArray(env.warnings) ? env.warnings : [],
      body,
      retryAfterMs: retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter.trim()) * 1000 : undefined,
      message: errors.length === 0 ? `${rpc}: gRPC ${CODE_NAMES[err.code] ?? err.code}${err.details ? `: ${err.details}` : ''} (HTTP ${status})` : undefined,
    });
  }

  /** The SLURM reply in grpc-status-details-bin, decoded as the method's response message. */
  private replyOf(wire: Wire, method: { deserialize: (b: Buffer) => unknown; responseType: string }, err: ServiceError): unknown {
    const bin = err.metadata?.get('grpc-status-details-bin')[0];
    if (!Buffer.isBuffer(bin)) return undefined;
    try {
      const detail = wire.decodeStatus(bin).details?.find((d) => d.type_url?.endsWith(`/${method.responseType}`));
      return detail?.value ? method.deserialize(Buffer.from(detail.value)) : undefined;
    } catch {
      return undefined; // not ours: report the bare status
    }
  }
}

type WireJob = Partial<Omit<JobEventJob, 'exit_code' | 'previous_state' | 'previous_reason'>> & { exit_code?: number; has_exit_code?: boolean; previous_state?: string; previous_reason?: string };
type WireEvent = { id?: string; type?: string; resource?: string; time?: string; job?: WireJob; jobs?: WireJob[] };

/** A JobChange message as the SSE JSON has it: proto3's defaults back to nulls. */
function jobOf(j: WireJob): JobChange {
  return {
    job_id: j.job_id ?? 0,
    name: j.name ?? '',
    account: j.account ?? '',
    user_name: j.user_name ?? '',
    partition: j.partition ?? '',
    state: j.state ?? '',
    state_flags: j.state_flags ?? [],
    reason: j.reason ?? '',
    reason_text: j.reason_text ?? '',
    exit_code: j.has_exit_code ? (j.exit_code ?? 0) : null,
    previous_state: j.previous_state || null,
    previous_reason: j.previous_reason || null,
  };
}

function eventOf(m: WireEvent): JobEvent {
  const ev: JobEvent = { id: m.id ?? '', type: (m.type ?? 'job') as JobEvent['type'], resource: m.resource ?? '', time: m.time ?? '' };
  if (m.job) ev.job = jobOf(m.job);
  if (ev.type === 'snapshot') ev.jobs = (m.jobs ?? []).map(jobOf);
  return ev;
}

/** host:port of a URL, with the scheme's default port. */
function targetOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname.includes(':') && !u.hostname.startsWith('[') ? `[${u.hostname}]` : u.hostname}:${u.port || (u.protocol === 'https:' ? 443 : 80)}`;
}

function firstValue(md: Metadata | undefined, key: string): string | undefined {
  const v = md?.get(key)[0];
  return v === undefined ? undefined : String(v);
}
