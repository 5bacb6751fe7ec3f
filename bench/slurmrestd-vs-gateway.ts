// What the gateway costs in front of a real slurmrestd: the same GETs (ping, one job, the job list)
// sent directly to slurmrestd (with a JWT minted from the cluster's key file, as the gateway does)
// and through the gateway (`bin/s3m serve` as its own process, a `slurmrestd` resource, a project
// token), at 1 and 32 concurrent clients. Prints p50/p99 latency and req/s for both and the ratio
// gateway/direct beside the targets: p50 latency ≤ 1.10× and throughput ≥ 0.9×.
//
// The gateway runs with its read cache disabled (when this build has `cache.enabled`) and rate
// limits off, so that every request reaches slurmrestd; the output says which. Each measurement
// is split in two halves run direct, gateway, gateway, direct (ABBA) so slow drift of the shared
// machine does not favour either side. Knobs: BENCH_SECONDS (per measurement, default 6),
// BENCH_CONCURRENCY (default "1,32").
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { configAccepts } from '../test/contract/targets.ts';
import { ensureRealSlurm } from '../test/contract/real-slurm.ts';
import { startGateway, type TestGateway } from '../test/e2e/harness.ts';
import { load, merge, percentile, rps, type LoadResult } from './load.ts';
import type { BenchSection } from './section.ts';

const USER = 'alice';
const PROJECT = 'proj-a';
const RESOURCE = 'real';
const API = 'v0.0.43';
const TARGET_P50 = 1.1;
const TARGET_RPS = 0.9;

async function mintJwt(keyFile: string, user: string, seconds: number): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({ sun: user }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt(iat).setExpirationTime(iat + seconds).sign(new Uint8Array(readFileSync(keyFile)));
}

function fmtMs(us: number): string {
  return (us / 1000).toFixed(us < 10_000 ? 2 : 1);
}

