// The REST transport: slurmrestd's URL space as the gateway serves it, over fetch (undici in
// Node 20). It only moves bodies; which failures are retryable is decided here, from the status
// or the socket error, and acted on by the client.
import { ConnectionError, S3mError, SlurmApiError } from './errors.ts';
import { sseMessages, type JobEvent, type JobEventsOptions } from './events.ts';
import type { FetchAnswer, FetchLike } from './http-fetch.ts';
import type { CallContext, Transport } from './transport.ts';
import type { AnySlurmError, AnySlurmWarning, ApiVersion, CancelParams, Model, Operation, TokenInfo } from './types.ts';

export interface RestTransportOptions {
  /** Gateway base URL, e.g. http://127.0.0.1:8080 (a path prefix is kept). */
  url: string;
  /** The token, or the whole header value ("Bearer <token>"). */
  token: string;
  /** Replaces global fetch (tests, proxies, a custom undici dispatcher; the CLI's httpFetch). */
  fetch?: FetchLike;
  userAgent?: string;
}

// Failures where the connection never carried the request, so even a submit may be sent again.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export class RestTransport implements Transport {
  readonly kind = 'rest';
  private readonly base: string;
  private readonly authorization: string;
  private readonly fetchImpl: FetchLike;
  private readonly userAgent: string;

  constructor(opts: RestTransportOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.authorization = opts.token.trim();
    this.fetchImpl = opts.fetch ?? globalThis.fetch;
    this.userAgent = opts.userAgent ?? 's3m-client';
  }

  private slurmPath(call: CallContext, path: string): string {
    return `/slurm/${call.version}/${encodeURIComponent(call.resource)}/${path}`;
  }

  ping<V extends ApiVersion>(call: CallContext<V>) {
    return this.send<Model<V>['PingResponse']>('ping', 'GET', this.slurmPath(call, 'ping'), call.signal);
  }
  partitions<V extends ApiVersion>(call: CallContext<V>) {
    return this.send<Model<V>['PartitionsResponse']>('partitions', 'GET', this.slurmPath(call, 'partitions'), call.signal);
  }
  nodes<V extends ApiVersion>(call: CallContext<V>) {
    return this.send<Model<V>['NodesResponse']>('nodes', 'GET', this.slurmPath(call, 'nodes'), call.signal);
  }
  reservations<V extends ApiVersion>(call: CallContext<V>) {
    return this.send<Model<V>['ReservationsResponse']>('reservations', 'GET', this.slurmPath(call, 'reservations'), call.signal);
  }
  diag<V extends ApiVersion>(call: CallContext<V>) {
    return this.send<Model<V>['DiagResponse']>('diag', 'GET', this.slurmPath(call, 'diag'), call.signal);
  }
  jobs<V extends ApiVersion>(call: CallContext<V>) {
    return this.send<Model<V>['JobsResponse']>('jobs', 'GET', this.slurmPath(call, 'jobs'), call.signal);
  }
  job<V extends ApiVersion>(call: CallContext<V>, jobId: string) {
    return this.send<Model<V>['JobsResponse']>('job', 'GET', this.slurmPath(call, `job/${encodeURIComponent(jobId)}`), call.signal);
  }
  submit<V extends ApiVersion>(call: CallContext<V>, request: Model<V>['JobSubmitRequest']) {
    const headers = call.idempotencyKey === undefined ? undefined : { 'idempotency-key': call.idempotencyKey };
    return this.send<Model<V>['JobSubmitResponse']>('submit', 'POST', this.slurmPath(call, 'job/submit'), call.signal, request, headers);
  }
  cancel<V extends ApiVersion>(call: CallContext<V>, jobId: string, params: CancelParams) {
    const q = new URLSearchParams();
    if (params.signal !== undefined) q.set('signal', String(params.signal));
    if (params.flags?.length) q.set('flags', params.flags.join(','));
    const query = q.toString() ? `?${q}` : '';
    return this.send<Model<V>['KillJobResponse']>('cancel', 'DELETE', this.slurmPath(call, `job/${encodeURIComponent(jobId)}${query}`), call.signal);
  }
  introspect(call: { signal?: AbortSignal }) {
    return this.send<TokenInfo>('introspect', 'GET', '/olcf/v1/token/ctls/introspect', call.signal);
  }

  /** GET /s3m/v1/{resource}/job/{id}/events (SSE), with Last-Event-ID to resume. */
  async *jobEvents(call: CallContext, jobId: string, opts: JobEventsOptions = {}): AsyncGenerator<JobEvent> {
    const path = `/s3m/v1/${encodeURIComponent(call.resource)}/job/${encodeURIComponent(jobId)}/events`;
    const what = `GET ${this.base}${path}`;
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'text/event-stream', 'cache-control': 'no-store', 'user-agent': this.userAgent };
    if (opts.lastEventId) headers['last-event-id'] = opts.lastEventId;
    let res: FetchAnswer;
    try {
      res = await this.fetchImpl(`${this.base}${path}`, { headers, signal: call.signal });
    } catch (err) {
      throw connectionError(err, what);
    }
    if (!res.ok) throw await this.failure('events', 'GET', path, res);
    const type = res.headers.get('content-type') ?? '';
    if (!res.body || !type.startsWith('text/event-stream')) {
      await res.body?.cancel().catch(() => undefined);
      // Something answered the path, but not with events (a proxy, an older gateway's catch-all).
      throw new SlurmApiError({ operation: 'events', status: 501, message: `${what}: not an event stream (HTTP ${res.status}, ${type || 'no content type'})` });
    }
    try {
      for await (const msg of sseMessages(res.body)) {
        if (msg.event === 'snapshot' || msg.event === 'job' || msg.event === 'end') yield JSON.parse(msg.data) as JobEvent;
      }
    } catch (err) {
      throw err instanceof SyntaxError ? new ConnectionError(`${what}: a message that is not JSON (${err.message})`, { code: 'EPROTO', requestMayHaveBeenSent: true, cause: err }) : connectionError(err, what, true);
    }
  }

  private async send<T>(operation: Operation, method: string, path: string, signal?: AbortSignal, body?: unknown, extraHeaders?: Record<string, string>): Promise<T> {
    const headers: Record<string, string> = { ...extraHeaders, authorization: this.authorization, accept: 'application/json', 'user-agent': this.userAgent };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: FetchAnswer;
    try {
      res = await this.fetchImpl(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
    } catch (err) {
      throw connectionError(err, `${method} ${this.base}${path}`);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw connectionError(err, `${method} ${this.base}${path}`, true);
    }
    const parsed = parseJson(text);
    if (res.ok && parsed !== undefined) return parsed as T;
    throw this.error(operation, method, path, res, text, parsed);
  }

  /** A non-2xx answer as SlurmApiError, its body read. */
  private async failure(operation: Operation, method: string, path: string, res: FetchAnswer): Promise<Error> {
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      return connectionError(err, `${method} ${this.base}${path}`, true);
    }
    return this.error(operation, method, path, res, text, parseJson(text));
  }

  private error(operation: Operation, method: string, path: string, res: FetchAnswer, text: string, parsed: unknown): SlurmApiError {
    const env = (parsed ?? {}) as { errors?: AnySlurmError[]; warnings?: AnySlurmWarning[] };
    const errors = Array.isArray(env.errors) ? env.errors : [];
    return new SlurmApiError({
      operation,
      status: res.status,
      errors,
      warnings: Array.isArray(env.warnings) ? env.warnings : [],
      body: parsed,
      retryAfterMs: retryAfter(res.headers.get('retry-after')),
      // A proxy's HTML error page, or a 200 that is not JSON: say what came back.
      message: errors.length === 0 ? `${method} ${path}: HTTP ${res.status}${parsed === undefined ? ` (not JSON: ${JSON.stringify(text.slice(0, 120))})` : ''}` : undefined,
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function connectionError(err: unknown, what: string, afterHeaders = false): Error {
  // An abort is the caller's decision (or the client's timeout): pass it up as it is.
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) return err;
  if (err instanceof S3mError) return err;
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (err as { code?: string })?.code;
  const detail = cause?.message ?? (err as Error)?.message ?? String(err);
  return new ConnectionError(`${what}: ${detail}`, { code, requestMayHaveBeenSent: afterHeaders || !NOT_SENT_CODES.has(code ?? ''), cause: err });
}

/** Retry-After as seconds or an HTTP date, in ms. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
