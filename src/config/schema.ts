// The configuration schema: the one place that says what a config file may contain.
// A bad config fails at start with an error naming the field (see load.ts).
import { z } from 'zod';
import { API_VERSIONS, type ApiVersion } from '../contract/model.ts';
import { defaultDeprecations } from '../contract/versions/lifecycle.ts';

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "_", "." and "-" only');

export const localNodeSchema = z.strictObject({
  name,
  cpus: z.number().int().positive(),
  /** Memory in MB, as SLURM's RealMemory. */
  memory: z.number().int().positive(),
  sockets: z.number().int().positive().default(1),
  features: z.array(z.string()).default([]),
});

/** Minutes, or "INFINITE" (SLURM's MaxTime=UNLIMITED). */
const minutesOrInfinite = z.union([z.number().int().positive(), z.literal('INFINITE')]);

export const localPartitionSchema = z.strictObject({
  name,
  nodes: z.array(name).min(1),
  default: z.boolean().default(false),
  maxTime: minutesOrInfinite.default('INFINITE'),
  /** Time limit of jobs that do not ask for one, in minutes. */
  defaultTime: z.number().int().positive().optional(),
  maxNodes: z.number().int().positive().optional(),
  state: z.enum(['UP', 'DOWN', 'DRAIN', 'INACTIVE']).default('UP'),
});

export const localReservationSchema = z.strictObject({
  name,
  nodes: z.array(name).min(1),
  /** ISO 8601 time, or "now+<N>d|h|m" relative to the gateway's start. */
  start: z.string(),
  /** Duration in minutes. */
  duration: z.number().int().positive(),
  users: z.array(z.string()).default([]),
  accounts: z.array(z.string()).default([]),
  flags: z.array(z.string()).default([]),
});

export const localBackendSchema = z.strictObject({
  type: z.literal('local'),
  /** SLURM ClusterName shown in meta.slurm.cluster and job.cluster (defaults to the resource name). */
  cluster: name.optional(),
  nodes: z.array(localNodeSchema).min(1),
  partitions: z.array(localPartitionSchema).min(1),
  reservations: z.array(localReservationSchema).default([]),
  /** slurm.conf Licenses: cluster licenses jobs ask for with `licenses` (name → how many exist). */
  licenses: z.record(name, z.number().int().min(0)).default({}),
  /** Seconds between SIGTERM and SIGKILL when a job is cancelled or hits its time limit (slurm.conf KillWait). */
  killWait: z.number().positive().default(5),
  /** Real seconds in one minute of time_limit. 60 in production; tests shorten it. */
  minuteSeconds: z.number().positive().default(60),
  /** Seconds between scheduling cycles (a submit or job end also triggers one). */
  schedulerInterval: z.number().positive().default(1),
  /**
   * Token user → the OS account that user's jobs run as (a "*" entry maps everyone unlisted; users
   * not listed run as the account of their own name). Used when the gateway runs as root.
   */
  userMap: z.record(z.string(), z.string().min(1)).default({}),
  /** slurm.conf MaxJobCount: jobs held at once (pending, running, and finished ones younger than minJobAge). */
  maxJobCount: z.number().int().positive().default(10_000),
  /** slurm.conf MaxArraySize: array task ids must be below it (0 disables job arrays). */
  maxArraySize: z.number().int().min(0).max(4_000_001).default(1001),
  /** slurm.conf MinJobAge: seconds a finished job stays listed before it leaves memory (its record stays in the database). */
  minJobAge: z.number().int().min(0).default(300),
  /** QOS MaxSubmitJobsPerUser: pending and running jobs one cluster user may have (unset: no cap). */
  maxSubmitJobsPerUser: z.number().int().positive().optional(),
  /** QOS GrpSubmitJobs per account: pending and running jobs one project may have (unset: no cap). */
  maxSubmitJobsPerAccount: z.number().int().positive().optional(),
  /** SchedulerParameters max_script_size: largest batch script in bytes (SLURM's default, 4 MB). */
  maxScriptBytes: z.number().int().positive().default(4 * 1024 * 1024),
  /** Largest job environment in bytes (all "NAME=value" entries together). */
  maxEnvironmentBytes: z.number().int().positive().default(1024 * 1024),
  /** Processes and threads one job may have at once (cgroup pids.max). */
  maxProcessesPerJob: z.number().int().positive().default(4096),
  /** Largest file a job may write, in MB (RLIMIT_FSIZE; over it the job gets SIGXFSZ); unset: no limit. */
  maxFileSizeMB: z.number().int().positive().optional(),
});

