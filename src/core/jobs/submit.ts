// POST job/submit: a body slurmrestd would take for the call's version, for the token's own
// project (an empty account becomes it; another one is refused), then the backend's answer.
import { BACKEND_DEFAULT_VERSION } from '../../backends/backend.ts';
import { GatewayError } from '../../contract/errors.ts';
import { sameAccount } from '../../contract/accounts.ts';
import type { ApiVersion, JobSubmitRequest } from '../../contract/model.ts';
import { requestWarnings, translateSubmit } from '../../contract/versions/index.ts';
import { describeFieldErrors, validateJobSubmitRequest } from '../../contract/validate.ts';
import { authorized, type CallContext, type Reply } from '../context.ts';
import { checkJobSubmitBody } from './submit-body.ts';
import type { Views } from './view.ts';

export async function submitJob(ctx: CallContext, views: Views): Promise<Reply> {
  const { principal, resource, backend } = authorized(ctx);
  const version = ctx.call.version as ApiVersion;
  checkJobSubmitBody(ctx.body);
  const checked = validateJobSubmitRequest(version, ctx.body);
  if (!checked.valid) {
    throw new GatewayError('invalidQuery', `Invalid job description: ${describeFieldErrors(checked.errors)}`, { source: checked.errors[0]?.source ?? '_job_post' });
  }
  // Validated against its own version's spec, then turned into the version the cluster is spoken to in.
  const clusterVersion = (await resource.backend.clusterVersion?.(version)) ?? BACKEND_DEFAULT_VERSION;
  const translated = translateSubmit(ctx.body, version, clusterVersion);
  const request = translated.body as JobSubmitRequest;
  const job = request.job!;
  if (job.account === undefined || job.account === '') {
    job.account = principal.project;
  } else if (!sameAccount(job.account, principal.project)) {
    // SLURM accounts are case-insensitive (slurmctld lower-cases them): STF040 and stf040 are one.
    throw new GatewayError('accessDenied', `Account "${job.account}" is not this token's project "${principal.project}"`);
  }
  const reply = await resource.backend.submit(backend, request);
  const notSent = [...(translated.ignored ?? []), ...requestWarnings(translated.notes, version, clusterVersion)];
  if (notSent.length && reply.body && typeof reply.body === 'object') {
    return views.of(ctx, 'submit', { ...reply, body: { ...reply.body, warnings: [...(reply.body.warnings ?? []), ...notSent] } });
  }
  return views.of(ctx, 'submit', reply);
}
