// The gRPC server: service SlurmIndirect for each generated API version, plus server reflection
// (so that grpcurl / buf curl need no .proto). It binds no port of its own: the connection
// router (src/adapters/protocol-router.ts) hands it the HTTP/2 connections of the gateway's port.
import { Server } from '@grpc/grpc-js';
import type { StreamSlots } from '../shared/stream-slots.ts';
import type { Logger } from 'pino';
import type { PreAuthLimiter } from '../shared/preauth-limit.ts';
import type { ComputeService } from '../../core/service.ts';
import { eventsHandlers, loadEventsDefinition } from './events.ts';
import { loadVersionDefinition } from './definition.ts';
import { slurmHandlers } from './handlers.ts';
import { requestArrivesWithin } from './request-deadline.ts';
import { GRPC_VERSIONS } from '../../contract/grpc/service.ts';
import { addReflection } from './reflection.ts';
import { withDecodingErrorsAnswered } from './request-decoding.ts';

export interface GrpcServerOptions {
  service: ComputeService;
  logger: Logger;
  /** Largest request message in bytes, like REST's bodyLimit (grpc-js answers RESOURCE_EXHAUSTED above it). */
  maxRequestBytes: number;
  /** A call's request message and half-close must arrive within this (else DEADLINE_EXCEEDED). */
  requestTimeoutMs: number;
  /** The per-address limit of failed authentications, shared with REST (src/adapters/shared/preauth-limit.ts). */
  preAuth?: PreAuthLimiter;
  /** Open WatchJobs streams per token, shared with the SSE routes (over the cap: RESOURCE_EXHAUSTED). */
  streamSlots: StreamSlots;
  /**
   * A connection with no call open for this long gets a GOAWAY and is closed (grpc-js
   * grpc.max_connection_idle_ms, which also covers the connections the protocol router injects).
   * A connection with a call open, a WatchJobs stream above all, is never idle.
   */
  idleTimeoutMs: number;
  /** PING every keepaliveMs; no answer within keepaliveTimeoutMs drops the connection (grpc.keepalive_time_ms / _timeout_ms). */
  keepaliveMs: number;
  keepaliveTimeoutMs: number;
}

export function createGrpcServer(opts: GrpcServerOptions): Server {
  const server = new Server({
    'grpc.max_receive_message_length': opts.maxRequestBytes,
    // grpc-js keeps channelz statistics (call counts, per-socket traces) on every call by default;
    // nothing here serves the channelz service that would read them, and the bookkeeping cost a
    // third of the server's CPU per call at 32 callers (issue 16's profile).
    'grpc.enable_channelz': 0,
    'grpc.max_connection_idle_ms': opts.idleTimeoutMs,
    'grpc.keepalive_time_ms': opts.keepaliveMs,
    'grpc.keepalive_timeout_ms': opts.keepaliveTimeoutMs,
    interceptors: [requestArrivesWithin(opts.requestTimeoutMs)],
  });
  for (const version of GRPC_VERSIONS) {
    const def = loadVersionDefinition(version);
    server.addService(withDecodingErrorsAnswered(def.service), slurmHandlers(def, opts.service, opts.logger.child({ api: 'grpc' }), opts.preAuth));
  }
  // s3m.events.v1.JobEvents: job-state push (WatchJobs), a service of its own beside SlurmIndirect.
  const events = loadEventsDefinition();
  server.addService(withDecodingErrorsAnswered(events.service), eventsHandlers(events, opts.service, opts.logger.child({ api: 'grpc' }), opts.streamSlots, opts.preAuth));
  addReflection(server, GRPC_VERSIONS, events.fileDescriptorProtos);
  return server;
}