/** `http(s)://host:port` (no path, query or credentials), or an absolute unix socket path (`/run/slurmrestd.sock` or `unix:/run/...`). */
const slurmrestdUrl = z
  .string()
  .min(1)
  .refine((u) => {
    if (u.startsWith('/') || u.startsWith('unix:/')) return true;
    try {
      const url = new URL(u);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && (url.pathname === '/' || url.pathname === '') && url.search === '' && url.hash === '';
    } catch {
      return false;
    }
  }, 'expected http://host:port, https://host:port or an absolute unix socket path');

export const slurmrestdAuthSchema = z.discriminatedUnion('mode', [
  /** Mint an HS256 JWT per user from SLURM's jwt key (AuthAltParameters=jwt_key=...); needs read access to the key. */
  z.strictObject({
    mode: z.literal('jwt-key'),
    keyFile: z.string().min(1),
    /** Lifetime of minted tokens; each is reused until 80% of it has passed. */
    lifetimeMinutes: z.number().positive().max(24 * 60).default(5),
  }),
  /**
   * One long-lived token (`scontrol token`) read from a file, re-read when the file changes. With `user`
   * every call is made as that user; without it, as the caller's (mapped) user, which SLURM allows only
   * for a token of SlurmUser or root.
   */
  z.strictObject({
    mode: z.literal('token-file'),
    file: z.string().min(1),
    user: z.string().min(1).optional(),
  }),
]);

export const slurmrestdBackendSchema = z.strictObject({
  type: z.literal('slurmrestd'),
  url: slurmrestdUrl,
  auth: slurmrestdAuthSchema,
  timeouts: z
    .strictObject({
      /** Milliseconds to establish a connection (→ 504 when exceeded). */
      connectMs: z.number().int().positive().default(5000),
      /** Milliseconds for a whole request, queueing included (→ 504 when exceeded). */
      requestMs: z.number().int().positive().default(30000),
    })
    .prefault({}),
  /** Concurrent connections to slurmrestd (slurmrestd serves at most 124 at once). */
  maxConnections: z.number().int().positive().max(124).default(16),
  /** Requests that may wait for a free connection; beyond that the gateway answers 503 with Retry-After. */
  maxQueue: z.number().int().min(0).default(256),
  /** Retry-After seconds sent with a 503 when the queue is full. */
  retryAfterSeconds: z.number().int().positive().default(1),
  /** Token user → cluster user name (users not listed keep their own name; a "*" entry maps everyone unlisted). */
  userMap: z.record(z.string(), z.string().min(1)).default({}),
  /**
   * The cluster has SLURM accounting (slurmdbd) and its slurmrestd serves /slurmdb/v0.0.43
   * (slurmrestd -s ...,slurmdbd): a finished job slurmctld no longer lists is then answered from
   * accounting's record (read as the monitor user), before the gateway's own.
   */
  accounting: z.boolean().default(false),
  /**
   * The API version the gateway speaks to this cluster in, whatever versions its clients use:
   * "auto" (default) asks the cluster's /openapi/v3 and takes the newest version both know.
   */
  apiVersion: z.union([z.literal('auto'), z.enum(API_VERSIONS)]).default('auto'),
});

export const backendSchema = z.discriminatedUnion('type', [localBackendSchema, slurmrestdBackendSchema]);

const ttlMsSchema = z.number().int().min(0);
/** Read-cache TTLs in milliseconds per operation (0 = no caching; identical concurrent reads still merge). */
export const cacheTtlsSchema = z.strictObject({
  ping: ttlMsSchema.default(2000),
  partitions: ttlMsSchema.default(30_000),
  nodes: ttlMsSchema.default(5000),
  reservations: ttlMsSchema.default(30_000),
  diag: ttlMsSchema.default(5000),
  jobs: ttlMsSchema.default(2000),
  job: ttlMsSchema.default(2000),
});

export const cacheSchema = z.strictObject({
  enabled: z.boolean().default(true),
  ttlMs: cacheTtlsSchema.prefault({}),
});

