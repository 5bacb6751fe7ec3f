// A cluster's answer comes through the gateway as the cluster wrote it, field for field and in
// its key order, except where a rule applies: meta.client always names the caller (slurmrestd
// 26.05 names root there for every JWT client, and a reply may have been read as the monitor user
// or shared from the cache), and the jobs list is filtered to the project.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFake, type FakeServer } from '../support/fake-slurmrestd.ts';
import { curl, jobDir, startGateway, type TestGateway } from './harness.ts';

const meta = (user: string) =>
  `"meta":{"plugin":{"type":"openapi\\/slurmctld","name":"Slurm OpenAPI slurmctld","data_parser":"data_parser\\/v0.0.43","accounting_storage":""},"client":{"source":"127.0.0.1:6820(fd:9)","user":"${user}","group":"${user}"},"command":[],"slurm":{"version":{"major":"26","micro":"5","minor":"05"},"release":"26.05.5","cluster":"fake"}}`;
const ping = (user: string) => `{"pings":[{"hostname":"vm","pinged":"UP","responding":true,"latency":722,"mode":"primary","primary":true}],${meta(user)},"errors":[],"warnings":[]}`;
const job = (id: number, account: string) => `{"job_id":${id},"account":"${account}","name":"j${id}","job_state":["RUNNING"],"standard_output":"\\/tmp\\/slurm-%j.out"}`;
const jobs = (user: string, list: string[]) => `{"jobs":[${list.join(',')}],"last_backfill":{"set":true,"infinite":false,"number":0},"last_update":{"set":true,"infinite":false,"number":1},${meta(user)},"errors":[],"warnings":[]}`;

let fake: FakeServer;
let gw: TestGateway;
let alice = '';
let bob = '';

before(async () => {
  fake = await startFake((req, res) => {
    const user = String(req.headers['x-slurm-user-name']);
    const body = req.url.startsWith('/slurm/v0.0.43/ping') ? ping(user) : req.url.startsWith('/slurm/v0.0.43/jobs') ? jobs(user, [job(1, 'proj-a'), job(2, 'proj-b')]) : req.url.startsWith('/slurm/v0.0.43/job/1') ? jobs(user, [job(1, 'proj-a')]) : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': body ? 'application/json' : 'text/plain' });
    res.end(body ?? 'Unable to find requested URL');
  });
  const dir = jobDir('s3m-pass-');
  writeFileSync(join(dir, 'token'), 'a-cluster-token\n', { mode: 0o600 }); // the gateway refuses a cluster token others can read
  gw = await startGateway({
    config: JSON.stringify({
      listen: { host: '127.0.0.1', port: 0 },
      cache: { ttlMs: { ping: 60_000, jobs: 0, job: 0 } },
      resources: { fake: { backend: { type: 'slurmrestd', url: fake.url, auth: { mode: 'token-file', file: join(dir, 'token') }, apiVersion: 'v0.0.43' } } },
    }),
  });
  alice = gw.headerFile(await gw.token('proj-a', 'alice', 'compute-ace'));
  bob = gw.headerFile(await gw.token('proj-b', 'bob', 'compute-ace'));
});
after(async () => {
  await gw?.cleanup();
  await fake?.close();
});

describe('slurmrestd replies through the gateway', () => {
  it("a reply read as the caller arrives as the cluster wrote it, meta.client naming the caller", async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/fake/ping`, { headerFile: alice });
    assert.equal(res.status, 200);
    const cluster = JSON.parse(ping('alice'));
    assert.equal(JSON.stringify({ ...res.body, meta: { ...res.body.meta, client: null } }), JSON.stringify({ ...cluster, meta: { ...cluster.meta, client: null } }), 'the same fields in the same order');
    assert.deepEqual(res.body.meta.client, { source: '127.0.0.1', user: 'alice', group: 'proj-a' });
  });

  it('a job is read as the monitor user and shown with the caller in meta.client, never the monitor', async () => {
    const one = await curl(`${gw.url}/slurm/v0.0.43/fake/job/1`, { headerFile: alice });
    assert.equal(one.status, 200, one.text);
    assert.deepEqual(one.body.jobs, JSON.parse(jobs('root', [job(1, 'proj-a')])).jobs, 'the job as the cluster showed it');
    assert.deepEqual(one.body.meta.client, { source: '127.0.0.1', user: 'alice', group: 'proj-a' });
    assert.ok(!one.text.includes('root'), one.text);
  });

  it("a reply shared from the cache names its own reader, not the first one", async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/fake/ping`, { headerFile: bob });
    assert.equal(res.headers.age !== undefined, true);
    assert.equal(res.body.meta.client.user, 'bob');
    assert.ok(!res.text.includes('alice'));
  });

  it('the jobs list is filtered to the project (so re-rendered)', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/fake/jobs`, { headerFile: alice });
    assert.deepEqual(res.body.jobs.map((j: { job_id: number }) => j.job_id), [1]);
    assert.equal(res.body.jobs[0].standard_output, '/tmp/slurm-%j.out');
    const other = await curl(`${gw.url}/slurm/v0.0.43/fake/job/1`, { headerFile: bob });
    assert.equal(other.status, 404, 'another project\'s job is a missing job');
  });
});
