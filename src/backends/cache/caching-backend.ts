// The read cache in front of a backend: single-flight + short TTL per operation, shared by all
// tokens (the service filters per project afterwards, so a filtered view is never cached), with
// job views invalidated by every submit and cancel, and read-your-writes for jobs submitted here.
import type { BackendContext, BackendReply, SlurmBackend } from '../backend.ts';
import { sameAccount } from '../../contract/accounts.ts';
import { OPERATIONS, type OperationName, type ReadOperationName } from '../../contract/operations.ts';
import { decorate } from '../decorate.ts';
import type { JobInfo, JobsResponse, JobSubmitRequest, JobSubmitResponse } from '../../contract/model.ts';
import { ReadCache } from './read-cache.ts';
import { RecentSubmissions } from './recent-submissions.ts';

/** TTL per read operation in milliseconds (0 = no caching, still single-flight). */
export type CacheTtls = Record<ReadOperationName, number>;

export const DEFAULT_TTLS: CacheTtls = { ping: 2000, partitions: 30_000, nodes: 5000, reservations: 30_000, diag: 5000, jobs: 2000, job: 2000 };

export interface CacheEvents {
  /** kind: miss (a backend call was made), hit, coalesced. */
  onRead?(op: OperationName, kind: 'miss' | 'hit' | 'coalesced'): void;
}

export interface CachingOptions {
  ttls: CacheTtls;
  events?: CacheEvents;
  now?: () => number;
}

/** Whether the reply shows a job of `project` (only such replies are served to it from memory). */
const ownJob = (r: BackendReply<JobsResponse>, project: string): boolean => (r.body.jobs ?? []).some((j) => sameAccount(j.account, project));

/** Cache keys are "<operation or job/<id>>@<whose rights>#<version asked in>". */
const isJobView = (key: string) => key.startsWith('jobs@') || key.startsWith('job/');
const isJobList = (key: string) => key.startsWith('jobs@');

/** A job's state as a list shows it, by job id, per list body (built once per cached list). */
const statesOfList = new WeakMap<object, Map<number, string>>();
function stateInList(list: JobsResponse, jobId: number): string | undefined {
  let states = statesOfList.get(list);
  if (!states) statesOfList.set(list, (states = new Map((list.jobs ?? []).map((j) => [j.job_id ?? -1, JSON.stringify(j.job_state)]))));
  return states.get(jobId);
}

export function withReadCache(inner: SlurmBackend, opts: CachingOptions): SlurmBackend {
  const now = opts.now ?? Date.now;
  const cache = new ReadCache<BackendReply<unknown>>(now);
  const recent = new RecentSubmissions(now);
  const sweeper = setInterval(() => cache.sweep(), 30_000);
  sweeper.unref();

  return decorate(
    inner,
    async (op, ctx, args, call) => {
      if (!OPERATIONS[op].reads) {
        const reply = (await call()) as BackendReply<unknown>;
        // Any submit or cancel, by any token, changes what job views show.
        cache.invalidate(isJobView);
        if (op === 'submit' && reply.status === 200) recent.add(ctx, args[0] as JobSubmitRequest, reply as BackendReply<JobSubmitResponse>);
        return reply;
      }
      const ttlOp = op as keyof CacheTtls;
      // A reply is shared only among callers whose reads are made with the same rights: with
      // PrivateData=jobs one user's view of the cluster is not another's.
      // Nor is a reply shared across the versions a cluster is asked in (apiVersion auto asks in
      // the caller's): each caller gets the answer it would get with the cache off.
      const asked = (await inner.clusterVersion?.(ctx.version)) ?? '';
      const key = `${op === 'job' ? `job/${String(args[0])}` : op}@${inner.readsAs?.(op as ReadOperationName, ctx) ?? ''}#${asked}`;
      const ttl = opts.ttls[ttlOp];
      // Only 200s are shared; an error (or a 404 for a job about to appear) is asked again.
      let out = await cache.get(key, ttl, call as () => Promise<BackendReply<unknown>>, (r) => r.status === 200);
      // A missing job always costs a backend call; so does another project's job, or a quick
      // answer would tell that the job exists (and that its project read it lately).
      if (op === 'job' && out.kind === 'hit' && !ownJob(out.value as BackendReply<JobsResponse>, ctx.project)) {
        out = { value: (await call()) as BackendReply<unknown>, kind: 'miss', loadedAt: now() };
      }
      // A job read afresh that a cached list shows in another state makes those lists stale: a
      // caller who just saw job/{id} COMPLETED must not then see it RUNNING in GET jobs.
      if (op === 'job' && out.kind !== 'hit' && (out.value as BackendReply<JobsResponse>).status === 200) {
        const seen = ((out.value as BackendReply<JobsResponse>).body.jobs ?? []).map((j) => ({ id: j.job_id ?? -1, state: JSON.stringify(j.job_state) }));
        const disagrees = (list: BackendReply<JobsResponse>) =>
          seen.some(({ id, state }) => {
            const listed = stateInList(list.body, id);
            return listed !== undefined && listed !== state;
          });
        if ([...cache.fresh(isJobList)].some((list) => disagrees(list as BackendReply<JobsResponse>))) cache.invalidate(isJobList);
      }
      opts.events?.onRead?.(op, out.kind);
      // The shared body is returned as is (the service renders each caller's view of it).
      let reply: BackendReply<unknown> = out.value;
      if (op === 'job') reply = recent.patchJob(String(args[0]), reply as BackendReply<JobsResponse>);
      if (op === 'jobs') reply = recent.patchJobs(reply as BackendReply<JobsResponse>);
      return { ...reply, cache: { kind: out.kind, ageSeconds: Math.max(0, Math.floor((now() - out.loadedAt) / 1000)), maxAgeSeconds: Math.floor(ttl / 1000) } };
    },
    { close: async () => clearInterval(sweeper) },
  );
}

export type { JobInfo };
