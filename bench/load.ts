// A small closed-loop load generator on undici: `concurrency` workers, each sending its next
// request as soon as the previous answer has been read, for `seconds`. Latency is measured per
// request with hrtime (microsecond resolution, unlike autocannon's millisecond histogram, which
// cannot tell 0.4 ms from 0.6 ms). The same code drives every target, so figures compare.
import { readFileSync } from 'node:fs';
import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  errors: number;
  /** Statuses other than the expected one, by status. */
  badStatus: Record<number, number>;
  seconds: number;
  /** Microseconds, sorted. */
  latencies: Float64Array;
}

export interface LoadOptions {
  origin: string;
  path: string;
  headers: Record<string, string>;
  concurrency: number;
  seconds: number;
  expectStatus?: number;
  /** GET unless given; a body is sent as JSON. */
  method?: 'GET' | 'POST';
  body?: string;
  /** Stop once this many requests were answered (e.g. to submit exactly N jobs); `seconds` still bounds it. */
  stopAfter?: number;
}

export async function load(opts: LoadOptions): Promise<LoadResult> {
  const pool = new Pool(opts.origin, { connections: opts.concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
  const samples: number[] = [];
  const badStatus: Record<number, number> = {};
  let errors = 0;
  const t0 = process.hrtime.bigint();
  const until = t0 + BigInt(Math.round(opts.seconds * 1e9));
  const worker = async () => {
    while (process.hrtime.bigint() < until && samples.length + errors < (opts.stopAfter ?? Infinity)) {
      const s = process.hrtime.bigint();
      try {
        const res = await pool.request(
          opts.body === undefined
            ? { method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }
            : { method: opts.method ?? 'POST', path: opts.path, headers: { ...opts.headers, 'content-type': 'application/json' }, body: opts.body },
        );
        await res.body.arrayBuffer(); // read it all, as a client would
        if (res.statusCode !== (opts.expectStatus ?? 200)) badStatus[res.statusCode] = (badStatus[res.statusCode] ?? 0) + 1;
        samples.push(Number(process.hrtime.bigint() - s) / 1000);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await pool.close();
  return { requests: samples.length, errors, badStatus, seconds, latencies: Float64Array.from(samples).sort() };
}

export function merge(a: LoadResult, b: LoadResult): LoadResult {
  const badStatus = { ...a.badStatus };
  for (const [k, v] of Object.entries(b.badStatus)) badStatus[Number(k)] = (badStatus[Number(k)] ?? 0) + v;
  const latencies = new Float64Array(a.latencies.length + b.latencies.length);
  latencies.set(a.latencies);
  latencies.set(b.latencies, a.latencies.length);
  return { requests: a.requests + b.requests, errors: a.errors + b.errors, badStatus, seconds: a.seconds + b.seconds, latencies: latencies.sort() };
}

/** Nearest-rank percentile of sorted microseconds. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const rps = (r: LoadResult) => r.requests / r.seconds;

/**
 * CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (Linux; clock
 * ticks of 1/100 s). Read around a measurement, it gives the process's own cost per request,
 * which a closed-loop latency figure mixes with the client's and the other processes'.
 */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
