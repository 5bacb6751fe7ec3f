// The local backend at scale, against real slurmctld/slurmrestd in the same run (issue 14's
// "Scale like slurmctld" targets). Each side is its own gateway process (`bin/s3m serve`, the
// same config apart from its one resource; read cache and rate limits off, logLevel warn), and
// both are driven through the gateway the same way:
//   - submits of held jobs with 8 connections: K submits at an empty queue, then the queue filled
//     to N, then K more at N queued; the rate at N vs at empty (local target >= 0.8x), and the
//     local rate at N vs the real one at N (target >= 1.0x);
//   - GET /jobs with N+2K jobs held: the median of a few sequential calls, local through the
//     gateway vs real slurmrestd (direct, the target: no slower; and through the gateway, shown);
//   - the local gateway's RSS (VmRSS) after those /jobs calls (target < 300 MB).
// The real side needs slurmctld's MaxJobCount above N+2K: the section raises it with
// `scripts/real-slurm.sh reconfigure MaxJobCount=...` and puts the previous value back at the end,
// after cancelling its jobs (scancel --name in the chroot). It skips, saying why, when real SLURM
// cannot run here (the local figures are still printed). Real slurmrestd takes tens of seconds
// for /jobs at 10,000 jobs, so the real gateway's request timeout is raised to 10 minutes.
// Knobs: BENCH_SCALE_JOBS (N, default 10000), BENCH_SCALE_SAMPLE (K, default min(1000, N/10)),
// BENCH_SCALE_GETS (sequential /jobs calls measured, default 5), BENCH_SCALE_REAL=off (the local
// side alone, e.g. while profiling).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Pool } from 'undici';
import { ensureRealSlurm, realSlurmToken, reconfigureRealSlurm, type RealSlurm } from '../test/contract/real-slurm.ts';
import { startGateway, type TestGateway } from '../test/e2e/harness.ts';
import type { BenchSection } from './section.ts';

const API = 'v0.0.43';
const PROJECT = 'proj-a';
const USER = 'alice';
const JOB_NAME = 's3m-scale-bench';
const CONNECTIONS = 8;
/** Submits before any rate is measured: a gateway's first hundred or so requests are several times slower (JIT, first use of each module). */
const WARMUP = 300;
const TARGET_SUBMIT_AT_N = 0.8;
const TARGET_SUBMIT_VS_REAL = 1.0;
const TARGET_JOBS_VS_REAL = 1.0;
const TARGET_RSS_MB = 300;

interface SideFigures {
  rateEmpty: number;
  rateFill: number;
  rateAtN: number;
  /** Median ms of GET /jobs through the gateway, its body size and job count. */
  jobsMs: number;
  jobsBytes: number;
  jobsCount: number;
  rssMB?: number;
}

const passMiss = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function gatewayConfig(resource: string, backend: Record<string, unknown>): string {
  return JSON.stringify({
    listen: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
    cache: { enabled: false },
    rateLimits: { enabled: false },
    preAuthLimit: { ratePerSecond: 100000, burst: 100000 },
    resources: { [resource]: { versions: [API], backend } },
  });
}

