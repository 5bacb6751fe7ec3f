// The Fastify application: REST routes for the SLURM operations, tokens, health and the
// gateway's OpenAPI document, with SLURM-shaped errors for everything that can go wrong.
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { OpsComputeService } from '../ops/ops-service.ts';
import type { Readiness, StatusMonitor } from '../ops/status.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { DeprecatedVersions } from '../config/schema.ts';
import { deprecationNotice } from '../compute/deprecation.ts';
import { GatewayError } from '../slurm/errors.ts';
import { sendError } from './error-reply.ts';
import { buildGatewayOpenApi } from './openapi-document.ts';
import { registerSlurmRoutes } from './routes/slurm.ts';
import { registerTokenRoutes } from './routes/tokens.ts';
import { registerEventRoutes } from './routes/events.ts';
import { registerStatusRoutes } from './routes/status.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

export interface AppOptions {
  service: OpsComputeService;
  tokens: TokenService;
  bodyLimit: number;
  /** Times every route (GET /metrics is served by the admin listener, src/http/admin.ts, not here). */
  metrics?: Metrics;
  /** Deprecated API versions: their replies carry Deprecation and Sunset headers. */
  deprecated?: DeprecatedVersions;
  /** Operations endpoints: status API, /readyz, job-event streams (docs/operations.md). */
  ops?: { status: StatusMonitor; readiness: () => Readiness; heartbeatSeconds: number };
  /** A pino logger or logger options; false for none (tests). */
  logger?: FastifyServerOptions['logger'] | FastifyServerOptions['loggerInstance'];
}

/** Never log a token: the header and anything that might echo it are censored. */
export const LOG_REDACT = ['req.headers.authorization', 'headers.authorization', 'authorization', '*.authorization', 'token', '*.token'];

export function buildApp(opts: AppOptions): FastifyInstance {
  const loggerOpt = opts.logger ?? false;
  const isInstance = typeof loggerOpt === 'object' && loggerOpt !== null && 'child' in loggerOpt;
  const app = Fastify({
    ...(isInstance ? { loggerInstance: loggerOpt as FastifyServerOptions['loggerInstance'] } : { logger: loggerOpt as FastifyServerOptions['logger'] }),
    bodyLimit: opts.bodyLimit,
    routerOptions: { ignoreTrailingSlash: true },
    // One structured line per request is written in onResponse below (with token id and project).
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });

  // slurmrestd clients send JSON; curl -d without a Content-Type header sends form encoding, so
  // every body is parsed as JSON and a non-JSON body gets a clear 400 instead of a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      const ct = request.headers['content-type'] ?? 'none';
      done(new GatewayError('parsingFailed', `Failure during parsing: the request body is not valid JSON (${(err as Error).message}; Content-Type: ${ct})`, { source: 'parse' }), undefined);
    }
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const version = (request.params as { version?: string } | undefined)?.version;
    const notice = version && opts.deprecated ? deprecationNotice(version, opts.deprecated) : undefined;
    if (notice) reply.headers(notice.headers);
  });
  app.addHook('onResponse', async (request, reply) => {
    // Label by route pattern, never by raw URL, so that job ids do not explode the label set.
    opts.metrics?.requestDuration.observe({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    const p = request.principal;
    request.log.info(
      { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime), tokenId: p?.tokenId, user: p?.user, project: p?.project, client: request.ip },
      'request',
    );
  });

  app.setErrorHandler((err, request, reply) => sendError(request, reply, err));
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new GatewayError('pathNotFound', `No such endpoint: ${request.method} ${request.url.split('?')[0]}`)),
  );

  app.get('/healthz', async () => ({ status: 'ok' }));
  const openapi = buildGatewayOpenApi({ versions: opts.service.servedVersions(), resources: opts.service.resourceNames() });
  app.get('/openapi.json', async () => openapi);

  registerSlurmRoutes(app, opts.service);
  registerTokenRoutes(app, opts.service, opts.tokens);
  if (opts.ops) {
    registerStatusRoutes(app, opts.ops);
    registerEventRoutes(app, opts.service, { heartbeatSeconds: opts.ops.heartbeatSeconds });
  }
  return app;
}
