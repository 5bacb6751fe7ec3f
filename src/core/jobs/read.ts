// The reads: the cluster ones (ping, partitions, nodes, reservations, diag), the project's jobs
// and one job, each the caller's view of what the backend answered.
import type { BackendReply } from '../../backends/backend.ts';
import type { DiagResponse, JobsResponse } from '../../contract/model.ts';
import type { ClusterReadName } from '../../contract/operations.ts';
import { authorized, type CallContext, type Reply } from '../context.ts';
import { withReasonTexts } from './reasons.ts';
import { onlyCallersRpcs, projectJob, projectJobs } from './project-scope.ts';
import type { HistoryReplies } from './history-replies.ts';
import type { Views } from './view.ts';

export async function readCluster(ctx: CallContext, op: ClusterReadName, views: Views): Promise<Reply> {
  const { resource, backend } = authorized(ctx);
  const reply: BackendReply<unknown> = await resource.backend[op](backend);
  if (op !== 'diag') return views.of(ctx, op, reply);
  // diag's RPC statistics per user name every user of the cluster: a caller sees only its own entry.
  const me = resource.backend.callerName(backend);
  return views.of(ctx, op, reply, (r: BackendReply<DiagResponse>) => ({ status: r.status, body: onlyCallersRpcs(r.body, me) }));
}

/** The project's jobs; with history, also its finished jobs slurmctld no longer lists. */
export async function readJobs(ctx: CallContext, views: Views, history?: HistoryReplies): Promise<Reply<JobsResponse>> {
  const { principal, resource, backend } = authorized(ctx);
  let reply = await resource.backend.jobs(backend);
  if (history) reply = await history.jobs(resource.name, principal.project, reply);
  return explained(ctx, views.of(ctx, 'jobs', reply, projectJobs(principal)));
}

/** One job; with history, a finished job slurmctld no longer lists answers with its final record. */
export async function readJob(ctx: CallContext, jobId: string, views: Views, history?: HistoryReplies): Promise<Reply<JobsResponse>> {
  const { principal, resource, backend } = authorized(ctx);
  let reply = await resource.backend.job(backend, jobId);
  if (history) reply = await history.job(resource, { ...backend, user: resource.config.monitorUser }, jobId, reply);
  return explained(ctx, views.of(ctx, 'job', reply, projectJob(principal, jobId)));
}

/** With `explainReasons`, each job of a 200 reply gets `s3m_state_reason_text`; SLURM's fields are untouched. */
function explained<T>(ctx: CallContext, reply: Reply<T>): Reply<T> {
  if (!ctx.call.explainReasons || reply.status !== 200) return reply;
  return { ...reply, body: withReasonTexts(reply.body) };
}
