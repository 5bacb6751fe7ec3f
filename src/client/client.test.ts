// The SDK against a small local HTTP server: retry policy (reads retried on 503/429, a submit
// never blindly), typed errors with SLURM's errors[], timeouts, waitForJob.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, beforeEach, describe, it } from 'node:test';
import { S3mClient, type ClientOptions } from './client.ts';
import { ConnectionError, SlurmApiError } from './errors.ts';
import { backoffDelay, isRetryable } from './retry.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server;
let url: string;
let handler: Handler;
let seen: { method: string; url: string; authorization?: string; idempotencyKey?: string; body: string }[];

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const unavailable = { errors: [{ description: 'slurmctld is restarting', error_number: 1, error: 'Unspecified error', source: 'test' }], warnings: [] };

/**
 * A server of its own for each test: a request an earlier test gave up on (an abort, a timeout)
 * can still be on its way, and on a busy machine a shared server could read it only during the
 * next test. It goes to the earlier test's server instead, which is closed.
 */
beforeEach(async () => {
  const previous = server;
  const mine: typeof seen = (seen = []);
  const self: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (server !== self) return void res.destroy(); // a request of an earlier test
      mine.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined, body });
      handler(req, res, body);
    });
  });
  server = self;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (previous) {
    previous.closeAllConnections();
    previous.close();
  }
});
after(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

const fast = { retries: 3, baseDelayMs: 1, maxDelayMs: 5 };
const client = (extra: Partial<ClientOptions<'v0.0.43'>> = {}) => new S3mClient<'v0.0.43'>({ url, token: 'Bearer s3m_x_y', resource: 'defiant', retry: fast, ...extra });

describe('retry policy', () => {
  it('a read answered 503 then 200 is retried and succeeds', async () => {
    let n = 0;
    handler = (_req, res) => (n++ === 0 ? json(res, 503, unavailable) : json(res, 200, { jobs: [], warnings: [], errors: [] }));
    const body = await client().jobs();
    assert.deepEqual(body.jobs, []);
    assert.equal(seen.length, 2);
    assert.equal(seen[0].url, '/slurm/v0.0.43/defiant/jobs');
    assert.equal(seen[0].authorization, 'Bearer s3m_x_y');
  });

  it('429, 502 and 504 are retried for reads too; Retry-After is honoured', async () => {
    const statuses = [429, 502, 504];
    handler = (_req, res) => {
      const s = statuses.shift();
      if (s) json(res, s, {}, s === 429 ? { 'retry-after': '0' } : {});
      else json(res, 200, { pings: [] });
    };
    const retries: number[] = [];
    await client({ retry: { ...fast, onRetry: (i) => retries.push((i.error as SlurmApiError).status) } }).ping();
    assert.deepEqual(retries, [429, 502, 504]);
  });

  it('gives up after the configured retries with a typed error carrying errors[]', async () => {
    handler = (_req, res) => json(res, 503, unavailable);
    await assert.rejects(client().partitions(), (e: unknown) => {
      assert.ok(e instanceof SlurmApiError);
      assert.equal(e.status, 503);
      assert.equal(e.errors[0].description, 'slurmctld is restarting');
      assert.equal(e.operation, 'partitions');
      return true;
    });
    assert.equal(seen.length, 4); // 1 + 3 retries
  });

  it('a submit without an Idempotency-Key answered 503 is NOT retried (it may have been accepted)', async () => {
    handler = (_req, res) => json(res, 503, unavailable);
    await assert.rejects(client({ autoIdempotencyKey: false }).submit({ script: '#!/bin/sh\ntrue' }), (e: unknown) => e instanceof SlurmApiError && e.status === 503);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].method, 'POST');
    assert.equal(seen[0].idempotencyKey, undefined);
    assert.deepEqual(JSON.parse(seen[0].body), { job: { script: '#!/bin/sh\ntrue' } });
  });

  it('a submit gets its own Idempotency-Key and is retried with it on 503 and 409 (in flight)', async () => {
    const statuses = [503, 409];
    handler = (_req, res) => {
      const s = statuses.shift();
      if (s) json(res, s, unavailable);
      else json(res, 200, { job_id: 7, step_id: 'batch', errors: [], warnings: [] });
    };
    const reply = await client().submit({ script: '#!/bin/sh\ntrue' });
    assert.equal(reply.job_id, 7);
    assert.equal(seen.length, 3);
    assert.match(seen[0].idempotencyKey!, /^[0-9a-f]{8}-[0-9a-f]{4}-/);
    assert.ok(seen.every((r) => r.idempotencyKey === seen[0].idempotencyKey && r.body === seen[0].body));
    seen.length = 0;
    await client().submit({ script: '#!/bin/sh\ntrue' });
    assert.notEqual(seen[0].idempotencyKey, undefined, 'a new key for every submit call');
  });

  it("the caller's Idempotency-Key is sent as given; a 422 (key used with another body) is final", async () => {
    handler = (_req, res) => json(res, 422, { errors: [{ description: 'Idempotency-Key "k1" was already used with a different request body', error_number: 9000, error: 'x', source: 's3m' }] });
    await assert.rejects(client().submit({ script: '#!/bin/sh' }, { idempotencyKey: 'k1' }), (e: unknown) => e instanceof SlurmApiError && e.status === 422);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].idempotencyKey, 'k1');
  });

  it('without a key, 409 is not retried', () => {
    const e409 = new SlurmApiError({ operation: 'submit', status: 409 });
    assert.equal(isRetryable('submit', e409), false);
    assert.equal(isRetryable('submit', e409, true), true);
    assert.equal(isRetryable('jobs', e409), false);
  });

  it('a cancel answered 503 is not retried either (a signal could be delivered twice)', async () => {
    handler = (_req, res) => json(res, 503, unavailable);
    await assert.rejects(client().cancel(5, { signal: 'USR1', flags: ['BATCH_JOB', 'FULL_JOB'] }), SlurmApiError);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].url, '/slurm/v0.0.43/defiant/job/5?signal=USR1&flags=BATCH_JOB%2CFULL_JOB');
  });

  it('4xx refusals are never retried', async () => {
    handler = (_req, res) => json(res, 422, { errors: [{ description: 'Batch job submission failed', error_number: 2000, error: 'Invalid partition name specified', source: 'x' }] });
    await assert.rejects(client().jobs(), (e: unknown) => e instanceof SlurmApiError && e.errorNumbers[0] === 2000 && /Invalid partition name specified \(error 2000\)/.test(e.message));
    assert.equal(seen.length, 1);
  });

  it('connection refused: reads and even submits are retried (nothing was sent)', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const attempts: string[] = [];
    const c = new S3mClient({ url: `http://127.0.0.1:${port}`, token: 't', resource: 'r', retry: { ...fast, onRetry: (i) => attempts.push(i.operation) } });
    await assert.rejects(c.submit({ script: '#!/bin/sh' }), (e: unknown) => e instanceof ConnectionError && e.code === 'ECONNREFUSED' && !e.requestMayHaveBeenSent);
    assert.deepEqual(attempts, ['submit', 'submit', 'submit']);
  });

  it('a timeout is a retryable ConnectionError for reads and keyed submits, final for a submit without a key', async () => {
    handler = () => {}; // never answers
    // The requests as the client sends them: 50 ms is short enough on a busy machine for a request
    // to time out before this process's server has even read it, so `seen` may miss some.
    let sent: { url: string; idempotencyKey: string | null }[] = [];
    const recording: typeof fetch = (input, init) => {
      sent.push({ url: String(input), idempotencyKey: new Headers(init?.headers).get('idempotency-key') });
      return fetch(input, init);
    };
    await assert.rejects(client({ fetch: recording, timeoutMs: 50, retry: { retries: 1, baseDelayMs: 1 } }).ping(), (e: unknown) => e instanceof ConnectionError && e.code === 'ETIMEDOUT');
    assert.equal(sent.length, 2);
    sent = [];
    await assert.rejects(client({ fetch: recording, timeoutMs: 50, autoIdempotencyKey: false }).submit({ script: '#!/bin/sh' }), ConnectionError);
    assert.equal(sent.length, 1);
    sent = [];
    await assert.rejects(client({ fetch: recording, timeoutMs: 50, retry: { retries: 1, baseDelayMs: 1 } }).submit({ script: '#!/bin/sh' }), ConnectionError);
    assert.equal(sent.length, 2);
    assert.ok(sent[0].idempotencyKey);
    assert.equal(sent[1].idempotencyKey, sent[0].idempotencyKey);
  });

  it('isRetryable and backoffDelay: full jitter under an exponential ceiling', () => {
    const e503 = new SlurmApiError({ operation: 'jobs', status: 503 });
    assert.equal(isRetryable('jobs', e503), true);
    assert.equal(isRetryable('submit', e503), false);
    assert.equal(isRetryable('jobs', new SlurmApiError({ operation: 'jobs', status: 500 })), false);
    assert.equal(backoffDelay(0, e503, { baseDelayMs: 100, random: () => 1 }), 100);
    assert.equal(backoffDelay(3, e503, { baseDelayMs: 100, random: () => 0.5 }), 400);
    assert.equal(backoffDelay(10, e503, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 }), 1000);
    const asked = new SlurmApiError({ operation: 'jobs', status: 429, retryAfterMs: 2000 });
    assert.equal(backoffDelay(0, asked, { random: () => 0 }), 2000);
  });
});

