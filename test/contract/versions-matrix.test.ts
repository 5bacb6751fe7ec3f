// The version matrix against real SLURM (issue 15): for every cluster version A (the version a
// slurmrestd resource speaks to its cluster in, the backend's `apiVersion`) and every client
// version B (v0.0.42 .. v0.0.45), the gateway's B body of ping, partitions, nodes, reservations,
// diag and job/{id} (a completed job and a pending held job) must equal what slurmrestd itself
// answers in B for the same objects: the same keys at every level and the same values, except the
// paths test/support/version-matrix.ts lists (EXCLUSIONS), each with its reason. The evidence is
// test/fixtures/slurmrestd/versions/FINDINGS.md.
//
// One gateway, four resources c42..c45 on the same real cluster (real-slurm.ts's "plain"
// instance), each speaking its cluster version A and serving all four client versions. The jobs are
// submitted once, directly to slurmrestd (so the gateway's request translation is not what puts
// them there), as alice in proj-a, the gateway token's project; every pair reads them. Each pair
// reads the gateway and slurmrestd at the same moment, object by object in parallel; a difference
// must survive two re-reads to count, so that a value that moved between two reads a millisecond
// apart (the shared cluster keeps running) is not taken for a translation error.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { configSchema } from '../../src/config/schema.ts';
import { curl, startGateway, waitFor, type TestGateway } from '../e2e/harness.ts';
import { ensureRealSlurm, realSlurmToken } from './real-slurm.ts';
import { PROJECT, USER } from './targets.ts';
import { comparable, differences, excludedFor, explain, VERSIONS, warningDifferences, type Version } from '../support/version-matrix.ts';

const resourceOf = (a: Version) => `c${a.slice(-2)}`;

const real = ensureRealSlurm('plain');

/** Whether this gateway's config accepts a slurmrestd backend's `apiVersion` (the cluster version A). */
function apiVersionAccepted(): boolean {
  const backend = { type: 'slurmrestd', url: 'http://127.0.0.1:1', auth: { mode: 'jwt-key', keyFile: '/nonexistent' }, apiVersion: 'v0.0.43' };
  return configSchema.safeParse({ resources: { x: { versions: [...VERSIONS], backend } } }).success;
}

// ---- the suite ----------------------------------------------------------------------------------