/** Admission control and circuit breaker per backend. */
export const admissionSchema = z.strictObject({
  maxConcurrent: z.number().int().positive().default(32),
  maxQueue: z.number().int().min(0).default(256),
  failureThreshold: z.number().int().positive().default(5),
  cooldownSeconds: z.number().positive().default(10),
});

const bucketSchema = z.strictObject({ ratePerSecond: z.number().positive(), burst: z.number().int().positive() });

/** Per-token rate limits by permission; a permission without an entry is not limited. */
export const rateLimitsSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    'compute-ace': bucketSchema.default({ ratePerSecond: 20, burst: 100 }),
    'compute-ace-readonly': bucketSchema.default({ ratePerSecond: 10, burst: 50 }),
  })
  .prefault({});

/** A planned downtime shown by the status API (ISO 8601 times with a zone, e.g. 2026-04-20T11:40:00Z). */
export const downtimeSchema = z
  .strictObject({
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    description: z.string().default(''),
  })
  .refine((d) => Date.parse(d.end) > Date.parse(d.start), { message: 'end must be after start', path: ['end'] });

export const resourceSchema = z.strictObject({
  description: z.string().default(''),
  /** Planned downtimes: the status API lists upcoming ones and reports UNAVAILABLE during one. */
  downtimes: z.array(downtimeSchema).default([]),
  /**
   * Security enclave shown by the status API (S3M's securityEnclave), and the first segment of the
   * resource's /slurm/{enclave}/{version}/{resource}/... URLs: one path segment that does not look
   * like an API version (a version there would be read as the URL form without an enclave).
   */
  securityEnclave: z
    .string()
    .regex(/^[A-Za-z0-9._~-]+$/, 'a URL path segment: letters, digits, ".", "_", "~" or "-"')
    .refine((e) => !/^v\d+\.\d+\.\d+$/.test(e), 'must not look like an API version')
    .default('open'),
  /**
   * Cluster user the project-wide views are read as: jobs and job/{id} (then filtered to the
   * caller's project), status pings and the job-event watcher. It must see every project's jobs:
   * with PrivateData=jobs, an operator (or SlurmUser). Other reads, submit and cancel are made
   * as the caller's cluster user.
   */
  monitorUser: z.string().min(1).default('root'),
  /** Overrides of the top-level cache TTLs for this resource. */
  cacheTtlMs: cacheTtlsSchema.partial().optional(),
  /** Overrides of the top-level admission settings for this resource. */
  admission: admissionSchema.partial().optional(),
  /**
   * API versions served to clients for this resource, whatever version the cluster is spoken to in:
   * each is rendered from the backend's own version (src/contract/versions/).
   */
  versions: z.array(z.enum(API_VERSIONS)).min(1).default(['v0.0.43']),
  /**
   * A served version past its sunset (SLURM has dropped it, so an upgraded cluster no longer
   * serves it): "serve" keeps answering it, translated from the cluster's version, with the
   * Deprecation and Sunset headers and a warning; "refuse" answers 404, as the cluster's own
   * slurmrestd then does.
   */
  retiredVersions: z.enum(['serve', 'refuse']).default('serve'),
  backend: backendSchema,
});

