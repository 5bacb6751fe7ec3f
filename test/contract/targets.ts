// The backends the contract suite runs against, each behind a real gateway (`bin/s3m serve`, from
// test/e2e/harness.ts) with a project token made by the real CLI:
//   local: the embedded backend, configured like the real cluster of scripts/real-slurm.sh
//          (cluster gwtest, node feature gwfeat, licenses gwlic:2, partitions batch-cpu default MaxTime INFINITE DefaultTime 60 and debug
//          MaxTime 60 DefaultTime 10, reservation gw-maint a day ahead, KillWait 5, real minutes);
//   real:  a `slurmrestd` resource pointing at that cluster's slurmrestd with jwt-key auth.
//
// Token and project: the token user is `alice` (a Unix user of the real cluster; the gateway mints
// her JWTs from the key file). The real cluster is real-slurm.ts's "plain" instance, WITHOUT
// accounting (S3M_SLURM_ACCOUNTING=off), as the local backend emulates it: a job carries the
// account it was submitted with, and "" when none is given (checked on the cluster). With slurmdbd,
// SLURM adds qos "normal", association ids, its own flags and meta.plugin.accounting_storage, and
// checks associations: test/contract/identities.test.ts runs against the "accounting" instance.
// The gateway fills a missing account with the token's project and refuses any other, and
// lists/shows only jobs whose account equals the project, so project = "proj-a" (alice's Unix
// group, the same account the slurmrestd backend's own test uses) makes every job the suite
// submits visible to its token.
import { hostname } from 'node:os';
import { configSchema } from '../../src/config/schema.ts';
import { JOB_USER, startGateway, type TestGateway } from '../e2e/harness.ts';
import { ensureRealSlurm, type RealSlurm } from './real-slurm.ts';

export const RESOURCE = 'contract';
export const PROJECT = 'proj-a';
export const USER = 'alice';

/** Whether the gateway's config schema accepts `extra` on top of a minimal config (features land while this suite exists). */
export function configAccepts(extra: Record<string, unknown>, resourceExtra: Record<string, unknown> = {}): boolean {
  const minimal = {
    resources: { x: { ...resourceExtra, backend: { type: 'local', nodes: [{ name: 'n', cpus: 1, memory: 1 }], partitions: [{ name: 'p', nodes: ['n'] }] } } },
    ...extra,
  };
  return configSchema.safeParse(minimal).success;
}

/**
 * API versions the contract runs, each through the gateway's own path for it. TODO(v0.0.42) hook:
 * a version joins once the config schema accepts it for a resource (v0.0.42 does since commit
 * 4baa0d3), and its tests skip, saying so, while the gateway answers 404 for it on the resource.
 */
export const VERSIONS: string[] = ['v0.0.43', ...(configAccepts({}, { versions: ['v0.0.43', 'v0.0.42'] }) ? ['v0.0.42'] : [])];

/** Top-level config keys the suite sets when this gateway knows them. */
function optionalSettings(): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  // The suite polls job states hard with one token; rate limiting is not what it tests.
  const noLimits = { rateLimits: { enabled: false } };
  if (configAccepts(noLimits)) Object.assign(extra, noLimits);
  // The real cluster is shared with other test files, whose finished jobs slurmctld purges while
  // this suite runs: with job history the real side's lists would carry their final records and
  // a warning the local side has no cause for. History is tested in test/e2e/history.test.ts and
  // test/contract/identities.test.ts.
  const noHistory = { history: { windowHours: 0 } };
  if (configAccepts(noHistory)) Object.assign(extra, noHistory);
  return extra;
}

export interface Target {
  name: 'local' | 'real';
  /** false, or why this target cannot run here. */
  skip: string | false;
  gw: TestGateway;
  /** curl header file with the project token. */
  header: string;
  /** The account jobs run as: alice on the real cluster; locally what the token user maps to. */
  jobUser: string;
  /** A path a job wrote (as the job sees it) as this machine sees it. */
  hostPath(path: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function gatewayConfig(backend: Record<string, unknown>): string {
  return JSON.stringify({
    listen: { host: '127.0.0.1', port: 0 },
    logLevel: 'info',
    ...optionalSettings(),
    resources: { [RESOURCE]: { versions: VERSIONS, backend } },
  }, null, 1);
}

function makeTarget(name: Target['name'], skip: string | false, backend: () => Record<string, unknown>, hostPath: (p: string) => string, onStop: () => void = () => {}): Target {
  const t: Target = {
    name,
    skip,
    gw: undefined as unknown as TestGateway,
    header: '',
    jobUser: name === 'real' ? USER : JOB_USER,
    hostPath,
    async start() {
      t.gw = await startGateway({ config: gatewayConfig(backend()) });
      t.header = t.gw.headerFile(await t.gw.token(PROJECT, USER, 'compute-ace'));
    },
    async stop() {
      try {
        await t.gw?.cleanup();
      } finally {
        onStop();
      }
    },
  };
  return t;
}

export function localTarget(): Target {
  const node = (hostname().split('.')[0] || 'node1').replace(/[^A-Za-z0-9_.-]/g, '-');
  return makeTarget('local', false, () => ({
    type: 'local',
    cluster: 'gwtest',
    killWait: 5,
    minuteSeconds: 60,
    schedulerInterval: 1,
    // As root, local jobs run as an OS account; this machine has no alice (see JOB_USER).
    userMap: { '*': 'nobody' },
    // The real node's Feature=gwfeat and the cluster's Licenses=gwlic:2 (scripts/real-slurm.sh).
    nodes: [{ name: node, cpus: 2, memory: 4096, features: ['gwfeat'] }],
    licenses: { gwlic: 2 },
    partitions: [
      { name: 'batch-cpu', nodes: [node], default: true, maxTime: 'INFINITE', defaultTime: 60 },
      { name: 'debug', nodes: [node], maxTime: 60, defaultTime: 10 },
    ],
    reservations: [{ name: 'gw-maint', nodes: [node], start: 'now+1d', duration: 120, users: ['alice', 'root'], flags: ['MAINT', 'IGNORE_JOBS'] }],
  }), (p) => p);
}

let real: RealSlurm | undefined;
export function realTarget(): Target {
  real ??= ensureRealSlurm('plain');
  const r = real;
  if (!r.ok) return makeTarget('real', r.skip, () => ({}), (p) => p);
  return makeTarget(
    'real',
    false,
    // Local against real in the same version: the cluster is spoken to in v0.0.43, the version
    // the local backend speaks, so that no translation stands between the two (the translation is
    // test/contract/versions-matrix.test.ts's).
    () => ({ type: 'slurmrestd', url: r.env.url, auth: { mode: 'jwt-key', keyFile: r.env.keyFile, lifetimeMinutes: 5 }, timeouts: { requestMs: 20_000 }, apiVersion: 'v0.0.43' }),
    (p) => `${r.env.root}${p}`,
    () => r.release(),
  );
}
