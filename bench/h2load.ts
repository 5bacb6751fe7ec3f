// h2load (Debian's nghttp2-client, written in C) as the load generator for gRPC beside REST: one
// tool drives both protocols, so the ratio shows the servers, not two client libraries. (With
// grpc-js as the client and undici for REST, the grpc-js client used more CPU per call than the
// gateway did, and set the gRPC figure.) gRPC runs as one HTTP/2 connection with `concurrency`
// streams at once, as one channel with that many callers; REST as `concurrency` HTTP/1.1
// keep-alive connections, as an undici pool. Latencies come from h2load's per-request log. No
// warm-up phase: the caller warms up apart, so that CPU read around a run is the run's alone.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LoadResult } from './load.ts';

const run = promisify(execFile);

export interface H2loadOptions {
  url: string;
  headers: Record<string, string>;
  concurrency: number;
  seconds: number;
  /** gRPC: the request message, serialized; it is sent framed (RFC: gRPC over HTTP/2, Length-Prefixed-Message). */
  grpcRequest?: Buffer;
}

export interface H2loadResult extends LoadResult {
  /** Response body bytes received: a gRPC error is answered with trailers only, so none. */
  dataBytes: number;
}

/** Whether h2load is installed; the section says what to install when it is not. */
export async function haveH2load(): Promise<boolean> {
  return run('h2load', ['--version']).then(
    () => true,
    () => false,
  );
}

export async function h2load(opts: H2loadOptions): Promise<H2loadResult> {
  const dir = mkdtempSync(join(tmpdir(), 's3m-h2load-'));
  try {
    const log = join(dir, 'requests.log');
    const args = ['-D', String(opts.seconds), `--log-file=${log}`];
    for (const [k, v] of Object.entries(opts.headers)) args.push('-H', `${k}: ${v}`);
    if (opts.grpcRequest) {
      const framed = Buffer.alloc(5 + opts.grpcRequest.length);
      framed.writeUInt32BE(opts.grpcRequest.length, 1);
      opts.grpcRequest.copy(framed, 5);
      writeFileSync(join(dir, 'request'), framed);
      args.push('-c', '1', '-m', String(opts.concurrency), '-d', join(dir, 'request'), '-H', 'content-type: application/grpc', '-H', 'te: trailers');
    } else {
      args.push('--h1', '-c', String(opts.concurrency));
    }
    const { stdout } = await run('h2load', [...args, opts.url], { maxBuffer: 16 << 20 });
    const counts = /requests: (\d+) total, \d+ started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout/.exec(stdout);
    const data = /traffic: .*\((\d+)\) data/.exec(stdout);
    if (!counts || !data) throw new Error(`h2load printed no figures:\n${stdout}`);
    const latencies = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter((line) => line.split('\t')[1] === '200')
      .map((line) => Number(line.split('\t')[2]));
    const succeeded = Number(counts[3]);
    return {
      requests: latencies.length,
      errors: Number(counts[1]) - succeeded,
      badStatus: {},
      seconds: opts.seconds,
      latencies: Float64Array.from(latencies).sort(),
      dataBytes: Number(data[1]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
