// A token sees its own project's jobs only. Another project's job answers exactly as a job that
// does not exist, and the cluster-wide statistics show the caller's own user only.
import type { Principal } from '../../auth/principal.ts';
import type { BackendReply } from '../../backends/backend.ts';
import { sameAccount } from '../../contract/accounts.ts';
import { unknownJobBody } from '../../contract/job-replies.ts';
import type { DiagResponse, JobInfo, JobsResponse, SlurmWarning } from '../../contract/model.ts';
import type { Shaped } from './view.ts';

/** SLURM reports accounts lower-cased: a token for STF040 owns the jobs of account stf040. */
export const ownedBy = (job: JobInfo, p: Principal): boolean => sameAccount(job.account, p.project);

/** GET jobs: the caller's project's jobs, with slurmrestd's warning when there are none. */
export function projectJobs(p: Principal): (r: BackendReply<JobsResponse>) => Shaped {
  return (r) => {
    const body = r.body;
    if (r.status !== 200 || !Array.isArray(body.jobs)) return r;
    const jobs = body.jobs.filter((j) => ownedBy(j, p));
    let warnings: SlurmWarning[] = body.warnings ?? [];
    if (jobs.length === 0 && !warnings.some((w) => w.description === 'Zero jobs to dump')) {
      warnings = [...warnings, { description: 'Zero jobs to dump', source: '' }];
    }
    return { status: 200, body: { ...body, jobs, warnings } };
  };
}

/** GET job/{id}: another project's job is a 404 like a missing one. */
export function projectJob(p: Principal, jobId: string): (r: BackendReply<JobsResponse>) => Shaped {
  return (r) => {
    const jobs = r.body.jobs;
    if (r.status === 200 && Array.isArray(jobs) && jobs.some((j) => !ownedBy(j, p))) {
      // Built exactly as a missing job's (slurmrestd's array-task warning included): none of the
      // reply's own warnings may say that the job exists.
      return { status: 404, body: unknownJobBody(r.body.meta ?? {}, jobId) };
    }
    // A missing job's 404 is the cluster's, which unknownJobBody writes as slurmrestd does; the
    // view names the caller in both (src/core/jobs/view.ts).
    return r;
  };
}

/** diag with statistics.rpcs_by_user cut to `user`'s entry (the same object when nothing else is listed). */
export function onlyCallersRpcs(body: DiagResponse, user: string): DiagResponse {
  const byUser = body?.statistics?.rpcs_by_user;
  if (!Array.isArray(byUser)) return body;
  const mine = byUser.filter((u) => u.user === user);
  if (mine.length === byUser.length) return body;
  return { ...body, statistics: { ...body.statistics, rpcs_by_user: mine } };
}
