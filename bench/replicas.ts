// Two gateway replicas on one PostgreSQL against one replica, in front of the real slurmrestd of
// scripts/real-slurm.sh, in one run: submit throughput (held jobs, BENCH_SUBMIT_CONNECTIONS
// connections in all) and read throughput (GET job/{id} of a held job, BENCH_READ_CLIENTS
// clients in all, the read cache on as deployed). "Two replicas" splits the same connections
// evenly between them, as a round-robin load balancer would. For reference, the same single
// replica on SQLite (the default store). Each measurement is split in halves run sqlite-1, pg-1,
// pg-2, pg-2, pg-1, sqlite-1, so slow drift of the shared machine favours no side. The section's
// jobs (names s3m-bench-replicas*) are cancelled after the submits and at the end. Knobs: BENCH_SECONDS (per measurement,
// default 10: submits through the real slurmctld vary more than reads), BENCH_SUBMIT_CONNECTIONS
// (default 8), BENCH_READ_CLIENTS (default 32).
//
// These 2 cores also run slurmctld, slurmrestd, PostgreSQL and the load generator: a second
// replica cannot add CPU here, so the figures show what sharing the store costs, not how far
// replicas scale on machines of their own.
import { spawnSync } from 'node:child_process';
import { ensureRealSlurm, realSlurmResourceYaml, reconfigureRealSlurm, type RealSlurmEnv } from '../test/contract/real-slurm.ts';
import { startGateway, type TestGateway } from '../test/e2e/harness.ts';
import { startPostgres } from '../test/support/postgres.ts';
import { load, merge, percentile, rps, type LoadResult } from './load.ts';
import type { BenchSection } from './section.ts';
import { textTable } from './table.ts';

const JOB_NAME = 's3m-bench-replicas';
/** The held job the reads ask for: kept while the submits' jobs are cancelled. */
const READ_JOB = 's3m-bench-replicas-read';
const PROJECT = 'proj-a';
const SIDES = ['sqlite-1', 'pg-1', 'pg-2'] as const;
type Side = (typeof SIDES)[number];

