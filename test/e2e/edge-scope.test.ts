// What one project can learn about another at the gateway's edge, through the real gateway with
// two projects' tokens (PROJA: alice, PROJB: bob), on the local backend (defiant) and on a
// slurmrestd (a fake one, `remote`, that writes its replies as slurmrestd does):
// - another project's job answers exactly like a missing job, headers included (Age,
//   Cache-Control), on GET and DELETE job/{id}, the one-job event stream, and over gRPC;
// - /metrics (whose cache counters show that someone's job exists) is not on the public port but
//   on the admin listener;
// - diag's rpcs_by_user names only the caller;
// - event ids are numbered per stream (no gaps from other projects' events) and still resume.
import { credentials, makeGenericClientConstructor, Metadata, type Client, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFake, type FakeServer } from '../support/fake-slurmrestd.ts';
import { loadVersionDefinition } from '../../src/adapters/grpc/definition.ts';
import { PROTO_DIR } from '../../src/contract/grpc/loader-options.ts';
import { JOB_CWD, ROOT, curl, jobDir, startGateway, testConfig, waitFor, type CurlResult, type TestGateway } from './harness.ts';
import { curlStream } from '../support/sse.ts';

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/slurmrestd', name), 'utf8'));

/** slurmrestd's own way of writing JSON: two-space indentation and "/" escaped as "\/". */
const slurmrestdText = (body: unknown) => JSON.stringify(body, null, 2).replaceAll('/', '\\/');

/** The job the fake cluster knows: PROJB's. */
const REMOTE_JOB = 41;

/** A fake slurmrestd: job 41 is PROJB's, every other id is unknown; replies name the cluster user asked as. */
function fakeCluster(req: { method: string; url: string; headers: Record<string, unknown> }, res: import('node:http').ServerResponse) {
  const user = String(req.headers['x-slurm-user-name'] ?? '');
  const meta = { ...fixture('GET_ping.json').meta, client: { source: '127.0.0.1:6820(fd:9)', user, group: user } };
  const send = (status: number, body: Record<string, unknown>) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(slurmrestdText({ ...body, meta }));
  };
  const path = new URL(req.url, 'http://x').pathname.replace(/\/$/, '');
  const job = { job_id: REMOTE_JOB, account: 'PROJB', name: 'theirs', user_name: 'bob', partition: 'batch', job_state: ['RUNNING'], state_reason: 'None' };
  const list = { last_backfill: { set: true, infinite: false, number: 0 }, last_update: { set: true, infinite: false, number: 1 }, errors: [], warnings: [] };
  if (path === '/slurm/v0.0.43/ping') return send(200, fixture('GET_ping.json'));
  if (path === '/slurm/v0.0.43/jobs') return send(200, { ...list, jobs: [job] });
  if (path === '/slurm/v0.0.43/diag') {
    // The cluster's statistics name every user that called it: the gateway's own monitor user,
    // alice (u-alice on this cluster) and bob.
    const d = fixture('GET_diag.json');
    const entry = (user_id: number, user: string) => ({ user_id, user, count: 3, total_time: 300, average_time: { set: true, infinite: false, number: 100 } });
    return send(200, { ...d, statistics: { ...d.statistics, rpcs_by_user: [entry(0, 'root'), entry(1001, 'u-alice'), entry(1002, 'bob')] } });
  }
  const m = /^\/slurm\/v0\.0\.43\/job\/(\d+)$/.exec(path);
  if (m && req.method === 'GET' && Number(m[1]) === REMOTE_JOB) return send(200, { ...list, jobs: [job] });
  if (m && req.method === 'GET') return send(404, { ...fixture('error_unknown_job.json'), errors: [{ ...fixture('error_unknown_job.json').errors[0], description: `Unable to query JobId=${m[1]}` }] });
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Unable to find requested URL');
}

