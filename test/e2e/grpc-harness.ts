// gRPC helpers for the end-to-end tests: the gateway's gRPC address (the REST port), real buf
// curl through server reflection, and Python stubs generated from the project's .proto by protoc.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GRPC_VERSIONS, protoFile, protoPackage, SERVICE_NAME } from '../../src/contract/grpc/service.ts';
import type { ApiVersion } from '../../src/contract/model.ts';
import { ROOT, testConfig, type TestGateway } from './harness.ts';

const run = promisify(execFile);
export const BUF = join(ROOT, 'node_modules/.bin/buf');
/** "slurm.v0043.SlurmIndirect": the gRPC service of an API version. */
export const serviceOf = (version: ApiVersion) => `${protoPackage(version)}.${SERVICE_NAME}`;
export const SERVICE = serviceOf('v0.0.43');
/** Every version served over gRPC, and the service of each (src/contract/grpc/service.ts). */
export { GRPC_VERSIONS };

/**
 * The test config with defiant serving every gRPC version (and v0.0.42, as testConfig has it),
 * and quokka only v0.0.43: a call for a version a resource does not list is refused there.
 */
export function allVersionsConfig(opts: Parameters<typeof testConfig>[0] = {}): string {
  const config = testConfig(opts);
  const out = config.replace(/(\n  defiant:\n    versions: )\[[^\]]*\]/, `$1[v0.0.42, ${GRPC_VERSIONS.join(', ')}]`);
  if (out === config || !/\n  quokka:\n    versions: \[v0\.0\.43\]/.test(out)) throw new Error('testConfig changed: defiant/quokka versions not found');
  return out;
}

/** host:port of the gateway: gRPC shares the REST port. */
export const grpcTarget = (gw: TestGateway) => new URL(gw.url).host;

export interface BufResult {
  ok: boolean;
  json: any;
  stdout: string;
  stderr: string;
}

/** `buf curl --protocol grpc --http2-prior-knowledge` against the gateway, schema from reflection. */
export async function bufCurl(gw: TestGateway, rpc: string, opts: { token?: string; resource?: string; data?: unknown; args?: string[]; version?: ApiVersion } = {}): Promise<BufResult> {
  const args = ['curl', '--protocol', 'grpc', '--http2-prior-knowledge', ...(opts.args ?? [])];
  if (opts.token !== undefined) args.push('-H', `authorization: ${opts.token}`);
  if (opts.resource !== undefined) args.push('-H', `x-s3m-resource: ${opts.resource}`);
  if (opts.data !== undefined) args.push('-d', JSON.stringify(opts.data));
  args.push(rpc === '' ? gw.url : `${gw.url}/${serviceOf(opts.version ?? 'v0.0.43')}/${rpc}`);
  try {
    const { stdout, stderr } = await run(BUF, args, { maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, json: parse(stdout), stdout, stderr };
  } catch (err) {
    const e = err as { stdout: string; stderr: string };
    // A failed call: buf prints the status ({"code": "not_found", "message": ..., "details": [...]}) on stderr.
    return { ok: false, json: parse(e.stderr), stdout: e.stdout, stderr: e.stderr };
  }
}

const parse = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Python stubs for every gRPC version (slurm.v0043, ...; and google.rpc.Status) in `dir`, by Debian's protoc 3.21 and
 * grpc_python_plugin: python3 -m grpc_tools.protoc on Debian 12 bundles protoc 3.5, which rejects
 * proto3 `optional` (needed for the page's Go `MinimumNodes: proto.Int32(1)`).
 */
export async function generatePythonStubs(dir: string): Promise<void> {
  await run('protoc', [
    '-I',
    join(ROOT, 'src/grpc/proto'),
    `--python_out=${dir}`,
    `--grpc_python_out=${dir}`,
    '--plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin',
    ...GRPC_VERSIONS.map(protoFile),
    'google/rpc/status.proto',
  ]);
}

export interface PyCall {
  rpc: string;
  /** The API version whose service is called; default v0.0.43. */
  version?: ApiVersion;
  token?: string;
  resource?: string;
  request?: unknown;
}

/** Runs calls with test/e2e/grpc_cases.py (grpcio + the generated stubs); one result per call. */
export async function pythonCalls(gw: TestGateway, stubs: string, calls: PyCall[]): Promise<any[]> {
  const spec = {
    target: grpcTarget(gw),
    calls: calls.map((c) => ({
      rpc: c.rpc,
      package: protoPackage(c.version ?? 'v0.0.43'),
      request: c.request ?? {},
      metadata: [...(c.token !== undefined ? [['authorization', c.token]] : []), ...(c.resource !== undefined ? [['x-s3m-resource', c.resource]] : [])],
    })),
  };
  const child = execFile('/usr/bin/python3', [join(ROOT, 'test/e2e/grpc_cases.py')], { env: { PATH: '/usr/bin:/bin', PYTHONPATH: stubs }, maxBuffer: 64 * 1024 * 1024 });
  const output = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`grpc_cases.py exited ${code}: ${err}`))));
  });
  child.stdin!.end(JSON.stringify(spec));
  return JSON.parse(await output);
}