const jobBody = JSON.stringify({
  job: { name: JOB_NAME, account: PROJECT, hold: true, partition: 'debug', current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null', script: '#!/bin/bash\ntrue' },
});

function config(store: string, env: RealSlurmEnv): string {
  return `
listen: { host: 127.0.0.1, port: 0 }
logLevel: info
rateLimits: { enabled: false }
${store}
resources:
${realSlurmResourceYaml(env, 'alice', 'maxConnections: 32')}`;
}

/** One half of a measurement: the connections split evenly over the side's replicas, at once. */
async function half(origins: string[], token: string, connections: number, seconds: number, kind: 'submit' | 'read', jobId: number): Promise<LoadResult> {
  const each = Math.max(1, Math.floor(connections / origins.length));
  const results = await Promise.all(
    origins.map((origin) =>
      load(
        kind === 'submit'
          ? { origin, path: '/slurm/v0.0.43/real/job/submit', method: 'POST', body: jobBody, headers: { Authorization: token, 'Content-Type': 'application/json' }, concurrency: each, seconds, expectStatus: 200 }
          : { origin, path: `/slurm/v0.0.43/real/job/${jobId}`, headers: { Authorization: token }, concurrency: each, seconds, expectStatus: 200 },
      ),
    ),
  );
  // Run at once: the requests add up over the time the longest took (merge() adds times, for halves run one after the other).
  const longest = Math.max(...results.map((r) => r.seconds));
  return { ...results.reduce((a, b) => merge(a, b)), seconds: longest };
}

const section: BenchSection = {
  name: 'replicas',
  description: 'two gateway replicas on one PostgreSQL vs one replica (and one on SQLite): submit and read throughput, real slurmrestd',
  async run() {
    const real = ensureRealSlurm('plain');
    if (!real.ok) {
      console.log(`  skipped: ${real.skip}`);
      return;
    }
    const seconds = Number(process.env.BENCH_SECONDS ?? 10);
    const submitConnections = Number(process.env.BENCH_SUBMIT_CONNECTIONS ?? 8);
    const readClients = Number(process.env.BENCH_READ_CLIENTS ?? 32);
    const knobs = { maxJobCount: Number(real.env.vars.S3M_SLURM_MAX_JOB_COUNT || 10000), minJobAge: Number(real.env.vars.S3M_SLURM_MIN_JOB_AGE || 300) };
    // Room for every submit of the run, and cancelled jobs gone within seconds: a queue that grows
    // run after run would make each run's submits slower than the last.
    reconfigureRealSlurm('plain', { maxJobCount: 200_000, minJobAge: 2 });
    const pg = await startPostgres();
    const gateways: TestGateway[] = [];
    const cancelJobs = (name = JOB_NAME) => spawnSync('chroot', [real.env.root, 'scancel', '--name', name], { encoding: 'utf8', timeout: 120_000 });
    try {
      pg.createDatabase('bench');
      const pgStore = `store: { type: postgres, url: "${pg.url('bench')}" }`;
      const lite = await startGateway({ config: config('', real.env) });
      const [one, two] = [await startGateway({ config: config(pgStore, real.env) }), await startGateway({ config: config(pgStore, real.env) })];
      gateways.push(lite, one, two);
      const tokens = { lite: await lite.token(PROJECT, 'alice', 'compute-ace', 'never'), pg: await one.token(PROJECT, 'alice', 'compute-ace', 'never') };
      const sides: Record<Side, { origins: string[]; token: string }> = {
        'sqlite-1': { origins: [lite.url], token: tokens.lite },
        'pg-1': { origins: [one.url], token: tokens.pg },
        'pg-2': { origins: [one.url, two.url], token: tokens.pg },
      };
      // The held job the reads ask for, and a warm-up of every replica (connections, JWTs, caches).
      const held = await fetch(`${one.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headers: { Authorization: tokens.pg, 'Content-Type': 'application/json' }, body: jobBody.replace(JOB_NAME, READ_JOB) });
      const jobId = ((await held.json()) as { job_id: number }).job_id;
      for (const side of SIDES) {
        await half(sides[side].origins, sides[side].token, submitConnections, 1, 'submit', jobId);
        await half(sides[side].origins, sides[side].token, readClients, 1, 'read', jobId);
      }
      const rows: string[][] = [];
      for (const [kind, connections] of [['submit', submitConnections], ['read', readClients]] as const) {
        const halves: Partial<Record<Side, LoadResult[]>> = {};
        for (const side of [...SIDES, ...[...SIDES].reverse()]) (halves[side] ??= []).push(await half(sides[side].origins, sides[side].token, connections, seconds / 2, kind, jobId));
        // The submits' held jobs go before the reads: every side's reads then meet the same queue.
        if (kind === 'submit') cancelJobs();
        const by = Object.fromEntries(SIDES.map((s) => [s, merge(halves[s]![0], halves[s]![1])])) as Record<Side, LoadResult>;
        for (const side of SIDES) {
          const r = by[side];
          const bad = Object.entries(r.badStatus).map(([st, n]) => `${n}×HTTP ${st}`);
          if (r.errors > 0 || bad.length > 0) console.log(`  note: ${kind} on ${side}: ${r.errors} errors ${bad.join(', ')}`);
        }
        const base = rps(by['pg-1']);
        rows.push(
          ...SIDES.map((side) => [
            kind === 'submit' ? `submit, ${connections} connections` : `GET job/{id}, ${connections} clients`,
            side === 'pg-2' ? 'two replicas, PostgreSQL' : side === 'pg-1' ? 'one replica, PostgreSQL' : 'one replica, SQLite',
            rps(by[side]).toFixed(0),
            (percentile(by[side].latencies, 50) / 1000).toFixed(2),
            (percentile(by[side].latencies, 99) / 1000).toFixed(2),
            `${(rps(by[side]) / base).toFixed(2)}×`,
          ]),
        );
      }
      console.log(textTable(['load', 'gateway', 'req/s', 'p50 ms', 'p99 ms', 'vs one PostgreSQL replica'], rows));
    } finally {
      await Promise.allSettled(gateways.map((g) => g.cleanup()));
      pg.stop();
      cancelJobs();
      cancelJobs(READ_JOB);
      reconfigureRealSlurm('plain', knobs);
      real.release();
    }
  },
};

export default section;