let gw: TestGateway;
let fake: FakeServer;
let tmp = '';
let tokA = '';
let tokB = '';
let envA = '';
let envB = '';
/** PROJB's long-running job on defiant. */
let localJob = 0;

before(async () => {
  tmp = jobDir('s3m-edge-');
  const tokenFile = join(tmp, 'slurm.jwt');
  writeFileSync(tokenFile, 'a-cluster-token\n', { mode: 0o600 });
  fake = await startFake(fakeCluster);
  // Job reads stay cached for a minute, so that another project's job is served from the cache
  // with an Age of a second or more (what gave it away), however slowly the machine answers.
  const config =
    testConfig({ minuteSeconds: 60 }).replace('resources:\n', 'cache: { ttlMs: { job: 60000 } }\nevents: { pollIntervalMs: 200 }\nresources:\n') +
    `  remote:
    backend: { type: slurmrestd, url: "${fake.url}", auth: { mode: token-file, file: "${tokenFile}" }, userMap: { alice: u-alice }, apiVersion: v0.0.43 }
`;
  gw = await startGateway({ config });
  [tokA, tokB] = await Promise.all([gw.token('PROJA', 'alice', 'compute-ace'), gw.token('PROJB', 'bob', 'compute-ace')]);
  envA = gw.headerFile(tokA);
  envB = gw.headerFile(tokB);
  const sub = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, {
    method: 'POST',
    headerFile: envB,
    json: { job: { name: 'theirs', current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\nsleep 3600' } },
  });
  assert.equal(sub.status, 200, sub.text);
  localJob = sub.body.job_id;
});

after(async () => {
  if (localJob) await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${localJob}`, { method: 'DELETE', headerFile: envB }).catch(() => undefined);
  await gw?.cleanup();
  await fake?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * Header values that legitimately differ between any two requests (their names are still
 * compared): the time (`date`), the request's own id (`x-request-id`), and the caller's own rate
 * limit bucket, which every request drains and time refills (`ratelimit-remaining`,
 * `ratelimit-reset`). Everything else, Age and Cache-Control above all, must be equal.
 */
const VARYING = new Set(['date', 'x-request-id', 'ratelimit-remaining', 'ratelimit-reset']);

function comparableHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .map(([k, v]): [string, string] => [k.toLowerCase(), VARYING.has(k.toLowerCase()) ? '(varies)' : v])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The job id where a reply names it: the error description and a cancel's step_id. */
const maskId = (text: string, id: string | number) => text.replaceAll(`JobId=${id}`, 'JobId=ID').replaceAll(`"step_id":"${id}"`, '"step_id":"ID"').replaceAll(`step_id: '${id}'`, "step_id: 'ID'");

function comparable(r: CurlResult, id: string | number) {
  return { status: r.status, headers: comparableHeaders(r.headers), text: maskId(r.text, id) };
}

/**
 * An id that no job has, as long as `id` (so that Content-Length is comparable too): the two
 * projects' job lists are every job of the resource on this gateway.
 */
async function missingIdLike(resource: string, id: number): Promise<number> {
  const ids = new Set<number>();
  for (const env of [envA, envB]) for (const j of (await curl(`${gw.url}/slurm/v0.0.43/${resource}/jobs`, { headerFile: env })).body.jobs) ids.add(j.job_id);
  const digits = String(id).length;
  for (let n = 10 ** digits - 1; n >= 10 ** (digits - 1); n--) if (!ids.has(n) && n !== id) return n;
  throw new Error(`no free ${digits}-digit job id on ${resource}`);
}

/** PROJB reads its own job until the read cache serves it with an Age of a second or more. */
async function cachedWithAge(resource: string, id: number): Promise<void> {
  await waitFor(`${resource} job ${id} cached with Age ≥ 1`, async () => {
    const own = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/${id}`, { headerFile: envB });
    assert.equal(own.status, 200, own.text);
    return Number(own.headers.age) >= 1 ? true : undefined;
  });
}

// ---- gRPC --------------------------------------------------------------------------------------

