// A polling storm: N clients (default 1,000) hammer `/jobs` and `job/{id}` of one resource for a
// fixed time, through the gateway with its read cache on and again with it off. Prints client
// requests per backend call (from the gateway's own s3m_backend_requests_total), p50/p99 latency
// and req/s, and two bare Fastify baselines measured in the same run: a tiny body, and the very
// bytes the gateway answered (so the comparison is the gateway's work, not the payload's size).
// Targets: ≥ 500 client requests per backend call at 1,000 pollers; cached reads ≥ 0.5× the
// bare route's req/s. Knobs: BENCH_SECONDS (default 8), BENCH_POLLERS (default 1000).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, testConfig, type TestGateway } from '../test/e2e/harness.ts';
import { startBaseline } from './baseline-process.ts';
import { submitHeldJob } from './held-job.ts';
import { load, merge, percentile, rps, type LoadResult } from './load.ts';
import type { BenchSection } from './section.ts';
import { textTable } from './table.ts';

const TARGET_RATIO = 500;
const TARGET_VS_BARE = 0.5;

async function backendCalls(gw: TestGateway, resource: string): Promise<number> {
  const text = await (await fetch(`${gw.adminUrl}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('s3m_backend_requests_total{') && l.includes(`resource="${resource}"`) && /operation="(jobs|job)"/.test(l))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
}

async function startBare(bodies: { jobs: string; job: string }): Promise<{ origin: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 's3m-bare-'));
  writeFileSync(join(dir, 'jobs.json'), bodies.jobs);
  writeFileSync(join(dir, 'job.json'), bodies.job);
  const env = { ...process.env, BARE_JOBS_BODY: join(dir, 'jobs.json'), BARE_JOB_BODY: join(dir, 'job.json') };
  const { child, listening: origin } = await startBaseline('./bare-fastify.ts', [], env);
  return { origin, stop: () => child.kill() };
}

/** Half the pollers on one path, half on the other, all at once (two load runs in parallel). */
async function storm(origin: string, headers: Record<string, string>, paths: [string, string], pollers: number, seconds: number): Promise<LoadResult> {
  const [a, b] = await Promise.all([
    load({ origin, headers, path: paths[0], concurrency: Math.ceil(pollers / 2), seconds }),
    load({ origin, headers, path: paths[1], concurrency: Math.floor(pollers / 2), seconds }),
  ]);
  return merge(a, b);
}

const fmt = (us: number) => (us / 1000).toFixed(us < 10_000 ? 2 : 1);

const section: BenchSection = {
  name: 'polling-storm',
  description: 'N pollers on /jobs and job/{id}: requests per backend call, latency and req/s, cache on vs off vs a bare Fastify route',
  async run() {
    const seconds = Number(process.env.BENCH_SECONDS ?? 8);
    const pollers = Number(process.env.BENCH_POLLERS ?? 1000);
    const rows: string[][] = [];
    const results: Record<string, { r: LoadResult; perCall?: number }> = {};
    let bodies: { jobs: string; job: string } | undefined;
    {
      for (const mode of ['cache on', 'cache off'] as const) {
        // Request logging off (warn): the figures are about the gateway, not about a log pipe.
        const config = testConfig()
          .replace('logLevel: info', 'logLevel: warn')
          .replace(/rateLimits: .*\n/, `rateLimits: { enabled: false }\n${mode === 'cache off' ? 'cache: { enabled: false }\n' : ''}`);
        const gw = await startGateway({ config });
        try {
          const token = await gw.token('STF040', 'alice', 'compute-ace');
          const headers = { Authorization: token };
          const jobId = await submitHeldJob(gw.url, token, 'storm');
          const paths: [string, string] = ['/slurm/v0.0.43/defiant/jobs', `/slurm/v0.0.43/defiant/job/${jobId}`];
          bodies ??= { jobs: await (await fetch(gw.url + paths[0], { headers })).text(), job: await (await fetch(gw.url + paths[1], { headers })).text() };
          await storm(gw.url, headers, paths, Math.min(pollers, 50), 1); // warm up
          const before = await backendCalls(gw, 'defiant');
          const r = await storm(gw.url, headers, paths, pollers, seconds);
          const calls = (await backendCalls(gw, 'defiant')) - before;
          const perCall = r.requests / Math.max(1, calls);
          results[mode] = { r, perCall };
          const bad = Object.entries(r.badStatus).map(([s, n]) => `${n}×HTTP ${s}`).join(' ');
          if (r.errors || bad) console.log(`  note: ${mode}: ${r.errors} transport errors ${bad}`);
          rows.push([mode, String(pollers), String(r.requests), String(calls), perCall.toFixed(0), fmt(percentile(r.latencies, 50)), fmt(percentile(r.latencies, 99)), rps(r).toFixed(0)]);
        } finally {
          await gw.cleanup();
        }
      }
    }
    const bare = await startBare(bodies!);
    try {
      await load({ origin: bare.origin, headers: {}, path: '/bare', concurrency: 50, seconds: 1 });
      const tiny = await load({ origin: bare.origin, headers: {}, path: '/bare', concurrency: pollers, seconds });
      results.tiny = { r: tiny };
      rows.push(['bare, tiny body', String(pollers), String(tiny.requests), '-', '-', fmt(percentile(tiny.latencies, 50)), fmt(percentile(tiny.latencies, 99)), rps(tiny).toFixed(0)]);
      const same = await storm(bare.origin, {}, ['/same/jobs', '/same/job'], pollers, seconds);
      results.bare = { r: same };
      rows.push(['bare, same bodies', String(pollers), String(same.requests), '-', '-', fmt(percentile(same.latencies, 50)), fmt(percentile(same.latencies, 99)), rps(same).toFixed(0)]);
    } finally {
      bare.stop();
    }
    const head = ['mode', 'pollers', 'client requests', 'backend calls', 'requests/call', 'p50 ms', 'p99 ms', 'req/s'];
    console.log(`\n${seconds} s per storm; half the pollers on /jobs, half on one job/{id}; gateway as its own process (bin/s3m serve, local backend, rate limits off, logLevel warn: no per-request log lines)`);
    console.log(textTable(head, rows, 1));
    const perCall = results['cache on'].perCall!;
    const vsBare = rps(results['cache on'].r) / rps(results.bare.r);
    const vsOff = rps(results['cache on'].r) / rps(results['cache off'].r);
    console.log(`\nrequests per backend call with the cache: ${perCall.toFixed(0)} (target ≥ ${TARGET_RATIO}: ${perCall >= TARGET_RATIO ? 'ok' : 'MISS'})`);
    const vsTiny = rps(results['cache on'].r) / rps(results.tiny.r);
    console.log(`cached req/s vs a bare Fastify route answering the same bodies: ${vsBare.toFixed(2)}× (target ≥ ${TARGET_VS_BARE}: ${vsBare >= TARGET_VS_BARE ? 'ok' : 'MISS'})`);
    console.log(`cached req/s vs a bare Fastify route answering a tiny body: ${vsTiny.toFixed(2)}× (the payload's size included); vs cache off: ${vsOff.toFixed(2)}×`);
  },
};

export default section;
