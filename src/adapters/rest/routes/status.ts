// Operations endpoints without a token: S3M's Status API (GET /olcf/v1alpha/status and
// /olcf/v1alpha/status/{resource}) and readiness (GET /readyz). /healthz (the process answers)
// is in app.ts.
import type { FastifyInstance } from 'fastify';
import type { Readiness, StatusMonitor } from '../../../core/status/status.ts';
import { GatewayError } from '../../../contract/errors.ts';
import { sendError } from '../error-reply.ts';

export interface StatusRouteOptions {
  status: StatusMonitor;
  readiness: () => Promise<Readiness>;
}

export function registerStatusRoutes(app: FastifyInstance, opts: StatusRouteOptions): void {
  app.get('/olcf/v1alpha/status', { config: { public: true } }, async (_request, reply) => {
    const resources = await opts.status.all();
    return reply.header('Cache-Control', 'no-store').send({ resources });
  });

  app.get<{ Params: { resource: string } }>('/olcf/v1alpha/status/:resource', { config: { public: true } }, async (request, reply) => {
    const resource = await opts.status.one(request.params.resource);
    if (!resource) {
      return sendError(request, reply, new GatewayError('pathNotFound', `Unknown resource "${request.params.resource}" (known: ${opts.status.names().join(', ')})`));
    }
    return reply.header('Cache-Control', 'no-store').send(resource);
  });

  app.get('/readyz', { config: { public: true } }, async (_request, reply) => {
    const r = await opts.readiness();
    return reply.code(r.ready ? 200 : 503).header('Cache-Control', 'no-store').send({ status: r.ready ? 'ready' : 'not ready', ...r });
  });
}