export const configSchema = z
  .strictObject({
    listen: z
      .strictObject({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
      })
      .prefault({}),
    /**
     * The admin listener: GET /metrics (Prometheus) on its own address, never on the public port
     * (its counters, such as cache hits per operation, tell that someone's job exists). Absent: no
     * metrics are served at all. Port 0 picks a free port (tests).
     */
    admin: z
      .strictObject({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(9464),
      })
      .optional(),
    /** Holds the SQLite database (s3m.db); made 0700, the database 0600. */
    dataDir: z.string().default('./.s3m'),
    /**
     * Where the local backends write batch scripts, one directory per job owned by its account
     * (slurmd's SlurmdSpoolDir). Outside the data directory, which jobs must not reach. Default:
     * /var/spool/s3m/<a name derived from dataDir> as root, <dataDir>/spool otherwise.
     */
    spoolDir: z.string().optional(),
    /** Largest accepted request body in bytes (larger → 413). */
    bodyLimit: z.number().int().positive().default(1024 * 1024),
    /**
     * Milliseconds a client has to send a whole request. REST: the headers and the body, or a 408
     * and the connection is closed. gRPC: a call's request message and its end, or
     * DEADLINE_EXCEEDED. A client that opens calls and never finishes them holds nothing for
     * longer. An event stream, once its request is in, is not limited by it.
     */
    requestTimeoutMs: z.number().int().min(100).default(60_000),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * When each API version is deprecated and when SLURM drops it (the Deprecation and Sunset
     * headers and the warning): SchedMD's lifecycle by default (src/contract/versions/lifecycle.ts);
     * a version given here overrides its dates, for example with the facility's upgrade date.
     */
    deprecatedVersions: z
      .partialRecord(z.enum(API_VERSIONS), z.strictObject({ since: z.iso.date().optional(), sunset: z.iso.date().optional() }))
      .default({})
      .transform((given) => {
        const dates = defaultDeprecations();
        for (const [v, d] of Object.entries(given) as [ApiVersion, { since?: string; sunset?: string }][]) dates[v] = { ...dates[v], ...d };
        return dates;
      }),
    cache: cacheSchema.prefault({}),
    admission: admissionSchema.prefault({}),
    rateLimits: rateLimitsSchema,
    /**
     * Per client address (IPv6: per /64), before any token is looked up: calls whose token fails
     * (none, malformed, unknown, wrong, revoked, expired) use up the address's bucket, and an empty
     * bucket answers 429 with Retry-After without touching the database. Valid tokens never use it
     * up (src/adapters/shared/preauth-limit.ts). REST and gRPC share one budget per address.
     */
    preAuthLimit: z
      .strictObject({
        enabled: z.boolean().default(true),
        /** Failed authentications per second an address gets back. */
        ratePerSecond: z.number().positive().default(2),
        /** Failed authentications an address may make in a burst. */
        burst: z.number().int().positive().default(20),
        /** Addresses remembered at most (least recently seen forgotten first). */
        maxAddresses: z.number().int().positive().default(100_000),
      })
      .prefault({}),
    /** Durable audit log (SQLite table audit_log) of mutating and denied calls. */
    audit: z
      .strictObject({
        /** Rows older than this are deleted (0 = keep forever). */
        retentionDays: z.number().int().min(0).default(365),
        /**
         * Calls refused without a verified caller (401s, the pre-auth limit's 429s) are counted per
         * api, client address and outcome, and a verified token's 429s per api, token and outcome:
         * the first rowsPerWindow of a window get a row each, the rest one row with a count
         * (src/core/audit/audit-flood.ts).
         */
        floods: z
          .strictObject({
            windowSeconds: z.number().int().positive().default(60),
            rowsPerWindow: z.number().int().min(0).default(10),
            maxAddresses: z.number().int().positive().default(10_000),
          })
          .prefault({}),
      })
      .prefault({}),
    /**
     * Finished jobs after slurmctld forgets them (MinJobAge): GET job/{id} answers with the job's
     * final record, and GET jobs keeps listing the project's finished jobs, for windowHours after
     * each ended (src/core/history/).
     */
    history: z
      .strictObject({
        /** Hours a finished job stays visible after it ended; 0 turns history off (a purged job is a 404, as in SLURM). */
        windowHours: z.number().min(0).default(24),
        /** Milliseconds between the recorder's jobs-list polls per resource: keep it well under the clusters' MinJobAge. */
        pollIntervalMs: z.number().int().min(100).default(30_000),
      })
      .prefault({}),
    /** Job-state push (SSE and gRPC WatchJobs): one shared watcher per resource. */
    events: z
      .strictObject({
        /** Milliseconds between the watcher's jobs-list polls (through the read cache). */
        pollIntervalMs: z.number().int().min(50).default(1000),
        /** Events kept per resource for Last-Event-ID resume; older ids get a snapshot first. */
        historySize: z.number().int().min(1).default(1000),
        /** Milliseconds the watcher keeps polling after its last subscriber left (so a reconnect misses nothing). */
        lingerMs: z.number().int().min(0).default(15_000),
        /** Seconds between keep-alive comments on idle SSE streams. */
        heartbeatSeconds: z.number().positive().default(15),
        /** Subscribers per resource at most (more → 503). */
        maxSubscribers: z.number().int().positive().default(10_000),
        /** Event streams one token may hold open at once, SSE and gRPC WatchJobs together (more → 429 / RESOURCE_EXHAUSTED). */
        maxStreamsPerToken: z.number().int().positive().default(20),
      })
      .prefault({}),
    /** HTTP/2 connections (gRPC, on the REST port). */
    http2: z
      .strictObject({
        /**
         * Milliseconds an HTTP/2 connection may stay open with no call in progress: then it gets a
         * GOAWAY and is closed (clients reconnect when they next call). A connection with a call
         * open, such as a WatchJobs stream, is not idle however quiet it is.
         */
        idleTimeoutMs: z.number().int().min(100).default(300_000),
        /**
         * Milliseconds between the server's PINGs on each HTTP/2 connection; one that does not answer
         * within keepaliveTimeoutMs is dropped, with its calls. This is how a client that vanished
         * without closing its connection (network gone, machine off) is found even when no event
         * is written to its WatchJobs stream, so that its stream slot comes back.
         */
        keepaliveMs: z.number().int().min(100).default(60_000),
        keepaliveTimeoutMs: z.number().int().min(100).default(20_000),
      })
      .prefault({}),
    /**
     * Where the gateway keeps its state (tokens, Idempotency-Keys, audit, job history): SQLite in
     * the data dir (the default, nothing to set up), or one PostgreSQL shared by several replicas.
     * S3M_DATABASE_URL, when set, wins (src/store/kysely/open-store.ts).
     */
    store: z
      .discriminatedUnion('type', [
        z.strictObject({ type: z.literal('sqlite') }),
        z.strictObject({
          type: z.literal('postgres'),
          url: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL'),
          /** Connections this replica opens at most (besides one per lock it holds). */
          maxConnections: z.number().int().positive().max(100).default(10),
        }),
      ])
      .default({ type: 'sqlite' }),
    /** Status API (GET /olcf/v1alpha/status). */
    status: z
      .strictObject({
        /** Milliseconds a resource's status is reused, so that the status page cannot hammer backends. */
        cacheMs: z.number().int().min(0).default(3000),
        /** A ping slower than this (ms) fails: UNAVAILABLE. */
        pingTimeoutMs: z.number().int().positive().default(3000),
        /** A ping slower than this (ms) makes the resource DEGRADED. */
        slowPingMs: z.number().int().positive().default(1500),
        organization: z.string().default('olcf'),
      })
      .prefault({}),
    resources: z.record(name, resourceSchema).refine((r) => Object.keys(r).length > 0, 'at least one resource is required'),
  })
  .superRefine((cfg, ctx) => {
    for (const [resource, r] of Object.entries(cfg.resources)) {
      if (r.backend.type !== 'local') continue;
      const nodeNames = new Set<string>();
      r.backend.nodes.forEach((n, i) => {
        if (nodeNames.has(n.name)) ctx.addIssue({ code: 'custom', path: ['resources', resource, 'backend', 'nodes', i, 'name'], message: `duplicate node "${n.name}"` });
        nodeNames.add(n.name);
      });
      const check = (kind: 'partitions' | 'reservations') =>
        r.backend.type === 'local' &&
        r.backend[kind].forEach((p, i) =>
          p.nodes.forEach((n, j) => {
            if (!nodeNames.has(n)) ctx.addIssue({ code: 'custom', path: ['resources', resource, 'backend', kind, i, 'nodes', j], message: `unknown node "${n}"` });
          }),
        );
      check('partitions');
      check('reservations');
      const defaults = r.backend.partitions.filter((p) => p.default);
      if (defaults.length > 1) ctx.addIssue({ code: 'custom', path: ['resources', resource, 'backend', 'partitions'], message: 'at most one partition may be the default' });
    }
  });

export type Config = z.infer<typeof configSchema>;
export type DeprecatedVersions = z.infer<typeof configSchema>['deprecatedVersions'];
export type CacheTtlsConfig = z.infer<typeof cacheTtlsSchema>;
export type AdmissionConfig = z.infer<typeof admissionSchema>;
export type ResourceConfig = z.infer<typeof resourceSchema>;
export type DowntimeConfig = z.infer<typeof downtimeSchema>;
export type LocalBackendConfig = z.infer<typeof localBackendSchema>;
export type LocalNodeConfig = z.infer<typeof localNodeSchema>;
export type LocalPartitionConfig = z.infer<typeof localPartitionSchema>;
export type LocalReservationConfig = z.infer<typeof localReservationSchema>;
export type SlurmrestdBackendConfig = z.infer<typeof slurmrestdBackendSchema>;
export type SlurmrestdAuthConfig = z.infer<typeof slurmrestdAuthSchema>;
