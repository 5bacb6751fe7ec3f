// The HTTP client for one slurmrestd: an undici Pool (TCP or unix socket) with a bounded number of
// connections, a bounded wait queue (beyond it → 503 with Retry-After), connect and request
// timeouts (→ 504), and transport faults mapped to GatewayErrors (→ 502) that name the resource.
// It never throws anything but a GatewayError, and the pool reconnects by itself when slurmrestd
// comes back.
import { Pool } from 'undici';
import { GatewayError } from '../../contract/errors.ts';
import type { Log } from './log.ts';

export interface RestTarget {
  /** Origin for the Host header and TLS (http://localhost for a unix socket). */
  origin: string;
  socketPath?: string;
  /** For messages: `http://host:port` or `unix:/path`. */
  display: string;
}

/** `http(s)://host:port`, `/path/to.sock` or `unix:/path/to.sock` → where to connect. */
export function parseTarget(url: string): RestTarget {
  if (url.startsWith('unix:')) url = url.slice('unix:'.length);
  if (url.startsWith('/')) return { origin: 'http://localhost', socketPath: url, display: `unix:${url}` };
  const u = new URL(url);
  return { origin: u.origin, display: u.origin };
}

export interface RestClientOptions {
  resource: string;
  target: RestTarget;
  connectMs: number;
  requestMs: number;
  maxConnections: number;
  maxQueue: number;
  retryAfterSeconds: number;
  log: Log;
}

export interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

export interface RestRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path and query, for example `/slurm/v0.0.43/job/12?signal=SIGINT`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Transport errors after which a GET is retried once on a fresh connection (a kept-alive socket slurmrestd closed). */
const STALE_SOCKET = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOENT: 'no such socket',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'connection closed by slurmrestd',
  UND_ERR_CLOSED: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  EACCES: 'permission denied',
};
const TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; cause?: { code?: unknown }; errors?: { code?: unknown }[] } | undefined;
  const code = e?.code ?? e?.cause?.code ?? e?.errors?.[0]?.code;
  return typeof code === 'string' ? code : '';
}

export class RestClient {
  private readonly pool: Pool;
  private pending = 0;
  private closed = false;

  constructor(private readonly opts: RestClientOptions) {
    this.pool = new Pool(opts.target.origin, {
      connections: opts.maxConnections,
      pipelining: 1,
      connect: { timeout: opts.connectMs, ...(opts.target.socketPath ? { socketPath: opts.target.socketPath } : {}) },
      headersTimeout: opts.requestMs,
      bodyTimeout: opts.requestMs,
      keepAliveTimeout: 4000,
    });
  }

  /** Requests in flight or waiting for a connection. */
  get load(): number {
    return this.pending;
  }

  async request(req: RestRequest): Promise<RawReply> {
    if (this.closed) throw new GatewayError('backendUnavailable', `The backend of resource "${this.opts.resource}" is shutting down`);
    if (this.pending >= this.opts.maxConnections + this.opts.maxQueue) {
      this.opts.log.warn({ resource: this.opts.resource, pending: this.pending }, 'slurmrestd request queue full; answering 503');
      throw new GatewayError('backendBusy', `Too many requests are waiting for the cluster of resource "${this.opts.resource}"; retry in ${this.opts.retryAfterSeconds}s`, {
        headers: { 'Retry-After': String(this.opts.retryAfterSeconds) },
      });
    }
    this.pending++;
    const deadline = Date.now() + this.opts.requestMs;
    try {
      try {
        return await this.once(req, deadline);
      } catch (err) {
        if (req.method === 'GET' && STALE_SOCKET.has(errorCode(err)) && Date.now() < deadline && !this.closed) {
          this.opts.log.debug({ resource: this.opts.resource, code: errorCode(err) }, 'slurmrestd connection dropped; retrying GET once');
          return await this.once(req, deadline);
        }
        throw err;
      }
    } catch (err) {
      throw this.fault(err, req);
    } finally {
      this.pending--;
    }
  }

  private async once(req: RestRequest, deadline: number): Promise<RawReply> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeadlineError()), Math.max(1, deadline - Date.now()));
    try {
      const res = await this.pool.request({
        method: req.method,
        path: req.path,
        headers: { accept: 'application/json', ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}), ...req.headers },
        body: req.body,
        signal: controller.signal,
      });
      const text = await res.body.text();
      const ct = res.headers['content-type'];
      return { status: res.statusCode, contentType: (Array.isArray(ct) ? ct[0] : ct) ?? '', text };
    } finally {
      clearTimeout(timer);
    }
  }

  private fault(err: unknown, req: RestRequest): GatewayError {
    if (err instanceof GatewayError) return err;
    const { resource, target, requestMs, connectMs } = this.opts;
    const code = errorCode(err);
    const what = `${req.method} ${req.path.split('?')[0]}`;
    const where = `slurmrestd of resource "${resource}" (${target.display})`;
    let g: GatewayError;
    if (err instanceof DeadlineError || (err as Error)?.name === 'TimeoutError' || TIMEOUTS.has(code)) {
      g =
        code === 'UND_ERR_CONNECT_TIMEOUT'
          ? new GatewayError('backendTimeout', `Could not connect to the ${where} within ${connectMs} ms`)
          : new GatewayError('backendTimeout', `The ${where} did not answer ${what} within ${requestMs} ms`);
    } else if (code in UNREACHABLE) {
      g = new GatewayError('backendUnavailable', `Cannot reach the ${where}: ${UNREACHABLE[code]}`);
    } else if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE' || code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_')) {
      g = new GatewayError('backendBadReply', `The ${where} sent an invalid HTTP reply to ${what}`);
    } else {
      g = new GatewayError('backendUnavailable', `Cannot reach the ${where}: ${code || (err as Error)?.message || 'unknown error'}`);
    }
    this.opts.log.warn({ resource, code: code || (err as Error)?.name, request: what, kind: g.kind }, g.message);
    return g;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.race([this.pool.close(), new Promise((r) => setTimeout(r, 2000).unref())]);
    await this.pool.destroy().catch(() => {});
  }
}

class DeadlineError extends Error {
  constructor() {
    super('request deadline exceeded');
    this.name = 'DeadlineError';
  }
}