/** `count` submits of held jobs over CONNECTIONS connections; submits per second. */
async function submitMany(origin: string, path: string, headers: Record<string, string>, body: string, count: number): Promise<number> {
  const pool = new Pool(origin, { connections: CONNECTIONS, pipelining: 1, keepAliveTimeout: 30_000 });
  let next = 0;
  let failures = 0;
  let lastError = '';
  const t0 = process.hrtime.bigint();
  const worker = async () => {
    while (next < count) {
      next++;
      const res = await pool.request({ method: 'POST', path, headers: { ...headers, 'content-type': 'application/json' }, body });
      const text = await res.body.text();
      if (res.statusCode !== 200) {
        failures++;
        lastError = `HTTP ${res.statusCode} ${text.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await pool.close();
  if (failures > 0) throw new Error(`${failures} of ${count} submits failed; last: ${lastError}`);
  return count / seconds;
}

/** Median ms of `times` sequential GETs (after one warm-up call), with the last body's size and job count. */
async function timeGets(url: string, headers: Record<string, string>, times: number): Promise<{ ms: number; bytes: number; count: number }> {
  const once = async () => {
    const t0 = process.hrtime.bigint();
    const res = await fetch(url, { headers });
    const text = await res.text();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status} ${text.slice(0, 300)}`);
    return { ms, text };
  };
  await once();
  const samples: number[] = [];
  let last = '';
  for (let i = 0; i < times; i++) {
    const r = await once();
    samples.push(r.ms);
    last = r.text;
  }
  return { ms: median(samples), bytes: last.length, count: (JSON.parse(last) as { jobs: unknown[] }).jobs.length };
}

/** VmRSS (now) or VmHWM (the peak so far) of a process, in MB. */
function rssMB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Warm up, then K submits at an (almost) empty queue: submits per second. */
async function emptyRate(gw: TestGateway, resource: string, job: Record<string, unknown>, k: number): Promise<number> {
  const headers = { Authorization: await gw.token(PROJECT, USER, 'compute-ace') };
  const body = JSON.stringify({ job: { name: JOB_NAME, hold: true, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null', script: '#!/bin/bash\ntrue', ...job } });
  const path = `/slurm/${API}/${resource}/job/submit`;
  await submitMany(gw.url, path, headers, body, WARMUP);
  return submitMany(gw.url, path, headers, body, k);
}

/** Submit K at empty, fill to N, submit K at N, then time /jobs: the same for both sides. */
async function drive(gw: TestGateway, resource: string, job: Record<string, unknown>, n: number, k: number, gets: number, label: string): Promise<SideFigures> {
  const headers = { Authorization: await gw.token(PROJECT, USER, 'compute-ace') };
  const path = `/slurm/${API}/${resource}/job/submit`;
  const body = JSON.stringify({ job: { name: JOB_NAME, hold: true, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null', script: '#!/bin/bash\ntrue', ...job } });
  await submitMany(gw.url, path, headers, body, WARMUP); // warm-up: connections, JIT, token cache
  const rateEmpty = await submitMany(gw.url, path, headers, body, k);
  const fill = Math.max(0, n - k - WARMUP);
  const rateFill = fill > 0 ? await submitMany(gw.url, path, headers, body, fill) : NaN;
  const rateAtN = await submitMany(gw.url, path, headers, body, k);
  console.log(`  ${label}: submits/s at empty ${rateEmpty.toFixed(0)}, while filling ${rateFill.toFixed(0)}, at ${n} queued ${rateAtN.toFixed(0)}`);
  const jobs = await timeGets(`${gw.url}/slurm/${API}/${resource}/jobs`, headers, gets);
  console.log(`  ${label}: GET /jobs through the gateway: ${jobs.ms.toFixed(0)} ms median of ${gets}, ${(jobs.bytes / 1e6).toFixed(1)} MB, ${jobs.count} jobs`);
  return { rateEmpty, rateFill, rateAtN, jobsMs: jobs.ms, jobsBytes: jobs.bytes, jobsCount: jobs.count };
}

const section: BenchSection = {
  name: 'scale',
  description: 'local backend at N queued jobs vs empty and vs real slurmctld/slurmrestd: submit rate, GET /jobs, gateway RSS',
  async run() {
    const n = Number(process.env.BENCH_SCALE_JOBS ?? 10_000);
    const k = Number(process.env.BENCH_SCALE_SAMPLE ?? Math.max(20, Math.min(1000, Math.floor(n / 10))));
    const gets = Number(process.env.BENCH_SCALE_GETS ?? 5);
    const total = n + 2 * k + 20;
    console.log(`N=${n} queued (held) jobs, K=${k} submits per rate sample, ${CONNECTIONS} connections, ${gets} timed /jobs calls; load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    console.log('both sides through their own gateway process (bin/s3m serve; read cache and rate limits off, logLevel warn)');

    // ---- local ----
    let local: SideFigures;
    const localConfig = gatewayConfig('local', {
      type: 'local',
      userMap: { '*': 'nobody' },
      maxJobCount: total + 100,
      nodes: [{ name: 'l001', cpus: 4, memory: 8192 }],
      partitions: [{ name: 'debug', nodes: ['l001'], default: true }],
    });
    {
      const gw = await startGateway({ config: localConfig });
      try {
        local = await drive(gw, 'local', {}, n, k, gets, 'local');
        local.rssMB = rssMB(gw.proc.pid!);
        console.log(`  local: gateway VmRSS after /jobs ${local.rssMB.toFixed(0)} MB (its peak, VmHWM, ${rssMB(gw.proc.pid!, 'VmHWM').toFixed(0)} MB)`);
      } finally {
        await gw.cleanup();
      }
    }
    {
      // The empty-queue rate once more, on a fresh gateway after the run at N (drift of a shared
      // machine, a gateway just started): the higher of the two counts, so the ratio is not flattered.
      const gw = await startGateway({ config: localConfig });
      try {
        const again = await emptyRate(gw, 'local', {}, k);
        console.log(`  local: submits/s at empty, fresh gateway after the run: ${again.toFixed(0)} (first ${local.rateEmpty.toFixed(0)})`);
        local.rateEmpty = Math.max(local.rateEmpty, again);
      } finally {
        await gw.cleanup();
      }
    }

    // ---- real ----
    let realSide: (SideFigures & { directMs: number; directBytes: number }) | undefined;
    let skip: string | undefined;
    const real: RealSlurm = process.env.BENCH_SCALE_REAL === 'off' ? { ok: false, skip: 'BENCH_SCALE_REAL=off' } : ensureRealSlurm('plain');
    if (!real.ok) skip = real.skip;
    else {
      const { url, keyFile, root } = real.env;
      const before = Number(real.env.vars.S3M_SLURM_MAX_JOB_COUNT ?? 10_000) || 10_000;
      const needed = total + 1000; // room for jobs others (or earlier runs) left within MinJobAge
      if (needed > before) reconfigureRealSlurm('plain', { maxJobCount: needed });
      let gw: TestGateway | undefined;
      try {
        gw = await startGateway({ config: gatewayConfig('real', { type: 'slurmrestd', url, auth: { mode: 'jwt-key', keyFile, lifetimeMinutes: 60 }, maxConnections: 16, timeouts: { requestMs: 600_000 } }) });
        const figures = await drive(gw, 'real', { partition: 'debug', account: PROJECT }, n, k, gets, 'real');
        const token = realSlurmToken('plain', USER);
        const direct = await timeGets(`${url}/slurm/${API}/jobs`, { 'X-SLURM-USER-NAME': USER, 'X-SLURM-USER-TOKEN': token }, gets);
        console.log(`  real: GET /jobs from slurmrestd directly: ${direct.ms.toFixed(0)} ms median of ${gets}, ${(direct.bytes / 1e6).toFixed(1)} MB, ${direct.count} jobs`);
        realSide = { ...figures, directMs: direct.ms, directBytes: direct.bytes };
      } finally {
        await gw?.cleanup();
        const cancel = spawnSync('chroot', [root, 'scancel', '--name', JOB_NAME], { encoding: 'utf8', timeout: 120_000 });
        if (cancel.status !== 0) console.log(`  note: scancel --name ${JOB_NAME} in the chroot: exit ${cancel.status} ${cancel.stderr}`);
        if (needed > before) reconfigureRealSlurm('plain', { maxJobCount: before });
        real.release();
      }
    }

    // ---- ratios ----
    console.log(`\nload average at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const lines: string[] = [];
    const atN = local.rateAtN / local.rateEmpty;
    lines.push(`${passMiss(atN >= TARGET_SUBMIT_AT_N)}  local submit rate at ${n} queued vs at empty: ${atN.toFixed(2)}x (${local.rateAtN.toFixed(0)} vs ${local.rateEmpty.toFixed(0)} /s; target >= ${TARGET_SUBMIT_AT_N}x)`);
    if (realSide) {
      const vsReal = local.rateAtN / realSide.rateAtN;
      lines.push(`${passMiss(vsReal >= TARGET_SUBMIT_VS_REAL)}  local submit rate vs real slurmctld's at ${n} queued, both through the gateway: ${vsReal.toFixed(2)}x (${local.rateAtN.toFixed(0)} vs ${realSide.rateAtN.toFixed(0)} /s; target >= ${TARGET_SUBMIT_VS_REAL}x)`);
      lines.push(`      (at empty: ${(local.rateEmpty / realSide.rateEmpty).toFixed(2)}x, ${local.rateEmpty.toFixed(0)} vs ${realSide.rateEmpty.toFixed(0)} /s; real at N vs empty ${(realSide.rateAtN / realSide.rateEmpty).toFixed(2)}x)`);
      const jobsRatio = local.jobsMs / realSide.directMs;
      lines.push(`${passMiss(jobsRatio <= TARGET_JOBS_VS_REAL)}  GET /jobs local (gateway) vs real slurmrestd (direct): ${jobsRatio.toFixed(2)}x time (${local.jobsMs.toFixed(0)} ms, ${local.jobsCount} jobs vs ${realSide.directMs.toFixed(0)} ms, ${realSide.jobsCount} jobs; target <= ${TARGET_JOBS_VS_REAL}x)`);
      lines.push(`      (vs real through the gateway: ${(local.jobsMs / realSide.jobsMs).toFixed(2)}x, ${realSide.jobsMs.toFixed(0)} ms; bodies ${(local.jobsBytes / 1e6).toFixed(1)} / ${(realSide.directBytes / 1e6).toFixed(1)} MB)`);
    } else {
      lines.push(`SKIP  local vs real (submit rate, /jobs): ${skip}`);
    }
    lines.push(`${passMiss(local.rssMB! < TARGET_RSS_MB)}  local gateway RSS with ${local.jobsCount} jobs after /jobs: ${local.rssMB!.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB)`);
    console.log(lines.join('\n'));
  },
};

export default section;
