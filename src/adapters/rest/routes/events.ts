// Server-Sent Events for job state changes: GET /s3m/v1/{resource}/jobs/events (the token's
// project's jobs) and GET /s3m/v1/{resource}/job/{job_id}/events (one job; the stream ends after
// its final state). Reads the request, calls the service, writes the stream; the rules (token,
// permission, resource, project) and the audit are the service's; queueing, slow clients and the
// stream slot are the event pump's (src/adapters/shared/event-pump.ts). Format: docs/operations.md.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StreamSlots } from '../../shared/stream-slots.ts';
import { pumpEvents } from '../../shared/event-pump.ts';
import type { JobEvent } from '../../../contract/events.ts';
import type { ComputeService } from '../../../core/service.ts';
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
  /** Open streams per token, shared with gRPC WatchJobs (over the cap: 429). */
  streamSlots: StreamSlots;
}

/** One SSE message: `id`, `event` (the type) and `data` (the event as one line of JSON). */
export function sseMessage(ev: JobEvent): string {
  return `id: ${ev.id}\nevent: ${ev.type}\ndata: ${JSON.stringify(ev)}\n\n`;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function registerEventRoutes(app: FastifyInstance, service: ComputeService, opts: EventRouteOptions): void {
  const stream = async (request: FastifyRequest<{ Params: Params; Querystring: { last_event_id?: string } }>, reply: FastifyReply) => {
    const call = restCall(request);
    // EventSource sends Last-Event-ID itself on reconnect; ?last_event_id= is for clients that cannot set headers.
    const lastEventId = first(request.headers['last-event-id']) || request.query.last_event_id || undefined;
    const res = reply.raw;
    const pump = pumpEvents({
      subscribe: (admit, listener) => service.watchJobs(call, { jobId: request.params.job_id, lastEventId, admit }, listener),
      slots: opts.streamSlots,
      encode: sseMessage,
      heartbeat: { everyMs: opts.heartbeatSeconds * 1000, chunk: ': keep-alive\n\n' },
      sink: {
        open: (watched) => {
          request.principal = watched.principal;
          request.preAuth?.settle(200); // the reply is hijacked: onResponse would settle it too late
          reply.hijack();
          res.writeHead(200, {
            'Content-Type': 'text/event-stream; charset=utf-8',
            'Cache-Control': 'no-store',
            Connection: 'keep-alive',
            'X-Accel-Buffering': 'no',
            [REQUEST_ID_HEADER]: request.id,
            ...watched.headers,
          });
          // The reconnection delay for EventSource clients, and a first byte so that proxies pass the headers on.
          res.write(': s3m job events\nretry: 2000\n\n');
        },
        write: (chunk, flushed) => res.write(chunk, () => flushed()),
        end: () => {
          if (!res.writableEnded) res.end();
        },
        cutOff: (why) => {
          if ('failed' in why) request.log.error({ err: why.failed, requestId: request.id }, 'unexpected error');
          else request.log.warn({ requestId: request.id, unread: why.unreadBytes }, 'event stream client too slow: disconnected');
          res.destroy();
        },
      },
    });
    // However the response ends (also a client gone before the stream started): the slot and the
    // subscription go with it.
    res.once('close', () => pump.clientGone());

    let watched;
    try {
      watched = await pump.opened;
    } catch (err) {
      return sendError(request, reply, err, servedCluster(service, request.params.resource));
    }
    if (!watched) {
      // The client left while the rules were checked.
      request.preAuth?.settle(200);
      reply.hijack();
      return;
    }
    const opened = Date.now();
    res.on('close', () => {
      const p = watched.principal;
      request.log.info({ method: request.method, url: clipText(request.url, TEXT_LIMITS.url), status: 200, ms: Date.now() - opened, tokenId: p.tokenId, user: p.user, project: p.project, client: request.ip }, 'event stream closed');
    });
  };

  app.get<{ Params: Params; Querystring: { last_event_id?: string } }>('/s3m/v1/:resource/jobs/events', stream);
  app.get<{ Params: Params; Querystring: { last_event_id?: string } }>('/s3m/v1/:resource/job/:job_id/events', stream);
}
