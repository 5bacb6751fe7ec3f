// Operations through the real gateway (`bin/s3m serve`): the audit log (REST, gRPC, the token
// API and the admin CLI, queried with the real `bin/s3m admin audit`), job-state push over SSE
// (real `curl -N`, with Last-Event-ID resume) and gRPC WatchJobs, one watcher for 200 subscribers,
// the status API against a slurmrestd that goes away, /readyz, and state reasons in words.
import { credentials, loadPackageDefinition, makeGenericClientConstructor, Metadata, type Client, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { startFake, type FakeServer } from '../support/fake-slurmrestd.ts';
import { loadVersionDefinition } from '../../src/adapters/grpc/definition.ts';
import { PROTO_DIR } from '../../src/contract/grpc/loader-options.ts';
import { BUF } from './grpc-harness.ts';
import { JOB_CWD, ROOT, curl, jobDir, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';
import { curlStream, parseSse } from '../support/sse.ts';

const run = promisify(execFile);

const PING = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/slurmrestd/GET_ping.json'), 'utf8'));

function opsConfig(fakeUrl: string, tokenFile: string): string {
  return (
    testConfig()
      // Read-only tokens get a tiny bucket so that the rate-limit denial can be audited.
      .replace(/rateLimits:.*\n/, 'rateLimits: { compute-ace: { ratePerSecond: 1000, burst: 1000 }, compute-ace-readonly: { ratePerSecond: 0.01, burst: 3 } }\n')
      // Pings count as slow or lost only after 30 s: a busy machine must not turn a status DEGRADED
      // or UNAVAILABLE here (what a stopped slurmrestd does is checked below). The fan-out test
      // opens 100 streams per token on purpose; the per-token cap is edge-limits.test.ts's.
      .replace('resources:\n', 'events: { pollIntervalMs: 200, lingerMs: 20000, heartbeatSeconds: 1, maxStreamsPerToken: 200 }\nstatus: { cacheMs: 500, pingTimeoutMs: 30000, slowPingMs: 30000 }\nresources:\n')
      .replace(
        '  quokka:\n',
        `  quokka:\n    description: Quokka test system\n    downtimes: [{ start: "2031-01-01T00:00:00Z", end: "2031-01-02T00:00:00Z", description: "Hardware maintenance" }]\n`,
      ) +
    `  remote:
    description: a slurmrestd that goes away
    cacheTtlMs: { ping: 0 }
    admission: { failureThreshold: 1000 }
    backend: { type: slurmrestd, url: "${fakeUrl}", auth: { mode: token-file, file: "${tokenFile}", user: slurm }, apiVersion: v0.0.43 }
  closed:
    backend: { type: slurmrestd, url: "http://127.0.0.1:1", auth: { mode: token-file, file: "${tokenFile}" }, apiVersion: v0.0.43 }
`
  );
}

const sleepJob = (name: string, seconds: number) => ({
  job: { name, current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: `#!/bin/bash\nsleep ${seconds}` },
});
/** A job that runs until the test writes the file `go`. */
const gatedJob = (name: string, go: string) => ({
  job: { name, current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: `#!/bin/bash\nwhile [ ! -f ${go} ]; do sleep 0.1; done` },
});

/** One counter or gauge value from /metrics (0 when absent). */
async function metric(gw: TestGateway, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${gw.adminUrl}/metrics`)).text();
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && want.every((w) => l.includes(w)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

async function audit(gw: TestGateway, ...args: string[]): Promise<any[]> {
  const { stdout } = await gw.admin('audit', '--json', ...args);
  return JSON.parse(stdout);
}

/** A Node HTTP event-stream subscriber (for the many-subscribers test). */
function nodeStream(url: string, token: string) {
  let text = '';
  let status = 0;
  const req: ClientRequest = httpRequest(url, { headers: { Authorization: token }, agent: false }, (res) => {
    status = res.statusCode ?? 0;
    res.on('data', (c: Buffer) => (text += c.toString()));
    res.on('error', () => {});
  });
  req.on('error', () => {});
  req.end();
  return { events: () => parseSse(text), status: () => status, close: () => req.destroy() };
}

describe('operations', () => {
  let gw: TestGateway;
  let fake: FakeServer;
  let tmp = '';
  let tokA = '';
  let tokB = '';
  let tokRO = '';
  let envA = '';
  let envB = '';
  let envRO = '';

  before(async () => {
    tmp = jobDir('s3m-ops-');
    const tokenFile = join(tmp, 'slurm.jwt');
    writeFileSync(tokenFile, 'not-a-real-jwt\n', { mode: 0o600 }); // a cluster credential: the gateway refuses one others can read
    fake = await startFake((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url.endsWith('/ping') ? PING : { ...PING, pings: undefined, jobs: [] }));
    });
    gw = await startGateway({ config: opsConfig(fake.url, tokenFile) });
    [tokA, tokB, tokRO] = await Promise.all([gw.token('PROJA', 'alice', 'compute-ace'), gw.token('PROJB', 'bob', 'compute-ace'), gw.token('PROJA', 'carol', 'compute-ace-readonly')]);
    envA = gw.headerFile(tokA);
    envB = gw.headerFile(tokB);
    envRO = gw.headerFile(tokRO);
  });
  after(async () => {
    await gw?.cleanup();
    await fake?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  describe('audit log', () => {
    it('REST submit and cancel: who, what, which job and signal, from where, with the request id', async () => {
      const sub = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: envA, json: sleepJob('audited', 30) });
      assert.equal(sub.status, 200);
      const jobId = String(sub.body.job_id);
      const del = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${jobId}?signal=INT`, { method: 'DELETE', headerFile: envA });
      assert.equal(del.status, 200);
      const rows = await audit(gw, '--project', 'PROJA', '--resource', 'defiant', '--job', jobId);
      assert.deepEqual(rows.map((r) => r.operation), ['submit', 'cancel']);
      const [s, c] = rows;
      assert.equal(s.api, 'rest');
      assert.equal(s.outcome, 'ok');
      assert.equal(s.status, 200);
      assert.equal(s.user, 'alice');
      assert.equal(s.tokenId, tokA.split('_')[1]);
      assert.equal(s.requestId, sub.headers['x-request-id']);
      assert.match(s.client, /^127\.0\.0\.1/);
      assert.equal(c.signal, 'SIGINT');
      assert.equal(c.requestId, del.headers['x-request-id']);
      const all = JSON.stringify(await audit(gw));
      for (const t of [tokA, tokB, tokRO]) assert.ok(!all.includes(t.split('_').slice(2).join('_')), 'no token secret in the audit log');
      await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${jobId}`, { method: 'DELETE', headerFile: envA });
    });

    it('denied calls: no token, an unknown token, read-only writes, another project’s account, rate limited', async () => {
      const since = new Date().toISOString();
      assert.equal((await curl(`${gw.url}/slurm/v0.0.43/wombat/jobs`)).status, 401);
      const forged = `s3m_abcdefabcdef_${'x'.repeat(43)}`;
      assert.equal((await curl(`${gw.url}/slurm/v0.0.43/wombat/ping`, { headers: [`Authorization: ${forged}`] })).status, 401);
      assert.equal((await curl(`${gw.url}/slurm/v0.0.43/wombat/job/submit`, { method: 'POST', headerFile: envRO, json: sleepJob('ro', 1) })).status, 403);
      assert.equal((await curl(`${gw.url}/slurm/v0.0.43/wombat/job/submit`, { method: 'POST', headerFile: envA, json: { job: { ...sleepJob('x', 1).job, account: 'PROJB' } } })).status, 403);
      let limited = 0;
      for (let i = 0; i < 6; i++) if ((await curl(`${gw.url}/slurm/v0.0.43/wombat/ping`, { headerFile: envRO })).status === 429) limited++;
      assert.ok(limited >= 2);
      const rows = await audit(gw, '--since', since);
      const denied = rows.filter((r) => r.outcome === 'denied');
      assert.deepEqual(
        denied.map((r) => [r.operation, r.status, r.tokenId ?? null, r.claimedTokenId ?? null]),
        [
          ['jobs', 401, null, null],
          // An unknown token's id is only claimed: never recorded as the token (edge-auth.test.ts).
          ['ping', 401, null, 'abcdefabcdef'],
          ['submit', 403, tokRO.split('_')[1], null],
          ['submit', 403, tokA.split('_')[1], null],
        ],
      );
      assert.match(denied[1].detail, /Unknown access token/);
      assert.match(denied[3].detail, /Account "PROJB" is not this token's project/);
      const rl = rows.filter((r) => r.outcome === 'rate-limited');
      assert.equal(rl.length, limited);
      assert.ok(rl.every((r) => r.status === 429 && r.user === 'carol' && r.project === 'PROJA' && r.resource === 'wombat'));
      // The human-readable table.
      const { stdout } = await gw.admin('audit', '--since', since, '--outcome', 'denied');
      assert.match(stdout.split('\n')[0], /^TIME\s+API\s+OPERATION\s+OUTCOME/);
      assert.equal(stdout.trim().split('\n').length, 5);
    });

    it('gRPC submit, cancel and a denied call are audited alike', async () => {
      const def = loadVersionDefinition('v0.0.43');
      const Ctor = makeGenericClientConstructor(def.service, 'SlurmIndirect');
      const client = new Ctor(new URL(gw.url).host, credentials.createInsecure()) as Client & Record<string, Function>;
      const unary = (rpc: string, req: unknown, md: Record<string, string>) =>
        new Promise<any>((resolve, reject) => {
          const m = new Metadata();
          for (const [k, v] of Object.entries(md)) m.set(k, v);
          client[rpc](req, m, (err: ServiceError | null, res: any) => (err ? reject(err) : resolve(res)));
        });
      try {
        const sub = await unary('PostJobSubmit', sleepJob('grpc-audited', 30), { authorization: tokA, 'x-s3m-resource': 'wombat' });
        const jobId = String(sub.job_id);
        await unary('DeleteJob', { job_id: jobId, signal: 'SIGUSR1' }, { authorization: tokA, 'x-s3m-resource': 'wombat' });
        await assert.rejects(unary('DeleteJob', { job_id: jobId }, { authorization: tokRO, 'x-s3m-resource': 'wombat' }), (e: ServiceError) => e.code === 7);
        await assert.rejects(unary('GetJobs', {}, { 'x-s3m-resource': 'wombat' }), (e: ServiceError) => e.code === 16);
        const rows = (await audit(gw, '--resource', 'wombat')).filter((r) => r.api === 'grpc');
        assert.deepEqual(
          rows.map((r) => [r.operation, r.outcome, r.jobId ?? null, r.signal ?? null]),
          [
            ['submit', 'ok', jobId, null],
            ['cancel', 'ok', jobId, 'SIGUSR1'],
            ['cancel', 'denied', jobId, null],
            ['jobs', 'denied', null, null],
          ],
        );
        assert.equal(rows[0].user, 'alice');
        assert.ok(rows[0].requestId);
        await unary('DeleteJob', { job_id: jobId }, { authorization: tokA, 'x-s3m-resource': 'wombat' });
      } finally {
        client.close();
      }
    });

    it('token create and revoke by the admin CLI and by the token API', async () => {
      const t = await gw.token('PROJC', 'dave', 'compute-ace');
      const id = t.split('_')[1];
      const revoked = await curl(`${gw.url}/olcf/v1/token/ctls/revoke`, { method: 'DELETE', headers: [`Authorization: ${t}`] });
      assert.equal(revoked.status, 200);
      const t2 = await gw.token('PROJC', 'erin', 'compute-ace');
      const id2 = t2.split('_')[1];
      await gw.admin('token', 'revoke', id2);
      await assert.rejects(gw.admin('token', 'revoke', id2), /already revoked/);
      const rows = await audit(gw, '--project', 'PROJC');
      assert.deepEqual(
        rows.map((r) => [r.api, r.operation, r.outcome, r.tokenId]),
        [
          ['cli', 'token.create', 'ok', id],
          ['rest', 'token.revoke', 'ok', id],
          ['cli', 'token.create', 'ok', id2],
          ['cli', 'token.revoke', 'ok', id2],
          ['cli', 'token.revoke', 'refused', id2],
        ],
      );
      assert.match(rows[0].client, /^cli:/);
      assert.equal(rows[1].requestId, revoked.headers['x-request-id']);
      // The revoked token is refused, and that is audited too.
      assert.equal((await curl(`${gw.url}/olcf/v1/token/ctls/introspect`, { headers: [`Authorization: ${t}`] })).status, 401);
      const last = (await audit(gw, '--token', id)).at(-1);
      assert.deepEqual([last.operation, last.outcome, last.status], ['token.introspect', 'denied', 401]);
      assert.match(last.detail, /revoked/);
    });
  });

  describe('job events', () => {
    it('SSE (curl -N): PENDING → RUNNING → COMPLETED for a real job, resumed with Last-Event-ID after a disconnect', async () => {
      // quokka has one 1-CPU node: the second job waits for the first. Each runs until the test
      // lets it end, so that the stream sees each state however slowly things start.
      const [goBlocker, goWatched] = [join(tmp, 'go-blocker'), join(tmp, 'go-watched')];
      const blocker = await curl(`${gw.url}/slurm/v0.0.43/quokka/job/submit`, { method: 'POST', headerFile: envA, json: gatedJob('blocker', goBlocker) });
      const job = await curl(`${gw.url}/slurm/v0.0.43/quokka/job/submit`, { method: 'POST', headerFile: envA, json: gatedJob('watched', goWatched) });
      const id = job.body.job_id;
      assert.ok(blocker.body.job_id < id);
      // Another project's stream on the same resource never shows PROJA's jobs.
      const other = curlStream(`${gw.url}/s3m/v1/quokka/jobs/events`, [`Authorization: ${tokB}`]);
      const first = curlStream(`${gw.url}/s3m/v1/quokka/job/${id}/events`, [`Authorization: ${tokA}`]);
      const snap = await waitFor('snapshot', async () => first.events().find((e) => e.event === 'snapshot'));
      assert.equal(snap.data.jobs.length, 1);
      assert.equal(snap.data.jobs[0].job_id, id);
      assert.equal(snap.data.jobs[0].state, 'PENDING');
      assert.match(snap.data.jobs[0].reason, /Resources|Priority/);
      assert.ok(snap.data.jobs[0].reason_text.length > 10);
      assert.equal(snap.id, snap.data.id);
      first.stop();
      await first.exited;
      // While nobody watches, the job starts.
      writeFileSync(goBlocker, '');
      await waitFor('job running', async () => ((await curl(`${gw.url}/slurm/v0.0.43/quokka/job/${id}`, { headerFile: envA })).body.jobs[0].job_state[0] === 'RUNNING' ? true : undefined));
      const lastId = first.events().at(-1)!.id;
      const resumed = curlStream(`${gw.url}/s3m/v1/quokka/job/${id}/events`, [`Authorization: ${tokA}`, `Last-Event-ID: ${lastId}`]);
      // The missed event comes first; then the job ends while the stream is open.
      await waitFor('the missed event', async () => (resumed.events().length > 0 ? true : undefined));
      writeFileSync(goWatched, '');
      const code = await Promise.race([resumed.exited, new Promise((r) => setTimeout(() => r('no end within 60 s'), 60_000).unref())]);
      assert.equal(code, 0, `the stream ends after the final state: ${resumed.text()}`);
      const evs = resumed.events();
      assert.deepEqual(evs.map((e) => e.event), ['job', 'job', 'end'], 'no snapshot on resume: exactly the missed and the later events');
      assert.deepEqual(evs.map((e) => [e.data.job.previous_state, e.data.job.state]), [
        ['PENDING', 'RUNNING'],
        ['RUNNING', 'COMPLETED'],
        ['RUNNING', 'COMPLETED'],
      ]);
      assert.equal(evs[1].data.job.exit_code, 0);
      const seqs = evs.map((e) => Number(e.id.split('-')[1]));
      assert.ok(seqs[0] > Number(lastId.split('-')[1]) && seqs[1] > seqs[0], 'ids increase');
      assert.match(resumed.text(), /^: s3m job events\nretry: 2000\n/);
      // The project stream of PROJB saw nothing of PROJA: once an event of a PROJB job submitted
      // after PROJA's job ended has reached it (a stream delivers in order), nothing of PROJA did.
      const mark = await curl(`${gw.url}/slurm/v0.0.43/quokka/job/submit`, { method: 'POST', headerFile: envB, json: sleepJob('projb-mark', 0) });
      assert.equal(mark.status, 200, mark.text);
      await waitFor("an event of PROJB's job on PROJB's stream", async () => (other.events().some((e) => e.event === 'job' && e.data.job.job_id === mark.body.job_id) ? true : undefined));
      await waitFor('a keep-alive on the quiet stream', async () => (/: keep-alive/.test(other.text()) ? true : undefined));
      other.stop();
      await other.exited;
      const seen = other.events();
      assert.equal(seen[0].event, 'snapshot');
      assert.ok(seen.every((e) => (e.data.jobs ?? [e.data.job]).every((j: any) => j.account === 'projb')), other.text());
      assert.match(other.text(), /: keep-alive/);
    });

    it('refuses like REST: 401 without a token, 404 for another project’s job, 404 for an unknown resource', async () => {
      const job = await curl(`${gw.url}/slurm/v0.0.43/wombat/job/submit`, { method: 'POST', headerFile: envA, json: sleepJob('mine', 1) });
      const noToken = await curl(`${gw.url}/s3m/v1/wombat/jobs/events`);
      assert.equal(noToken.status, 401);
      assert.equal(noToken.body.errors[0].error_number, 1007);
      const foreign = await curl(`${gw.url}/s3m/v1/wombat/job/${job.body.job_id}/events`, { headerFile: envB });
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.errors[0].error_number, 2017);
      assert.equal((await curl(`${gw.url}/s3m/v1/nowhere/jobs/events`, { headerFile: envA })).status, 404);
      assert.equal((await curl(`${gw.url}/s3m/v1/wombat/job/abc/events`, { headerFile: envA })).status, 422);
      const denied = (await audit(gw, '--operation', 'events')).filter((r) => r.outcome === 'denied');
      assert.ok(denied.some((r) => r.resource === 'wombat' && r.status === 401));
    });

    it('200 concurrent subscribers on one resource cost one watcher: polls do not grow with subscribers', async () => {
      const resource = 'wombat';
      const url = `${gw.url}/s3m/v1/${resource}/jobs/events`;
      const streams = Array.from({ length: 200 }, (_, i) => nodeStream(url, i % 2 ? tokA : tokB));
      try {
        await waitFor('200 snapshots', async () => (streams.every((s) => s.events().some((e) => e.event === 'snapshot')) ? true : undefined));
        assert.ok(streams.every((s) => s.status() === 200));
        assert.equal(await metric(gw, 's3m_event_watchers', { resource }), 1);
        assert.equal(await metric(gw, 's3m_event_subscribers', { resource }), 200);
        const from = Date.now();
        const polls0 = await metric(gw, 's3m_event_polls_total', { resource });
        const backend0 = await metric(gw, 's3m_backend_requests_total', { resource, operation: 'jobs' });
        // The watcher goes on polling: wait for 10 of its polls.
        const polls = await waitFor('10 watcher polls', async () => {
          const n = (await metric(gw, 's3m_event_polls_total', { resource })) - polls0;
          return n >= 10 ? n : undefined;
        });
        const backend = (await metric(gw, 's3m_backend_requests_total', { resource, operation: 'jobs' })) - backend0;
        const seconds = (Date.now() - from) / 1000;
        // One watcher starts a poll at most every 200 ms, for 200 subscribers as for one (a watcher
        // per subscriber would make 200 times as many). A busy machine only makes polls rarer.
        assert.ok(polls <= Math.floor(seconds / 0.2) + 2, `${polls} polls in ${seconds} s`);
        assert.ok(backend <= polls, `backend jobs calls ${backend} ≤ watcher polls ${polls}`);
        // A change reaches every subscriber of the project, and only those.
        const job = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/submit`, { method: 'POST', headerFile: envA, json: sleepJob('fanout', 1) });
        const mine = (s: ReturnType<typeof nodeStream>) => s.events().some((e) => e.event === 'job' && e.data.job.job_id === job.body.job_id);
        await waitFor('fan-out to PROJA subscribers', async () => (streams.filter((_, i) => i % 2).every(mine) ? true : undefined));
        assert.ok(streams.filter((_, i) => i % 2 === 0).every((s) => !mine(s)));
      } finally {
        for (const s of streams) s.close();
      }
      await waitFor('subscribers gone', async () => ((await metric(gw, 's3m_event_subscribers', { resource })) === 0 ? true : undefined));
    });

    it('gRPC s3m.events.v1.JobEvents/WatchJobs: snapshot, changes, end; UNAUTHENTICATED without a token', async () => {
      const pkg = loadPackageDefinition(loadSync('s3m/events/v1/events.proto', { keepCase: true, longs: Number, defaults: true, includeDirs: [PROTO_DIR] })) as any;
      const client = new pkg.s3m.events.v1.JobEvents(new URL(gw.url).host, credentials.createInsecure());
      try {
        const job = await curl(`${gw.url}/slurm/v0.0.43/wombat/job/submit`, { method: 'POST', headerFile: envA, json: sleepJob('grpc-watched', 1) });
        const md = new Metadata();
        md.set('authorization', tokA);
        md.set('x-s3m-resource', 'wombat');
        const events = await new Promise<any[]>((resolve, reject) => {
          const got: any[] = [];
          const call = client.WatchJobs({ job_id: job.body.job_id }, md);
          call.on('data', (e: any) => got.push(e));
          call.on('end', () => resolve(got));
          call.on('error', reject);
        });
        assert.equal(events[0].type, 'snapshot');
        assert.equal(events.at(-1).type, 'end');
        assert.equal(events.at(-1).job.state, 'COMPLETED');
        assert.equal(events.at(-1).job.has_exit_code, true);
        assert.ok(events.every((e) => e.resource === 'wombat'));
        const err = await new Promise<ServiceError>((resolve) => {
          const m = new Metadata();
          m.set('x-s3m-resource', 'wombat');
          const call = client.WatchJobs({}, m);
          call.on('data', () => {});
          call.on('error', resolve);
        });
        assert.equal(err.code, 16);
        // Through server reflection (no .proto), with the SSE JSON's snake_case names.
        const { stdout } = await run(BUF, ['curl', '--protocol', 'grpc', '--http2-prior-knowledge', '-H', `authorization: ${tokA}`, '-H', 'x-s3m-resource: wombat', '-d', JSON.stringify({ job_id: job.body.job_id }), `${gw.url}/s3m.events.v1.JobEvents/WatchJobs`]);
        assert.match(stdout, /"job_id": \d+/);
        assert.match(stdout, /"type": "end"/);
        assert.match(stdout, /"reason_text": /);
      } finally {
        client.close();
      }
    });
  });

  describe('status and health', () => {
    it('GET /olcf/v1alpha/status without a token: S3M’s fields, downtimes from the config, live pings', async () => {
      const r = await curl(`${gw.url}/olcf/v1alpha/status`);
      assert.equal(r.status, 200);
      const byName = Object.fromEntries(r.body.resources.map((x: any) => [x.name, x]));
      assert.deepEqual(Object.keys(byName).sort(), ['closed', 'defiant', 'quokka', 'remote', 'wombat']);
      assert.equal(byName.defiant.status, 'OPERATIONAL');
      assert.equal(byName.remote.status, 'OPERATIONAL');
      assert.equal(byName.closed.status, 'UNAVAILABLE');
      assert.match(byName.closed.statusReason, /cannot be reached/);
      const q = byName.quokka;
      assert.equal(q.description, 'Quokka test system');
      assert.equal(q.systemType, 'resource');
      assert.equal(q.downtimeScheduleAvailable, true);
      assert.deepEqual(q.upcomingDowntimes, [{ resourceName: 'quokka', status: 'UNAVAILABLE', start: '2031-01-01T00:00:00Z', end: '2031-01-02T00:00:00Z', description: 'Hardware maintenance' }]);
      assert.match(q.retrievedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const one = await curl(`${gw.url}/olcf/v1alpha/status/defiant`);
      assert.equal(one.body.name, 'defiant');
      assert.equal((await curl(`${gw.url}/olcf/v1alpha/status/nowhere`)).status, 404);
    });

    it('a slurmrestd that stops shows as UNAVAILABLE within seconds, and the status page does not hammer it', async (t) => {
      const cacheMs = 500; // opsConfig's status.cacheMs
      const pingsBefore = fake.seen.filter((s) => s.url.endsWith('/ping')).length;
      const burstFrom = Date.now();
      await Promise.all(Array.from({ length: 100 }, () => fetch(`${gw.url}/olcf/v1alpha/status/remote`)));
      const burst = Date.now() - burstFrom;
      const pings = fake.seen.filter((s) => s.url.endsWith('/ping')).length - pingsBefore;
      // One ping per cacheMs at most, however many ask: one, unless the burst itself outlasted
      // cacheMs (a busy machine serves 100 requests slowly).
      assert.ok(pings <= 1 + Math.floor(burst / cacheMs), `100 status requests in ${burst} ms made ${pings} pings`);
      await fake.close();
      const stoppedAt = Date.now();
      const answers: { sentAt: number; status: string }[] = [];
      const down = await waitFor('remote UNAVAILABLE', async () => {
        const sentAt = Date.now();
        const s = await (await fetch(`${gw.url}/olcf/v1alpha/status/remote`)).json();
        answers.push({ sentAt, status: s.status });
        return s.status === 'UNAVAILABLE' ? s : undefined;
      }, 60_000, 100);
      t.diagnostic(`noticed after ${Date.now() - stoppedAt} ms`);
      // Noticed as soon as the cached status runs out: every request sent more than cacheMs after
      // the stop got a fresh ping, which failed (however slowly the machine answered).
      const stale = answers.filter((a) => a.sentAt > stoppedAt + cacheMs && a.status !== 'UNAVAILABLE');
      assert.deepEqual(stale, [], `answers more than ${cacheMs} ms after the stop that still said the scheduler was up`);
      assert.match(down.statusReason, /cannot be reached/);
    });

    it('/healthz and /readyz', async () => {
      assert.equal((await curl(`${gw.url}/healthz`)).status, 200);
      const r = await curl(`${gw.url}/readyz`);
      assert.equal(r.status, 200);
      assert.equal(r.body.ready, true);
      assert.equal(r.body.store.ok, true);
      assert.deepEqual(Object.keys(r.body.resources).sort(), ['closed', 'defiant', 'quokka', 'remote', 'wombat']);
    });
  });

  describe('state reasons in words', () => {
    it('X-S3M-Explain: reasons adds s3m_state_reason_text beside SLURM’s fields (replies still validate)', async () => {
      const held = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: envA, json: { job: { ...sleepJob('held', 1).job, hold: true } } });
      const plain = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${held.body.job_id}`, { headerFile: envA });
      assert.equal(plain.body.jobs[0].s3m_state_reason_text, undefined);
      for (const v of ['v0.0.43', 'v0.0.42']) {
        const explained = await curl(`${gw.url}/slurm/${v}/defiant/job/${held.body.job_id}`, { headerFile: envA, headers: ['X-S3M-Explain: reasons'] });
        assert.equal(explained.body.jobs[0].state_reason, 'JobHeldUser');
        assert.match(explained.body.jobs[0].s3m_state_reason_text, /Held by its owner/);
      }
      const list = await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: envA, headers: ['X-S3M-Explain: reasons'] });
      assert.ok(list.body.jobs.length > 0 && list.body.jobs.every((j: any) => typeof j.s3m_state_reason_text === 'string'));
      await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${held.body.job_id}`, { method: 'DELETE', headerFile: envA });
    });
  });
});