describe('client', () => {
  it('a cancel whose status[] reports an error throws, with the body kept', async () => {
    const body = { status: [{ error: { string: 'Invalid job id specified', code: 2017, message: 'Invalid job id specified' }, step_id: '9', job_id: { set: false }, federation: { sibling: '' } }], errors: [], warnings: [] };
    handler = (_req, res) => json(res, 200, body);
    await assert.rejects(client().cancel(9), (e: unknown) => e instanceof SlurmApiError && e.status === 200 && e.errorNumbers[0] === 2017 && (e.body as typeof body).status[0].step_id === '9');
  });

  it('v0.0.42 by option', async () => {
    handler = (_req, res) => json(res, 200, { pings: [] });
    await new S3mClient({ url, token: 't', resource: 'wombat', version: 'v0.0.42' }).ping();
    assert.equal(seen[0].url, '/slurm/v0.0.42/wombat/ping');
  });

  it('a non-JSON error page is reported with its status', async () => {
    handler = (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<html>oops</html>');
    };
    await assert.rejects(client().diag(), /HTTP 500 \(not JSON: "<html>oops<\/html>"\)/);
  });

  it('waitForJob reports each change and returns the finished record', async () => {
    const states = [['PENDING'], ['PENDING'], ['RUNNING'], ['COMPLETED', 'COMPLETING'], ['COMPLETED']];
    let i = 0;
    handler = (_req, res) => json(res, 200, { jobs: [{ job_id: 3, job_state: states[Math.min(i++, states.length - 1)], state_reason: 'None' }] });
    const changes: string[] = [];
    const job = await client().waitForJob(3, { intervalMs: 1, onChange: (j) => changes.push(j.job_state!.join('+')) });
    assert.deepEqual(job.job_state, ['COMPLETED']);
    assert.deepEqual(changes, ['PENDING', 'RUNNING', 'COMPLETED+COMPLETING', 'COMPLETED']);
  });

  it('waitForJob stops when its signal aborts', async () => {
    handler = (_req, res) => json(res, 200, { jobs: [{ job_id: 3, job_state: ['RUNNING'] }] });
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('stop')), 30);
    await assert.rejects(client().waitForJob(3, { intervalMs: 5, signal: ac.signal }), /stop/);
  });
});

