// gRPC adapter for job-state push: service s3m.events.v1.JobEvents, method WatchJobs (server
// streaming), on the gateway's port beside slurm.v0043.SlurmIndirect. Like the SSE route
// (src/http/routes/events.ts) it reads metadata and the request, calls the service (rules and
// audit are there) and writes what the service's subscription hands it.
import { Metadata, status as Code, type ServerWritableStream, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Call } from '../compute/service.ts';
import { toGatewayError } from '../http/error-reply.ts';
import { errorHeaders } from '../adapters/shared/reply-headers.ts';
import type { JobChange, JobEvent, JobView } from '../ops/events.ts';
import type { OpsComputeService } from '../ops/ops-service.ts';
import { GatewayError } from '../slurm/errors.ts';
import { PROTO_DIR } from './definition.ts';
import { RESOURCE_METADATA } from './operations.ts';
import { httpToGrpc } from './status.ts';
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

// proto-loader rebuilds descriptors without `json_name`, so reflection clients (buf curl,
// grpcurl) would print protojson's camelCase names. This puts json_name = the field's own name
// (snake_case, as in the SSE JSON) into every field of a FileDescriptorProto, on the wire format:
// FileDescriptorProto.message_type = 4 → DescriptorProto.field = 2 / nested_type = 3 →
// FieldDescriptorProto.name = 1, json_name = 10.

function readVarint(buf: Buffer, pos: number): [number, number] {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, pos];
  }
}

function varint(n: number): Buffer {
  const bytes: number[] = [];
  while (n >= 0x80) {
    bytes.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  bytes.push(n);
  return Buffer.from(bytes);
}

/** Re-encode a message, passing each length-delimited field's payload through `onLen`. */
function mapMessage(buf: Buffer, onLen: (field: number, payload: Buffer) => Buffer, append: Buffer[] = []): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const start = pos;
    const [tag, afterTag] = readVarint(buf, pos);
    pos = afterTag;
    const wireType = tag & 7;
    if (wireType === 2) {
      const [len, at] = readVarint(buf, pos);
      const out = onLen(Math.floor(tag / 8), buf.subarray(at, at + len));
      pos = at + len;
      parts.push(varint(tag), varint(out.length), out);
      continue;
    }
    if (wireType === 0) pos = readVarint(buf, pos)[1];
    else if (wireType === 1) pos += 8;
    else if (wireType === 5) pos += 4;
    else throw new Error(`unexpected wire type ${wireType} in a descriptor`);
    parts.push(buf.subarray(start, pos));
  }
  return Buffer.concat([...parts, ...append]);
}

function fieldWithJsonName(field: Buffer): Buffer {
  let name: Buffer | undefined;
  let hasJsonName = false;
  const same = mapMessage(field, (no, payload) => {
    if (no === 1) name = payload;
    if (no === 10) hasJsonName = true;
    return payload;
  });
  if (!name || hasJsonName) return same;
  return Buffer.concat([same, varint((10 << 3) | 2), varint(name.length), name]);
}

function messageWithJsonNames(message: Buffer): Buffer {
  return mapMessage(message, (no, payload) => (no === 2 ? fieldWithJsonName(payload) : no === 3 ? messageWithJsonNames(payload) : payload));
}

export function withJsonNames(fileDescriptorProto: Buffer): Buffer {
  return mapMessage(fileDescriptorProto, (no, payload) => (no === 4 ? messageWithJsonNames(payload) : payload));
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

const first = (md: Metadata, key: string) => String(md.get(key)[0] ?? '');

/** Messages a slow client may leave unread before it is disconnected. */
const MAX_BUFFERED = 10_000;

export function eventsHandlers(service: OpsComputeService, logger: Logger): UntypedServiceImplementation {
  return {
    WatchJobs: (call: ServerWritableStream<WatchJobsRequest, unknown>) => {
      const requestId = first(call.metadata, 'x-request-id') || randomUUID();
      const c: Call = {
        authorization: first(call.metadata, 'authorization') || undefined,
        resource: first(call.metadata, RESOURCE_METADATA),
        version: '',
        clientSource: call.getPeer(),
        requestId,
        api: 'grpc',
      };
      const pending: JobEvent[] = [];
      let started = false;
      let ended = false;
      let subscription: { close(): void } | undefined;
      const finish = () => {
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
          call.emit('error', { code: Code.RESOURCE_EXHAUSTED, details: 'Event stream client too slow: too many unread events' });
        }
      };
      call.on('cancelled', () => {
        ended = true;
        subscription?.close();
      });
      const run = async () => {
        if (c.resource === '') {
          service.authenticateCall(c, 'events');
          throw new GatewayError('invalidQuery', `Missing metadata "${RESOURCE_METADATA}": name the resource (cluster) to watch`, { source: RESOURCE_METADATA });
        }
        const jobId = call.request.job_id ? String(call.request.job_id) : undefined;
        return service.watchJobs(c, { jobId, lastEventId: call.request.last_event_id || undefined }, { event: send, end: finish });
      };
      run().then(
        (watched) => {
          subscription = watched.subscription;
          call.sendMetadata(metadataOf(requestId, watched.headers));
          started = true;
          for (const ev of pending.splice(0)) call.write(eventMessage(ev));
          if (ended) call.end();
          const p = watched.principal;
          logger.info({ rpc: 'WatchJobs', resource: c.resource, tokenId: p.tokenId, user: p.user, project: p.project, client: c.clientSource, reqId: requestId }, 'grpc stream opened');
        },
        (err: unknown) => {
          const g = toGatewayError(err);
          if (g.kind === 'internal') logger.error({ err, requestId, rpc: 'WatchJobs' }, 'unexpected error');
          const code = g.httpStatus === g.entry.httpStatus ? g.entry.grpcCode : httpToGrpc(g.httpStatus);
          call.emit('error', { code, details: `${g.entry.error} (${g.entry.errorNumber}): ${g.message}`, metadata: metadataOf(requestId, errorHeaders(g)) });
        },
      );
    },
  };
}
