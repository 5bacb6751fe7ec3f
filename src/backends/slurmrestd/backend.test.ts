// The slurmrestd backend against fake slurmrestd servers on 127.0.0.1: pass-through, credentials,
// and every fault (refused, timeout, garbage, rejected credentials, full queue) with recovery.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { jwtVerify } from 'jose';
import { slurmrestdBackendSchema } from '../../config/schema.ts';
import { GatewayError } from '../../contract/errors.ts';
import type { BackendContext } from '../backend.ts';
import { startFake, json, type FakeServer } from '../../../test/support/fake-slurmrestd.ts';
import { createSlurmrestdBackend, type SlurmrestdBackend } from './index.ts';

const ctx: BackendContext = { user: 'alice', project: 'proj-a', clientSource: '10.0.0.9:5555' };
const dir = mkdtempSync(join(tmpdir(), 's3m-slurmrestd-test-'));
const key = randomBytes(32);
const keyFile = join(dir, 'jwt_hs256.key');
writeFileSync(keyFile, key, { mode: 0o600 }); // SLURM's jwt key is the SlurmUser's alone

const META = { plugin: { type: 'openapi/slurmctld', name: 'Slurm OpenAPI slurmctld', data_parser: 'data_parser/v0.0.43', accounting_storage: '' }, client: { source: 'x', user: 'root', group: 'root' }, command: [], slurm: { version: { major: '26', micro: '5', minor: '05' }, release: '26.05.5', cluster: 'gwtest' } };
const ok = (payload: object) => ({ meta: META, errors: [], warnings: [], ...payload });

function backend(url: string, extra: Record<string, unknown> = {}): SlurmrestdBackend {
  const config = slurmrestdBackendSchema.parse({ type: 'slurmrestd', url, auth: { mode: 'jwt-key', keyFile }, apiVersion: 'v0.0.43', ...extra });
  return createSlurmrestdBackend({ resource: 'wombat', monitorUser: 'monitor', config });
}

async function rejectsWith(p: Promise<unknown>, kind: string, status: number, re?: RegExp): Promise<GatewayError> {
  const err = await p.then(
    () => assert.fail(`expected a ${kind} GatewayError`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof GatewayError, `not a GatewayError: ${String(err)}`);
  assert.equal(err.kind, kind, err.message);
  assert.equal(err.httpStatus, status);
  if (re) assert.match(err.message, re);
  return err;
}

after(() => rmSync(dir, { recursive: true, force: true }));

describe('key file permissions', () => {
  test('a JWT key or token file other users can read stops the gateway at start, naming the file and its mode', async () => {
    for (const [mode, auth] of [
      [0o644, (f: string) => ({ mode: 'jwt-key', keyFile: f })],
      [0o604, (f: string) => ({ mode: 'token-file', file: f })],
      [0o620, (f: string) => ({ mode: 'jwt-key', keyFile: f })],
    ] as const) {
      const f = join(dir, `exposed-${mode.toString(8)}`);
      writeFileSync(f, 'secret-token-or-key', { mode });
      chmodSync(f, mode);
      const config = slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: 'http://127.0.0.1:9', auth: auth(f) });
      const b = createSlurmrestdBackend({ resource: 'wombat', monitorUser: 'monitor', config });
      await assert.rejects(b.start(), new RegExp(`${f} has mode 0${mode.toString(8)}: other users could read or change it`));
      await b.close();
    }
    for (const mode of [0o600, 0o640, 0o400]) {
      const f = join(dir, `private-${mode.toString(8)}`);
      writeFileSync(f, key, { mode });
      chmodSync(f, mode);
      const b = createSlurmrestdBackend({ resource: 'wombat', monitorUser: 'monitor', config: slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: 'http://127.0.0.1:9', auth: { mode: 'jwt-key', keyFile: f } }) });
      await b.start();
      await b.close();
    }
  });
});

