// Writes any failure as SLURM's JSON error envelope with the right HTTP status (what to write is
// src/adapters/shared/errors.ts's, as for gRPC). No failure reaches a client as a bare 500 page,
// and no secret reaches a description.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { GatewayError } from '../../contract/errors.ts';
import { asGatewayError, errorToWire } from '../shared/errors.ts';

/** Map Fastify's own errors (body parsing, limits, validation) to catalogue entries; the rest as every adapter does. */
export function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  const e = err as FastifyError;
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new GatewayError('bodyTooLarge', `Request body is larger than the gateway's limit`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new GatewayError('unsupportedMediaType', 'Unsupported Content-Type: send JSON with "Content-Type: application/json"');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new GatewayError('parsingFailed', 'Empty request body: send a JSON object', { source: 'parse' });
    // The router's own refusals (frameworkErrors in app.ts): their messages quote the whole path.
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new GatewayError('invalidQuery', 'A path segment (resource, job id) is longer than the gateway accepts', { httpStatus: 414, source: 'path' });
    case 'FST_ERR_BAD_URL':
      return new GatewayError('invalidQuery', 'Malformed URL: a path segment is not valid percent-encoding', { httpStatus: 400, source: 'path' });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new GatewayError('parsingFailed', 'Request body length does not match Content-Length', { source: 'parse' });
  }
  if (e?.validation) return new GatewayError('invalidQuery', `Invalid request: ${e.message}`);
  if (e instanceof SyntaxError || (e?.statusCode === 400 && /JSON/i.test(e.message))) {
    return new GatewayError('parsingFailed', `Failure during parsing: the request body is not valid JSON (${e.message})`, { source: 'parse' });
  }
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new GatewayError('invalidQuery', e.message, { httpStatus: e.statusCode });
  }
  return asGatewayError(err);
}

/** `cluster`: meta.slurm.cluster, the call's resource when the gateway serves it (servedCluster). */
export function sendError(request: FastifyRequest, reply: FastifyReply, err: unknown, cluster = ''): FastifyReply {
  const version = (request.params as { version?: string } | undefined)?.version;
  const wire = errorToWire(toGatewayError(err), { version, cluster, clientSource: request.ip });
  if (wire.error.kind === 'internal') request.log.error({ err }, 'unexpected error');
  reply.headers(wire.headers);
  // HTTP's own challenge; gRPC has no such header.
  if (wire.httpStatus === 401) reply.header('WWW-Authenticate', 'Bearer realm="s3m"');
  return reply.code(wire.httpStatus).type('application/json').send(wire.body);
}
