// Limits at the gateway's edge, attacked through the real gateway (`bin/s3m serve`) with real curl,
// grpc-js clients and raw sockets:
// - request bodies nested deeper than MAX_JSON_DEPTH (a job comment 50,000 arrays deep crashed
//   validation and the Idempotency-Key hash with a stack overflow: a 500) answer 400, error 9001,
//   over REST, and INVALID_ARGUMENT over gRPC, where deep nesting can only come as unknown groups;
// - one token may hold only events.maxStreamsPerToken job-event streams, SSE and gRPC WatchJobs
//   together (one token opened 300); a stream's slot comes back when it ends, disconnects included;
// - an HTTP/2 connection with no call open (a client that sends the preface and SETTINGS, then
//   nothing, or half-closes) is closed after http2.idleTimeoutMs; one with a WatchJobs stream is not;
// - a client that vanished without closing its connection misses the server's PINGs
//   (http2.keepaliveMs): its connection is dropped and its stream slot comes back;
// - a request that never finishes arriving (REST headers or body, a gRPC call's message) is
//   ended after requestTimeoutMs: a stalled call no longer holds its connection forever.
import { Client, connectivityState, credentials, loadPackageDefinition, Metadata, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect as connectHttp2, constants as h2 } from 'node:http2';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROTO_DIR } from '../../src/contract/grpc/loader-options.ts';
import { nestedGroups } from '../support/protobuf-nesting.ts';
import { JOB_CWD, curl, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
let tokA = '';
let tokB = '';
let tokC = '';
let envA = '';
let envB = '';

/** events.maxStreamsPerToken in this file's gateway. */
const MAX_STREAMS = 3;
/** http2.idleTimeoutMs in this file's gateway: short, since the idle tests wait for it. */
const IDLE_MS = 1500;
/**
 * http2.keepaliveMs and keepaliveTimeoutMs: a connection that stops answering PINGs is dropped
 * after about 4 s, well after IDLE_MS (so an idle connection is closed as idle first).
 */
const KEEPALIVE_MS = 3000;
const KEEPALIVE_TIMEOUT_MS = 1000;
/** requestTimeoutMs: what a stalled request is given (long enough that a loaded machine still gets curl's bodies in). */
const REQUEST_TIMEOUT_MS = 3000;

const job = (extra: Record<string, unknown> = {}) => ({
  job: { name: 'edge', current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\ntrue', ...extra },
});

/** `depth` arrays, one inside the other. */
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function edgeConfig(): string {
  // A body limit that lets a 100 KB body through, so that its depth (not its size) is what is refused.
  return testConfig({ bodyLimit: 1024 * 1024 }).replace(
    'resources:\n',
    `requestTimeoutMs: ${REQUEST_TIMEOUT_MS}\nevents: { pollIntervalMs: 200, heartbeatSeconds: 1, maxStreamsPerToken: ${MAX_STREAMS} }\nhttp2: { idleTimeoutMs: ${IDLE_MS}, keepaliveMs: ${KEEPALIVE_MS}, keepaliveTimeoutMs: ${KEEPALIVE_TIMEOUT_MS} }\nresources:\n`,
  );
}

before(async () => {
  gw = await startGateway({ config: edgeConfig() });
  [tokA, tokB, tokC] = await Promise.all([gw.token('PROJA', 'alice', 'compute-ace'), gw.token('PROJB', 'bob', 'compute-ace'), gw.token('PROJC', 'carol', 'compute-ace')]);
  envA = gw.headerFile(tokA);
  envB = gw.headerFile(tokB);
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
    const deep = nestedGroups(50_000);
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

/** An SSE request (Node's HTTP client, its own connection); close() is the client going away. */
function sse(path: string, token: string) {
  let text = '';
  let ended = false;
  const req = httpRequest(`${gw.url}${path}`, { headers: { Authorization: token }, agent: false });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => (ended = true));
      res.on('error', () => {});
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  req.end();
  return {
    status,
    text: () => text,
    /** The whole body of a refused request. */
    body: async () => {
      await status;
      return waitFor('the whole error body', async () => (ended ? JSON.parse(text) : undefined));
    },
    close: () => req.destroy(),
  };
}

/** An SSE stream that the gateway accepted and that has its snapshot (so it holds a slot). */
async function openSse(path: string, token: string) {
  const s = sse(path, token);
  assert.equal(await s.status, 200);
  await waitFor(`the snapshot on ${path}`, async () => (s.text().includes('event: snapshot') ? true : undefined));
  return s;
}

const eventsPackage = () => loadPackageDefinition(loadSync('s3m/events/v1/events.proto', { keepCase: true, longs: Number, defaults: true, includeDirs: [PROTO_DIR] })) as any;

/** A WatchJobs call; `settled()` resolves once it has its first event ('open') or failed (the error). */
function watch(client: any, token: string, resource = 'defiant') {
  const md = new Metadata();
  md.set('authorization', token);
  md.set('x-s3m-resource', resource);
  const call = client.WatchJobs({}, md);
  const events: any[] = [];
  let error: ServiceError | undefined;
  let ended = false;
  call.on('data', (e: any) => events.push(e));
  call.on('error', (e: ServiceError) => (error = e));
  call.on('end', () => (ended = true));
  return {
    events,
    error: () => error,
    ended: () => ended,
    settled: () => waitFor<'open' | ServiceError>('the WatchJobs call to open or fail', async () => error ?? (events.length > 0 ? 'open' : undefined)),
    cancel: () => call.cancel(),
  };
}

describe('event streams per token', () => {
  it(`one token holds at most ${MAX_STREAMS} streams, SSE and gRPC together: then 429 (error 11) and RESOURCE_EXHAUSTED; other tokens are not affected; refusals are audited`, async () => {
    const client = new (eventsPackage().s3m.events.v1.JobEvents)(new URL(gw.url).host, credentials.createInsecure());
    const open: { close(): void }[] = [];
    try {
      open.push(await openSse('/s3m/v1/defiant/jobs/events', tokA), await openSse('/s3m/v1/wombat/jobs/events', tokA));
      const w = watch(client, tokA);
      open.push({ close: () => w.cancel() });
      assert.equal(await w.settled(), 'open');

      const refused = sse('/s3m/v1/quokka/jobs/events', tokA);
      assert.equal(await refused.status, 429);
      const body = await refused.body();
      assert.ok(body.meta && Array.isArray(body.warnings), JSON.stringify(body));
      assert.equal(body.errors[0].error_number, 11);
      assert.equal(body.errors[0].error, 'Resource temporarily unavailable');
      assert.match(body.errors[0].description, new RegExp(`already has ${MAX_STREAMS} open job-event streams`));

      const refusedGrpc = await watch(client, tokA).settled();
      assert.notEqual(refusedGrpc, 'open');
      assert.equal((refusedGrpc as ServiceError).code, 8, 'RESOURCE_EXHAUSTED');
      assert.match((refusedGrpc as ServiceError).details, /Resource temporarily unavailable \(11\).*already has 3 open job-event streams/);

      const other = await openSse('/s3m/v1/defiant/jobs/events', tokB);
      other.close();

      const { stdout } = await gw.admin('audit', '--json', '--operation', 'events');
      const limited = (JSON.parse(stdout) as any[]).filter((r) => r.status === 429 && r.user === 'alice');
      assert.deepEqual(limited.map((r) => r.api).sort(), ['grpc', 'rest']);
      assert.ok(limited.every((r) => r.outcome === 'rate-limited'));
    } finally {
      for (const s of open) s.close();
      client.close();
    }
  });

  it('a slot comes back when its stream ends: an SSE client that disconnects, a gRPC client that cancels', async () => {
    const client = new (eventsPackage().s3m.events.v1.JobEvents)(new URL(gw.url).host, credentials.createInsecure());
    const open: { close(): void }[] = [];
    // Each attempt that the cap refuses holds nothing; the one that gets through is kept.
    const untilSse = () =>
      waitFor('an SSE stream to be accepted again', async () => {
        const s = sse('/s3m/v1/defiant/jobs/events', tokA);
        if ((await s.status) === 200) return s;
        await s.body();
        return undefined;
      });
    const untilWatch = () =>
      waitFor('a WatchJobs stream to be accepted again', async () => {
        const w = watch(client, tokA);
        const r = await w.settled();
        if (r === 'open') return w;
        assert.equal(r.code, 8, r.message);
        return undefined;
      });
    try {
      // Whatever the previous test left open is gone by now, or will be: take every slot.
      const first = await untilSse();
      open.push(first);
      const w = await untilWatch();
      open.push({ close: () => w.cancel() });
      open.push(await untilSse());
      assert.equal((await watch(client, tokA).settled() as ServiceError).code, 8, 'all slots taken');
      assert.equal(await sse('/s3m/v1/defiant/jobs/events', tokA).status, 429, 'all slots taken');

      first.close(); // the SSE client goes away
      const again = await untilSse();
      open.push(again);
      assert.equal(await sse('/s3m/v1/defiant/jobs/events', tokA).status, 429, 'the freed slot was taken again');

      w.cancel(); // the gRPC client cancels its call
      const watchedAgain = await untilWatch();
      open.push({ close: () => watchedAgain.cancel() });
      assert.equal(await sse('/s3m/v1/defiant/jobs/events', tokA).status, 429, 'the freed slot was taken again');
    } finally {
      for (const s of open) s.close();
      client.close();
    }
  });

  it('a one-job stream that ends with its job gives its slot back', async () => {
    const open: { close(): void }[] = [];
    try {
      const submitted = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: envB, json: job({ name: 'short' }) });
      assert.equal(submitted.status, 200, submitted.text);
      const id = submitted.body.job_id;
      const jobStream = sse(`/s3m/v1/defiant/job/${id}/events`, tokB);
      assert.equal(await jobStream.status, 200);
      for (let i = 1; i < MAX_STREAMS; i++) open.push(await openSse('/s3m/v1/defiant/jobs/events', tokB));
      // The job ends, and the server ends its stream (after an "end" event): the slot is free again.
      await waitFor('the end event', async () => (jobStream.text().includes('event: end') ? true : undefined));
      open.push(
        await waitFor('a stream to be accepted again', async () => {
          const s = sse('/s3m/v1/defiant/jobs/events', tokB);
          if ((await s.status) === 200) return s;
          await s.body();
          return undefined;
        }),
      );
    } finally {
      for (const s of open) s.close();
    }
  });
});

// ---- Idle HTTP/2 connections ----

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
const EMPTY_SETTINGS = Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]);
const GOAWAY = 7;