describe('config schema', () => {
  test('defaults', () => {
    const c = slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: 'http://127.0.0.1:6820', auth: { mode: 'jwt-key', keyFile: '/k' } });
    assert.deepEqual(c.timeouts, { connectMs: 5000, requestMs: 30000 });
    assert.equal(c.maxConnections, 16);
    assert.equal(c.maxQueue, 256);
    assert.deepEqual(c.userMap, {});
    assert.equal(c.auth.mode === 'jwt-key' && c.auth.lifetimeMinutes, 5);
  });
  test('urls', () => {
    for (const url of ['http://h:6820', 'https://slurm.example.org:6820/', '/run/slurmrestd.sock', 'unix:/run/slurmrestd.sock']) {
      assert.ok(slurmrestdBackendSchema.safeParse({ type: 'slurmrestd', url, auth: { mode: 'token-file', file: '/t' } }).success, url);
    }
    for (const url of ['ftp://h', 'http://u:p@h:1', 'http://h:1/slurm', 'relative.sock', 'http://h?x=1']) {
      assert.ok(!slurmrestdBackendSchema.safeParse({ type: 'slurmrestd', url, auth: { mode: 'token-file', file: '/t' } }).success, url);
    }
    assert.ok(!slurmrestdBackendSchema.safeParse({ type: 'slurmrestd', url: 'http://h:1', auth: { mode: 'jwt-key', keyFile: '/k' }, maxConnections: 500 }).success);
    assert.ok(!slurmrestdBackendSchema.safeParse({ type: 'slurmrestd', url: 'http://h:1', auth: { mode: 'password' } }).success);
  });
});

describe('callerName: the user the cluster counts a call under (diag rpcs_by_user)', () => {
  test('the mapped user, or a token file\'s fixed user', async () => {
    const mapped = backend('http://127.0.0.1:9', { userMap: { alice: 'u-alice', '*': 'guest' } });
    assert.equal(mapped.callerName(ctx), 'u-alice');
    assert.equal(mapped.callerName({ ...ctx, user: 'bob' }), 'guest');
    const fixed = createSlurmrestdBackend({ resource: 'wombat', monitorUser: 'monitor', config: slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: 'http://127.0.0.1:9', auth: { mode: 'token-file', file: '/t', user: 'slurm' }, userMap: { alice: 'u-alice' } }) });
    assert.equal(fixed.callerName(ctx), 'slurm');
    const asCaller = createSlurmrestdBackend({ resource: 'wombat', monitorUser: 'monitor', config: slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: 'http://127.0.0.1:9', auth: { mode: 'token-file', file: '/t' } }) });
    assert.equal(asCaller.callerName(ctx), 'alice');
    await Promise.all([mapped.close(), fixed.close(), asCaller.close()]);
  });
});

