// gRPC beside REST on the same gateway and port: Ping and GetJob calls/s and p50/p99 latency at 1
// and 32 concurrent callers, against the same calls over REST (GET ping, GET job/{id}). The
// gateway is `bin/s3m serve` in its own process on the local backend with its default read cache
// (both protocols call the same service, so both hit it alike), rate limits and request logging
// off. Target (issue 16): gRPC ≥ 0.6× REST's calls/s. Knobs: BENCH_SECONDS (default 5), BENCH_CONCURRENCY (default "1,32").
import { credentials, Metadata, makeGenericClientConstructor, type Client, type ServiceError } from '@grpc/grpc-js';
import { loadVersionDefinition } from '../src/adapters/grpc/definition.ts';
import { startGateway, testConfig } from '../test/e2e/harness.ts';
import { cpuSeconds, load, percentile, rps, type LoadResult } from './load.ts';
import type { BenchSection } from './section.ts';
import { textTable } from './table.ts';
import { targetRows } from './targets.ts';

/** gRPC calls/s at least this share of REST's on the same port (issue 16). */
const TARGET = 0.6;

type Unary = (req: object, md: Metadata, cb: (err: ServiceError | null) => void) => void;

/** Closed-loop gRPC load: `concurrency` callers on one HTTP/2 channel, like load() does for REST. */
async function grpcLoad(client: Client, rpc: string, request: object, md: Metadata, concurrency: number, seconds: number): Promise<LoadResult> {
  const call = (client as unknown as Record<string, Unary>)[rpc].bind(client);
  const samples: number[] = [];
  let errors = 0;
  const t0 = process.hrtime.bigint();
  const until = t0 + BigInt(Math.round(seconds * 1e9));
  const worker = async () => {
    while (process.hrtime.bigint() < until) {
      const s = process.hrtime.bigint();
      const ok = await new Promise<boolean>((resolve) => call(request, md, (err) => resolve(!err)));
      if (ok) samples.push(Number(process.hrtime.bigint() - s) / 1000);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { requests: samples.length, errors, badStatus: {}, seconds: Number(process.hrtime.bigint() - t0) / 1e9, latencies: Float64Array.from(samples).sort() };
}

const fmt = (us: number) => (us / 1000).toFixed(2);

const section: BenchSection = {
  name: 'grpc-vs-rest',
  description: 'gRPC Ping/GetJob vs REST ping/job on the same gateway: calls/s and p50/p99 at 1 and 32 callers',
  async run() {
    const seconds = Number(process.env.BENCH_SECONDS ?? 5);
    const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,32').split(',').map(Number);
    const config = testConfig().replace('logLevel: info', 'logLevel: warn').replace(/rateLimits: .*\n/, 'rateLimits: { enabled: false }\n');
    const gw = await startGateway({ config });
    try {
      const token = await gw.token('STF040', 'alice', 'compute-ace');
      const sub = await fetch(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, {
        method: 'POST',
        headers: { Authorization: token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ job: { name: 'grpc-bench', hold: true, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\ntrue' } }),
      });
      const submitted = (await sub.json()) as { job_id?: number; errors?: unknown[] };
      // A refused submit would leave GetJob measuring its own error path: stop instead.
      if (sub.status !== 200 || typeof submitted.job_id !== 'number') throw new Error(`the bench job was not submitted: HTTP ${sub.status} ${JSON.stringify(submitted.errors)}`);
      const jobId = submitted.job_id;
      const def = loadVersionDefinition('v0.0.43');
      const Ctor = makeGenericClientConstructor(def.service, def.serviceName);
      const client = new Ctor(new URL(gw.url).host, credentials.createInsecure());
      const md = new Metadata();
      md.set('authorization', token);
      md.set('x-s3m-resource', 'defiant');
      const rest = { origin: gw.url, headers: { Authorization: token } };
      const cases = [
        { name: 'ping', rpc: 'Ping', request: {}, path: '/slurm/v0.0.43/defiant/ping' },
        { name: 'job/ID', rpc: 'GetJob', request: { job_id: String(jobId) }, path: `/slurm/v0.0.43/defiant/job/${jobId}` },
      ];
      for (const c of cases) {
        await grpcLoad(client, c.rpc, c.request, md, 4, 0.5); // warm up
        await load({ ...rest, path: c.path, concurrency: 4, seconds: 0.5 });
      }
      const rows: string[][] = [];
      for (const n of concurrencies) {
        for (const c of cases) {
          const pid = gw.proc.pid;
          const c0 = cpuSeconds(pid);
          const g = await grpcLoad(client, c.rpc, c.request, md, n, seconds);
          const c1 = cpuSeconds(pid);
          const r = await load({ ...rest, path: c.path, concurrency: n, seconds });
          const c2 = cpuSeconds(pid);
          // The gateway's own CPU per call: what the server costs, apart from the client (grpc-js here, not Go's or Python's).
          const perCall = (cpu: number, res: LoadResult) => ((cpu / res.requests) * 1e6).toFixed(0);
          if (g.errors || r.errors) console.log(`  note: ${c.name} c=${n}: ${g.errors} gRPC errors, ${r.errors} REST errors`);
          targetRows.push({ section: 'grpc-vs-rest', what: `${c.name} c=${n} gRPC/REST calls/s`, ratio: rps(g) / rps(r), want: '>=', target: TARGET });
          rows.push([c.name, String(n), rps(g).toFixed(0), rps(r).toFixed(0), `${(rps(g) / rps(r)).toFixed(2)} ${rps(g) / rps(r) >= TARGET ? 'ok' : 'MISS'}`, fmt(percentile(g.latencies, 50)), fmt(percentile(r.latencies, 50)), fmt(percentile(g.latencies, 99)), fmt(percentile(r.latencies, 99)), perCall(c1 - c0, g), perCall(c2 - c1, r)]);
        }
      }
      client.close();
      const head = ['op', 'callers', 'gRPC calls/s', 'REST req/s', `gRPC/REST (≥${TARGET})`, 'gRPC p50 ms', 'REST p50 ms', 'gRPC p99 ms', 'REST p99 ms', 'gw CPU µs/call gRPC', 'gw CPU µs/call REST'];
      console.log(`\n${seconds} s per measurement; one gRPC channel (HTTP/2) vs ${'an undici pool'} of n HTTP/1.1 connections; same port, same service code`);
      console.log(textTable(head, rows));
    } finally {
      await gw.cleanup();
    }
  },
};

export default section;
