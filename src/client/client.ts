// S3mClient: one typed method per gateway operation, on any Transport, with per-request timeouts
// and the retry policy of retry.ts. One client talks to one resource with one API version;
// withResource() makes a sibling for another resource on the same transport.
import { randomUUID } from 'node:crypto';
import { ConnectionError, S3mError, SlurmApiError } from './errors.ts';
import { eventJob, type JobEvent, type JobEventJob } from './events.ts';
import { GrpcTransport } from './grpc-transport.ts';
import { isSettled } from '../contract/job-states.ts';
import { baseState, isJobFinished } from './job-state.ts';
import { RestTransport } from './rest-transport.ts';
import { sleep, withRetry, type RetryOptions } from './retry.ts';
import type { FetchLike } from './http-fetch.ts';
import type { CallContext, Transport } from './transport.ts';
import { DEFAULT_API_VERSION, type AnyJobInfo, type AnyModel, type AnySlurmError, type ApiVersion, type CancelParams, type Model, type Operation, type TokenInfo } from './types.ts';

export const DEFAULT_URL = 'http://127.0.0.1:8080';

export interface ClientOptions<V extends ApiVersion> {
  /** The resource (cluster) name in /slurm/{version}/{resource}/. */
  resource: string;
  /** API version; default v0.0.43. */
  version?: V;
  /** Gateway URL (default http://127.0.0.1:8080); gRPC uses its host and port (the same port as REST). */
  url?: string;
  /** Token (or "Bearer <token>"). */
  token?: string;
  /**
   * 'rest' (default) or 'grpc': made from `url` and `token` (gRPC: slurm.v0043/.v0044/.v0045
   * SlurmIndirect, for the client's version; not v0.0.42; introspect() goes over REST to `url`). Or a Transport object (a configured
   * GrpcTransport, a test double); `url`, `token` and `fetch` are then unused.
   */
  transport?: 'rest' | 'grpc' | Transport;
  fetch?: FetchLike;
  retry?: RetryOptions;
  /** Per attempt, in ms (default 30000). */
  timeoutMs?: number;
  /**
   * Give every submit an Idempotency-Key (a random UUID) when the caller did not (default true).
   * The gateway then makes at most one job for it, so a submit whose answer was lost (connection
   * reset, timeout) or that met overload (429, 502-504, 409 in flight) is retried like a read,
   * with the same key. false: submits without a key are never resent once they may have arrived.
   */
  autoIdempotencyKey?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface SubmitOptions extends RequestOptions {
  /**
   * Idempotency-Key for this submit (1-255 visible ASCII characters), e.g. one you stored with
   * the job's description so that a re-run of your program after a crash cannot submit twice.
   * Default: a new UUID per call (autoIdempotencyKey), the same on each retry of that call.
   */
  idempotencyKey?: string;
}

export interface WaitOptions<V extends ApiVersion> extends RequestOptions {
  /** Called with the first record and every time state, reason or nodes change. */
  onChange?: (job: Model<V>['JobInfo'], previous: Model<V>['JobInfo'] | undefined) => void;
  /** Called on every poll (for live elapsed-time displays). */
  onPoll?: (job: Model<V>['JobInfo']) => void;
  /** First poll interval in ms (default 500); grows to maxIntervalMs while nothing changes. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /**
   * Follow the job's event stream when the transport and the gateway have one (default true);
   * false: poll only. Either way the record returned comes from a GET of the job.
   */
  events?: boolean;
  /** While following events, a GET of the job at least this often anyway, in ms (default 30000). */
  confirmIntervalMs?: number;
  /** How the wait proceeds: 'events' at the start, 'polling' from the start or once events are unavailable. */
  onMode?: (mode: 'events' | 'polling', reason?: unknown) => void;
}

interface Watch<V extends ApiVersion> {
  interval: number;
  previous: Model<V>['JobInfo'] | undefined;
  previousKey: string;
}

type FollowResult<V extends ApiVersion> = { lastEventId?: string; delivered: boolean } & ({ job: Model<V>['JobInfo']; outcome?: undefined; error?: undefined } | { job?: undefined; outcome: 'dropped' | 'unavailable' | 'ended'; error?: unknown });

const TIMEOUT = Symbol('timeout');
/** `p`, or TIMEOUT after `ms` (p goes on; race it again). */
function within<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(resolve, ms, TIMEOUT)))]).finally(() => clearTimeout(timer));
}