describe('pass-through and credentials', () => {
  let fake: FakeServer;
  let b: SlurmrestdBackend;
  let createdAt = 0;
  before(async () => {
    createdAt = Date.now();
    fake = await startFake((req, res) => {
      if (req.url.startsWith('/slurm/v0.0.43/job/999')) return json(res, 404, ok({ jobs: [], errors: [{ description: 'Unable to query JobId=999', error_number: 2017, error: 'Invalid job id specified', source: '_handle_job_get' }] }));
      if (req.url === '/slurm/v0.0.43/job/submit') return json(res, 200, ok({ job_id: 7, step_id: 'batch', job_submit_user_msg: '' }));
      if (req.method === 'DELETE') return json(res, 200, ok({ status: [] }));
      if (req.url === '/slurm/v0.0.43/job/textplain') {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('Unable to find requested URL endpoint.');
      }
      if (req.url === '/slurmdb/v0.0.43/job/31') return json(res, 200, ok({ jobs: [{ job_id: 31, account: 'stf040', user: 'alice', state: { current: ['COMPLETED'], reason: 'None' }, time: { start: 10, end: 20, submission: 5, eligible: 5 } }] }));
      if (req.url === '/slurmdb/v0.0.43/job/32') return json(res, 200, ok({ jobs: [] }));
      if (req.url === '/slurmdb/v0.0.43/job/33') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        return res.end('boom');
      }
      if (req.url === '/slurm/v0.0.43/ping') return json(res, 200, ok({ pings: [{ hostname: 'vm', pinged: 'UP', responding: true, latency: 10, mode: 'primary', primary: true }] }));
      return json(res, 200, ok({ jobs: [] }));
    });
    b = backend(fake.url, { userMap: { alice: 'alice_c' } });
    await b.start();
  });
  after(async () => {
    await b.close();
    await fake.close();
  });

  test('status and body unchanged; v0.0.43 paths', async () => {
    const ping = await b.ping(ctx);
    assert.equal(ping.status, 200);
    assert.equal(ping.body.pings[0].pinged, 'UP');
    assert.deepEqual(ping.body.meta, META);
    const missing = await b.job(ctx, '999');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.errors?.[0].error_number, 2017);
    for (const call of [b.partitions, b.nodes, b.reservations, b.diag, b.jobs]) await call(ctx);
    assert.deepEqual(
      fake.seen.map((r) => `${r.method} ${r.url}`),
      ['GET /slurm/v0.0.43/ping', 'GET /slurm/v0.0.43/job/999', 'GET /slurm/v0.0.43/partitions', 'GET /slurm/v0.0.43/nodes', 'GET /slurm/v0.0.43/reservations', 'GET /slurm/v0.0.43/diag', 'GET /slurm/v0.0.43/jobs'],
    );
  });

  test('per-user HS256 JWT with sun/iat/exp, mapped user, cached', async () => {
    fake.seen.length = 0;
    await b.ping(ctx);
    await b.ping(ctx);
    await b.ping({ ...ctx, user: 'bob' });
    const [a1, a2, b1] = fake.seen;
    assert.equal(a1.headers['x-slurm-user-name'], 'alice_c');
    assert.equal(b1.headers['x-slurm-user-name'], 'bob');
    const token = String(a1.headers['x-slurm-user-token']);
    assert.equal(a2.headers['x-slurm-user-token'], token, 'token reused until 80% of its lifetime');
    assert.notEqual(b1.headers['x-slurm-user-token'], token);
    const { payload, protectedHeader } = await jwtVerify(token, new Uint8Array(key), { algorithms: ['HS256'] });
    assert.equal(protectedHeader.alg, 'HS256');
    assert.equal(payload.sun, 'alice_c');
    assert.equal(payload.exp! - payload.iat!, 300);
    // Minted by this backend (it may have been cached since an earlier test), not in the future.
    assert.ok(payload.iat! >= Math.floor(createdAt / 1000) && payload.iat! <= Date.now() / 1000, `iat ${payload.iat}`);
  });

  test("project-wide views (jobs, job/{id}) are read as the monitor user; everything else, cancel and submit included, as the caller's cluster user", async () => {
    fake.seen.length = 0;
    await b.jobs(ctx);
    await b.job(ctx, '12');
    await b.nodes(ctx);
    await b.submit(ctx, { job: { script: '#!/bin/sh\ntrue' } });
    await b.cancel(ctx, '12', { signal: 15, signalGiven: false });
    assert.deepEqual(
      fake.seen.map((r) => [r.url.split('?')[0], r.headers['x-slurm-user-name']]),
      [['/slurm/v0.0.43/jobs', 'monitor'], ['/slurm/v0.0.43/job/12', 'monitor'], ['/slurm/v0.0.43/nodes', 'alice_c'], ['/slurm/v0.0.43/job/submit', 'alice_c'], ['/slurm/v0.0.43/job/12', 'alice_c']],
    );
    // What the read cache keys on: replies are shared only among reads made with the same rights.
    assert.deepEqual([b.readsAs?.('jobs', ctx), b.readsAs?.('job', { ...ctx, user: 'bob' }), b.readsAs?.('nodes', ctx), b.readsAs?.('nodes', { ...ctx, user: 'bob' })], ['monitor', 'monitor', 'alice_c', 'bob']);
  });

  test("accounting: only with backend.accounting; slurmdbd's record as job_info, read as the monitor user; an unknown job or a failing slurmdbd is no record", async () => {
    assert.equal(b.accountingJob, undefined, 'no accounting unless configured');
    const acct = backend(fake.url, { accounting: true });
    try {
      fake.seen.length = 0;
      const job = await acct.accountingJob!(ctx, 31);
      assert.deepEqual([job?.job_id, job?.account, job?.user_name, job?.job_state, job?.end_time?.number], [31, 'stf040', 'alice', ['COMPLETED'], 20]);
      assert.deepEqual([fake.seen[0].url, fake.seen[0].headers['x-slurm-user-name']], ['/slurmdb/v0.0.43/job/31', 'monitor']);
      assert.equal(await acct.accountingJob!(ctx, 32), undefined);
      assert.equal(await acct.accountingJob!(ctx, 33), undefined);
    } finally {
      await acct.close();
    }
  });

  test('submit posts the request as JSON; cancel passes signal and flags', async () => {
    fake.seen.length = 0;
    const request = { job: { script: '#!/bin/sh\ntrue', partition: 'debug', account: 'proj-a' } };
    const r = await b.submit(ctx, request);
    assert.equal(r.body.job_id, 7);
    assert.equal(fake.seen[0].headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(fake.seen[0].body), request);
    await b.cancel(ctx, '12', { signal: 9, signalGiven: true, flags: 'BATCH_JOB' });
    await b.cancel(ctx, '13', { signal: 15, signalGiven: false });
    await b.cancel(ctx, '../diag', { signal: 15, signalGiven: false });
    assert.deepEqual(
      fake.seen.slice(1).map((x) => `${x.method} ${x.url}`),
      ['DELETE /slurm/v0.0.43/job/12?signal=SIGKILL&flags=BATCH_JOB', 'DELETE /slurm/v0.0.43/job/13', 'DELETE /slurm/v0.0.43/job/..%2Fdiag'],
    );
  });

  test("slurmrestd's text/plain 404 becomes a SLURM envelope", async () => {
    const r = await b.job(ctx, 'textplain');
    assert.equal(r.status, 404);
    const body = r.body as unknown as { meta: typeof META; errors: { error_number: number; error: string; description: string }[]; warnings: unknown[] };
    assert.equal(body.errors[0].error_number, 9200);
    assert.equal(body.errors[0].error, 'Unable to resolve path');
    assert.match(body.errors[0].description, /GET \/slurm\/v0.0.43\/job\/textplain/);
    assert.equal(body.meta.slurm.cluster, 'gwtest', 'meta from the last slurmrestd reply');
    assert.deepEqual(body.warnings, []);
  });
});