describe(`version matrix: the gateway's v0.0.42..v0.0.45 bodies from clusters spoken to in v0.0.42..v0.0.45 equal slurmrestd's own${real.ok ? '' : ` (skipped: ${real.skip})`}`, { skip: real.ok ? false : real.skip }, () => {
  if (!real.ok) return;
  const env = real.env;
  const accepted = apiVersionAccepted();
  let gw: TestGateway;
  let header: string;
  let slurmHeaders: string[];
  const jobs: { completed: number; held: number } = { completed: 0, held: 0 };
  const outFiles: string[] = [];

  const direct = (b: Version, path: string) => curl(`${env.url}/slurm/${b}${path}`, { headers: slurmHeaders });
  const viaGateway = (a: Version, b: Version, path: string) => curl(`${gw.url}/slurm/${b}/${resourceOf(a)}${path}`, { headerFile: header });

  before(async () => {
    const token = realSlurmToken('plain', USER);
    slurmHeaders = [`X-SLURM-USER-NAME: ${USER}`, `X-SLURM-USER-TOKEN: ${token}`];
    // Without `apiVersion` (a gateway before issue 15's backend setting) only c43 is made, as
    // today's gateway speaks to every cluster in v0.0.43; the other clusters' pairs fail saying so.
    const resources: Record<string, unknown> = {};
    for (const a of VERSIONS) {
      if (!accepted && a !== 'v0.0.43') continue;
      resources[resourceOf(a)] = {
        versions: [...VERSIONS],
        backend: {
          type: 'slurmrestd',
          url: env.url,
          auth: { mode: 'jwt-key', keyFile: env.keyFile, lifetimeMinutes: 5 },
          timeouts: { requestMs: 20_000 },
          ...(accepted ? { apiVersion: a } : {}),
        },
      };
    }
    // No job history: a finished job must be answered by slurmctld in every version, not from the
    // gateway's store (history has its own tests). No rate limits: the suite reads a lot at once.
    // No read cache: each side is read at the same moment, so that a field slurmctld changes on
    // its own (last_backfill, when a backfill cycle runs) is the same on both; a cached body up to
    // 2 s old differed from the live one whenever a cycle fell between (a CI run under load).
    gw = await startGateway({ config: JSON.stringify({ listen: { host: '127.0.0.1', port: 0 }, logLevel: 'info', rateLimits: { enabled: false }, cache: { enabled: false }, history: { windowHours: 0 }, resources }, null, 1) });
    header = gw.headerFile(await gw.token(PROJECT, USER, 'compute-ace'));

    // The two jobs, submitted once, straight to slurmrestd. An output pattern relative to the
    // working directory, so the pattern-vs-expanded rule (FINDINGS.md) is exercised.
    const submit = async (name: string, extra: Record<string, unknown>) => {
      const r = await curl(`${env.url}/slurm/v0.0.43/job/submit`, {
        method: 'POST',
        headers: slurmHeaders,
        json: { job: { name, account: PROJECT, partition: 'batch-cpu', tasks: 1, time_limit: { set: true, number: 10 }, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: 's3m-matrix-%j.out', script: '#!/bin/bash\necho matrix', ...extra } },
      });
      assert.equal(r.status, 200, r.text);
      outFiles.push(`${env.root}/tmp/s3m-matrix-${r.body.job_id}.out`);
      return r.body.job_id as number;
    };
    jobs.held = await submit('s3m-matrix-held', { hold: true });
    jobs.completed = await submit('s3m-matrix-completed', {});
    // A deadline, not a duration: the shared node may run other suites' jobs first.
    await waitFor(`job ${jobs.completed} COMPLETED`, async () => {
      const r = await direct('v0.0.43', `/job/${jobs.completed}`);
      return r.body?.jobs?.[0]?.job_state?.includes('COMPLETED') ? true : undefined;
    }, 300_000, 250);
  });

  after(async () => {
    if (jobs.held) await curl(`${env.url}/slurm/v0.0.43/job/${jobs.held}`, { method: 'DELETE', headers: slurmHeaders }).catch(() => undefined);
    for (const f of outFiles) rmSync(f, { force: true });
    await gw?.cleanup();
    real.release();
  });

  const objects = (): Array<[string, string]> => [
    ['ping', '/ping'],
    ['partitions', '/partitions'],
    ['nodes', '/nodes'],
    ['reservations', '/reservations'],
    ['diag', '/diag'],
    ['completed job', `/job/${jobs.completed}`],
    ['pending held job', `/job/${jobs.held}`],
  ];

  for (const a of VERSIONS) {
    for (const b of VERSIONS) {
      it(`cluster spoken to in ${a} → client ${b}: ping, partitions, nodes, reservations, diag, a completed and a held job equal slurmrestd's own ${b} bodies`, async (t) => {
        assert.ok(accepted || a === 'v0.0.43', `the gateway's config does not accept a slurmrestd backend's apiVersion, so no resource speaks ${a} to its cluster (only v0.0.43, today's fixed version, can be checked)`);
        const excluded = excludedFor(a, b);
        const failures: string[] = [];
        const gatewayWarnings: string[] = [];
        await Promise.all(objects().map(async ([what, path]) => {
          let problems: string[] = [];
          let added: string[] = [];
          // A difference counts when it is still there on the third read of both sides.
          for (let attempt = 0; attempt < 3; attempt++) {
            // harness.ts's curl also checks the gateway's v0.0.42/43 bodies against their document:
            // a body that does not validate is a difference too, and is reported with the others.
            const [g, d] = await Promise.all([viaGateway(a, b, path).catch((err: Error) => err), direct(b, path)]);
            problems = [];
            if (g instanceof Error) {
              problems.push(`the gateway's body: ${g.message.slice(0, 600)}`);
              continue;
            }
            if (g.status !== d.status) problems.push(`HTTP status: gateway ${g.status} ≠ slurmrestd ${d.status} (${g.text.slice(0, 300)})`);
            if (g.body === undefined || d.body === undefined) problems.push(`not JSON: gateway ${g.text.slice(0, 200)} | slurmrestd ${d.text.slice(0, 200)}`);
            else {
              const gb = comparable(g.body, a, b);
              const db = comparable(d.body, a, b);
              const w = warningDifferences(gb, db);
              added = w.added;
              for (const m of w.missing) problems.push(`/warnings: slurmrestd's warning ${m} missing in the gateway's body`);
              // warnings[] compared above (the gateway may add its own).
              delete gb.warnings;
              delete db.warnings;
              problems.push(...differences(gb, db, excluded).map((d) => explain(d)));
            }
            if (!problems.length) break;
          }
          failures.push(...problems.map((p) => `${what} ${path}: ${p}`));
          gatewayWarnings.push(...added.map((w) => `${what}: ${w}`));
        }));
        if (gatewayWarnings.length) t.diagnostic(`warnings the gateway added (allowed): ${gatewayWarnings.join('; ')}`);
        if (failures.length) assert.fail(`cluster ${a} → client ${b}: ${failures.length} difference(s) from slurmrestd's own ${b} bodies:\n  ${failures.sort().join('\n  ')}`);
      });
    }
  }
});
