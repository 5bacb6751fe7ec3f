// S3M's token API: introspect and revoke the presented token. A refused token and every revoke
// are audited by the service.
import type { FastifyInstance } from 'fastify';
import type { ComputeService } from '../../../core/service.ts';
import type { TokenService } from '../../../auth/tokens.ts';
import { sendError } from '../error-reply.ts';
import { restCall } from '../call.ts';

export function registerTokenRoutes(app: FastifyInstance, service: ComputeService, tokens: TokenService): void {
  app.get('/olcf/v1/token/ctls/introspect', async (request, reply) => {
    try {
      const principal = await service.authenticateCall(restCall(request), 'token.introspect');
      request.principal = principal;
      const record = (await tokens.get(principal.tokenId))!;
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
      const { principal } = await service.revokePresentedToken(restCall(request), tokens);
      request.principal = principal;
      request.log.info({ tokenId: principal.tokenId, project: principal.project, user: principal.user }, 'token revoked by its holder');
      return reply.send({});
    } catch (err) {
      return sendError(request, reply, err);
    }
  });
}
