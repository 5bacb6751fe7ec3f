// `s3m watch` and the SDK's waitForJob on the gateway's job events, against the real gateway:
// over SSE a GET of the job per change instead of one per interval (counted in the gateway's
// request log, beside a `--poll` watch of an identical job); through a gateway restart (the stream
// is resumed, the exit code is right); polling behind a proxy that has no events (404 9200); and
// gRPC's JobEvents/WatchJobs.
//
// A watch is a process that can take seconds to start on a busy machine: every watched job waits
// for a file that the test writes once the watch has seen the job run, and the gateway's log is
// read only once it has caught up (settledLogs, or a wait for the line itself).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { GrpcTransport, jobExitCode, S3mClient, type Transport } from '../../src/client/index.ts';
import { join } from 'node:path';
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
  const reply = await sdk.withResource(resource).submit({ name, current_working_directory: gw.dir, environment: ['PATH=/usr/bin:/bin'], time_limit: { set: true, number: 30 }, script }); // real minutes here (minuteSeconds 60)
  return reply.job_id!;
};
/** Times (ms) of the request-log lines of GET /slurm/v0.0.43/{resource}/job/{id} in `logs` (REST reads of that one job). */
const restGetTimes = (logs: string, id: number, resource = 'defiant'): number[] =>
  logs
    .split('\n')
    .filter((l) => l.includes(`"url":"/slurm/v0.0.43/${resource}/job/${id}"`) && l.includes('"method":"GET"'))
    .map((l) => JSON.parse(l).time as number);