/** An event's job and a job record agree on base state, flags and reason. */
function sameView(j: AnyJobInfo, v: JobEventJob): boolean {
  const states = j.job_state ?? [];
  const base = baseState(j);
  const flags = states.filter((s) => s !== base);
  return base === v.state && flags.join(',') === v.state_flags.join(',') && (j.state_reason ?? 'None') === v.reason;
}

const isFinalView = (v: JobEventJob) => isSettled(v.state, v.state_flags);

type JobId = number | string;

export class S3mClient<V extends ApiVersion = 'v0.0.43'> {
  readonly resource: string;
  readonly version: V;
  readonly transport: Transport;
  private readonly opts: ClientOptions<V>;

  constructor(opts: ClientOptions<V>) {
    if (!opts.resource) throw new TypeError('S3mClient needs a resource');
    this.opts = opts;
    this.resource = opts.resource;
    this.version = opts.version ?? (DEFAULT_API_VERSION as V);
    if (typeof opts.transport === 'object') this.transport = opts.transport;
    else {
      if (!opts.token) throw new TypeError('S3mClient needs a token (or a transport)');
      const url = opts.url ?? DEFAULT_URL;
      if (opts.transport === 'grpc') this.transport = new GrpcTransport({ url, token: opts.token, fetch: opts.fetch });
      else if (opts.transport === undefined || opts.transport === 'rest') this.transport = new RestTransport({ url, token: opts.token, fetch: opts.fetch });
      else throw new TypeError(`unknown transport ${JSON.stringify(opts.transport)}: use 'rest' or 'grpc'`);
    }
    const versions = this.transport.versions;
    if (versions && !versions.includes(this.version)) {
      throw new TypeError(`the ${this.transport.kind} transport carries API version${versions.length > 1 ? 's' : ''} ${versions.join(', ')} only, not ${this.version}${this.transport.kind === 'grpc' ? ': use the REST transport for it' : ''}`);
    }
  }

  /** The same client for another resource, sharing the transport. */
  withResource(resource: string): S3mClient<V> {
    return new S3mClient<V>({ ...this.opts, resource, transport: this.transport });
  }

  ping(o?: RequestOptions) {
    return this.call('ping', o, (c) => this.transport.ping(c));
  }
  partitions(o?: RequestOptions) {
    return this.call('partitions', o, (c) => this.transport.partitions(c));
  }
  nodes(o?: RequestOptions) {
    return this.call('nodes', o, (c) => this.transport.nodes(c));
  }
  reservations(o?: RequestOptions) {
    return this.call('reservations', o, (c) => this.transport.reservations(c));
  }
  diag(o?: RequestOptions) {
    return this.call('diag', o, (c) => this.transport.diag(c));
  }
  /** The token's project's jobs on this resource. */
  jobs(o?: RequestOptions) {
    return this.call('jobs', o, (c) => this.transport.jobs(c));
  }
  /** One job (`jobs[0]`); an unknown or foreign id throws SlurmApiError 404 / 2017. */
  job(jobId: JobId, o?: RequestOptions) {
    return this.call('job', o, (c) => this.transport.job(c, String(jobId)));
  }
  /**
   * Submits one job with an Idempotency-Key (`o.idempotencyKey`, else a new UUID unless
   * autoIdempotencyKey is false): retried on connection errors, timeouts, 409 (the same key still
   * in flight), 429 and 502-504 with that same key, so at most one job is made. Without a key it
   * is retried only when nothing was sent (connection refused).
   */
  submit(job: Model<V>['JobDescription'], o?: SubmitOptions) {
    const key = o?.idempotencyKey ?? (this.opts.autoIdempotencyKey === false ? undefined : randomUUID());
    const request = { job } as Model<V>['JobSubmitRequest'];
    return this.call('submit', o, (c) => this.transport.submit({ ...c, idempotencyKey: key }, request), key !== undefined);
  }
  /**
   * Cancels or signals a job. slurmrestd answers 200 even when the job is unknown (2017) or
   * already ended (2021), with the error in `status[]`: that is thrown as SlurmApiError too
   * (its `body` is the response as received).
   */
  async cancel(jobId: JobId, params: CancelParams = {}, o?: RequestOptions) {
    const reply = await this.call('cancel', o, (c) => this.transport.cancel(c, String(jobId), params));
    // Generic V hides the fields; both versions have the same status[] shape.
    const body = reply as unknown as AnyModel<'KillJobResponse'>;
    const failed = (body.status ?? []).filter((s) => s.error?.code !== undefined && s.error.code !== 0);
    if (failed.length > 0) {
      const errors: AnySlurmError[] = failed.map((s) => ({ description: `Kill job error on job id ${jobId}: ${s.error?.message || s.error?.string || ''}`, error_number: s.error?.code, error: s.error?.string, source: 'status[]' }));
      throw new SlurmApiError({ operation: 'cancel', status: 200, errors, warnings: body.warnings, body });
    }
    return reply;
  }
  /** GET /olcf/v1/token/ctls/introspect: the presented token's project, user, permissions and expiry. */
  introspect(o?: RequestOptions): Promise<TokenInfo> {
    return this.call('introspect', o, (c) => this.transport.introspect(c));
  }