const section: BenchSection = {
  name: 'slurmrestd-vs-gateway',
  description: 'real slurmrestd directly vs through the gateway: p50/p99 latency and req/s at 1 and 32 clients',
  async run() {
    const real = ensureRealSlurm('plain');
    if (!real.ok) {
      console.log(`SKIPPED: ${real.skip}`);
      return;
    }
    const seconds = Number(process.env.BENCH_SECONDS ?? 6);
    const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,32').split(',').map(Number);
    const { url, keyFile } = real.env;
    const direct = { origin: url, headers: { 'X-SLURM-USER-NAME': USER, 'X-SLURM-USER-TOKEN': await mintJwt(keyFile, USER, 3600) } };

    // One job of the project that stays put for the whole run: a held job, cancelled at the end.
    const submitted = await fetch(`${url}/slurm/${API}/job/submit`, {
      method: 'POST',
      headers: { ...direct.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ job: { name: 's3m-bench', account: PROJECT, hold: true, partition: 'debug', current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null', script: '#!/bin/bash\ntrue' } }),
    });
    const jobId = ((await submitted.json()) as { job_id?: number }).job_id;
    if (!submitted.ok || !jobId) throw new Error(`could not submit the benchmark job: HTTP ${submitted.status}`);

    const cacheSwitch = configAccepts({ cache: { enabled: false } });
    const limitsOff = configAccepts({ rateLimits: { enabled: false } });
    const maxConnections = Math.max(...concurrencies, 16);
    // Measured twice: with the read cache off (what the gateway itself costs on every request)
    // and on (as deployed: repeated reads within a TTL do not reach slurmrestd).
    for (const cacheOff of cacheSwitch ? [true, false] : [false]) {
      const config = JSON.stringify({
        listen: { host: '127.0.0.1', port: 0 },
        logLevel: 'info',
        ...(cacheOff ? { cache: { enabled: false } } : {}),
        ...(limitsOff ? { rateLimits: { enabled: false } } : {}),
        resources: { [RESOURCE]: { backend: { type: 'slurmrestd', url, auth: { mode: 'jwt-key', keyFile, lifetimeMinutes: 60 }, maxConnections } } },
      });
      let gw: TestGateway | undefined;
      try {
        gw = await startGateway({ config });
        const gateway = { origin: gw.url, headers: { Authorization: await gw.token(PROJECT, USER, 'compute-ace') } };

        const ops = [
          { op: 'ping', direct: `/slurm/${API}/ping`, gateway: `/slurm/${API}/${RESOURCE}/ping` },
          { op: `job/${jobId}`, direct: `/slurm/${API}/job/${jobId}`, gateway: `/slurm/${API}/${RESOURCE}/job/${jobId}` },
          { op: 'jobs', direct: `/slurm/${API}/jobs`, gateway: `/slurm/${API}/${RESOURCE}/jobs` },
        ];
        const jobsNow = (await (await fetch(`${url}/slurm/${API}/jobs`, { headers: direct.headers })).json()) as { jobs: unknown[] };
        console.log(`slurmrestd ${url} (Slurm ${real.env.vars.S3M_SLURM_RELEASE ?? '?'}); gateway ${gw.url} (bin/s3m serve, own process)`);
        console.log(`\n--- gateway read cache ${cacheOff ? 'OFF (cache.enabled: false): every request reaches slurmrestd' : 'ON (defaults, as deployed)'}; rate limits: ${limitsOff ? 'off' : 'as-is'}; backend maxConnections ${maxConnections}; logLevel info (one log line per request, as deployed)`);
        console.log(`${seconds} s per measurement (ABBA halves); /jobs holds ${jobsNow.jobs.length} jobs on the cluster right now; ${process.env.BENCH_NOTE ?? ''}`);

        // Warm up connections, the JWT cache and the JIT on both paths.
        for (const o of ops) {
          await load({ ...direct, path: o.direct, concurrency: 4, seconds: 0.5 });
          await load({ ...gateway, path: o.gateway, concurrency: 4, seconds: 0.5 });
        }

        const rows: string[][] = [];
        const verdicts: boolean[] = [];
        for (const c of concurrencies) {
          for (const o of ops) {
            const run = (side: 'direct' | 'gateway') =>
              load({ ...(side === 'direct' ? direct : gateway), path: side === 'direct' ? o.direct : o.gateway, concurrency: c, seconds: seconds / 2 });
            const d1 = await run('direct');
            const g1 = await run('gateway');
            const g2 = await run('gateway');
            const d2 = await run('direct');
            const d = merge(d1, d2);
            const g = merge(g1, g2);
            for (const [side, r] of [['direct', d], ['gateway', g]] as Array<[string, LoadResult]>) {
              const bad = Object.entries(r.badStatus).map(([s, n]) => `${n}×HTTP ${s}`);
              if (r.errors > 0 || bad.length > 0) console.log(`  note: ${o.op} c=${c} ${side}: ${r.errors} transport errors ${bad.join(' ')}`);
            }
            const p50 = percentile(g.latencies, 50) / percentile(d.latencies, 50);
            const thr = rps(g) / rps(d);
            verdicts.push(p50 <= TARGET_P50, thr >= TARGET_RPS);
            rows.push([
              o.op.replace(/\d+$/, 'ID'),
              String(c),
              fmtMs(percentile(d.latencies, 50)),
              fmtMs(percentile(g.latencies, 50)),
              `${p50.toFixed(2)}× ${p50 <= TARGET_P50 ? 'ok' : 'MISS'}`,
              fmtMs(percentile(d.latencies, 99)),
              fmtMs(percentile(g.latencies, 99)),
              `${(percentile(g.latencies, 99) / percentile(d.latencies, 99)).toFixed(2)}×`,
              rps(d).toFixed(0),
              rps(g).toFixed(0),
              `${thr.toFixed(2)}× ${thr >= TARGET_RPS ? 'ok' : 'MISS'}`,
            ]);
            console.log(`  measured ${o.op} c=${c}`);
          }
        }
        const head = ['op', 'clients', 'p50 direct ms', 'p50 gw ms', `p50 gw/direct (≤${TARGET_P50})`, 'p99 direct ms', 'p99 gw ms', 'p99 gw/direct', 'req/s direct', 'req/s gw', `req/s gw/direct (≥${TARGET_RPS})`];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
        const line = (cells: string[]) => cells.map((x, i) => (i < 2 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
        console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
        console.log(`\ntargets: p50 latency ≤ ${TARGET_P50}× direct, throughput ≥ ${TARGET_RPS}× direct: ${verdicts.filter(Boolean).length}/${verdicts.length} met`);
      } finally {
        await gw?.cleanup();
      }
    }
    await fetch(`${url}/slurm/${API}/job/${jobId}`, { method: 'DELETE', headers: direct.headers }).catch(() => undefined);
    real.release();
  },
};

export default section;