describe('faults', () => {
  test('connection refused → 502 naming the resource, then recovery when slurmrestd returns', async () => {
    const probe = await startFake(() => {});
    const port = probe.port;
    await probe.close();
    const b = backend(`http://127.0.0.1:${port}`);
    await rejectsWith(b.ping(ctx), 'backendUnavailable', 502, /resource "wombat".*connection refused/);
    await rejectsWith(b.jobs(ctx), 'backendUnavailable', 502);
    const fake = await startFake((_req, res) => json(res, 200, ok({ jobs: [] })), port);
    try {
      const r = await b.jobs(ctx);
      assert.equal(r.status, 200);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('slurmrestd restarting between kept-alive requests: GETs still answer', async () => {
    let fake = await startFake((_req, res) => json(res, 200, ok({ jobs: [] })));
    const port = fake.port;
    const b = backend(fake.url);
    try {
      assert.equal((await b.jobs(ctx)).status, 200);
      await fake.close();
      fake = await startFake((_req, res) => json(res, 200, ok({ jobs: [] })), port);
      assert.equal((await b.jobs(ctx)).status, 200);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('no answer in time → 504', async () => {
    const fake = await startFake(() => {
      /* never answers */
    });
    const b = backend(fake.url, { timeouts: { requestMs: 300 } });
    try {
      const t0 = Date.now();
      await rejectsWith(b.ping(ctx), 'backendTimeout', 504, /resource "wombat".*300 ms/);
      // The configured 300 ms ended it, not the default 30 s (a busy machine may add seconds).
      assert.ok(Date.now() - t0 < 30_000, `gave up after ${Date.now() - t0} ms`);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('a body that stops half way → 504', async () => {
    const fake = await startFake((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"jobs": [');
    });
    const b = backend(fake.url, { timeouts: { requestMs: 300 } });
    try {
      await rejectsWith(b.jobs(ctx), 'backendTimeout', 504);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('garbage bodies → 502', async () => {
    let answer: (res: import('node:http').ServerResponse) => void = () => {};
    const fake = await startFake((_req, res) => answer(res));
    const b = backend(fake.url);
    try {
      answer = (res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>Bad gateway</body></html>');
      };
      await rejectsWith(b.jobs(ctx), 'backendBadReply', 502, /resource "wombat".*not JSON \(text\/html\)/);
      answer = (res) => json(res, 200, [1, 2, 3]);
      await rejectsWith(b.jobs(ctx), 'backendBadReply', 502, /not an object/);
      answer = (res) => {
        res.writeHead(500);
        res.end();
      };
      await rejectsWith(b.jobs(ctx), 'backendBadReply', 502, /HTTP 500 and an empty body/);
      answer = (res) => res.socket?.end('HTTP/1.1 banana\r\n\r\n');
      await rejectsWith(b.jobs(ctx), 'backendBadReply', 502);
      answer = (res) => res.socket?.destroy();
      await rejectsWith(b.ping(ctx), 'backendUnavailable', 502);
      // and it still works afterwards
      answer = (res) => json(res, 200, ok({ jobs: [] }));
      assert.equal((await b.jobs(ctx)).status, 200);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test("slurmrestd's 511 (token rejected) and 401 → 502 about the gateway's credentials", async () => {
    let status = 511;
    const fake = await startFake((_req, res) =>
      status === 511
        ? json(res, 511, ok({ jobs: [], errors: [{ description: 'Batch job submission failed', error_number: 1007, error: 'Protocol authentication error', source: 'slurm_submit_batch_job()' }] }))
        : (res.writeHead(401, { 'content-type': 'text/plain' }), res.end('Authentication failure')),
    );
    const b = backend(fake.url);
    try {
      const e = await rejectsWith(b.submit(ctx, { job: { script: '#!/bin/sh\ntrue' } }), 'backendCredentials', 502, /gateway's cluster credentials/);
      assert.doesNotMatch(e.message, /eyJ/, 'never echoes a token');
      status = 401;
      await rejectsWith(b.jobs(ctx), 'backendCredentials', 502, /HTTP 401: Authentication failure/);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('unreadable key file → 502 credentials (start does not throw), recovers once it exists', async () => {
    const fake = await startFake((_req, res) => json(res, 200, ok({ jobs: [] })));
    const missing = join(dir, 'later.key');
    const config = slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: fake.url, auth: { mode: 'jwt-key', keyFile: missing }, apiVersion: 'v0.0.43' });
    const b = createSlurmrestdBackend({ resource: 'wombat', monitorUser: 'monitor', config });
    try {
      await b.start();
      await rejectsWith(b.jobs(ctx), 'backendCredentials', 502, /cannot read the JWT key file .*later\.key \(ENOENT\)/);
      writeFileSync(missing, randomBytes(32));
      assert.equal((await b.jobs(ctx)).status, 200);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('queue full → 503 with Retry-After; served again once it drains', async () => {
    const waiting: (() => void)[] = [];
    const fake = await startFake((_req, res) => {
      waiting.push(() => json(res, 200, ok({ jobs: [] })));
    });
    const b = backend(fake.url, { maxConnections: 2, maxQueue: 3, retryAfterSeconds: 7 });
    try {
      const held = Array.from({ length: 5 }, () => b.jobs(ctx));
      const deadline = Date.now() + 60_000;
      while (waiting.length < 2) {
        assert.ok(Date.now() < deadline, 'two requests reach slurmrestd');
        await new Promise((r) => setTimeout(r, 10));
      }
      assert.equal(b.load, 5);
      const e = await rejectsWith(b.jobs(ctx), 'backendBusy', 503, /resource "wombat"/);
      assert.deepEqual(e.extraHeaders, { 'Retry-After': '7' });
      while (b.load > 0) {
        assert.ok(Date.now() < deadline, 'the queue drains');
        waiting.splice(0).forEach((f) => f());
        await new Promise((r) => setTimeout(r, 10));
      }
      for (const r of await Promise.all(held)) assert.equal(r.status, 200);
      fake.handler = (_req, res) => json(res, 200, ok({ jobs: [] }));
      assert.equal((await b.jobs(ctx)).status, 200);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('unix socket url, token-file auth', async () => {
    const sock = join(dir, 'slurmrestd.sock');
    const fake = await startFake((_req, res) => json(res, 200, ok({ jobs: [] })), sock);
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'SLURM_JWT=abc.def.ghi\n');
    const config = slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: `unix:${sock}`, auth: { mode: 'token-file', file: tokenFile, user: 'slurm' }, apiVersion: 'v0.0.43' });
    const b = createSlurmrestdBackend({ resource: 'wombat', monitorUser: 'monitor', config });
    try {
      assert.equal((await b.jobs(ctx)).status, 200);
      assert.equal(fake.seen[0].headers['x-slurm-user-name'], 'slurm');
      assert.equal(fake.seen[0].headers['x-slurm-user-token'], 'abc.def.ghi');
      await fake.close();
      await rejectsWith(b.jobs(ctx), 'backendUnavailable', 502, /unix:.*slurmrestd\.sock/);
    } finally {
      await b.close();
      await fake.close();
    }
  });

  test('apiVersion auto: the caller\'s version when the cluster (its /openapi/v3) serves it, else the newest both know; asked once; a failed ask is asked again', async () => {
    const served = (versions: string[]) => ({ openapi: '3.0.3', paths: Object.fromEntries(versions.flatMap((v) => [[`/slurm/${v}/ping/`, {}], [`/slurmdb/${v}/jobs/`, {}]])) });
    let document: unknown = 'not json';
    const fake = await startFake((req, res) => (req.url === '/openapi/v3' ? json(res, 200, document) : json(res, 200, ok({ pings: [] }))));
    const b = backend(fake.url, { apiVersion: 'auto' });
    try {
      await rejectsWith(b.ping(ctx), 'backendBadReply', 502, /openapi\/v3.*apiVersion/);
      // v0.0.40 and v0.0.46 are not the gateway's: the newest it knows is taken.
      document = served(['v0.0.40', 'v0.0.42', 'v0.0.44', 'v0.0.46']);
      const reply = await b.ping(ctx);
      assert.equal(reply.version, 'v0.0.44');
      assert.equal(await b.clusterVersion!(), 'v0.0.44');
      await b.ping(ctx);
      const asked = fake.seen.filter((r) => r.url === '/openapi/v3');
      assert.equal(asked.length, 2, 'asked again after the failure, then remembered');
      assert.equal(asked[1].headers['x-slurm-user-name'], 'monitor');
      // A caller's own version, when the cluster serves it, is the one asked in (no translation);
      // one it does not serve is asked in the newest.
      assert.equal((await b.ping({ ...ctx, version: 'v0.0.42' })).version, 'v0.0.42');
      assert.equal((await b.ping({ ...ctx, version: 'v0.0.43' })).version, 'v0.0.44');
      assert.equal(await b.clusterVersion!('v0.0.42'), 'v0.0.42');
      assert.deepEqual(fake.seen.filter((r) => r.url !== '/openapi/v3').map((r) => r.url), ['/slurm/v0.0.44/ping', '/slurm/v0.0.44/ping', '/slurm/v0.0.42/ping', '/slurm/v0.0.44/ping']);
    } finally {
      await b.close();
      await fake.close();
    }
  });
});
