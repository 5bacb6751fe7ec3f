// The configuration schema: the one place that says what a config file may contain.
// A bad config fails at start with an error naming the field (see load.ts).
import { z } from 'zod';

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
  /** Seconds between SIGTERM and SIGKILL when a job is cancelled or hits its time limit (slurm.conf KillWait). */
  killWait: z.number().positive().default(5),
  /** Real seconds in one minute of time_limit. 60 in production; tests shorten it. */
  minuteSeconds: z.number().positive().default(60),
  /** Seconds between scheduling cycles (a submit or job end also triggers one). */
  schedulerInterval: z.number().positive().default(1),
});

export const slurmrestdBackendSchema = z.strictObject({
  type: z.literal('slurmrestd'),
  url: z.string().min(1),
});

export const backendSchema = z.discriminatedUnion('type', [localBackendSchema, slurmrestdBackendSchema]);

export const resourceSchema = z.strictObject({
  description: z.string().default(''),
  /** API versions served for this resource. */
  // v0.0.42 rendering arrives with the slurmrestd backend work; until then only v0.0.43 is accepted.
  versions: z.array(z.enum(['v0.0.43'])).min(1).default(['v0.0.43']),
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
    /** Holds the SQLite database (s3m.db) and the local backends' job spool. */
    dataDir: z.string().default('./.s3m'),
    /** Largest accepted request body in bytes (larger → 413). */
    bodyLimit: z.number().int().positive().default(1024 * 1024),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
export type ResourceConfig = z.infer<typeof resourceSchema>;
export type LocalBackendConfig = z.infer<typeof localBackendSchema>;
export type LocalNodeConfig = z.infer<typeof localNodeSchema>;
export type LocalPartitionConfig = z.infer<typeof localPartitionSchema>;
export type LocalReservationConfig = z.infer<typeof localReservationSchema>;
