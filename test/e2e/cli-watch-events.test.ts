// `s3m watch` and the SDK's waitForJob on the gateway's job events, against the real gateway:
// over SSE a GET of the job per change instead of one per interval (counted in the gateway's
// request log, beside a `--poll` watch of an identical job); through a gateway restart (the stream
// is resumed, the exit code is right); polling behind a proxy that has no events (404 9200); and
// gRPC's JobEvents/WatchJobs.
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { GrpcTransport, jobExitCode, S3mClient, type Transport } from '../../src/client/index.ts';
import { cli, startCli } from './cli-run.ts';
import { startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
let token: string;
let env: Record<string, string>;
let sdk: S3mClient<'v0.0.43'>;
const closers: (() => Promise<unknown>)[] = [];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

const submit = async (name: string, script: string, resource = 'defiant') => {
  const reply = await sdk.withResource(resource).submit({ name, current_working_directory: gw.dir, environment: ['PATH=/usr/bin:/bin'], time_limit: { set: true, number: 30 }, script }); // minutes of `minuteSeconds` (1 s)
  return reply.job_id!;
};
/** Request-log lines of GET /slurm/v0.0.43/{resource}/job/{id} in `logs` (REST reads of that one job). */
const restGets = (logs: string, id: number, resource = 'defiant') => logs.split('\n').filter((l) => l.includes(`"url":"/slurm/v0.0.43/${resource}/job/${id}"`) && l.includes('"method":"GET"')).length;

before(async () => {
  // A fixed port, so that a watch started before gw.restart() finds the gateway again. The job
  // read is not cached (the read cache's lag is the SDK unit tests' business: src/client/client.test.ts),
  // so that GETs counted here are the client's own.
  const port = await freePort();
  const config = testConfig()
    .replace('port: 0', `port: ${port}`)
    .replace('resources:\n', 'events: { pollIntervalMs: 200, heartbeatSeconds: 1 }\ncache: { ttlMs: { job: 0 } }\nresources:\n');
  gw = await startGateway({ config });
  token = await gw.token('STF040', 'alice', 'compute-ace');
  env = { S3M_URL: gw.url, S3M_RESOURCE: 'defiant', S3M_TOKEN: token };
  sdk = new S3mClient<'v0.0.43'>({ url: gw.url, token, resource: 'defiant' });
  closers.push(() => sdk.close());
});
after(async () => {
  for (const close of closers) await close().catch(() => undefined);
  await gw?.cleanup();
});

describe('s3m watch follows job events', () => {
  it('over SSE: the same lines and exit status as --poll, with a GET per change instead of one per interval', async (t) => {
    const script = '#!/bin/bash\nsleep 6\nexit 4';
    const [a, b] = [await submit('events', script), await submit('polled', script)];
    const started = Date.now();
    const [viaEvents, viaPolls] = await Promise.all([cli(['watch', String(a), '--interval', '100'], { env }), cli(['watch', String(b), '--interval', '100', '--poll'], { env })]);
    const seconds = (Date.now() - started) / 1000;
    for (const [w, id] of [[viaEvents, a], [viaPolls, b]] as const) {
      assert.equal(w.code, 4, w.stderr);
      assert.match(w.stdout, new RegExp(`job ${id} RUNNING on d00\\d`));
      assert.match(w.stdout, new RegExp(`job ${id} FAILED after 0:0[67], exit code 4:0 → exit status 4`));
    }
    const logs = gw.logs();
    const withEvents = restGets(logs, a);
    const polled = restGets(logs, b);
    t.diagnostic(`GETs of the job: ${withEvents} following events, ${polled} polling (${seconds} s)`);
    // Events: the first look, RUNNING, the end (and at most one more: a reason change, a lagging list).
    assert.ok(withEvents <= 4, `${withEvents} GETs of job ${a} while following events`);
    // Polling every 100 ms growing to 2 s while running: at least one GET per 2 s.
    assert.ok(polled >= Math.floor(seconds / 2) + 3, `${polled} GETs of job ${b} in ${seconds} s of polling`);
    assert.ok(polled >= 2 * withEvents, `events ${withEvents} vs polling ${polled}`);
    assert.match(logs, new RegExp(`"url":"/s3m/v1/defiant/job/${a}/events"`), 'the event stream was used');
    assert.doesNotMatch(logs, new RegExp(`/s3m/v1/defiant/job/${b}/events`), '--poll opens no stream');
  });

  it('through a gateway restart: the stream is resumed and the exit code is the job’s', async (t) => {
    // quokka has one cpu: the watched job waits behind a blocker that the restart ends.
    const blocker = await submit('blocker', '#!/bin/bash\nsleep 300', 'quokka');
    await waitFor('blocker running', async () => ((await sdk.withResource('quokka').job(blocker)).jobs?.[0].job_state?.[0] === 'RUNNING' ? true : undefined));
    const id = await submit('after-restart', '#!/bin/bash\nsleep 5\nexit 3', 'quokka');
    const watch = startCli(['watch', String(id), '--resource', 'quokka'], { env });
    await waitFor('watch shows PENDING', async () => (new RegExp(`job ${id} PENDING`).test(watch.output().stdout) ? true : undefined));
    await waitFor('stream open', async () => (/s3m_event_subscribers\{resource="quokka"\} 1/.test(await (await fetch(`${gw.url}/metrics`)).text()) ? true : undefined));
    const before = gw.logs().length;
    await gw.restart();
    const w = await watch.done;
    assert.equal(w.code, 3, `${w.stdout}\n${w.stderr}`);
    assert.match(w.stdout, new RegExp(`job ${id} RUNNING on q001`));
    assert.match(w.stdout, new RegExp(`job ${id} FAILED after 0:0[56], exit code 3:0 → exit status 3`));
    // The restarted gateway served the stream to its end (the "event stream closed" line names it).
    assert.match(gw.logs().slice(before), new RegExp(`"url":"/s3m/v1/quokka/job/${id}/events"`));
    const after = restGets(gw.logs().slice(before), id, 'quokka');
    t.diagnostic(`GETs of the job after the restart: ${after}`);
    assert.ok(after <= 6, 'no polling once the stream is back');
  });

  it('polls, with the same result, behind a proxy whose gateway has no events (404 error 9200)', async (t) => {
    const target = new URL(gw.url);
    let eventRequests = 0;
    let gets = 0;
    const proxy: Server = createServer((req, res) => {
      if (req.url!.startsWith('/s3m/v1/')) {
        eventRequests++;
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ description: `No such endpoint: GET ${req.url}`, error_number: 9200, error: 'Path not found', source: 's3m' }], warnings: [] }));
        return;
      }
      if (req.method === 'GET' && /\/job\/\d+$/.test(req.url!)) gets++;
      const up = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode!, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.destroy());
      req.pipe(up);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise((r) => proxy.close(r)));
    const id = await submit('no-events', '#!/bin/bash\nsleep 3\nexit 7');
    const w = await cli(['watch', String(id), '--interval', '100'], { env: { ...env, S3M_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` } });
    assert.equal(w.code, 7, w.stderr);
    assert.match(w.stdout, new RegExp(`job ${id} RUNNING on d00\\d`));
    assert.match(w.stdout, /exit status 7/);
    t.diagnostic(`GETs through the proxy: ${gets}`);
    assert.equal(eventRequests, 1, 'asked for the stream once, then polled');
    assert.ok(gets >= 5, `${gets} GETs: polling`);
  });
});

describe('waitForJob over gRPC (s3m.events.v1.JobEvents/WatchJobs)', () => {
  it('follows WatchJobs with a GetJob per change; the CLI over gRPC exits with the job’s status', async (t) => {
    const grpc = new GrpcTransport({ url: gw.url, token });
    closers.push(() => grpc.close());
    let getJobs = 0;
    let streams = 0;
    // The real transport, counting what goes through it.
    const counting: Transport = Object.assign(Object.create(grpc) as GrpcTransport, {
      job: (...args: Parameters<GrpcTransport['job']>) => {
        getJobs++;
        return grpc.job(...args);
      },
      jobEvents: (...args: Parameters<GrpcTransport['jobEvents']>) => {
        streams++;
        return grpc.jobEvents(...args);
      },
    });
    const client = new S3mClient<'v0.0.43'>({ resource: 'defiant', transport: counting });
    const id = await submit('grpc-events', '#!/bin/bash\nsleep 4\nexit 5');
    const states: string[] = [];
    const done = await client.waitForJob(id, { intervalMs: 100, signal: AbortSignal.timeout(30_000), onChange: (j) => states.push(j.job_state!.join('+')) });
    assert.equal(jobExitCode(done), 5);
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.ok(states.includes('RUNNING'), states.join(' '));
    t.diagnostic(`GetJob calls: ${getJobs}, streams: ${streams}`);
    assert.equal(streams, 1);
    assert.ok(getJobs <= 4, `${getJobs} GetJob calls`);

    const before = gw.logs().length;
    const id2 = await submit('grpc-cli', '#!/bin/bash\nsleep 2\nexit 6');
    const w = await cli(['watch', String(id2), '--transport', 'grpc'], { env });
    assert.equal(w.code, 6, w.stderr);
    assert.match(w.stdout, /exit status 6/);
    assert.match(gw.logs().slice(before), /"rpc":"WatchJobs".*"grpc stream opened"/);
  });
});
