// gRPC adapter for job-state push: service s3m.events.v1.JobEvents, method WatchJobs (server
// streaming), on the gateway's port beside slurm.v0043.SlurmIndirect. Like the SSE route
// (src/adapters/rest/routes/events.ts) it reads metadata and the request, calls the service (rules and
// audit are there) and puts on its wire what the event pump (src/adapters/shared/event-pump.ts) hands it.
import { status as Code, type ServerWritableStream, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import type { Logger } from 'pino';
import type { StreamSlots } from '../shared/stream-slots.ts';
import { pumpEvents } from '../shared/event-pump.ts';
import { grpcCall } from './call.ts';
import { clipText, TEXT_LIMITS } from '../../core/text-bounds.ts';
import type { PreAuthLimiter, PreAuthPass } from '../shared/preauth-limit.ts';
import { errorToWire } from '../shared/errors.ts';
import type { JobChange, JobEvent, JobView } from '../../contract/events.ts';
import type { ComputeService } from '../../core/service.ts';
import { GatewayError } from '../../contract/errors.ts';
import { PROTO_DIR } from '../../contract/grpc/loader-options.ts';
import { withJsonNames } from './descriptors.ts';
import { RESOURCE_METADATA } from '../../contract/grpc/service.ts';
import { checkRequestMessage } from './request-decoding.ts';
import { metadataOf } from './handlers.ts';

export const EVENTS_SERVICE = 's3m.events.v1.JobEvents';
export const EVENTS_PROTO = 's3m/events/v1/events.proto';

export interface EventsDefinition {
  /** The service, whose WatchJobs also takes a message serialized already (a Buffer) as it is. */
  service: ServiceDefinition;
  /** The .proto's FileDescriptorProto, for server reflection. */
  fileDescriptorProtos: Buffer[];
  /** A JobEvent message in its wire form. */
  serializeEvent(message: object): Buffer;
}

export function loadEventsDefinition(): EventsDefinition {
  const pkg = loadSync(EVENTS_PROTO, { keepCase: true, longs: Number, enums: String, defaults: false, oneofs: false, includeDirs: [PROTO_DIR] });
  const loaded = pkg[EVENTS_SERVICE] as unknown as ServiceDefinition;
  const serializeEvent = loaded.WatchJobs.responseSerialize as (message: object) => Buffer;
  const service: ServiceDefinition = { ...loaded, WatchJobs: { ...loaded.WatchJobs, responseSerialize: (m: object) => (Buffer.isBuffer(m) ? m : serializeEvent(m)) } };
  const message = pkg['s3m.events.v1.JobEvent'] as unknown as { fileDescriptorProtos: Buffer[] };
  return { service, fileDescriptorProtos: message.fileDescriptorProtos.map(withJsonNames), serializeEvent };
}

interface WatchJobsRequest {
  job_id?: number;
  last_event_id?: string;
}

/** The proto form of a job (proto3 has no null: absent values are left out). */
function jobMessage(j: JobView | JobChange): Record<string, unknown> {
  const { exit_code, ...rest } = j as JobChange;
  const out: Record<string, unknown> = { ...rest, has_exit_code: exit_code !== null && exit_code !== undefined };
  if (exit_code !== null && exit_code !== undefined) out.exit_code = exit_code;
  if (out.previous_state === null) delete out.previous_state;
  if (out.previous_reason === null) delete out.previous_reason;
  return out;
}

export function eventMessage(ev: JobEvent): Record<string, unknown> {
  return { id: ev.id, type: ev.type, resource: ev.resource, time: ev.time, ...(ev.job ? { job: jobMessage(ev.job) } : {}), ...(ev.jobs ? { jobs: ev.jobs.map(jobMessage) } : {}) };
}

export function eventsHandlers(def: EventsDefinition, service: ComputeService, logger: Logger, streamSlots: StreamSlots, preAuth?: PreAuthLimiter): UntypedServiceImplementation {
  return {
    WatchJobs: (call: ServerWritableStream<WatchJobsRequest, unknown>) => {
      const c = grpcCall(call, '');
      const requestId = c.requestId;
      // Any failure as a status. There is no reply message for SLURM's envelope to travel in
      // (JobEvent is not SLURM's reply): code, message and headers.
      const fail = (err: unknown) => {
        const wire = errorToWire(err, { cluster: '', clientSource: c.clientSource });
        if (wire.error.kind === 'internal') logger.error({ err, requestId, rpc: 'WatchJobs' }, 'unexpected error');
        call.emit('error', { code: wire.grpcCode, details: wire.message, metadata: metadataOf(requestId, wire.headers) });
        return wire;
      };
      let pass: PreAuthPass | undefined;
      const pump = pumpEvents({
        subscribe: async (admit, listener) => {
          pass = preAuth?.enter(c, 'gRPC WatchJobs');
          checkRequestMessage(call.request);
          if (c.resource === '') {
            await service.authenticateCall(c, 'events');
            throw new GatewayError('invalidQuery', `Missing metadata "${RESOURCE_METADATA}": name the resource (cluster) to watch`, { source: RESOURCE_METADATA });
          }
          const jobId = call.request.job_id ? String(call.request.job_id) : undefined;
          return service.watchJobs(c, { jobId, lastEventId: call.request.last_event_id || undefined, admit }, listener);
        },
        slots: streamSlots,
        // Serialized here, so that the pump counts the bytes it hands to grpc-js (which passes a Buffer on as it is).
        encode: (ev) => def.serializeEvent(eventMessage(ev)),
        sink: {
          open: (watched) => call.sendMetadata(metadataOf(requestId, watched.headers)),
          write: (chunk, flushed) => call.write(chunk, () => flushed()),
          end: () => call.end(),
          cutOff: (why) => {
            if ('failed' in why) return void fail(why.failed);
            logger.warn({ requestId, rpc: 'WatchJobs', unread: why.unreadBytes }, 'event stream client too slow: disconnected');
            call.emit('error', { code: Code.RESOURCE_EXHAUSTED, details: 'Event stream client too slow: too many unread events' });
          },
        },
      });
      call.on('cancelled', () => pump.clientGone());
      pump.opened.then(
        (watched) => {
          pass?.settle(200);
          if (!watched) return; // the client left while the rules were checked
          const p = watched.principal;
          logger.info({ rpc: 'WatchJobs', resource: clipText(c.resource, TEXT_LIMITS.field), tokenId: p.tokenId, user: p.user, project: p.project, client: c.clientSource, reqId: requestId }, 'grpc stream opened');
        },
        (err: unknown) => pass?.settle(fail(err).httpStatus),
      );
    },
  };
}
