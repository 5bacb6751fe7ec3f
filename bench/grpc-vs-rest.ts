// gRPC beside REST on the same gateway and port: Ping and GetJob calls/s and p50/p99 latency at 1
// and 32 concurrent callers, against the same calls over REST (GET ping, GET job/{id}). The
// gateway is `bin/s3m serve` in its own process on the local backend with its default read cache
// (both protocols call the same service, so both hit it alike), rate limits and request logging
// off. h2load drives both protocols (bench/h2load.ts): the same C client on each side.
// The floor, measured in the same run: the same replies, fixed, from a bare grpc-js server and a
// bare node:http server (bench/bare-grpc.ts), which is what the two protocol stacks cost here
// before any gateway work. Each measurement is split in halves run gateway gRPC, gateway REST,
// bare gRPC, bare REST, then the reverse, so slow drift of the shared machine favours no side.
// Target (issue 16): gRPC ≥ 0.6× REST's calls/s. Knobs: BENCH_SECONDS (default 6), BENCH_CONCURRENCY (default "1,32").
import { credentials, Metadata, makeGenericClientConstructor, type ServiceError } from '@grpc/grpc-js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersionDefinition } from '../src/adapters/grpc/definition.ts';
import { protoShape } from '../src/contract/grpc/json-proto.ts';
import { startGateway, testConfig } from '../test/e2e/harness.ts';
import { startBaseline } from './baseline-process.ts';
import { submitHeldJob } from './held-job.ts';
import { h2load, haveH2load, type H2loadOptions, type H2loadResult } from './h2load.ts';
import { cpuSeconds, merge, percentile, rps } from './load.ts';
import type { BenchSection } from './section.ts';
import { textTable } from './table.ts';
import { targetRows } from './targets.ts';

/** gRPC calls/s at least this share of REST's on the same port (issue 16). */
const TARGET = 0.6;
const VERSION = 'v0.0.43';

const fmt = (us: number) => (us / 1000).toFixed(2);

/** Two halves of one measurement merged, keeping the smaller of the data bytes per call. */
function mergeRuns(a: H2loadResult, b: H2loadResult): H2loadResult & { minBytesPerCall: number } {
  const perCall = (r: H2loadResult) => (r.requests ? r.dataBytes / r.requests : 0);
  return { ...merge(a, b), dataBytes: a.dataBytes + b.dataBytes, minBytesPerCall: Math.min(perCall(a), perCall(b)) };
}

