// gRPC adapter for job-state push: service s3m.events.v1.JobEvents, method WatchJobs (server
// streaming), on the gateway's port beside slurm.v0043.SlurmIndirect. Like the SSE route
// (src/adapters/rest/routes/events.ts) it reads metadata and the request, calls the service (rules and
// audit are there) and writes what the service's subscription hands it.
import { status as Code, type ServerWritableStream, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import type { Logger } from 'pino';
import type { StreamSlot, StreamSlots } from '../shared/stream-slots.ts';
import type { Principal } from '../../auth/principal.ts';
import { grpcCall } from './call.ts';
import { clipText, TEXT_LIMITS } from '../../core/text-bounds.ts';
import type { PreAuthLimiter, PreAuthPass } from '../shared/preauth-limit.ts';
import { errorToWire } from '../shared/errors.ts';
import type { JobChange, JobEvent, JobView } from '../../contract/events.ts';
import type { OpsComputeService } from '../../core/ops-service.ts';
import { GatewayError } from '../../contract/errors.ts';
import { PROTO_DIR } from './definition.ts';
import { withJsonNames } from './descriptors.ts';
import { RESOURCE_METADATA } from './operations.ts';
import { checkRequestMessage } from './request-decoding.ts';
import { metadataOf } from './handlers.ts';

export const EVENTS_SERVICE = 's3m.events.v1.JobEvents';
export const EVENTS_PROTO = 's3m/events/v1/events.proto';

export interface EventsDefinition {
  service: ServiceDefinition;
  /** The .proto's FileDescriptorProto, for server reflection. */
  fileDescriptorProtos: Buffer[];
}

export function loadEventsDefinition(): EventsDefinition {
  const pkg = loadSync(EVENTS_PROTO, { keepCase: true, longs: Number, enums: String, defaults: false, oneofs: false, includeDirs: [PROTO_DIR] });
  const service = pkg[EVENTS_SERVICE] as unknown as ServiceDefinition;
  const message = pkg['s3m.events.v1.JobEvent'] as unknown as { fileDescriptorProtos: Buffer[] };
  return { service, fileDescriptorProtos: message.fileDescriptorProtos.map(withJsonNames) };
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

/** Messages a slow client may leave unread before it is disconnected. */
const MAX_BUFFERED = 10_000;

export function eventsHandlers(service: OpsComputeService, logger: Logger, streamSlots: StreamSlots, preAuth?: PreAuthLimiter): UntypedServiceImplementation {
  return {
    WatchJobs: (call: ServerWritableStream<WatchJobsRequest, unknown>) => {
      const c = grpcCall(call, '');
      const requestId = c.requestId;
      const pending: JobEvent[] = [];
      let started = false;
      let ended = false;
      let subscription: { close(): void } | undefined;
      // The token's stream slot, shared with SSE (src/adapters/shared/stream-slots.ts); every way
      // the call ends gives it back.
      let slot: StreamSlot | undefined;
      const admit = (p: Principal) => {
        slot = streamSlots.acquire(p.tokenId, `Token ${p.tokenId}`);
      };
      const finish = () => {
        slot?.release();
        if (ended) return;
        ended = true;
        subscription?.close();
        if (started) call.end();
      };
      const send = (ev: JobEvent) => {
        if (ended) return;
        if (!started) {
          pending.push(ev);
          return;
        }
        call.write(eventMessage(ev));
        if (call.writableLength > MAX_BUFFERED) {
          logger.warn({ requestId, rpc: 'WatchJobs' }, 'event stream client too slow: disconnected');
          ended = true;
          subscription?.close();
          slot?.release();
          call.emit('error', { code: Code.RESOURCE_EXHAUSTED, details: 'Event stream client too slow: too many unread events' });
        }
      };
      call.on('cancelled', () => {
        ended = true;
        subscription?.close();
        slot?.release();
      });
      let pass: PreAuthPass | undefined;
      const run = async () => {
        pass = preAuth?.enter(c, 'gRPC WatchJobs');
        checkRequestMessage(call.request);
        if (c.resource === '') {
          service.authenticateCall(c, 'events');
          throw new GatewayError('invalidQuery', `Missing metadata "${RESOURCE_METADATA}": name the resource (cluster) to watch`, { source: RESOURCE_METADATA });
        }
        const jobId = call.request.job_id ? String(call.request.job_id) : undefined;
        return service.watchJobs(c, { jobId, lastEventId: call.request.last_event_id || undefined, admit }, { event: send, end: finish });
      };
      run().then(
        (watched) => {
          pass?.settle(200);
          subscription = watched.subscription;
          if (call.cancelled) {
            // The client left while the rules were checked.
            subscription.close();
            slot?.release();
            return;
          }
          call.sendMetadata(metadataOf(requestId, watched.headers));
          started = true;
          for (const ev of pending.splice(0)) call.write(eventMessage(ev));
          if (ended) call.end();
          const p = watched.principal;
          logger.info({ rpc: 'WatchJobs', resource: clipText(c.resource, TEXT_LIMITS.field), tokenId: p.tokenId, user: p.user, project: p.project, client: c.clientSource, reqId: requestId }, 'grpc stream opened');
        },
        (err: unknown) => {
          slot?.release();
          // The envelope has no message to travel in here (JobEvent is not SLURM's reply): code, message and headers.
          const wire = errorToWire(err, { cluster: '', clientSource: c.clientSource });
          pass?.settle(wire.httpStatus);
          if (wire.error.kind === 'internal') logger.error({ err, requestId, rpc: 'WatchJobs' }, 'unexpected error');
          call.emit('error', { code: wire.grpcCode, details: wire.message, metadata: metadataOf(requestId, wire.headers) });
        },
      );
    },
  };
}
