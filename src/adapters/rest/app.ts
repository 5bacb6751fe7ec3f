// The Fastify application: REST routes for the SLURM operations, tokens, health and the
// gateway's OpenAPI document, with SLURM-shaped errors for everything that can go wrong.
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Principal } from '../../auth/principal.ts';
import type { TokenService } from '../../auth/tokens.ts';
import type { ComputeService } from '../../core/service.ts';
import type { Readiness, StatusMonitor } from '../../core/status/status.ts';
import type { Metrics } from '../../metrics/metrics.ts';
import type { DeprecatedVersions } from '../../config/schema.ts';
import { deprecationNotice } from '../../core/deprecation.ts';
import { GatewayError } from '../../contract/errors.ts';
import { clipText, TEXT_LIMITS } from '../../core/text-bounds.ts';
import type { PreAuthLimiter, PreAuthPass } from '../shared/preauth-limit.ts';
import { REQUEST_ID_HEADER, requestIdFor } from '../shared/request-id.ts';
import { sendError } from './error-reply.ts';
import { restCall } from './call.ts';
import { checkJsonTextDepth } from '../../contract/json-depth.ts';
import type { StreamSlots } from '../shared/stream-slots.ts';
import { servedOpenApi } from './openapi-document.ts';
import { registerSlurmRoutes } from './routes/slurm.ts';
import { registerTokenRoutes } from './routes/tokens.ts';
import { registerEventRoutes } from './routes/events.ts';
import { registerStatusRoutes } from './routes/status.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    /** The pre-auth limit's pass of a call that needs a token, settled in onResponse. */
    preAuth?: PreAuthPass;
  }
  interface FastifyContextConfig {
    /** Answers without a token (health, metrics, status): the pre-auth limit does not apply. */
    public?: boolean;
  }
}

export interface AppOptions {
  service: ComputeService;
  tokens: TokenService;
  bodyLimit: number;
  /** A request's headers and body must arrive within this (Node answers 408 and closes the connection). */
  requestTimeoutMs?: number;
  /** Times every route (GET /metrics is served by the admin listener, src/adapters/rest/admin.ts, not here). */
  metrics?: Metrics;
  /** Deprecated API versions: their replies carry Deprecation and Sunset headers. */
  deprecated?: Partial<DeprecatedVersions>;
  /** Operations endpoints: status API, /readyz, job-event streams (docs/operations.md). */
  ops?: { status: StatusMonitor; readiness: () => Promise<Readiness>; heartbeatSeconds: number; streamSlots: StreamSlots };
  /** The per-address limit of failed authentications, checked before any token lookup (src/adapters/shared/preauth-limit.ts). */
  preAuth?: PreAuthLimiter;
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
    // Fastify's default is no limit at all: a client sending a body a byte a minute held its
    // connection forever. Node checks open requests every connectionsCheckingInterval.
    ...(opts.requestTimeoutMs ? { requestTimeout: opts.requestTimeoutMs, http: { headersTimeout: Math.min(60_000, opts.requestTimeoutMs), connectionsCheckingInterval: Math.min(1000, opts.requestTimeoutMs) } } : {}),
    routerOptions: { ignoreTrailingSlash: true },
    // One structured line per request is written in onResponse below (with token id and project).
    logController: new LogController({ disableRequestLogging: true }),
    // The router refuses an over-long path segment (414) or bad percent-encoding (400) before any
    // route or hook: in SLURM's envelope too, never quoting the path back.
    // Hooks do not run for these, so the reply's id and the request line are written here.
    frameworkErrors: (err, request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id);
      sendError(request, reply, err);
      request.log.info({ method: request.method, url: clipText(request.url, TEXT_LIMITS.url), status: reply.statusCode, client: request.ip }, 'request');
    },
    // The gateway names every request; a client's own x-request-id is kept only when it is a short
    // plain id (src/adapters/shared/request-id.ts), since it is logged, audited and echoed.
    requestIdHeader: false,
    genReqId: (req) => requestIdFor(req.headers[REQUEST_ID_HEADER]),
  });

  // slurmrestd clients send JSON; curl -d without a Content-Type header sends form encoding, so
  // every body is parsed as JSON and a non-JSON body gets a clear 400 instead of a 415. A body
  // nested deeper than MAX_JSON_DEPTH is refused the same way before it is parsed: what reads a
  // body afterwards (validation, hashing, serializing) recurses.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      checkJsonTextDepth(text);
    } catch (err) {
      return done(err as GatewayError, undefined);
    }
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      const ct = request.headers['content-type'] ?? 'none';
      done(new GatewayError('parsingFailed', `Failure during parsing: the request body is not valid JSON (${(err as Error).message}; Content-Type: ${ct})`, { source: 'parse' }), undefined);
    }
  });

  // Every route that needs a token passes the pre-auth limit first, before its body is even read;
  // public routes and unknown paths (which look at no token) do not.
  const preAuth = opts.preAuth;
  if (preAuth) {
    app.addHook('onRequest', async (request, reply) => {
      if (request.is404 || request.routeOptions.config?.public) return;
      try {
        request.preAuth = preAuth.enter(restCall(request), `${request.method} ${request.url}`);
      } catch (err) {
        return sendError(request, reply, err);
      }
    });
  }

  app.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    const version = (request.params as { version?: string } | undefined)?.version;
    const notice = version && opts.deprecated ? deprecationNotice(version, opts.deprecated) : undefined;
    if (notice) reply.headers(notice.headers);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.preAuth?.settle(reply.statusCode);
    // Label by route pattern, never by raw URL, so that job ids do not explode the label set.
    // A parameter's pattern (/slurm/:version(^v...$)/...) is left out of the label.
    const route = request.routeOptions.url?.replace(/\([^)]*\)/g, '') ?? 'unmatched';
    opts.metrics?.requestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    const p = request.principal;
    request.log.info(
      // The URL is the client's text: bounded, like every field of the line.
      { method: request.method, url: clipText(request.url, TEXT_LIMITS.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime), tokenId: p?.tokenId, user: p?.user, project: p?.project, client: request.ip },
      'request',
    );
  });

  app.setErrorHandler((err, request, reply) => sendError(request, reply, err));
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new GatewayError('pathNotFound', `No such endpoint: ${request.method} ${request.url.split('?')[0]}`)),
  );

  app.get('/healthz', { config: { public: true } }, async () => ({ status: 'ok' }));
  const openapi = servedOpenApi({
    versions: opts.service.servedVersions(),
    resources: opts.service.resourceNames().map((name) => {
      const config = opts.service.getResource(name)!.config;
      return { name, versions: config.versions, enclave: config.securityEnclave };
    }),
    deprecated: opts.deprecated,
  });
  app.get('/openapi.json', { config: { public: true } }, async () => openapi());

  registerSlurmRoutes(app, opts.service);
  registerTokenRoutes(app, opts.service, opts.tokens);
  if (opts.ops) {
    registerStatusRoutes(app, opts.ops);
    registerEventRoutes(app, opts.service, { heartbeatSeconds: opts.ops.heartbeatSeconds, streamSlots: opts.ops.streamSlots });
  }
  return app;
}