describe('waitForJob over job events (SSE)', () => {
  const EVENTS = '/s3m/v1/defiant/job/3/events';
  const GET = '/slurm/v0.0.43/defiant/job/3';
  const view = (state: string, extra: Record<string, unknown> = {}) => ({ job_id: 3, name: 'j', account: 'A', user_name: 'u', partition: 'p', state, state_flags: [], reason: 'None', reason_text: '', exit_code: null, ...extra });
  const record = (state: string) => ({ job_id: 3, job_state: [state], state_reason: 'None', exit_code: { status: ['EXITED'], return_code: { set: true, number: 0 } } });
  const open = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
    res.write(': s3m job events\nretry: 2000\n\n');
  };
  const send = (res: ServerResponse, id: string, type: string, payload: Record<string, unknown>) => res.write(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify({ id, type, resource: 'defiant', time: new Date().toISOString(), ...payload })}\n\n`);
  const gets = () => seen.filter((r) => r.url === GET).length;
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('a GET at each change, not every interval; a dropped stream is resumed with Last-Event-ID; the GET gives the record', async () => {
    let state = 'PENDING';
    const lastIds: (string | undefined)[] = [];
    handler = async (req, res) => {
      if (req.url === GET) return json(res, 200, { jobs: [record(state)] });
      assert.equal(req.url, EVENTS);
      assert.equal(req.headers.accept, 'text/event-stream');
      lastIds.push(req.headers['last-event-id'] as string | undefined);
      open(res);
      if (lastIds.length === 1) {
        send(res, 'b-0', 'snapshot', { jobs: [view('PENDING')] });
        await pause(200); // polling every 5 ms would GET dozens of times meanwhile
        state = 'RUNNING';
        send(res, 'b-1', 'job', { job: view('RUNNING', { previous_state: 'PENDING', previous_reason: 'None' }) });
        await pause(50);
        res.destroy(); // the connection drops
      } else {
        await pause(200);
        state = 'COMPLETED';
        send(res, 'b-2', 'job', { job: view('COMPLETED', { exit_code: 0 }) });
        send(res, 'b-2', 'end', { job: view('COMPLETED', { exit_code: 0 }) });
        res.end();
      }
    };
    const changes: string[] = [];
    const modes: string[] = [];
    const job = await client().waitForJob(3, { intervalMs: 5, onChange: (j) => changes.push(j.job_state!.join('+')), onMode: (m) => modes.push(m) });
    assert.deepEqual(job.job_state, ['COMPLETED']);
    assert.equal(job.exit_code?.return_code?.number, 0, 'the record is the GET\'s');
    assert.deepEqual(changes, ['PENDING', 'RUNNING', 'COMPLETED']);
    assert.deepEqual(lastIds, [undefined, 'b-1']);
    assert.deepEqual(modes, ['events']);
    // first look, RUNNING, the look between drop and reconnect, COMPLETED
    assert.equal(gets(), 4);
  });

  it('a job that already ended is returned after one GET, no stream opened', async () => {
    handler = (_req, res) => json(res, 200, { jobs: [record('FAILED')] });
    const job = await client().waitForJob(3, { intervalMs: 5 });
    assert.deepEqual(job.job_state, ['FAILED']);
    assert.deepEqual(seen.map((r) => r.url), [GET]);
  });

  it('falls back to polling when the gateway has no events (404 9200, 501, a 200 that is not an event stream)', async () => {
    const noEvents: Handler[] = [
      (_req, res) => json(res, 404, { errors: [{ description: 'No such endpoint', error_number: 9200, error: 'Path not found', source: 's3m' }], warnings: [] }),
      (_req, res) => json(res, 501, {}),
      (_req, res) => json(res, 200, { jobs: [] }),
    ];
    for (const refuse of noEvents) {
      seen.length = 0;
      const states = ['PENDING', 'RUNNING', 'RUNNING', 'COMPLETED'];
      let i = 0;
      handler = (req, res, body) => (req.url === GET ? json(res, 200, { jobs: [record(states[Math.min(i++, states.length - 1)])] }) : refuse(req, res, body));
      const modes: string[] = [];
      const job = await client().waitForJob(3, { intervalMs: 1, onMode: (m) => modes.push(m) });
      assert.deepEqual(job.job_state, ['COMPLETED']);
      assert.deepEqual(modes, ['events', 'polling']);
      assert.equal(seen.filter((r) => r.url === EVENTS).length, 1, 'asked once');
      assert.equal(gets(), 4);
    }
  });

  it('events: false polls without asking for the stream', async () => {
    const states = ['RUNNING', 'COMPLETED'];
    let i = 0;
    handler = (_req, res) => json(res, 200, { jobs: [record(states[Math.min(i++, 1)])] });
    await client().waitForJob(3, { intervalMs: 1, events: false });
    assert.deepEqual(seen.map((r) => r.url), [GET, GET]);
  });

  it('a GET that lags behind the events (read cache) is repeated until it shows the change and the end', async () => {
    // The first look says PENDING; the cache goes on answering PENDING twice after the RUNNING event,
    // and RUNNING twice after the end.
    const served = ['PENDING', 'PENDING', 'PENDING', 'RUNNING', 'RUNNING', 'RUNNING', 'COMPLETED'];
    let i = 0;
    let opened = 0;
    handler = async (req, res) => {
      if (req.url === GET) return json(res, 200, { jobs: [record(served[Math.min(i++, served.length - 1)])] });
      opened++;
      open(res);
      send(res, 'b-0', 'snapshot', { jobs: [view('PENDING')] });
      send(res, 'b-1', 'job', { job: view('RUNNING') });
      await pause(100);
      send(res, 'b-2', 'job', { job: view('COMPLETED', { exit_code: 0 }) });
      send(res, 'b-2', 'end', { job: view('COMPLETED', { exit_code: 0 }) });
      res.end();
    };
    const changes: string[] = [];
    const job = await client().waitForJob(3, { intervalMs: 10, onChange: (j) => changes.push(j.job_state!.join('+')) });
    assert.deepEqual(job.job_state, ['COMPLETED']);
    assert.deepEqual(changes, ['PENDING', 'RUNNING', 'COMPLETED']);
    assert.equal(opened, 1, 'after the end the stream is not reopened: the GET is polled');
    assert.equal(gets(), served.length);
  });

  it('a quiet stream is checked with a GET every confirmIntervalMs', async () => {
    const served = ['RUNNING', 'RUNNING', 'COMPLETED'];
    let i = 0;
    handler = (req, res) => {
      if (req.url === GET) return json(res, 200, { jobs: [record(served[Math.min(i++, served.length - 1)])] });
      open(res);
      send(res, 'b-0', 'snapshot', { jobs: [] }); // the watcher does not list the job (yet): no events will come
    };
    const job = await client().waitForJob(3, { intervalMs: 5, confirmIntervalMs: 50 });
    assert.deepEqual(job.job_state, ['COMPLETED']);
    assert.equal(gets(), 3);
  });

  it('an abort stops the wait while the stream is open, and closes it', async () => {
    let closed = false;
    const ac = new AbortController();
    handler = (req, res) => {
      if (req.url === GET) return json(res, 200, { jobs: [record('RUNNING')] });
      res.on('close', () => (closed = true));
      open(res);
      ac.abort(new Error('stop')); // once the stream is open
    };
    await assert.rejects(client().waitForJob(3, { intervalMs: 5, signal: ac.signal }), /stop/);
    const deadline = Date.now() + 60_000;
    while (!closed && Date.now() < deadline) await pause(5);
    assert.equal(closed, true, 'the stream was closed');
    assert.equal(gets(), 1);
  });
});

