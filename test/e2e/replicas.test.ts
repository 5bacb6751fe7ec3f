// Two gateway replicas (`bin/s3m serve`, real processes) on one real PostgreSQL, in front of the
// real slurmrestd of scripts/real-slurm.sh, with a local resource beside it: what one replica
// knows, the other honours (tokens, revokes, Idempotency-Keys, audit); one replica polls the
// cluster for job events and the other's subscribers get them; a local resource runs on one
// replica and the other says so; and SIGKILL of a replica while submits flow through both loses
// no acknowledged submit, while the survivor keeps answering and takes over what the dead one ran.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ensureRealSlurm, realSlurmResourceYaml, type RealSlurmEnv } from '../contract/real-slurm.ts';
import { startPostgres, type TestPostgres } from '../support/postgres.ts';
import { curlStream } from '../support/sse.ts';
import { realSlurmJob } from '../support/real-slurm-job.ts';
import { curl, JOB_CWD, startGateway, waitFor, type TestGateway } from './harness.ts';

const PG_BIN = '/usr/lib/postgresql/15/bin/initdb';
const real = ensureRealSlurm('plain');
const noPostgres = !existsSync(PG_BIN) && process.env.S3M_REQUIRE_ALL !== '1' ? `no PostgreSQL 15 here (${PG_BIN}; npm run test:all installs it)` : false;
const skip = !real.ok ? real.skip : noPostgres;
const PROJECT = 'STF040';
/** The name of the held jobs the SIGKILL test submits (cancelled at the end). */
const FLOW = 's3m-replica-flow';

function replicaConfig(url: string, env: RealSlurmEnv, user: string): string {
  return `
listen: { host: 127.0.0.1, port: 0 }
admin: { host: 127.0.0.1, port: 0 }
logLevel: info
rateLimits: { enabled: false }
preAuthLimit: { ratePerSecond: 1000, burst: 1000 }
store: { type: postgres, url: "${url}" }
events: { pollIntervalMs: 500 }
history: { pollIntervalMs: 500 }
resources:
${realSlurmResourceYaml(env, user)}  lab:
    versions: [v0.0.43]
    backend:
      type: local
      userMap: { '*': nobody }
      schedulerInterval: 0.2
      nodes: [{ name: l001, cpus: 2, memory: 2048 }]
      partitions: [{ name: debug, nodes: [l001], default: true }]
`;
}

const job = (name: string, seconds = 1) => realSlurmJob(name, `#!/bin/sh\nsleep ${seconds}\n`);

/** The value of a Prometheus counter or gauge line `name{labels} value` on an admin listener, 0 if absent. */
async function metric(gw: TestGateway, line: string): Promise<number> {
  const text = await (await fetch(`${gw.adminUrl}/metrics`)).text();
  const found = text.split('\n').find((l) => l.startsWith(line));
  return found ? Number(found.split(' ').at(-1)) : 0;
}

