// The first check of a job submit body, shared by REST and gRPC: it must be an object with a
// `job` object. Field-level validation against the spec happens next (validate.ts).
import { GatewayError } from '../../contract/errors.ts';

export function checkJobSubmitBody(body: unknown): { job: Record<string, unknown> } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new GatewayError('invalidQuery', 'The request body must be a JSON object like {"job": {...}}', { source: '_job_post' });
  }
  const b = body as Record<string, unknown>;
  if (b.jobs !== undefined && b.job === undefined) {
    throw new GatewayError('invalidQuery', 'Heterogeneous jobs ("jobs") are not supported by this gateway: submit one "job"', { source: '_job_post' });
  }
  if (b.job === null || typeof b.job !== 'object' || Array.isArray(b.job)) {
    throw new GatewayError('invalidQuery', 'Missing "job" object: the body must look like {"job": {"script": "#!/bin/bash\\n...", ...}}', { source: '_job_post' });
  }
  return b as { job: Record<string, unknown> };
}