  /**
   * Waits until a job has finished (isJobFinished) and returns its last record, got with a GET
   * of the job (so its exit code is the one SLURM recorded). Follows the job's event stream when
   * the transport and the gateway offer it (REST: SSE, gRPC: JobEvents/WatchJobs): a GET of the
   * job only at each change, instead of one every interval. A dropped stream is resumed with the
   * last event id, polling meanwhile; a gateway without events (404, 501) is polled as before.
   * Transient failures (gateway restarts, overload) do not end the wait; an abort of `signal` does.
   */
  async waitForJob(jobId: JobId, o: WaitOptions<V> = {}): Promise<Model<V>['JobInfo']> {
    const first = o.intervalMs ?? 500;
    const max = o.maxIntervalMs ?? 5000;
    const w: Watch<V> = { interval: first, previous: undefined, previousKey: '' };
    let follow = o.events !== false && typeof this.transport.jobEvents === 'function';
    let lastEventId: string | undefined;
    let reconnectDelay = first;
    o.onMode?.(follow ? 'events' : 'polling');
    for (;;) {
      o.signal?.throwIfAborted();
      // The first look (a job that ended before we came is returned at once), a poll, or the
      // look between a dropped stream and its reconnection.
      const job = await this.look(jobId, o, w);
      if (job && isJobFinished(job as AnyJobInfo)) return job;
      if (follow && job) {
        const r = await this.follow(jobId, o, w, lastEventId);
        lastEventId = r.lastEventId;
        if (r.job) return r.job;
        if (r.outcome === 'dropped') {
          // Reconnect soon after a stream that delivered; back off while it cannot be opened.
          reconnectDelay = r.delivered ? first : Math.min(max, reconnectDelay * 2);
          await sleep(reconnectDelay, o.signal);
          continue;
        }
        // 'unavailable' (no events here) or 'ended' (the end was seen but the GET still lags): poll.
        follow = false;
        w.interval = first;
        o.onMode?.('polling', r.error);
      }
      await sleep(w.interval, o.signal);
    }
  }

  /** GET the job and report it; undefined on a transient failure. */
  private async look(jobId: JobId, o: WaitOptions<V>, w: Watch<V>): Promise<Model<V>['JobInfo'] | undefined> {
    let job: Model<V>['JobInfo'] | undefined;
    try {
      const reply = (await this.job(jobId, o)) as unknown as AnyModel<'JobsResponse'>;
      job = reply.jobs?.[0] as Model<V>['JobInfo'] | undefined;
    } catch (err) {
      if (!(err instanceof ConnectionError || (err instanceof SlurmApiError && err.retryable))) throw err;
    }
    if (!job) return undefined;
    const j = job as AnyJobInfo;
    const key = JSON.stringify([j.job_state, j.state_reason, j.nodes]);
    if (key !== w.previousKey) {
      o.onChange?.(job, w.previous);
      w.interval = o.intervalMs ?? 500;
    } else {
      w.interval = Math.min(o.maxIntervalMs ?? 5000, Math.round(w.interval * 1.5));
    }
    o.onPoll?.(job);
    w.previous = job;
    w.previousKey = key;
    // A running job's end is what a watcher waits for: do not back off past 2 s then.
    if (baseState(j) === 'RUNNING') w.interval = Math.min(w.interval, 2000);
    return job;
  }

