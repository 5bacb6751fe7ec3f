// The package as its users get it: `import { S3mClient } from 's3m-compute'` in plain Node, no
// loader, resolves to the compiled dist/ through package.json's exports and talks to a real gateway
// (itself started from dist/ by bin/s3m) over REST and gRPC; and a TypeScript user gets the SDK's
// types from the shipped .d.ts files. The project is linked into a fresh folder's node_modules,
// as `npm install <path to this repository>` does.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { promisify } from 'node:util';
import { ROOT, startGateway, type TestGateway } from './harness.ts';

const run = promisify(execFile);
let gw: TestGateway;
let token: string;
let app: string;

before(async () => {
  gw = await startGateway();
  token = await gw.token('STF040', 'alice', 'compute-ace-readonly');
  app = mkdtempSync(join(tmpdir(), 's3m-sdk-user-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules', 's3m-compute'), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'sdk-user', private: true, type: 'module' }));
});
after(async () => {
  await gw?.cleanup();
  if (app) rmSync(app, { recursive: true, force: true });
});

/** Plain node, with nothing of this test process's loaders (tsx) in its options or environment. */
function plainNode(file: string, env: Record<string, string>) {
  const { NODE_OPTIONS: _, ...rest } = process.env;
  return run(process.execPath, [file], { cwd: app, env: { ...rest, ...env } });
}

it("plain node imports 's3m-compute' and 's3m-compute/client' from dist/ and calls the gateway over REST and gRPC", async () => {
  writeFileSync(
    join(app, 'use.mjs'),
    `import { S3mClient, SlurmApiError } from 's3m-compute';
import * as sub from 's3m-compute/client';
const { URL: url, TOKEN: token } = process.env;
const rest = new S3mClient({ url, token, resource: 'defiant' });
const grpc = new S3mClient({ url, token, resource: 'defiant', transport: 'grpc' });
const ping = await rest.ping();
const jobs = await grpc.jobs();
let missing;
try { await rest.job(999999); } catch (err) { missing = err instanceof SlurmApiError ? err.status : String(err); }
await grpc.close();
console.log(JSON.stringify({
  resolved: [import.meta.resolve('s3m-compute'), import.meta.resolve('s3m-compute/client')],
  sameModule: sub.S3mClient === S3mClient,
  responding: ping.pings.map((p) => p.responding),
  jobs: Array.isArray(jobs.jobs),
  missing,
  execArgv: process.execArgv,
}));
`,
  );
  const { stdout } = await plainNode('use.mjs', { URL: gw.url, TOKEN: token });
  const out = JSON.parse(stdout);
  // Through the link in node_modules, resolved to the real path of the compiled entry point.
  assert.deepEqual(out.resolved, [`file://${ROOT}/dist/client/index.js`, `file://${ROOT}/dist/client/index.js`]);
  assert.equal(out.sameModule, true);
  assert.deepEqual(out.responding, [true]);
  assert.equal(out.jobs, true);
  assert.equal(out.missing, 404);
  assert.deepEqual(out.execArgv, []);
});

it("a TypeScript user gets the SDK's types from the shipped declarations", async () => {
  // One compilation (tsc is slow to start): good.ts must have no error, wrong.ts exactly its two.
  const tsconfig = {
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
    files: ['good.ts', 'wrong.ts'],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
  writeFileSync(
    join(app, 'good.ts'),
    `import { S3mClient, type JobEvent } from 's3m-compute';
const client = new S3mClient({ url: 'http://127.0.0.1:8080', token: 't', resource: 'defiant' });
export async function names(): Promise<string[]> {
  const { jobs } = await client.jobs();
  return jobs.map((j) => j.name ?? '');
}
export type Seen = JobEvent;
`,
  );
  // Typed for real, not as any: a wrong option and a wrong field are errors.
  writeFileSync(
    join(app, 'wrong.ts'),
    `import { S3mClient } from 's3m-compute';
const client = new S3mClient({ url: 'http://127.0.0.1:8080', token: 't', resource: 'defiant', transport: 'carrier-pigeon' });
export const n: number = (await client.jobs()).jobs[0].no_such_field;
`,
  );
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const output = await run(process.execPath, [tsc, '-p', app], { cwd: app }).then(
    () => '',
    (err: { stdout: string }) => err.stdout,
  );
  const errors = output.split('\n').filter((l) => /error TS/.test(l));
  assert.equal(errors.length, 2, output);
  assert.match(errors[0], /^wrong\.ts\(2,.*carrier-pigeon/);
  assert.match(errors[1], /^wrong\.ts\(3,.*no_such_field/);
});