const section: BenchSection = {
  name: 'grpc-vs-rest',
  description: 'gRPC Ping/GetJob vs REST ping/job on the same gateway (h2load for both), with a bare grpc-js vs node:http floor: calls/s and p50/p99 at 1 and 32 callers',
  async run() {
    if (!(await haveH2load())) throw new Error('h2load is not installed: apt-get install --no-install-recommends nghttp2-client (scripts/setup/debian-packages.txt)');
    const seconds = Number(process.env.BENCH_SECONDS ?? 6);
    const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,32').split(',').map(Number);
    const config = testConfig().replace('logLevel: info', 'logLevel: warn').replace(/rateLimits: .*\n/, 'rateLimits: { enabled: false }\n');
    const gw = await startGateway({ config });
    let bare: Awaited<ReturnType<typeof startBaseline>> | undefined;
    const dir = mkdtempSync(join(tmpdir(), 's3m-bare-grpc-'));
    try {
      const token = await gw.token('STF040', 'alice', 'compute-ace');
      const jobId = await submitHeldJob(gw.url, token, 'grpc-bench');
      const def = loadVersionDefinition(VERSION);
      const cases = [
        { name: 'ping', rpc: 'Ping', request: {}, path: `/slurm/${VERSION}/defiant/ping` },
        { name: 'job/ID', rpc: 'GetJob', request: { job_id: String(jobId) }, path: `/slurm/${VERSION}/defiant/job/${jobId}` },
      ];
      // Each call once through a real gRPC client first: it must succeed, and its reply's size
      // tells a success from an error in h2load's byte count (gRPC errors have no body).
      const Ctor = makeGenericClientConstructor(def.service, def.serviceName);
      const client = new Ctor(new URL(gw.url).host, credentials.createInsecure());
      const md = new Metadata();
      md.set('authorization', token);
      md.set('x-s3m-resource', 'defiant');
      const replies: { rpc: string; path: string; body: string }[] = [];
      // A gRPC error is an HTTP 200 with trailers only, no body: every half of a measurement must
      // bring about the bytes a good reply has, per call (meta.client varies by a few bytes).
      const goodSize: Record<string, number> = {};
      for (const c of cases) {
        await new Promise<void>((resolve, reject) =>
          (client as unknown as Record<string, (r: object, m: Metadata, cb: (e: ServiceError | null) => void) => void>)[c.rpc](c.request, md, (err) => (err ? reject(new Error(`gRPC ${c.rpc}: ${err.message}`)) : resolve())),
        );
        const res = await fetch(gw.url + c.path, { headers: { Authorization: token } });
        if (res.status !== 200) throw new Error(`REST ${c.path}: HTTP ${res.status}`);
        const body = await res.text();
        replies.push({ rpc: c.rpc, path: c.path, body });
        const method = def.methods.find((m) => m.rpc === c.rpc)!;
        goodSize[c.rpc] = 0.95 * (5 + method.serializeResponse(protoShape(VERSION, method.responseRef, JSON.parse(body))).length);
      }
      client.close();
      writeFileSync(join(dir, 'replies.json'), JSON.stringify(replies));
      bare = await startBaseline('./bare-grpc.ts', [join(dir, 'replies.json')]);
      const [, bareHttp, bareGrpc] = /http=(\d+) grpc=(\d+)/.exec(bare.listening) ?? [];
      const gwPort = new URL(gw.url).port;
      const grpcHeaders = { authorization: token, 'x-s3m-resource': 'defiant' };

      const rows: string[][] = [];
      const floorRows: string[][] = [];
      for (const n of concurrencies) {
        for (const c of cases) {
          const message = def.service[c.rpc].requestSerialize(c.request);
          const sides: Record<'gwGrpc' | 'gwRest' | 'bareGrpc' | 'bareRest', H2loadOptions> = {
            gwGrpc: { url: `http://127.0.0.1:${gwPort}/${def.serviceName}/${c.rpc}`, headers: grpcHeaders, grpcRequest: message, concurrency: n, seconds: seconds / 2 },
            gwRest: { url: `http://127.0.0.1:${gwPort}${c.path}`, headers: { authorization: token }, concurrency: n, seconds: seconds / 2 },
            bareGrpc: { url: `http://127.0.0.1:${bareGrpc}/${def.serviceName}/${c.rpc}`, headers: {}, grpcRequest: message, concurrency: n, seconds: seconds / 2 },
            bareRest: { url: `http://127.0.0.1:${bareHttp}${c.path}`, headers: {}, concurrency: n, seconds: seconds / 2 },
          };
          const order = ['gwGrpc', 'gwRest', 'bareGrpc', 'bareRest'] as const;
          const halves: Partial<Record<(typeof order)[number], H2loadResult[]>> = {};
          const cpu = { gwGrpc: 0, gwRest: 0 };
          for (const side of order) await h2load({ ...sides[side], seconds: 1 }); // warm up
          for (const sequence of [order, [...order].reverse()]) {
            for (const side of sequence) {
              const c0 = cpuSeconds(gw.proc.pid);
              (halves[side] ??= []).push(await h2load(sides[side]));
              if (side === 'gwGrpc' || side === 'gwRest') cpu[side] += cpuSeconds(gw.proc.pid) - c0;
            }
          }
          const r = Object.fromEntries(order.map((side) => [side, mergeRuns(halves[side]![0], halves[side]![1])])) as Record<(typeof order)[number], ReturnType<typeof mergeRuns>>;
          for (const side of ['gwGrpc', 'bareGrpc'] as const) {
            if (r[side].minBytesPerCall < goodSize[c.rpc]) throw new Error(`${side} ${c.name} c=${n}: replies of ${r[side].minBytesPerCall.toFixed(0)} bytes a call: the calls failed`);
          }
          for (const side of order) if (r[side].errors) console.log(`  note: ${side} ${c.name} c=${n}: ${r[side].errors} requests failed`);
          const ratio = rps(r.gwGrpc) / rps(r.gwRest);
          const floor = rps(r.bareGrpc) / rps(r.bareRest);
          targetRows.push({ section: 'grpc-vs-rest', what: `${c.name} c=${n} gRPC/REST calls/s`, ratio, want: '>=', target: TARGET, floor });
          const perCall = (cpuSec: number, res: H2loadResult) => ((cpuSec / res.requests) * 1e6).toFixed(0);
          rows.push([c.name, String(n), rps(r.gwGrpc).toFixed(0), rps(r.gwRest).toFixed(0), `${ratio.toFixed(2)} ${ratio >= TARGET ? 'ok' : 'MISS'}`, fmt(percentile(r.gwGrpc.latencies, 50)), fmt(percentile(r.gwRest.latencies, 50)), fmt(percentile(r.gwGrpc.latencies, 99)), fmt(percentile(r.gwRest.latencies, 99)), perCall(cpu.gwGrpc, r.gwGrpc), perCall(cpu.gwRest, r.gwRest)]);
          floorRows.push([c.name, String(n), rps(r.bareGrpc).toFixed(0), rps(r.bareRest).toFixed(0), floor.toFixed(2), fmt(percentile(r.bareGrpc.latencies, 50)), fmt(percentile(r.bareRest.latencies, 50))]);
        }
      }
      console.log(`\n${seconds} s per measurement, in halves; h2load drives both: gRPC as one HTTP/2 connection with n streams, REST as n HTTP/1.1 connections; same port, same service code`);
      console.log(textTable(['op', 'callers', 'gRPC calls/s', 'REST req/s', `gRPC/REST (≥${TARGET})`, 'gRPC p50 ms', 'REST p50 ms', 'gRPC p99 ms', 'REST p99 ms', 'gw CPU µs/call gRPC', 'gw CPU µs/call REST'], rows));
      console.log('\nfloor: the same replies, fixed, from a bare grpc-js server and a bare node:http server (no gateway work)');
      console.log(textTable(['op', 'callers', 'bare gRPC calls/s', 'bare REST req/s', 'gRPC/REST', 'gRPC p50 ms', 'REST p50 ms'], floorRows));
    } finally {
      bare?.child.kill();
      rmSync(dir, { recursive: true, force: true });
      await gw.cleanup();
    }
  },
};

export default section;