interface GrpcOutcome {
  code: number;
  details: string;
  response?: unknown;
  initial: Record<string, string>;
  trailers: Record<string, string>;
}

const metadataObject = (m: Metadata | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(m?.getMap() ?? {}).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('latin1') : String(v)]));

function slurmClient(): Client & Record<string, Function> {
  const def = loadVersionDefinition('v0.0.43');
  const Ctor = makeGenericClientConstructor(def.service, 'SlurmIndirect');
  return new Ctor(new URL(gw.url).host, credentials.createInsecure()) as Client & Record<string, Function>;
}

function eventsClient(): Client & Record<string, Function> {
  const pkg = loadSync('s3m/events/v1/events.proto', { keepCase: true, longs: Number, defaults: true, includeDirs: [PROTO_DIR] });
  const Ctor = makeGenericClientConstructor(pkg['s3m.events.v1.JobEvents'] as never, 'JobEvents');
  return new Ctor(new URL(gw.url).host, credentials.createInsecure()) as Client & Record<string, Function>;
}

const grpcMetadata = (token: string, resource: string) => {
  const md = new Metadata();
  md.set('authorization', token);
  md.set('x-s3m-resource', resource);
  return md;
};

/** A unary call: its status, its reply, its response metadata (headers) and trailers. */
function unary(client: Client & Record<string, Function>, rpc: string, request: unknown, md: Metadata): Promise<GrpcOutcome> {
  return new Promise((resolve) => {
    const out: GrpcOutcome = { code: -1, details: '', initial: {}, trailers: {} };
    const call = client[rpc](request, md, (err: ServiceError | null, res: unknown) => {
      if (err) out.details = err.details;
      out.response = res;
    });
    call.on('metadata', (m: Metadata) => (out.initial = metadataObject(m)));
    call.on('status', (s: StatusObject) => {
      out.code = s.code;
      out.trailers = metadataObject(s.metadata);
      resolve(out);
    });
  });
}

/** A WatchJobs call that is expected to fail at once. */
function watchFails(client: Client & Record<string, Function>, request: unknown, md: Metadata): Promise<GrpcOutcome> {
  return new Promise((resolve) => {
    const out: GrpcOutcome = { code: -1, details: '', initial: {}, trailers: {} };
    const call = client.WatchJobs(request, md);
    call.on('data', () => {});
    call.on('metadata', (m: Metadata) => (out.initial = metadataObject(m)));
    call.on('error', (err: ServiceError) => {
      out.code = err.code;
      out.details = err.details;
      out.trailers = metadataObject(err.metadata);
      resolve(out);
    });
    call.on('end', () => resolve(out));
  });
}

function comparableGrpc(o: GrpcOutcome, id: string | number) {
  return {
    code: o.code,
    details: maskId(o.details, id),
    response: o.response === undefined ? undefined : maskId(JSON.stringify(o.response), id),
    initial: comparableHeaders(o.initial),
    trailers: Object.fromEntries(Object.entries(comparableHeaders(o.trailers)).map(([k, v]) => [k, maskId(v, id)])),
  };
}

