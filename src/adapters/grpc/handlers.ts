// gRPC adapter for the SLURM operations: reads metadata and the request message, calls
// ComputeService exactly as the REST routes do (src/adapters/rest/routes/slurm.ts), and writes its reply.
// No rules here: permissions, projects and resources are the service's.
import { Metadata, type sendUnaryData, type ServerUnaryCall, type UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { Call, Reply } from '../../core/service.ts';
import { grpcCall } from './call.ts';
import type { ComputeService } from '../../core/service.ts';
import { clipText, TEXT_LIMITS } from '../../core/text-bounds.ts';
import type { PreAuthLimiter, PreAuthPass } from '../shared/preauth-limit.ts';
import { REQUEST_ID_HEADER } from '../shared/request-id.ts';
import { describeSlurmErrors, errorToWire, servedCluster } from '../shared/errors.ts';
import { replyHeaders } from '../shared/reply-headers.ts';
import { GatewayError, httpToGrpc } from '../../contract/errors.ts';
import type { SlurmError } from '../../contract/model.ts';
import type { DeleteJobReq__Output } from '../../grpc/generated/slurm/v0043/DeleteJobReq.ts';
import type { JobIdReq__Output } from '../../grpc/generated/slurm/v0043/JobIdReq.ts';
import type { VersionDefinition } from './definition.ts';
import { protoShape } from '../../contract/grpc/json-proto.ts';
import { RESOURCE_METADATA } from '../../contract/grpc/service.ts';
import { checkRequestMessage } from './request-decoding.ts';
import { statusError } from './status.ts';

type Method = VersionDefinition['methods'][number];

export function slurmHandlers(def: VersionDefinition, service: ComputeService, logger: Logger, preAuth?: PreAuthLimiter): UntypedServiceImplementation {
  const impl: UntypedServiceImplementation = {};
  for (const method of def.methods) {
    impl[method.rpc] = (call: ServerUnaryCall<any, unknown>, callback: sendUnaryData<unknown>) => {
      const started = performance.now();
      const c = grpcCall(call, def.version);
      const requestId = c.requestId;
      // The pre-auth limit first, before any token lookup (as REST's onRequest hook does).
      let pass: PreAuthPass | undefined;
      const run = async () => {
        pass = preAuth?.enter(c, `gRPC ${method.rpc}`);
        return dispatch(service, method, c, call.request);
      };
      const onError = (err: unknown) => {
        const wire = errorToWire(err, { version: def.version, cluster: servedCluster(service, c.resource), clientSource: c.clientSource });
        pass?.settle(wire.httpStatus);
        if (wire.error.kind === 'internal') logger.error({ err, requestId, rpc: method.rpc }, 'unexpected error');
        call.sendMetadata(metadataOf(requestId, wire.headers)); // Cache-Control: no-store, Retry-After, RateLimit-*
        log(logger, method, c, started, wire.grpcCode);
        callback(failure(def, method, wire.grpcCode, wire.message, wire.body));
      };
      run().then((result) => {
        // The message is made before anything is sent: a reply that cannot be shaped is answered
        // as the error it is (INTERNAL, logged), never left as an unhandled rejection.
        let answer: { value: unknown } | { error: ReturnType<typeof failure> };
        try {
          const ok = result.status >= 200 && result.status < 300;
          const body = result.body as ErrorBody;
          answer = ok ? { value: protoShape(def.version, method.responseRef, result.body) } : { error: failure(def, method, httpToGrpc(result.status), describeSlurmErrors(body.errors, result.status), body) };
        } catch (err) {
          return onError(err);
        }
        pass?.settle(result.status);
        // The headers REST sends with the reply (Cache-Control/Age, RateLimit-*, ...) travel as response metadata.
        call.sendMetadata(metadataOf(requestId, replyHeaders(result)));
        log(logger, method, c, started, httpToGrpc(result.status), result);
        if ('error' in answer) return callback(answer.error);
        callback(null, answer.value);
      }, onError);
    };
  }
  return impl;
}

/** The service call for a method: the same calls, with the same arguments, as the REST routes. */
async function dispatch(service: ComputeService, method: Method, c: Call, request: unknown): Promise<Reply> {
  // Like a REST body, the message is checked before anything else (INVALID_ARGUMENT, error 9001).
  checkRequestMessage(request);
  if (c.resource === '') {
    // Anonymous callers learn nothing: the token is checked first, as for every REST call.
    await service.authenticateCall(c, method.op);
    throw new GatewayError('invalidQuery', `Missing metadata "${RESOURCE_METADATA}": name the resource (cluster) to call, e.g. "${RESOURCE_METADATA}: ${service.resourceNames()[0] ?? 'defiant'}"`, {
      source: RESOURCE_METADATA,
    });
  }
  switch (method.op) {
    case 'jobs':
      return service.jobs(c);
    case 'job':
      return service.job(c, (request as JobIdReq__Output).job_id ?? '');
    case 'submit':
      // The decoded JobSubmitReq is the REST body ({job: {...}}): see src/contract/grpc/json-proto.ts.
      return service.submit(c, request);
    case 'cancel': {
      const r = request as DeleteJobReq__Output;
      return service.cancel(c, r.job_id ?? '', { signal: r.signal, flags: r.flags });
    }
    default:
      return service.read(c, method.op);
  }
}

/** Response metadata: the request id and REST's reply headers, with lowercase keys as gRPC wants them. */
export function metadataOf(requestId: string, headers: Record<string, string> = {}): Metadata {
  const md = new Metadata();
  md.set(REQUEST_ID_HEADER, requestId);
  for (const [k, v] of Object.entries(headers)) md.set(k.toLowerCase(), String(v));
  return md;
}

interface ErrorBody {
  errors?: SlurmError[];
  [key: string]: unknown;
}

/** A failed call: the code, the message, and SLURM's reply as the method's response message in the status details. */
function failure(def: VersionDefinition, method: Method, code: number, message: string, body: ErrorBody) {
  const value = method.serializeResponse(protoShape(def.version, method.responseRef, body));
  return statusError(code, message, { typeName: method.responseType, value });
}

function log(logger: Logger, method: Method, c: Call, started: number, code: number, result?: Reply): void {
  const p = result?.principal;
  logger.info({ rpc: method.rpc, resource: clipText(c.resource, TEXT_LIMITS.field), code, ms: Math.round(performance.now() - started), tokenId: p?.tokenId, user: p?.user, project: p?.project, client: c.clientSource, reqId: c.requestId }, 'grpc request');
}
