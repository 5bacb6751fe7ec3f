// The slurmrestd backend: forwards each call to a real cluster's slurmrestd, in the one API version
// the gateway speaks to that cluster (configured, or discovered: cluster-version.ts), as the
// caller's cluster user and returns slurmrestd's status and body unchanged, tagged with that
// version (the core renders it for each client's version). The project-wide
// views (jobs, job/{id}) are read as the resource's monitor user instead: the core shows a
// project's members the project's jobs, which with PrivateData=jobs a member cannot read himself,
// and a view read with one user's rights must not be shared with another (see readsAs). Faults become
// GatewayErrors: unreachable → 502, timeout → 504, garbage → 502, rejected credentials → 502,
// queue full → 503 (see http-client.ts and replies.ts).
import type { BackendContext, BackendReply, CancelOptions, SlurmBackend } from '../backend.ts';
import { clusterUser } from '../user-map.ts';
import type { SlurmrestdBackendConfig } from '../../config/schema.ts';
import { jobInfoFromAccounting, type AccountingJob } from '../../contract/accounting-job.ts';
import { signalName } from '../../contract/signals.ts';
import type {
  DiagResponse,
  JobInfo,
  JobsResponse,
  JobSubmitRequest,
  JobSubmitResponse,
  KillJobResponse,
  Meta,
  NodesResponse,
  PartitionsResponse,
  PingResponse,
  ReservationsResponse,
} from '../../contract/model.ts';
import { createCredentials, ExposedSecretError, type SlurmCredentials } from './credentials.ts';
import { parseTarget, RestClient, type RestRequest } from './http-client.ts';
import { silentLog, type Log } from './log.ts';
import { interpretReply } from './replies.ts';
import { clusterVersionOf } from './cluster-version.ts';
import type { ApiVersion } from '../../contract/model.ts';

export { parseTarget } from './http-client.ts';
export type { Log } from './log.ts';


export interface SlurmrestdBackendOptions {
  resource: string;
  config: SlurmrestdBackendConfig;
  /** The cluster user project-wide views are read as (the resource's monitorUser). */
  monitorUser: string;
  logger?: Log;
}

export interface SlurmrestdBackend extends SlurmBackend {
  readonly kind: 'slurmrestd';
  /** Requests in flight or queued (for metrics and tests). */
  readonly load: number;
}

export function createSlurmrestdBackend(opts: SlurmrestdBackendOptions): SlurmrestdBackend {
  const { resource, config } = opts;
  const log = opts.logger ?? silentLog;
  const target = parseTarget(config.url);
  const credentials: SlurmCredentials = createCredentials(config.auth);
  const client = new RestClient({
    resource,
    target,
    connectMs: config.timeouts.connectMs,
    requestMs: config.timeouts.requestMs,
    maxConnections: config.maxConnections,
    maxQueue: config.maxQueue,
    retryAfterSeconds: config.retryAfterSeconds,
    log,
  });
  let lastMeta: Meta | undefined;

  // A token file's fixed user makes every call; otherwise the caller's mapped user does.
  const fixedUser = config.auth.mode === 'token-file' && config.auth.user ? config.auth.user : undefined;
  const clusterUserOf = (ctx: BackendContext): string => fixedUser ?? clusterUser(config.userMap, ctx.user);
  const monitor = fixedUser ?? opts.monitorUser;
  const projectWide = (op: string) => op === 'jobs' || op === 'job';

  const clusterVersion = clusterVersionOf(resource, config.apiVersion, async () =>
    client.request({ method: 'GET', path: '/openapi/v3', headers: await credentials.headers(monitor) }),
  );

  async function call<T>(ctx: BackendContext, method: RestRequest['method'], path: string, body?: unknown, user = clusterUserOf(ctx), api: 'slurm' | 'slurmdb' = 'slurm'): Promise<BackendReply<T>> {
    const version: ApiVersion = await clusterVersion(ctx.version);
    const base = `/${api}/${version}`;
    const headers = await credentials.headers(user);
    const raw = await client.request({ method, path: base + path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const what = `${method} ${base}${path.split('?')[0]}`;
    const reply = interpretReply<T>(raw, { resource, what, user, version, clientSource: ctx.clientSource, lastMeta }, () => {
      credentials.invalidate();
      log.error({ resource, user, status: raw.status, request: what }, 'slurmrestd rejected the gateway credentials');
    });
    const meta = (reply.body as { meta?: Meta }).meta;
    if (meta && typeof meta === 'object' && meta.slurm) lastMeta = meta;
    if (reply.status >= 500) log.warn({ resource, status: reply.status, request: what }, 'slurmrestd answered with a server error');
    return { ...reply, version };
  }

  const jobPath = (jobId: string) => `/job/${encodeURIComponent(jobId)}`;

  /** slurmdbd's record of a job (GET /slurmdb/<version>/job/{id}, as the monitor user), as v0.0.43 job_info. */
  async function accountingJob(ctx: BackendContext, jobId: number): Promise<JobInfo | undefined> {
    try {
      const reply = await call<{ jobs?: AccountingJob[] }>(ctx, 'GET', `/job/${jobId}`, undefined, monitor, 'slurmdb');
      const job = reply.status === 200 ? reply.body.jobs?.find((j) => j.job_id === jobId) : undefined;
      return job && jobInfoFromAccounting(job);
    } catch (err) {
      log.warn({ resource, jobId, err: (err as Error).message }, 'slurmdbd job record unavailable; answering from the gateway\'s own');
      return undefined;
    }
  }

  return {
    kind: 'slurmrestd',
    // The cluster counts a call under the user it was made as: a token file's fixed user, else the caller's mapped user.
    callerName: clusterUserOf,
    clusterVersion,
    readsAs: (op, ctx) => (projectWide(op) ? monitor : clusterUserOf(ctx)),
    get load() {
      return client.load;
    },
    ping: (ctx) => call<PingResponse>(ctx, 'GET', '/ping'),
    partitions: (ctx) => call<PartitionsResponse>(ctx, 'GET', '/partitions'),
    nodes: (ctx) => call<NodesResponse>(ctx, 'GET', '/nodes'),
    reservations: (ctx) => call<ReservationsResponse>(ctx, 'GET', '/reservations'),
    diag: (ctx) => call<DiagResponse>(ctx, 'GET', '/diag'),
    jobs: (ctx) => call<JobsResponse>(ctx, 'GET', '/jobs', undefined, monitor),
    job: (ctx, jobId) => call<JobsResponse>(ctx, 'GET', jobPath(jobId), undefined, monitor),
    ...(config.accounting ? { accountingJob } : {}),
    submit: (ctx, request: JobSubmitRequest) => call<JobSubmitResponse>(ctx, 'POST', '/job/submit', request),
    cancel(ctx, jobId, options: CancelOptions) {
      const q = new URLSearchParams();
      if (options.signalGiven) {
        const name = signalName(options.signal);
        q.set('signal', /^\d+$/.test(name) ? name : `SIG${name}`);
      }
      if (options.flags) q.set('flags', options.flags);
      const qs = q.toString();
      return call<KillJobResponse>(ctx, 'DELETE', jobPath(jobId) + (qs ? `?${qs}` : ''));
    },
    async start() {
      try {
        await credentials.check();
      } catch (err) {
        // A key file others can read is fatal: the gateway does not start on it.
        if (err instanceof ExposedSecretError) throw new Error(`resource ${resource}: ${err.message}`);
        // Not fatal: the gateway serves its other resources and this one recovers once the file is readable.
        log.error({ resource }, (err as Error).message);
      }
    },
    close: () => client.close(),
  };
}
