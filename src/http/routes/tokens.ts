// S3M's token API: introspect and revoke the presented token.
import type { FastifyInstance } from 'fastify';
import type { ComputeService } from '../../compute/service.ts';
import type { TokenService } from '../../auth/tokens.ts';
import { sendError } from '../error-reply.ts';

export function registerTokenRoutes(app: FastifyInstance, service: ComputeService, tokens: TokenService): void {
  app.get('/olcf/v1/token/ctls/introspect', async (request, reply) => {
    try {
      const principal = service.authenticate(request.headers.authorization);
      request.principal = principal;
      const record = tokens.get(principal.tokenId)!;
      return reply.send({
        tokenId: record.id,
        project: record.project,
        user: record.user,
        permissions: record.permissions,
        createdAt: new Date(record.createdAt * 1000).toISOString(),
        expiresAt: record.expiresAt === null ? null : new Date(record.expiresAt * 1000).toISOString(),
        active: true,
      });
    } catch (err) {
      return sendError(request, reply, err);
    }
  });

  app.delete('/olcf/v1/token/ctls/revoke', async (request, reply) => {
    try {
      const principal = service.authenticate(request.headers.authorization);
      request.principal = principal;
      tokens.revoke(principal.tokenId);
      request.log.info({ tokenId: principal.tokenId, project: principal.project, user: principal.user }, 'token revoked by its holder');
      return reply.send({});
    } catch (err) {
      return sendError(request, reply, err);
    }
  });
}
