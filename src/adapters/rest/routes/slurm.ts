// REST adapter for the SLURM operations, in both URL forms: /slurm/{version}/{resource}/... and
// /slurm/{enclave}/{version}/{resource}/... (the enclave is checked by the core's authorize).
// Reads the request, calls ComputeService, writes its reply. No rules here.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CLUSTER_READ_NAMES, OPERATIONS } from '../../../contract/operations.ts';
import type { ComputeService, Reply } from '../../../core/service.ts';
import { sendError } from '../error-reply.ts';
import { servedCluster } from '../../shared/errors.ts';
import { restCall } from '../call.ts';
import { replyHeaders } from '../../shared/reply-headers.ts';
import { jsonStream, worthStreaming } from '../json-stream.ts';

interface Params {
  enclave?: string;
  version: string;
  resource: string;
  job_id?: string;
}

/**
 * The two prefixes every operation is served under. {version} only matches what looks like an API
 * version: without that, find-my-way (static segments first, no backtracking once a route matched)
 * would read /slurm/open/v0.0.43/job/jobs, the jobs of a resource named "job", as job "jobs" of
 * resource "v0.0.43" in version "open". A version that does not look like one (/slurm/v9/...) is
 * then an unknown path: the same 404 and error number as an unserved version.
 */
const VERSION = ':version(^v\\d+\\.\\d+\\.\\d+$)';
export const SLURM_PREFIXES = [`/slurm/${VERSION}/:resource`, `/slurm/:enclave/${VERSION}/:resource`] as const;

/**
 * JSON text of a reply body, remembered per body object: the service hands every poller of one
 * project the same view object of a cached reply, so it is serialized once, not once per request.
 */
const serialized = new WeakMap<object, string>();
function serialize(body: unknown): string {
  if (body === null || typeof body !== 'object') return JSON.stringify(body);
  let text = serialized.get(body);
  if (text === undefined) serialized.set(body, (text = JSON.stringify(body)));
  return text;
}

const paramsSchema = {
  type: 'object',
  properties: { enclave: { type: 'string' }, version: { type: 'string' }, resource: { type: 'string' }, job_id: { type: 'string' } },
  required: ['version', 'resource'],
} as const;

const cancelQuerySchema = {
  type: 'object',
  properties: { signal: { type: 'string' }, flags: { type: 'string' } },
} as const;

export function registerSlurmRoutes(app: FastifyInstance, service: ComputeService): void {
  const respond = async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, run: () => Promise<Reply>) => {
    try {
      const result = await run();
      if (result.principal) request.principal = result.principal;
      // Cache-Control/Age (a 200 read only; anything else no-store) and the service's own headers.
      reply.headers(replyHeaders(result));
      reply.code(result.status).type('application/json');
      // A long list (GET /jobs at scale) goes out in chunks, never as one whole string (json-stream.ts).
      return reply.send(worthStreaming(result.body) ? jsonStream(result.body) : serialize(result.body));
    } catch (err) {
      return sendError(request, reply, err, servedCluster(service, request.params.resource, request.params.enclave));
    }
  };

  for (const prefix of SLURM_PREFIXES) {
    for (const op of CLUSTER_READ_NAMES) {
      app.get<{ Params: Params }>(`${prefix}/${OPERATIONS[op].path}`, { schema: { params: paramsSchema } }, (req, rep) =>
        respond(req, rep, () => service.read(restCall(req), op)),
      );
    }
    app.get<{ Params: Params }>(`${prefix}/jobs`, { schema: { params: paramsSchema } }, (req, rep) => respond(req, rep, () => service.jobs(restCall(req))));
    app.get<{ Params: Params }>(`${prefix}/job/:job_id`, { schema: { params: paramsSchema } }, (req, rep) =>
      respond(req, rep, () => service.job(restCall(req), req.params.job_id!)),
    );
    app.post<{ Params: Params }>(`${prefix}/job/submit`, { schema: { params: paramsSchema } }, (req, rep) =>
      respond(req, rep, () => service.submit(restCall(req), req.body)),
    );
    app.delete<{ Params: Params; Querystring: { signal?: string; flags?: string } }>(
      `${prefix}/job/:job_id`,
      { schema: { params: paramsSchema, querystring: cancelQuerySchema } },
      (req, rep) => respond(req, rep, () => service.cancel(restCall(req), req.params.job_id!, req.query)),
    );
  }
}
