// Server-Sent Events for job state changes: GET /s3m/v1/{resource}/jobs/events (the token's
// project's jobs) and GET /s3m/v1/{resource}/job/{job_id}/events (one job; the stream ends after
// its final state). Reads the request, calls the service, writes the stream; the rules (token,
// permission, resource, project) and the audit are the service's. Format: docs/operations.md.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StreamSlot, StreamSlots } from '../../shared/stream-slots.ts';
import type { Principal } from '../../../auth/principal.ts';
import type { JobEvent } from '../../../contract/events.ts';
import type { OpsComputeService } from '../../../core/ops-service.ts';
import { clipText, TEXT_LIMITS } from '../../../core/text-bounds.ts';
import { REQUEST_ID_HEADER } from '../../shared/request-id.ts';
import { sendError } from '../error-reply.ts';
import { servedCluster } from '../../shared/errors.ts';
import { restCall } from '../call.ts';

interface Params {
  resource: string;
  job_id?: string;
}

export interface EventRouteOptions {
  /** Seconds between keep-alive comments. */
  heartbeatSeconds: number;
  /** A client that lets this many bytes pile up unread is disconnected. */
  maxBufferedBytes?: number;
  /** Open streams per token, shared with gRPC WatchJobs (over the cap: 429). */
  streamSlots: StreamSlots;
}

/** One SSE message: `id`, `event` (the type) and `data` (the event as one line of JSON). */
export function sseMessage(ev: JobEvent): string {
  return `id: ${ev.id}\nevent: ${ev.type}\ndata: ${JSON.stringify(ev)}\n\n`;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function registerEventRoutes(app: FastifyInstance, service: OpsComputeService, opts: EventRouteOptions): void {
  const maxBuffered = opts.maxBufferedBytes ?? 4 * 1024 * 1024;

  const stream = async (request: FastifyRequest<{ Params: Params; Querystring: { last_event_id?: string } }>, reply: FastifyReply) => {
    const call = restCall(request);
    // EventSource sends Last-Event-ID itself on reconnect; ?last_event_id= is for clients that cannot set headers.
    const lastEventId = first(request.headers['last-event-id']) || request.query.last_event_id || undefined;
    const res = reply.raw;
    const pending: string[] = [];
    let started = false;
    let ended = false;
    let heartbeat: NodeJS.Timeout | undefined;
    let subscription: { close(): void } | undefined;
    let slot: StreamSlot | undefined;
    const admit = (p: Principal) => {
      slot = opts.streamSlots.acquire(p.tokenId, `Token ${p.tokenId}`);
    };

    const finish = () => {
      slot?.release();
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      subscription?.close();
      if (started && !res.writableEnded) res.end();
    };
    // However the response ends (also a client gone before the stream started): the slot and the
    // subscription go with it.
    let gone = false;
    res.once('close', () => {
      gone = true;
      finish();
    });
    const write = (text: string) => {
      if (ended) return;
      if (!started) {
        pending.push(text);
        return;
      }
      res.write(text);
      if (res.writableLength > maxBuffered) {
        request.log.warn({ requestId: request.id, buffered: res.writableLength }, 'event stream client too slow: disconnected');
        finish();
        res.destroy();
      }
    };
    const listener = {
      event: (ev: JobEvent) => write(sseMessage(ev)),
      end: () => {
        // Flushed first if the stream has not started yet (a finished job's replay).
        if (!started) pending.push('');
        finish();
      },
    };

    let watched;
    try {
      watched = await service.watchJobs(call, { jobId: request.params.job_id, lastEventId, admit }, listener);
    } catch (err) {
      slot?.release();
      return sendError(request, reply, err, servedCluster(service, request.params.resource));
    }
    subscription = watched.subscription;
    request.principal = watched.principal;
    request.preAuth?.settle(200); // the reply is hijacked below: onResponse would settle it too late
    reply.hijack();
    if (gone) {
      // The client left while the rules were checked.
      subscription.close();
      finish();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      [REQUEST_ID_HEADER]: request.id,
      ...watched.headers,
    });
    started = true;
    // The reconnection delay for EventSource clients, and a first byte so that proxies pass the headers on.
    res.write(': s3m job events\nretry: 2000\n\n');
    for (const text of pending.splice(0)) if (text) res.write(text);
    if (ended) {
      res.end();
      return;
    }
    heartbeat = setInterval(() => write(': keep-alive\n\n'), opts.heartbeatSeconds * 1000);
    heartbeat.unref();
    const opened = Date.now();
    res.on('close', () => {
      finish();
      const p = watched.principal;
      request.log.info({ method: request.method, url: clipText(request.url, TEXT_LIMITS.url), status: 200, ms: Date.now() - opened, tokenId: p.tokenId, user: p.user, project: p.project, client: request.ip }, 'event stream closed');
    });
  };

  app.get<{ Params: Params; Querystring: { last_event_id?: string } }>('/s3m/v1/:resource/jobs/events', stream);
  app.get<{ Params: Params; Querystring: { last_event_id?: string } }>('/s3m/v1/:resource/job/:job_id/events', stream);
}