const restGets = (logs: string, id: number, resource = 'defiant') => restGetTimes(logs, id, resource).length;
/** A script that waits for the file `go` (written by the test), then does `then`. */
const gated = (go: string, then: string) => `#!/bin/bash\nwhile [ ! -f ${go} ]; do sleep 0.1; done\n${then}`;
let gates = 0;
const gate = () => join(gw.dir, `go-${++gates}`);
/** watch's last line names the run time the job record shows (end_time - start_time, M:SS). */
async function elapsedOf(id: number, resource = 'defiant'): Promise<{ seconds: number; text: string }> {
  const j = (await sdk.withResource(resource).job(id)).jobs![0];
  const seconds = j.end_time!.number! - j.start_time!.number!;
  return { seconds, text: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` };
}
/** Wait until the gateway logged the end of job `id`'s event stream (logged when the client has gone). */
const streamClosed = (id: number, resource = 'defiant', from = 0) =>
  waitFor(`the log line of job ${id}'s closed event stream`, async () => (gw.logs().slice(from).includes(`"url":"/s3m/v1/${resource}/job/${id}/events"`) ? true : undefined));

before(async () => {
  // A fixed port, so that a watch started before gw.restart() finds the gateway again. The job
  // read is not cached (the read cache's lag is the SDK unit tests' business: src/client/client.test.ts),
  // so that GETs counted here are the client's own. Time limits are real minutes: a job that waits
  // for watch processes to start must not reach its limit meanwhile.
  const port = await freePort();
  const config = testConfig({ minuteSeconds: 60 })
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
    // Both jobs run 6 s once both watches have seen them running.
    const go = gate();
    const script = gated(go, 'sleep 6\nexit 4');
    const [a, b] = [await submit('events', script), await submit('polled', script)];
    const events = startCli(['watch', String(a), '--interval', '100'], { env });
    const polls = startCli(['watch', String(b), '--interval', '100', '--poll'], { env });
    await waitFor('both watches show RUNNING', async () =>
      new RegExp(`job ${a} RUNNING`).test(events.output().stdout) && new RegExp(`job ${b} RUNNING`).test(polls.output().stdout) ? true : undefined,
    );
    writeFileSync(go, '');
    const [viaEvents, viaPolls] = await Promise.all([events.done, polls.done]);
    for (const [w, id] of [[viaEvents, a], [viaPolls, b]] as const) {
      assert.equal(w.code, 4, w.stderr);
      assert.match(w.stdout, new RegExp(`job ${id} RUNNING on d00\\d`));
      const ran = await elapsedOf(id);
      assert.ok(ran.seconds >= 6, `job ${id} ran ${ran.seconds} s`);
      assert.match(w.stdout, new RegExp(`job ${id} FAILED after ${ran.text}, exit code 4:0 → exit status 4`));
    }
    await streamClosed(a);
    const logs = await gw.settledLogs();
    const withEvents = restGets(logs, a);
    const polledAt = restGetTimes(logs, b);
    const polled = polledAt.length;
    // How long the polling watch polled, by the gateway's clock (not counting its process start).
    const seconds = (polledAt.at(-1)! - polledAt[0]) / 1000;
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
    const blocker = await submit('blocker', '#!/bin/bash\nsleep 3600', 'quokka');
    await waitFor('blocker running', async () => ((await sdk.withResource('quokka').job(blocker)).jobs?.[0].job_state?.[0] === 'RUNNING' ? true : undefined));
    const go = gate();
    const id = await submit('after-restart', gated(go, 'sleep 5\nexit 3'), 'quokka');
    const watch = startCli(['watch', String(id), '--resource', 'quokka'], { env });
    const subscribed = async () => (/s3m_event_subscribers\{resource="quokka"\} 1/.test(await (await fetch(`${gw.adminUrl}/metrics`)).text()) ? true : undefined);
    await waitFor('watch shows PENDING', async () => (new RegExp(`job ${id} PENDING`).test(watch.output().stdout) ? true : undefined));
    await waitFor('stream open', subscribed);
    const before = (await gw.settledLogs()).length;
    await gw.restart();
    // The job runs once the restart has ended the blocker; it ends 5 s after the watch has seen it
    // run and has its stream back.
    await waitFor('watch shows RUNNING after the restart', async () => (new RegExp(`job ${id} RUNNING on q001`).test(watch.output().stdout) ? true : undefined));
    await waitFor('stream open again', subscribed);
    writeFileSync(go, '');
    const w = await watch.done;
    assert.equal(w.code, 3, `${w.stdout}\n${w.stderr}`);
    assert.match(w.stdout, new RegExp(`job ${id} RUNNING on q001`));
    const ran = await elapsedOf(id, 'quokka');
    assert.ok(ran.seconds >= 5, `job ${id} ran ${ran.seconds} s`);
    assert.match(w.stdout, new RegExp(`job ${id} FAILED after ${ran.text}, exit code 3:0 → exit status 3`));
    // The restarted gateway served the stream to its end (the "event stream closed" line names it).
    await streamClosed(id, 'quokka', before);
    const after = restGets((await gw.settledLogs()).slice(before), id, 'quokka');
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
    const go = gate();
    const id = await submit('no-events', gated(go, 'sleep 3\nexit 7'));
    const watch = startCli(['watch', String(id), '--interval', '100'], { env: { ...env, S3M_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` } });
    await waitFor('watch shows RUNNING', async () => (new RegExp(`job ${id} RUNNING`).test(watch.output().stdout) ? true : undefined));
    writeFileSync(go, '');
    const w = await watch.done;
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
    // The job goes on (4 s) once waitForJob has seen it run.
    const go = gate();
    const id = await submit('grpc-events', gated(go, 'sleep 4\nexit 5'));
    const states: string[] = [];
    const onChange = (j: { job_state?: string[] }) => {
      states.push(j.job_state!.join('+'));
      if (j.job_state![0] === 'RUNNING') writeFileSync(go, '');
    };
    const done = await client.waitForJob(id, { intervalMs: 100, signal: AbortSignal.timeout(60_000), onChange });
    assert.equal(jobExitCode(done), 5);
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.ok(states.includes('RUNNING'), states.join(' '));
    t.diagnostic(`GetJob calls: ${getJobs}, streams: ${streams}`);
    assert.equal(streams, 1);
    assert.ok(getJobs <= 4, `${getJobs} GetJob calls`);

    // The CLI follows WatchJobs: the job ends once the gateway has logged the stream's opening
    // (the log read from here on, after the line of the stream above).
    const before = (await gw.settledLogs()).length;
    const go2 = gate();
    const id2 = await submit('grpc-cli', gated(go2, 'exit 6'));
    const watch = startCli(['watch', String(id2), '--transport', 'grpc'], { env });
    await waitFor('the gateway to log the WatchJobs stream', async () => (/"rpc":"WatchJobs".*"grpc stream opened"/.test(gw.logs().slice(before)) ? true : undefined));
    writeFileSync(go2, '');
    const w = await watch.done;
    assert.equal(w.code, 6, w.stderr);
    assert.match(w.stdout, /exit status 6/);
  });
});