/** HTTP/2 frames in `bytes`: type and payload. */
function frames(bytes: Buffer): { type: number; payload: Buffer }[] {
  const out: { type: number; payload: Buffer }[] = [];
  for (let at = 0; at + 9 <= bytes.length; ) {
    const length = bytes.readUIntBE(at, 3);
    out.push({ type: bytes[at + 3], payload: bytes.subarray(at + 9, at + 9 + length) });
    at += 9 + length;
  }
  return out;
}

/**
 * A raw TCP client that sends `bytes`, then nothing (or half-closes its side); resolves with what
 * the server sent once the server has closed the connection, or fails after a minute.
 */
function rawClient(bytes: Buffer | string, what: string, opts: { halfClose?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(gw.url);
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    const deadline = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server did not close ${what} within 60 s`));
    }, 60_000);
    socket.on('connect', () => {
      socket.write(bytes);
      if (opts.halfClose) socket.end();
    });
    socket.on('data', (b: Buffer) => received.push(b));
    socket.on('error', () => {}); // a reset is a close too
    socket.on('close', () => {
      clearTimeout(deadline);
      resolve(Buffer.concat(received));
    });
  });
}

/** The HTTP/2 preface and an empty SETTINGS frame, then nothing (or a half-close). */
const silentHttp2Client = (opts: { halfClose?: boolean } = {}) => rawClient(Buffer.concat([PREFACE, EMPTY_SETTINGS]), 'an idle HTTP/2 connection', opts);

describe('idle HTTP/2 connections', () => {
  for (const halfClose of [false, true]) {
    it(`a client that sends the preface and SETTINGS, then nothing${halfClose ? ' and half-closes' : ''}, gets a GOAWAY (NO_ERROR) and is closed`, async () => {
      const got = frames(await silentHttp2Client({ halfClose }));
      assert.equal(got[0]?.type, 4, 'the server said SETTINGS first: this was an HTTP/2 session');
      const goaway = got.find((f) => f.type === GOAWAY);
      assert.ok(goaway, `a GOAWAY among frames ${got.map((f) => f.type).join(',')}`);
      assert.equal(goaway.payload.readUInt32BE(4), 0, 'NO_ERROR: an idle close, not a protocol error');
    });
  }

  it('a connection with a WatchJobs stream open is not idle: it outlives an idle connection opened after it, and its events keep coming', async () => {
    const client = new (eventsPackage().s3m.events.v1.JobEvents)(new URL(gw.url).host, credentials.createInsecure());
    try {
      const w = watch(client, tokB, 'wombat');
      assert.equal(await w.settled(), 'open');
      // An idle connection opened after the stream's is closed after IDLE_MS: by then the stream's
      // connection has been open longer than that.
      await silentHttp2Client();
      assert.equal(w.error(), undefined);
      assert.equal(w.ended(), false);
      assert.equal(client.getChannel().getConnectivityState(false), connectivityState.READY, 'no GOAWAY reached the client');
      const submitted = await curl(`${gw.url}/slurm/v0.0.43/wombat/job/submit`, { method: 'POST', headerFile: envB, json: job({ name: 'after-idle' }) });
      assert.equal(submitted.status, 200, submitted.text);
      await waitFor('an event of the new job on the old stream', async () => (w.events.some((e) => e.type === 'job' && e.job.job_id === submitted.body.job_id) ? true : undefined));
      assert.equal(w.error(), undefined);
      w.cancel();
    } finally {
      client.close();
    }
  });
});

/**
 * A TCP relay to the gateway that can go silent: from then on it forwards nothing, either way,
 * and closes nothing, like a network that vanished under an open connection.
 */
async function vanishingRelay() {
  let silent = false;
  const sockets = new Set<Socket>();
  const { hostname, port } = new URL(gw.url);
  const relay = createTcpServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
    }
    client.on('data', (b: Buffer) => void (silent || upstream.write(b)));
    upstream.on('data', (b: Buffer) => void (silent || client.write(b)));
    client.on('close', () => silent || upstream.destroy());
    upstream.on('close', () => silent || client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    target: `127.0.0.1:${(relay.address() as { port: number }).port}`,
    vanish: () => void (silent = true),
    close: () => {
      relay.close();
      for (const s of sockets) s.destroy();
    },
  };
}

describe('clients that vanish', () => {
  it("a WatchJobs client whose network vanished (no FIN, no RST) stops answering PINGs: its connection is dropped and its stream's slot comes back", async () => {
    const relay = await vanishingRelay();
    const client = new (eventsPackage().s3m.events.v1.JobEvents)(relay.target, credentials.createInsecure());
    const open: { close(): void }[] = [];
    try {
      const w = watch(client, tokC);
      assert.equal(await w.settled(), 'open');
      for (let i = 1; i < MAX_STREAMS; i++) open.push(await openSse('/s3m/v1/defiant/jobs/events', tokC));
      assert.equal(await sse('/s3m/v1/defiant/jobs/events', tokC).status, 429, 'every slot of the token is taken');
      relay.vanish();
      // Nothing tells the gateway: only its unanswered PING does.
      open.push(
        await waitFor("the vanished client's slot to come back", async () => {
          const s = sse('/s3m/v1/defiant/jobs/events', tokC);
          if ((await s.status) === 200) return s;
          await s.body();
          return undefined;
        }),
      );
      w.cancel();
    } finally {
      for (const s of open) s.close();
      client.close();
      relay.close();
    }
  });
});

/** An HTTP/1.1 request cut short: `bytes`, then nothing; resolves with the server's answer once it closed the connection. */
const stalledHttp1Client = async (bytes: string) => (await rawClient(bytes, 'a stalled request')).toString('latin1');

describe('requests that never finish arriving', () => {
  it('REST: headers without their end, and a body that stops short, get a 408 and the connection is closed', async () => {
    const jobCount = async () => {
      const r = await curl(`${gw.url}/slurm/v0.0.43/wombat/jobs`, { headerFile: envA });
      assert.equal(r.status, 200, r.text);
      return r.body.jobs.length as number;
    };
    const before = await jobCount();
    const head = stalledHttp1Client('GET /slurm/v0.0.43/wombat/ping HTTP/1.1\r\nHost: gw\r\nAuthorization: ' + tokA + '\r\n');
    const body = stalledHttp1Client(
      `POST /slurm/v0.0.43/wombat/job/submit HTTP/1.1\r\nHost: gw\r\nAuthorization: ${tokA}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"job":{`,
    );
    for (const answer of await Promise.all([head, body])) assert.match(answer, /^HTTP\/1\.1 408 /, answer);
    assert.equal(await jobCount(), before, 'the stalled submit made no job');
  });

  it('gRPC: a call whose request message never comes ends with DEADLINE_EXCEEDED, and its connection still serves calls', async () => {
    const session = connectHttp2(gw.url);
    try {
      const stalled = (path: string) =>
        new Promise<{ status?: string; message?: string }>((resolve, reject) => {
          const deadline = setTimeout(() => reject(new Error('a stalled call was not ended within 60 s')), 60_000);
          const stream = session.request(
            { [h2.HTTP2_HEADER_METHOD]: 'POST', [h2.HTTP2_HEADER_PATH]: path, 'content-type': 'application/grpc', te: 'trailers', authorization: tokA },
            { endStream: false },
          );
          let status: string | undefined;
          let message: string | undefined;
          const take = (h: Record<string, unknown>) => {
            if (h['grpc-status'] !== undefined) [status, message] = [String(h['grpc-status']), String(h['grpc-message'] ?? '')];
          };
          stream.on('response', take);
          stream.on('trailers', take);
          stream.on('data', () => {});
          stream.on('error', () => {});
          // Resolves once the server has ended the stream: a stalled client never ends its side.
          stream.on('close', () => {
            clearTimeout(deadline);
            resolve({ status, message });
          });
        });
      const [ping, watch] = await Promise.all([stalled('/slurm.v0043.SlurmIndirect/Ping'), stalled('/s3m.events.v1.JobEvents/WatchJobs')]);
      for (const s of [ping, watch]) {
        assert.equal(s.status, '4', `DEADLINE_EXCEEDED: ${JSON.stringify(s)}`);
        assert.match(decodeURIComponent(s.message ?? ''), /did not arrive in full within 3000 ms/);
      }
      // The same connection still serves a whole call: Ping with its (empty) message.
      const ping2 = await new Promise<string | undefined>((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error('no answer to Ping within 60 s')), 60_000);
        const stream = session.request({ [h2.HTTP2_HEADER_METHOD]: 'POST', [h2.HTTP2_HEADER_PATH]: '/slurm.v0043.SlurmIndirect/Ping', 'content-type': 'application/grpc', te: 'trailers', authorization: tokA, 'x-s3m-resource': 'wombat' });
        let status: string | undefined;
        stream.on('response', (h) => (status ??= h['grpc-status'] as string | undefined));
        stream.on('trailers', (h) => (status ??= h['grpc-status'] as string | undefined));
        stream.on('data', () => {});
        stream.on('close', () => {
          clearTimeout(deadline);
          resolve(status);
        });
        stream.end(Buffer.from([0, 0, 0, 0, 0]));
      });
      assert.equal(ping2, '0', 'Ping on the same connection answers OK');
    } finally {
      session.close();
    }
  });
});