  /**
   * Follows the job's event stream until the job is confirmed finished (`job`), the stream ends
   * or drops, or events turn out unavailable. A GET of the job at every change of state, flags
   * or reason (for the whole record: nodes, exit code), again soon after if that GET does not
   * show the change yet (read caches), and every `confirmIntervalMs` in any case.
   */
  private async follow(jobId: JobId, o: WaitOptions<V>, w: Watch<V>, lastEventId: string | undefined): Promise<FollowResult<V>> {
    const first = o.intervalMs ?? 500;
    const confirmMs = o.confirmIntervalMs ?? 30_000;
    const stop = new AbortController();
    const signal = o.signal ? AbortSignal.any([o.signal, stop.signal]) : stop.signal;
    const events = this.transport.jobEvents!({ version: this.version, resource: this.resource, signal }, String(jobId), { lastEventId })[Symbol.asyncIterator]();
    let delivered = false;
    // An event's view of the job that the last GET did not show yet, and how often we looked again.
    let lagging: JobEventJob | undefined;
    let relooks = 0;
    let pending: Promise<{ r: IteratorResult<JobEvent> } | { error: unknown }> | undefined;
    try {
      for (;;) {
        pending ??= events.next().then(
          (r) => ({ r }),
          (error: unknown) => ({ error }),
        );
        // Looks again after a lagging GET back off (first, 2×, 4×...), as a read cache's TTL runs out.
        const next = await within(pending, lagging ? Math.min(o.maxIntervalMs ?? 5000, first * 2 ** relooks) : confirmMs);
        if (next === TIMEOUT) {
          // A stream that is quiet: a look now and then (and soon after a change the GET lagged behind).
          const job = await this.look(jobId, o, w);
          if (job && isJobFinished(job as AnyJobInfo)) return { job, lastEventId, delivered };
          if (lagging && (!job || sameView(job as AnyJobInfo, lagging) || ++relooks >= 8)) lagging = undefined;
          continue; // the same next() is raced again
        }
        if ('error' in next) {
          if (o.signal?.aborted) throw o.signal.reason;
          const e = next.error;
          // Refused (404: no events on this gateway, 501: not an event stream, ...): polling will say if the job itself is the problem.
          if (e instanceof SlurmApiError && !e.retryable) return { outcome: 'unavailable', lastEventId, delivered, error: e };
          if (e instanceof S3mError) return { outcome: 'dropped', lastEventId, delivered, error: e };
          return { outcome: 'unavailable', lastEventId, delivered, error: e };
        }
        pending = undefined;
        if (next.r.done) return { outcome: 'dropped', lastEventId, delivered };
        const ev = next.r.value;
        lastEventId = ev.id || lastEventId;
        delivered = true;
        const view = eventJob(ev, jobId);
        if (!view) continue;
        const final = ev.type === 'end' || isFinalView(view);
        if (!final && w.previous && sameView(w.previous as AnyJobInfo, view)) continue;
        const job = await this.look(jobId, o, w);
        if (job && isJobFinished(job as AnyJobInfo)) return { job, lastEventId, delivered };
        // The end came but the GET does not show it yet: no more events will come, poll for it.
        if (final) return { outcome: 'ended', lastEventId, delivered };
        lagging = job && sameView(job as AnyJobInfo, view) ? undefined : view;
        relooks = 0;
      }
    } finally {
      stop.abort();
      events.return?.().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.transport.close?.();
  }

  private call<T>(operation: Operation, o: RequestOptions | undefined, send: (c: CallContext<V>) => Promise<T>, idempotent = false): Promise<T> {
    const timeoutMs = o?.timeoutMs ?? this.opts.timeoutMs ?? 30_000;
    return withRetry(
      operation,
      async () => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = o?.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
        try {
          return await send({ version: this.version, resource: this.resource, signal });
        } catch (err) {
          // Our own timeout (not the caller's abort) is a connection problem that may be retried.
          if (timeout.aborted && !o?.signal?.aborted) {
            throw new ConnectionError(`${operation}: no answer within ${timeoutMs} ms`, { code: 'ETIMEDOUT', requestMayHaveBeenSent: true, cause: err });
          }
          throw err;
        }
      },
      this.opts.retry,
      o?.signal,
      idempotent,
    );
  }
}

