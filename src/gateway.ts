// Assembly: config → store → backends → service → HTTP and gRPC servers on one port. Used by
// `s3m serve` and by tests that start a real gateway in-process.
import type { Server as GrpcServer } from '@grpc/grpc-js';
import type { FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { boundLogObject } from './core/text-bounds.ts';
import { PreAuthLimiter } from './adapters/shared/preauth-limit.ts';
import { TokenService, tokenFromAuthorizationHeader } from './auth/tokens.ts';
import type { SlurmBackend } from './backends/backend.ts';
import { createLocalBackend } from './backends/local/index.ts';
import { createSlurmrestdBackend } from './backends/slurmrestd/index.ts';
import { dataPaths, type LoadedConfig } from './config/load.ts';
import type { Config, ResourceConfig } from './config/schema.ts';
import type { Resource } from './core/service.ts';
import { ComputeService } from './core/service.ts';
import { AuditLog } from './core/audit/audit.ts';
import { AuditFloodGate } from './core/audit/audit-flood.ts';
import { JobEventHub } from './core/events/events.ts';
import { readiness, StatusMonitor } from './core/status/status.ts';
import { createGrpcServer } from './adapters/grpc/server.ts';
import { buildApp, LOG_REDACT } from './adapters/rest/app.ts';
import { buildAdminApp } from './adapters/rest/admin.ts';
import { routeConnections } from './adapters/protocol-router.ts';
import { openGatewayStore } from './store/gateway-store.ts';
import type { Store } from './store/kysely/open-store.ts';
import { openHostDatabase, type Db } from './store/database.ts';
import { PostgresReplicas } from './store/replicas.ts';
import { runOnOneReplica } from './backends/owned-elsewhere.ts';
import { highestJobId } from './store/highest-job-id.ts';
import { CompiledQuery } from 'kysely';
import { Admission, withAdmission } from './backends/cache/admission.ts';
import { withReadCache } from './backends/cache/caching-backend.ts';
import { JobHistory } from './core/history/job-history.ts';
import { HistoryRecorder } from './core/history/recorder.ts';
import { HistoryReplies } from './core/jobs/history-replies.ts';
import { withBackendMetrics } from './backends/metered.ts';
import { IdempotencyStore } from './core/limits/idempotency.ts';
import { TokenBuckets } from './core/limits/rate-limit.ts';
import { Metrics } from './metrics/metrics.ts';
import { StreamSlots } from './adapters/shared/stream-slots.ts';

export interface Address {
  host: string;
  port: number;
}

export interface Gateway {
  app: FastifyInstance;
  /** The admin listener (GET /metrics), when the config has `admin`. */
  admin?: FastifyInstance;
  grpc: GrpcServer;
  service: ComputeService;
  tokens: TokenService;
  audit: AuditLog;
  events: JobEventHub;
  status: StatusMonitor;
  metrics: Metrics;
  /** The shared state (tokens, keys, audit, history): SQLite in the data dir or PostgreSQL. */
  store: Store;
  logger: Logger;
  /** Start listening; resolves to the bound public address, and the admin listener's when there is one. */
  listen(): Promise<Address & { admin?: Address }>;
  /** Where the admin listener (GET /metrics) is bound, once listening; undefined without `admin` in the config. */
  adminAddress(): Address | undefined;
  close(): Promise<void>;
}

/** How long a close waits for in-flight calls before it cuts the remaining connections. */
const CLOSE_GRACE_MS = 5_000;

/** How long a log line may wait in the buffer before it is written (see stdoutDestination). */
const LOG_FLUSH_MS = 100;
let stdout: ReturnType<typeof pino.destination> | undefined;

/**
 * Standard output, written in batches: a line per request written on its own was one write(2) per
 * request, about 7% of the gateway's CPU on a cache-miss read. Lines wait until 4 KiB have gathered
 * or LOG_FLUSH_MS has passed, and whatever is left is written synchronously when the process
 * exits. What a crash loses is at most LOG_FLUSH_MS of log lines; the audit log, which must lose
 * nothing, is the database, not these lines. One destination for every gateway in the process.
 */
function stdoutDestination(): ReturnType<typeof pino.destination> {
  if (stdout) return stdout;
  const dest = pino.destination({ dest: 1, minLength: 4096, sync: false });
  setInterval(() => dest.flush(), LOG_FLUSH_MS).unref();
  process.once('exit', () => {
    try {
      dest.flushSync();
    } catch {
      // Not open yet, or already closed: nothing is waiting.
    }
  });
  return (stdout = dest);
}

export function createLogger(level: Config['logLevel']): Logger {
  // Every string of a line is bounded (a safety net: the edge bounds what it logs in the first place).
  return pino({ level, redact: { paths: LOG_REDACT, censor: '[redacted]' }, formatters: { log: (obj) => boundLogObject(obj) } }, stdoutDestination());
}

/**
 * A resource's backend with its guards, outermost first: read cache (single-flight + TTL,
 * read-your-writes) → admission control and breaker → metrics → the backend. Cache hits never
 * take an admission slot; metrics count only the calls that reach the backend.
 */
function guardedBackend(name: string, r: ResourceConfig, config: Config, inner: SlurmBackend, metrics: Metrics, admissions: Map<string, Admission>): SlurmBackend {
  const admission = new Admission({
    resource: name,
    ...config.admission,
    ...r.admission,
    cooldownMs: (r.admission?.cooldownSeconds ?? config.admission.cooldownSeconds) * 1000,
    events: {
      onReject: (reason) => metrics.admissionRejections.inc({ resource: name, reason }),
      onBreaker: (state) => metrics.breakerState.set({ resource: name }, state === 'open' ? 1 : 0),
    },
  });
  admissions.set(name, admission);
  const guarded = withAdmission(withBackendMetrics(inner, name, metrics), admission);
  if (!config.cache.enabled) return guarded;
  const counters = { miss: metrics.cacheMisses, hit: metrics.cacheHits, coalesced: metrics.cacheCoalesced };
  return withReadCache(guarded, {
    ttls: { ...config.cache.ttlMs, ...r.cacheTtlMs },
    events: { onRead: (operation, kind) => counters[kind].inc({ resource: name, operation }) },
  });
}

function createBackend(name: string, r: ResourceConfig, db: Db | undefined, paths: ReturnType<typeof dataPaths>, logger: Logger): SlurmBackend {
  switch (r.backend.type) {
    case 'local':
      if (!db) throw new Error('a local resource needs the host database');
      return createLocalBackend({
        resource: name,
        config: r.backend,
        db,
        spoolDir: join(paths.spool, name),
        cgroupScope: `s3m_${paths.instance}/${name}`,
        logger: logger.child({ resource: name }),
      });
    case 'slurmrestd':
      return createSlurmrestdBackend({ resource: name, config: r.backend, monitorUser: r.monitorUser, logger: logger.child({ resource: name }) });
  }
}

export async function createGateway(config: LoadedConfig | Config, opts: { logger?: Logger } = {}): Promise<Gateway> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const paths = dataPaths(config.dataDir, config.spoolDir);
  // Jobs enter their own directories below it; only the gateway may create them.
  mkdirSync(paths.spool, { recursive: true, mode: 0o755 });
  const store = await openGatewayStore(config);
  // The local backends' jobs are this host's processes: their records stay in this host's SQLite
  // file, as slurmctld keeps its state in its own StateSaveLocation, whatever the shared store is.
  const hasLocal = Object.values(config.resources).some((r) => r.backend.type === 'local');
  const ownHostDb = hasLocal && !store.sqlite ? await openHostDatabase(paths.database) : undefined;
  const hostDb = store.sqlite ?? ownHostDb;
  const tokens = new TokenService(store);
  // Replicas on one PostgreSQL share roles and messages (src/store/replicas.ts); on SQLite the gateway is alone.
  const replicas = store.url
    ? new PostgresReplicas(store.url, (text, params) => store.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, params)), { logger: logger.child({ component: 'replicas' }) })
    : undefined;
  const metrics = new Metrics();
  const admissions = new Map<string, Admission>();
  const oneReplica = (name: string, b: SlurmBackend) =>
    replicas && b.kind === 'local' ? runOnOneReplica(b, name, replicas, { highestJobId: () => highestJobId(store.db, store.dialect, name), logger: logger.child({ resource: name }) }) : b;
  const resources: Resource[] = Object.entries(config.resources).map(([name, r]) => ({
    name,
    config: r,
    backend: guardedBackend(name, r, config, oneReplica(name, createBackend(name, r, hostDb, paths, logger)), metrics, admissions),
  }));
  // Roles are tried for once before anything starts: the first replica up runs the local resources.
  await replicas?.start();
  for (const r of resources) await r.backend.start();
  const { enabled: limitsOn, ...buckets } = config.rateLimits;
  const limiter = limitsOn ? new TokenBuckets(buckets) : undefined;
  const idempotency = new IdempotencyStore(store);
  // Operations (src/core/audit, events, status): audit log, job-state push, status API and readiness.
  const audit = new AuditLog(store, logger.child({ component: 'audit' }));
  const floods = new AuditFloodGate(audit, config.audit.floods);
  const watched = resources.map((r) => ({
    name: r.name,
    backend: r.backend,
    monitorUser: r.config.monitorUser,
    description: r.config.description,
    securityEnclave: r.config.securityEnclave,
    downtimes: r.config.downtimes,
    breaker: () => admissions.get(r.name)?.breakerState() ?? 'closed',
  }));
  const events = new JobEventHub(watched, { ...config.events, registry: metrics.registry, logger: logger.child({ component: 'events' }), ...(replicas ? { replicas } : {}) });
  const status = new StatusMonitor(watched, config.status);
  // The event roles too are tried for before the gateway listens: the first replica up leads.
  await replicas?.settle();
  let closing = false;
  // One count of open event streams per token for both doors (SSE and gRPC WatchJobs).
  const streamSlots = new StreamSlots(config.events.maxStreamsPerToken);
  // Finished jobs' final records, kept after slurmctld forgets them.
  const history = config.history.windowHours > 0 ? new JobHistory(store, { windowSeconds: Math.round(config.history.windowHours * 3600), ...(store.dialect === 'postgres' ? { sharedRefreshMs: 1000 } : {}) }) : undefined;
  const recorder =
    history &&
    new HistoryRecorder(watched, history, {
      intervalMs: config.history.pollIntervalMs,
      logger: logger.child({ component: 'history' }),
      ...(replicas ? { leads: (resource: string) => events.leads(resource) } : {}),
    });
  recorder?.start();
  // A backend that ends jobs itself (local) tells each final state at once: none is missed however short MinJobAge is.
  for (const r of resources) if (history) r.backend.onJobSettled?.((job) => void history.observe(r.name, [job]).catch((err: unknown) => logger.error({ err, resource: r.name }, 'job history write failed')));
  const historyReplies = history && new HistoryReplies(history, config.history.windowHours);
  const service = new ComputeService(resources, tokens, { limiter, idempotency, metrics, deprecated: config.deprecatedVersions, audit, floods, events, history: historyReplies });
  // Failed authentications per client address, before any token lookup; one budget for REST and gRPC.
  const preAuth = new PreAuthLimiter(config.preAuthLimit, {
    knownValid: (authorization) => tokens.knownValid(tokenFromAuthorizationHeader(authorization)),
    onRefused: (call, err, what) => {
      metrics.rateLimited.inc({ permission: 'pre-auth' });
      service.auditRefusedBeforeAuth(call, err, what);
    },
  });
  const app = buildApp({
    service,
    tokens,
    preAuth,
    bodyLimit: config.bodyLimit,
    requestTimeoutMs: config.requestTimeoutMs,
    logger,
    metrics,
    deprecated: config.deprecatedVersions,
    ops: { status, readiness: () => readiness(store.db, watched, closing), heartbeatSeconds: config.events.heartbeatSeconds, streamSlots },
  });
  // Old buckets, expired Idempotency-Key records and audit entries past retention are dropped now and then.
  const sweeper = setInterval(() => {
    limiter?.sweep();
    preAuth.sweep();
    // Each replica sweeps: the deletes are idempotent, and a failed one is retried a minute later.
    const sweepFailed = (err: unknown) => logger.warn({ err }, 'store sweep failed');
    idempotency.sweep().catch(sweepFailed);
    audit.sweep(config.audit.retentionDays).catch(sweepFailed);
    history?.sweep().catch(sweepFailed);
  }, 60_000);
  sweeper.unref();
  // /metrics is anonymous and shows every project's activity: it is served on the admin address only.
  const admin = config.admin ? buildAdminApp({ metrics, logger: logger.child({ component: 'admin' }) }) : undefined;
  let adminBound: Address | undefined;
  const grpc = createGrpcServer({ service, logger, maxRequestBytes: config.bodyLimit, requestTimeoutMs: config.requestTimeoutMs, preAuth, streamSlots, idleTimeoutMs: config.http2.idleTimeoutMs, keepaliveMs: config.http2.keepaliveMs, keepaliveTimeoutMs: config.http2.keepaliveTimeoutMs });
  // gRPC (HTTP/2 prior knowledge) and REST share the listening port: see protocol-router.ts.
  const router = routeConnections(app.server, grpc);

  let closed = false;
  return {
    app,
    admin,
    grpc,
    service,
    tokens,
    audit,
    events,
    status,
    metrics,
    store,
    logger,
    async listen() {
      await app.listen({ host: config.listen.host, port: config.listen.port });
      const pub = boundAddress(app);
      if (admin && config.admin) {
        await admin.listen({ host: config.admin.host, port: config.admin.port });
        adminBound = boundAddress(admin);
      }
      return { ...pub, ...(adminBound ? { admin: adminBound } : {}) };
    },
    adminAddress: () => adminBound,
    async close() {
      if (closed) return;
      closed = true;
      closing = true;
      clearInterval(sweeper);
      // Event streams end first: open SSE responses and WatchJobs calls would hold the close up.
      events.close();
      recorder?.stop();
      // Both at once: the HTTP server's close waits for every connection of the port, gRPC ones included.
      await Promise.all([router.shutdown(CLOSE_GRACE_MS), app.close(), admin?.close()]);
      await service.close();
      await floods.close(); // the counts of refused calls not yet written
      await audit.drain();
      await replicas?.close();
      ownHostDb?.close();
      await store.close();
    },
  };
}

function boundAddress(server: FastifyInstance): Address {
  const addr = server.server.address();
  if (addr === null || typeof addr === 'string') throw new Error('unexpected server address');
  return { host: addr.address, port: addr.port };
}