describe(`replicas on one PostgreSQL${skip ? ` (skipped: ${skip})` : ''}`, { skip }, () => {
  let pg: TestPostgres;
  let a: TestGateway;
  let b: TestGateway;
  let token: string;
  let header: string;

  before(async () => {
    if (!real.ok) return;
    pg = await startPostgres();
    pg.createDatabase('replicas');
    const config = replicaConfig(pg.url('replicas'), real.env, real.env.vars.S3M_SLURM_USER ?? 'alice');
    a = await startGateway({ config });
    // b starts once a has taken its roles: a runs the local resource and leads the cluster's events.
    b = await startGateway({ config });
    token = await a.token(PROJECT, 'alice', 'compute-ace');
    header = a.headerFile(token);
  });

  after(async () => {
    if (real.ok) spawnSync('chroot', [real.env.root, 'scancel', '--name', FLOW], { timeout: 120_000 });
    await Promise.allSettled([a?.cleanup(), b?.cleanup()]);
    pg?.stop();
    if (real.ok) real.release();
  });

  it('a token made through one replica works on both; revoked through one, the other refuses it within a second', async () => {
    const token = await b.token(PROJECT, 'alice', 'compute-ace-readonly');
    const h = b.headerFile(token);
    for (const gw of [a, b]) assert.equal((await curl(`${gw.url}/slurm/v0.0.43/real/ping`, { headerFile: h })).status, 200);
    const revoked = await curl(`${a.url}/olcf/v1/token/ctls/revoke`, { headerFile: h, method: 'DELETE' });
    assert.equal(revoked.status, 200);
    const t0 = Date.now();
    // b verified the token a moment ago and trusts that for at most half a second (SHARED_STORE_RECHECK_MS).
    const refused = await waitFor('b to refuse the revoked token', async () => {
      const r = await curl(`${b.url}/slurm/v0.0.43/real/ping`, { headerFile: h });
      return r.status === 401 ? r : undefined;
    }, 10_000, 50);
    const ms = Date.now() - t0;
    assert.match(refused.body.errors[0].description, /revoked/);
    process.stdout.write(`# revoke reached the other replica after ${ms} ms\n`);
  });

  it('an Idempotency-Key replayed on the other replica returns the first job; racing on both makes one job', async () => {
    const key = `k-${Date.now()}`;
    const first = await curl(`${a.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headerFile: header, json: job('idem'), headers: [`Idempotency-Key: ${key}`] });
    assert.equal(first.status, 200);
    const replay = await curl(`${b.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headerFile: header, json: job('idem'), headers: [`Idempotency-Key: ${key}`] });
    assert.equal(replay.status, 200);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.body.job_id, first.body.job_id);

    for (let round = 0; round < 5; round++) {
      const raced = `race-${Date.now()}-${round}`;
      const replies = await Promise.all([a, b, a, b].map((gw) => curl(`${gw.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headerFile: header, json: job('race'), headers: [`Idempotency-Key: ${raced}`] })));
      const jobs = new Set(replies.filter((r) => r.status === 200).map((r) => r.body.job_id));
      assert.equal(jobs.size, 1, `one job for one key: ${replies.map((r) => `${r.status} ${r.body.job_id ?? r.body.errors?.[0]?.description}`).join('; ')}`);
      for (const r of replies) assert.ok(r.status === 200 || r.status === 409, `a racer gets the job or a 409, not ${r.status}`);
    }
  });

  it('one audit log: a call made on one replica is found from the other', async () => {
    // Writes are audited (reads that succeed are not): a submit through a, its entry read through b's admin command.
    const r = await curl(`${a.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headerFile: header, json: job('audited'), headers: ['X-Request-Id: audit-from-a'] });
    assert.equal(r.status, 200);
    const { stdout } = await b.admin('audit', '--json', '--operation', 'submit', '--since', '10m');
    const found = (JSON.parse(stdout) as { requestId?: string; jobId?: string }[]).find((e) => e.requestId === 'audit-from-a');
    // The entry is committed before the reply is sent.
    assert.equal(found?.jobId, String(r.body.job_id));
  });

  it("one replica polls the cluster for events; the other's subscribers get them", async () => {
    // a started first, and took its roles before it listened: it leads the resource.
    const [leader, follower] = [a, b];
    const stream = curlStream(`${follower.url}/s3m/v1/real/jobs/events`, [`Authorization: ${token}`]);
    try {
      await waitFor('the snapshot', async () => (stream.events().some((e) => e.data.type === 'snapshot') ? true : undefined), 20_000);
      const polledBefore = await metric(follower, 's3m_event_polls_total{resource="real"}');
      const submitted = await curl(`${leader.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headerFile: header, json: job('watched') });
      assert.equal(submitted.status, 200);
      const id = submitted.body.job_id as number;
      await waitFor('the job to finish, seen through the follower', async () => (stream.events().some((e) => e.data.job?.job_id === id && e.data.job.state === 'COMPLETED') ? true : undefined), 60_000);
      // The follower polled only for its snapshot: the changes came from the leader.
      assert.equal(await metric(follower, 's3m_event_polls_total{resource="real"}'), polledBefore);
      assert.ok((await metric(leader, 's3m_event_polls_total{resource="real"}')) > 0);
    } finally {
      await stream.stop();
    }
  });

  it('a local resource runs on one replica; the other answers with a clear 503 naming it', async () => {
    assert.equal((await curl(`${a.url}/slurm/v0.0.43/lab/ping`, { headerFile: header })).status, 200);
    const other = await curl(`${b.url}/slurm/v0.0.43/lab/ping`, { headerFile: header });
    assert.equal(other.status, 503);
    assert.match(other.body.errors[0].description, /run by one gateway replica at a time \(now: s3m /);
    assert.equal(other.headers['retry-after'], '5');
  });

  it('SIGKILL of a replica while submits flow through both: no acknowledged submit is lost, the survivor answers and takes over', async () => {
    const acknowledged: number[] = [];
    let killed = false;
    let failedOnDead = 0;
    const submitLoop = async (gw: TestGateway, n: number) => {
      for (let i = 0; i < n; i++) {
        // Held: the cluster keeps them without running them, so that the queue stays free for the tests after.
        const r = await curl(`${gw.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headerFile: header, json: realSlurmJob(FLOW, '#!/bin/sh\ntrue\n', { hold: true }) }).catch(() => undefined);
        if (r?.status === 200) acknowledged.push(r.body.job_id as number);
        else if (gw === a && killed) failedOnDead++;
        else assert.fail(`a submit to the live replica failed: ${r?.status} ${r?.text}`);
      }
    };
    // A job of the local resource, on a, which runs it: the replica that takes it over numbers on above it.
    const labJob = await curl(`${a.url}/slurm/v0.0.43/lab/job/submit`, { method: 'POST', headerFile: header, json: { job: { name: 'lab-before', script: '#!/bin/sh\ntrue\n', current_working_directory: JOB_CWD, environment: ['PATH=/bin:/usr/bin'] } } });
    assert.equal(labJob.status, 200);
    const flows = [submitLoop(a, 30), submitLoop(b, 30), submitLoop(a, 30), submitLoop(b, 30)];
    await waitFor('some submits through a', async () => (acknowledged.length >= 20 ? true : undefined), 60_000, 20);
    killed = true;
    await a.stop('SIGKILL');
    await Promise.all(flows);
    assert.ok(acknowledged.length >= 60, `the survivor kept taking submits (${acknowledged.length} acknowledged)`);
    // Every acknowledged job is known to the cluster, read through the survivor.
    for (const id of acknowledged) {
      const r = await curl(`${b.url}/slurm/v0.0.43/real/job/${id}`, { headerFile: header });
      assert.equal(r.status, 200, `job ${id} acknowledged before the kill is found`);
      assert.equal(r.body.jobs[0].job_id, id);
    }
    // The survivor takes the roles the dead replica held: the local resource, and the events.
    await waitFor('b to run the local resource', async () => ((await curl(`${b.url}/slurm/v0.0.43/lab/ping`, { headerFile: header })).status === 200 ? true : undefined), 30_000);
    const labAfter = await curl(`${b.url}/slurm/v0.0.43/lab/job/submit`, { method: 'POST', headerFile: header, json: { job: { name: 'lab-after', script: '#!/bin/sh\ntrue\n', current_working_directory: JOB_CWD, environment: ['PATH=/bin:/usr/bin'] } } });
    assert.equal(labAfter.status, 200);
    assert.ok(labAfter.body.job_id > labJob.body.job_id, `job ids go on: ${labJob.body.job_id} on a, then ${labAfter.body.job_id} on b`);
    const stream = curlStream(`${b.url}/s3m/v1/real/jobs/events`, [`Authorization: ${token}`]);
    try {
      await waitFor('the snapshot from b', async () => (stream.events().some((e) => e.data.type === 'snapshot') ? true : undefined), 20_000);
      const submitted = await curl(`${b.url}/slurm/v0.0.43/real/job/submit`, { method: 'POST', headerFile: header, json: job('after-kill') });
      assert.equal(submitted.status, 200);
      await waitFor('events from b, which now polls the cluster itself', async () => (stream.events().some((e) => e.data.job?.job_id === submitted.body.job_id && e.data.job.state === 'COMPLETED') ? true : undefined), 60_000);
    } finally {
      await stream.stop();
    }
    process.stdout.write(`# ${acknowledged.length} submits acknowledged, all found; ${failedOnDead} refused by the killed replica\n`);
  });
});
