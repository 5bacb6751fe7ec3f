// The admin listener: GET /metrics (Prometheus) on an address of its own (config `admin`), off the
// public port. Anonymous, like any Prometheus endpoint, so it belongs on a loopback or management
// network: its counters (cache hits per operation, backend calls, event subscribers) show what
// every project does, e.g. that someone's job exists. Anything else answers 404 in SLURM's shape.
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Metrics } from '../../metrics/metrics.ts';
import { GatewayError } from '../../contract/errors.ts';
import { sendError } from './error-reply.ts';

export interface AdminAppOptions {
  metrics: Metrics;
  logger?: FastifyServerOptions['loggerInstance'];
}

export function buildAdminApp(opts: AdminAppOptions): FastifyInstance {
  const app = Fastify({ ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }), genReqId: () => randomUUID(), logController: new LogController({ disableRequestLogging: true }) });
  const registry = opts.metrics.registry;
  app.get('/metrics', async (_request, reply) => reply.header('Cache-Control', 'no-store').type(registry.contentType).send(await registry.metrics()));
  app.setErrorHandler((err, request, reply) => sendError(request, reply, err));
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new GatewayError('pathNotFound', `No such endpoint: ${request.method} ${request.url.split('?')[0]}`)));
  return app;
}