describe("another project's job answers exactly like a missing one, headers included", () => {
  for (const resource of ['defiant', 'remote']) {
    describe(resource, () => {
      let foreign = 0;
      let missing = 0;
      before(async () => {
        foreign = resource === 'remote' ? REMOTE_JOB : localJob;
        missing = await missingIdLike(resource, foreign);
      });

      for (const version of ['v0.0.43', 'v0.0.42']) {
        if (resource === 'remote' && version === 'v0.0.42') continue; // the remote resource serves v0.0.43 only
        it(`GET ${version} job/{id}: same status, body and headers (no Age from the read cache)`, async () => {
          await cachedWithAge(resource, foreign);
          const f = await curl(`${gw.url}/slurm/${version}/${resource}/job/${foreign}`, { headerFile: envA });
          const m = await curl(`${gw.url}/slurm/${version}/${resource}/job/${missing}`, { headerFile: envA });
          assert.equal(f.status, 404, f.text);
          assert.equal(f.body.errors[0].error_number, 2017);
          assert.deepEqual(comparable(f, foreign), comparable(m, missing));
          assert.equal(f.headers['cache-control'], 'no-store');
          assert.equal(f.headers.age, undefined);
          assert.equal(f.body.meta.client.user, 'alice', 'the reply names its caller');
        });
      }

      it('DELETE job/{id}: same reply and headers, and the job goes on', async () => {
        await cachedWithAge(resource, foreign);
        const f = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/${foreign}`, { method: 'DELETE', headerFile: envA });
        const m = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/${missing}`, { method: 'DELETE', headerFile: envA });
        assert.equal(f.status, 200, f.text);
        assert.equal(f.body.status[0].error.code, 2017);
        assert.deepEqual(comparable(f, foreign), comparable(m, missing));
        const still = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/${foreign}`, { headerFile: envB });
        assert.ok(['RUNNING', 'PENDING'].includes(still.body.jobs[0].job_state[0]), still.text);
      });

      it('the one-job event stream: same 404, same headers', async () => {
        await cachedWithAge(resource, foreign);
        const f = await curl(`${gw.url}/s3m/v1/${resource}/job/${foreign}/events`, { headerFile: envA });
        const m = await curl(`${gw.url}/s3m/v1/${resource}/job/${missing}/events`, { headerFile: envA });
        assert.equal(f.status, 404, f.text);
        assert.equal(f.body.errors[0].error_number, 2017);
        assert.deepEqual(comparable(f, foreign), comparable(m, missing));
        assert.equal(f.headers['cache-control'], 'no-store');
      });

      it('gRPC GetJob, DeleteJob and WatchJobs: same code, message, response metadata and trailers', async () => {
        const slurm = slurmClient();
        const events = eventsClient();
        try {
          await cachedWithAge(resource, foreign);
          const md = () => grpcMetadata(tokA, resource);
          const getF = await unary(slurm, 'GetJob', { job_id: String(foreign) }, md());
          const getM = await unary(slurm, 'GetJob', { job_id: String(missing) }, md());
          assert.equal(getF.code, 5, getF.details); // NOT_FOUND
          assert.deepEqual(comparableGrpc(getF, foreign), comparableGrpc(getM, missing));
          assert.equal(getF.initial['cache-control'], 'no-store');
          assert.equal(getF.initial.age, undefined);
          const delF = await unary(slurm, 'DeleteJob', { job_id: String(foreign) }, md());
          const delM = await unary(slurm, 'DeleteJob', { job_id: String(missing) }, md());
          assert.equal(delF.code, 0, delF.details);
          assert.deepEqual(comparableGrpc(delF, foreign), comparableGrpc(delM, missing));
          const watchF = await watchFails(events, { job_id: foreign }, md());
          const watchM = await watchFails(events, { job_id: missing }, md());
          assert.equal(watchF.code, 5, watchF.details);
          assert.deepEqual(comparableGrpc(watchF, foreign), comparableGrpc(watchM, missing));
          // The owner's own read over gRPC says how fresh it is, like REST.
          const own = await unary(slurm, 'GetJob', { job_id: String(foreign) }, grpcMetadata(tokB, resource));
          assert.equal(own.code, 0, own.details);
          assert.match(own.initial['cache-control'], /^private, max-age=\d+$/);
          assert.ok(Number(own.initial.age) >= 1);
        } finally {
          slurm.close();
          events.close();
        }
      });
    });
  }
});

describe('/metrics is on the admin listener only', () => {
  it('the public port answers 404 for /metrics in SLURM’s error shape, with or without a token', async () => {
    for (const headerFile of [undefined, envA]) {
      const res = await curl(`${gw.url}/metrics`, { headerFile });
      assert.equal(res.status, 404, res.text);
      assert.equal(res.body.errors[0].error_number, 9200);
      assert.ok(res.body.meta && Array.isArray(res.body.warnings));
      assert.doesNotMatch(res.text, /s3m_cache_hits_total/);
    }
  });

  it('the admin listener, on its own port, serves the counters (and not the API)', async () => {
    assert.match(gw.adminUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(new URL(gw.adminUrl).port, new URL(gw.url).port);
    const res = await curl(`${gw.adminUrl}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.text, /^s3m_cache_(hits|misses)_total\{resource="defiant",operation="job"\} \d+$/m);
    const api = await curl(`${gw.adminUrl}/slurm/v0.0.43/defiant/ping`, { headerFile: envA });
    assert.equal(api.status, 404);
  });
});

describe('diag names only the caller in rpcs_by_user', () => {
  for (const [resource, names] of [
    ['defiant', { alice: 'alice', bob: 'bob' }],
    ['remote', { alice: 'u-alice', bob: 'bob' }], // the resource's userMap: alice is u-alice there
  ] as const) {
    it(`${resource}: each project sees its own user's RPCs, no one else's (REST and gRPC)`, async () => {
      // Both users (and the gateway's own event watcher) have called the resource by now.
      for (const env of [envA, envB]) assert.equal((await curl(`${gw.url}/slurm/v0.0.43/${resource}/ping`, { headerFile: env })).status, 200);
      const a = await curl(`${gw.url}/slurm/v0.0.43/${resource}/diag`, { headerFile: envA });
      const b = await curl(`${gw.url}/slurm/v0.0.43/${resource}/diag`, { headerFile: envB });
      assert.equal(a.status, 200, a.text);
      assert.deepEqual(a.body.statistics.rpcs_by_user.map((u: any) => u.user), [names.alice]);
      assert.deepEqual(b.body.statistics.rpcs_by_user.map((u: any) => u.user), [names.bob]);
      assert.ok(a.body.statistics.rpcs_by_message_type.length > 0, 'RPC statistics by type are per cluster and stay');
      assert.doesNotMatch(a.text, /"user":"(bob|root)"/);
      const slurm = slurmClient();
      try {
        const g = await unary(slurm, 'GetDiag', {}, grpcMetadata(tokA, resource));
        assert.equal(g.code, 0, g.details);
        assert.deepEqual((g.response as any).statistics.rpcs_by_user.map((u: any) => u.user), [names.alice]);
      } finally {
        slurm.close();
      }
    });
  }
});

// ---- job events --------------------------------------------------------------------------------


const quickJob = (name: string) => ({ job: { name, current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\ntrue' } });

async function submitQuick(env: string, name: string, resource = 'wombat'): Promise<number> {
  const r = await curl(`${gw.url}/slurm/v0.0.43/${resource}/job/submit`, { method: 'POST', headerFile: env, json: quickJob(name) });
  assert.equal(r.status, 200, r.text);
  return r.body.job_id;
}

const number = (id: string) => Number(id.split('-')[1]);
const finished = (evs: { type?: string; event?: string; job?: any; data?: any }[], jobId: number) =>
  evs.some((e) => {
    const j = e.data ? e.data.job : e.job;
    return (e.event ?? e.type) === 'job' && j?.job_id === jobId && j.state === 'COMPLETED';
  });

describe('event ids are numbered per stream and still resume', () => {
  it('SSE: no gaps from the other project’s events, opaque ids, and Last-Event-ID numbers on after a disconnect', async () => {
    const streamUrl = `${gw.url}/s3m/v1/wombat/jobs/events`;
    const b = curlStream(streamUrl, [`Authorization: ${tokB}`]);
    const a = curlStream(streamUrl, [`Authorization: ${tokA}`]);
    try {
      await waitFor('both snapshots', async () => (a.events().length > 0 && b.events().length > 0 ? true : undefined));
      // PROJB's jobs change state first (their events exist on the resource before PROJA's), then PROJA's.
      const bJobs = [await submitQuick(envB, 'b1'), await submitQuick(envB, 'b2')];
      await waitFor("PROJB's jobs completed on PROJB's stream", async () => (bJobs.every((id) => finished(b.events(), id)) ? true : undefined));
      const aJob = await submitQuick(envA, 'a1');
      await waitFor("PROJA's job completed on PROJA's stream", async () => (finished(a.events(), aJob) ? true : undefined));
      const seenA = a.events();
      assert.equal(seenA[0].event, 'snapshot');
      assert.deepEqual(seenA.map((e) => number(e.id)), seenA.map((_, i) => i + 1), `PROJA's ids count its own events: ${seenA.map((e) => e.id).join(' ')}`);
      assert.ok(seenA.every((e) => /^[0-9a-f]{32}-\d+$/.test(e.id) && e.data.id === e.id));
      assert.ok(seenA.every((e) => (e.data.jobs ?? [e.data.job]).every((j: any) => j.account === 'proja')));
      const seenB = b.events();
      assert.deepEqual(seenB.map((e) => number(e.id)), seenB.map((_, i) => i + 1));
      // PROJA goes away; both projects' jobs change; PROJA comes back with its last id.
      const last = seenA.at(-1)!.id;
      await a.stop();
      const bLater = await submitQuick(envB, 'b3');
      const aLater = await submitQuick(envA, 'a2');
      await waitFor("PROJB's later job completed", async () => (finished(b.events(), bLater) ? true : undefined));
      const resumed = curlStream(streamUrl, [`Authorization: ${tokA}`, `Last-Event-ID: ${last}`]);
      try {
        await waitFor("PROJA's later job completed on the resumed stream", async () => (finished(resumed.events(), aLater) ? true : undefined));
        const evs = resumed.events();
        assert.ok(evs.every((e) => e.event === 'job'), `no snapshot on resume: ${evs.map((e) => e.event).join(' ')}`);
        assert.deepEqual(evs.map((e) => number(e.id)), evs.map((_, i) => number(last) + 1 + i), 'numbered on from the last id, without gaps');
        assert.ok(evs.every((e) => e.data.job.account === 'proja'));
      } finally {
        await resumed.stop();
      }
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('gRPC WatchJobs: the same per-stream ids, resumed with last_event_id', async () => {
    const client = eventsClient();
    const watch = (lastEventId?: string) => {
      const got: any[] = [];
      const call = client.WatchJobs(lastEventId ? { last_event_id: lastEventId } : {}, grpcMetadata(tokA, 'wombat'));
      call.on('data', (e: any) => got.push(e));
      call.on('error', () => {});
      return { got, cancel: () => call.cancel() };
    };
    try {
      const first = watch();
      await waitFor('snapshot', async () => (first.got.length > 0 ? true : undefined));
      const bJob = await submitQuick(envB, 'b-grpc');
      const aJob = await submitQuick(envA, 'a-grpc');
      await waitFor("PROJA's job completed", async () => (finished(first.got, aJob) ? true : undefined));
      first.cancel();
      assert.equal(first.got[0].type, 'snapshot');
      assert.deepEqual(first.got.map((e) => number(e.id)), first.got.map((_, i) => i + 1));
      assert.ok(!first.got.some((e) => (e.jobs ?? [e.job]).some((j: any) => j?.job_id === bJob)));
      const last = first.got.at(-1).id;
      const aLater = await submitQuick(envA, 'a-grpc-2');
      const again = watch(last);
      await waitFor("PROJA's later job completed", async () => (finished(again.got, aLater) ? true : undefined));
      again.cancel();
      assert.ok(again.got.every((e) => e.type === 'job'), 'no snapshot on resume');
      assert.deepEqual(again.got.map((e) => number(e.id)), again.got.map((_, i) => number(last) + 1 + i));
    } finally {
      client.close();
    }
  });
});
