// Limits at the gateway's edge, attacked through the real gateway (`bin/s3m serve`) with real curl,
// grpc-js clients and raw sockets:
// - request bodies nested deeper than MAX_JSON_DEPTH (a job comment 50,000 arrays deep crashed
//   validation and the Idempotency-Key hash with a stack overflow: a 500) answer 400, error 9001,
//   over REST, and INVALID_ARGUMENT over gRPC, where deep nesting can only come as unknown groups;
import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JOB_CWD, curl, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
let tokA = '';
let envA = '';

const job = (extra: Record<string, unknown> = {}) => ({
  job: { name: 'edge', current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\ntrue', ...extra },
});

/** `depth` arrays, one inside the other. */
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function edgeConfig(): string {
  // A body limit that lets a 100 KB body through, so that its depth (not its size) is what is refused.
  return testConfig({ bodyLimit: 1024 * 1024 });
}

before(async () => {
  gw = await startGateway({ config: edgeConfig() });
  tokA = await gw.token('PROJA', 'alice', 'compute-ace');
  envA = gw.headerFile(tokA);
});
after(async () => gw?.cleanup());

function assertParseFailure(res: { status: number; body: any; text: string }, description: RegExp) {
  assert.equal(res.status, 400, res.text);
  assert.ok(res.body?.meta && Array.isArray(res.body.warnings), res.text);
  assert.equal(res.body.errors[0].error_number, 9001, res.text);
  assert.equal(res.body.errors[0].error, 'Failure during parsing');
  assert.match(res.body.errors[0].description, description);
}

describe('request bodies nested too deep', () => {
  it('REST: a job comment 50,000 arrays deep → 400, error 9001 (not a 500), with and without Idempotency-Key, on both API versions', async () => {
    const file = join(gw.dir, 'deep.json');
    writeFileSync(file, `{"job": {"name": "deep", "script": "#!/bin/bash\\ntrue", "comment": ${nestedArrays(50_000)}}}`);
    for (const version of ['v0.0.43', 'v0.0.42']) {
      const url = `${gw.url}/slurm/${version}/defiant/job/submit`;
      const plain = await curl(url, { method: 'POST', headerFile: envA, headers: ['Content-Type: application/json'], data: `@${file}` });
      assertParseFailure(plain, /more than 64 levels deep/);
      const keyed = await curl(url, { method: 'POST', headerFile: envA, headers: ['Content-Type: application/json', `Idempotency-Key: deep-${version}`], data: `@${file}` });
      assertParseFailure(keyed, /more than 64 levels deep/);
      // The refused body claimed nothing: the key still works for a real submit.
      const ok = await curl(url, { method: 'POST', headerFile: envA, headers: [`Idempotency-Key: deep-${version}`], json: job() });
      assert.equal(ok.status, 200, ok.text);
    }
    // Any body, on any route, without a token too: the body is read before anything else.
    assertParseFailure(await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', data: `@${file}` }), /more than 64 levels deep/);
  });

  it('REST: 64 levels are still a body (its wrong field types get the usual 422); 65 are a parse failure', async () => {
    // {"job": {"comment": N arrays}} nests N + 2 levels deep.
    const at = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: envA, headers: ['Content-Type: application/json'], data: JSON.stringify(job()).replace('"name":"edge"', `"name":"edge","comment":${nestedArrays(62)}`) });
    assert.equal(at.status, 422, at.text);
    assert.match(at.body.errors[0].description, /\/job\/comment: must be string, got \[\[\[/);
    const over = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: envA, headers: ['Content-Type: application/json'], data: JSON.stringify(job()).replace('"name":"edge"', `"name":"edge","comment":${nestedArrays(63)}`) });
    assertParseFailure(over, /more than 64 levels deep/);
  });

  it('gRPC: a message nested 50,000 groups deep → INVALID_ARGUMENT (error 9001), for PostJobSubmit with idempotency-key and for WatchJobs', async () => {
    const varint = (n: number) => {
      const out: number[] = [];
      while (n >= 0x80) {
        out.push((n & 0x7f) | 0x80);
        n >>>= 7;
      }
      out.push(n);
      return out;
    };
    // Field 99 (unknown to the message) as nested groups: protobuf's only way to nest without a recursive message type.
    const deep = Buffer.from([...Array(50_000).fill(varint((99 << 3) | 3)).flat(), ...Array(50_000).fill(varint((99 << 3) | 4)).flat()]);
    const client = new Client(new URL(gw.url).host, credentials.createInsecure());
    const raw = (b: Buffer) => b;
    try {
      const md = new Metadata();
      md.set('authorization', tokA);
      md.set('x-s3m-resource', 'defiant');
      md.set('idempotency-key', 'deep-grpc');
      const unary = await new Promise<ServiceError>((resolve, reject) =>
        client.makeUnaryRequest('/slurm.v0043.SlurmIndirect/PostJobSubmit', raw, raw, deep, md, (err) => (err ? resolve(err) : reject(new Error('accepted')))),
      );
      assert.equal(unary.code, 3, unary.message);
      assert.match(unary.details, /Failure during parsing \(9001\).*cannot be decoded \(maximum nesting depth exceeded\)/);
      const streamed = await new Promise<ServiceError>((resolve, reject) => {
        const call = client.makeServerStreamRequest('/s3m.events.v1.JobEvents/WatchJobs', raw, raw, deep, md);
        call.on('data', () => reject(new Error('an event for an undecodable request')));
        call.on('error', resolve);
      });
      assert.equal(streamed.code, 3, streamed.message);
      assert.match(streamed.details, /Failure during parsing \(9001\)/);
    } finally {
      client.close();
    }
  });

  it('the gateway is still up, and no 5xx was logged', async () => {
    assert.equal((await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: envA })).status, 200);
    const logs = await gw.settledLogs();
    assert.doesNotMatch(logs, /"level":50/, 'no error-level log lines');
    assert.doesNotMatch(logs, /"status":5\d\d/);
  });
});
