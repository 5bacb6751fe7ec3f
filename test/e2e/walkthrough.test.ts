// A new user's walk-through, exactly as the README shows it: real curl with `-H @.env`, real jobs
// on the embedded local backend, and every response body validated against the v0.0.43 spec.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateResponse } from '../../src/contract/validate.ts';
import { JOB_USER, JOB_CWD, curl, jobDir, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
let env: string;
let bearerEnv: string;
const base = () => `${gw.url}/slurm/v0.0.43/defiant`;

function assertValid(op: Parameters<typeof validateResponse>[1], res: { status: number; body: unknown; text: string }) {
  const v = validateResponse('v0.0.43', op, res.status, res.body);
  assert.ok(v.valid, `${op} body does not match the v0.0.43 spec: ${v.errors.join('; ')}\n${res.text.slice(0, 500)}`);
}

before(async () => {
  // Time limits in real minutes, as on a cluster: the README's sleeper has no time_limit (the
  // partition's DefaultTime, 10 minutes) and must still run when the test signals it.
  gw = await startGateway({ config: testConfig({ minuteSeconds: 60 }) });
  env = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'), '.env');
  bearerEnv = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'), 'bearer.env', true);
});
after(async () => gw?.cleanup());

describe('walk-through with curl -H @.env', () => {
  it('GET /healthz answers without a token', async () => {
    const res = await curl(`${gw.url}/healthz`);
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'ok');
  });

  it('ping', async () => {
    const res = await curl(`${base()}/ping`, { headerFile: env });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.pings[0].pinged, 'UP');
    assert.equal(res.body.meta.slurm.cluster, 'defiant');
    assert.equal(res.body.meta.plugin.data_parser, 'data_parser/v0.0.43');
    assertValid('ping', res);
  });

  it('ping with "Authorization: Bearer <token>"', async () => {
    const res = await curl(`${base()}/ping`, { headerFile: bearerEnv });
    assert.equal(res.status, 200, res.text);
  });

  it("slurmrestd's trailing-slash paths work too", async () => {
    const res = await curl(`${base()}/ping/`, { headerFile: env });
    assert.equal(res.status, 200, res.text);
  });

  it('partitions: the configured ones, batch-cpu and debug', async () => {
    const res = await curl(`${base()}/partitions`, { headerFile: env });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.partitions.map((p: any) => p.name).sort(), ['batch-cpu', 'debug']);
    assertValid('partitions', res);
  });

  it('each resource is its own cluster', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/wombat/partitions`, { headerFile: env });
    assert.deepEqual(res.body.partitions.map((p: any) => p.name), ['arm']);
    const nodes = await curl(`${gw.url}/slurm/v0.0.43/quokka/nodes`, { headerFile: env });
    assert.deepEqual(nodes.body.nodes.map((n: any) => n.name), ['q001']);
  });

  it('nodes, reservations and diag', async () => {
    const nodes = await curl(`${base()}/nodes`, { headerFile: env });
    assert.deepEqual(nodes.body.nodes.map((n: any) => n.name).sort(), ['d001', 'd002']);
    assertValid('nodes', nodes);
    const resv = await curl(`${base()}/reservations`, { headerFile: env });
    assert.equal(resv.body.reservations[0].name, 'd-maint');
    assertValid('reservations', resv);
    const diag = await curl(`${base()}/diag`, { headerFile: env });
    assert.equal(diag.status, 200);
    assertValid('diag', diag);
  });

  it('submit → job runs the script as a real process → COMPLETED, output in slurm-%j.out', async () => {
    const cwd = jobDir('s3m-walk-');
    const body = {
      job: {
        name: 'my-job',
        account: 'STF040',
        partition: 'batch-cpu',
        minimum_nodes: 1,
        tasks: 1,
        time_limit: { number: 60, set: true },
        current_working_directory: cwd,
        environment: ['PATH=/usr/bin:/bin', 'GREETING=Hello World'],
        script: '#!/bin/bash\necho "$GREETING from $SLURM_JOB_ID $SLURM_JOB_NAME $SLURM_JOB_ACCOUNT $SLURM_JOB_PARTITION $SLURM_CLUSTER_NAME"',
      },
    };
    const submit = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: body });
    assert.equal(submit.status, 200, submit.text);
    assert.equal(typeof submit.body.job_id, 'number');
    assert.equal(submit.body.step_id, 'batch');
    assertValid('submit', submit);
    const id = submit.body.job_id;

    const done = await waitFor('job to complete', async () => {
      const res = await curl(`${base()}/job/${id}`, { headerFile: env });
      return res.body.jobs[0].job_state[0] === 'COMPLETED' ? res : undefined;
    });
    assertValid('job', done);
    const job = done.body.jobs[0];
    assert.equal(job.name, 'my-job');
    assert.equal(job.account, 'stf040'); // SLURM stores accounts lower-cased
    assert.equal(job.user_name, JOB_USER); // the account alice's jobs run as
    assert.deepEqual(job.exit_code.status, ['SUCCESS']);
    assert.equal(job.exit_code.return_code.number, 0);
    assert.ok(job.start_time.number >= job.submit_time.number);
    assert.ok(job.end_time.number >= job.start_time.number);
    assert.equal(job.stdout_expanded, join(cwd, `slurm-${id}.out`));
    const out = readFileSync(join(cwd, `slurm-${id}.out`), 'utf8');
    // SLURM_JOB_ACCOUNT is the account as slurmctld stores it: lower-cased.
    assert.equal(out.trim(), `Hello World from ${id} my-job stf040 batch-cpu defiant`);

    const list = await curl(`${base()}/jobs`, { headerFile: env });
    assert.ok(list.body.jobs.some((j: any) => j.job_id === id));
    assertValid('jobs', list);
  });

  it('submit without account uses the token project; DELETE with ?signal=SIGINT kills it: FAILED RaisedSignal INT (as real SLURM)', async () => {
    const submit = await curl(`${base()}/job/submit`, {
      method: 'POST',
      headerFile: env,
      json: { job: { name: 'sleeper', current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\nsleep 3600' } },
    });
    assert.equal(submit.status, 200, submit.text);
    const id = submit.body.job_id;
    await waitFor('running', async () => {
      const r = await curl(`${base()}/job/${id}`, { headerFile: env });
      return r.body.jobs[0].job_state[0] === 'RUNNING' ? true : undefined;
    });
    const del = await curl(`${base()}/job/${id}?signal=SIGINT`, { method: 'DELETE', headerFile: env });
    assert.equal(del.status, 200, del.text);
    assert.deepEqual(del.body.status, []);
    assertValid('cancel', del);
    const job = await waitFor('killed by SIGINT', async () => {
      const r = await curl(`${base()}/job/${id}`, { headerFile: env });
      return r.body.jobs[0].job_state[0] === 'FAILED' ? r.body.jobs[0] : undefined;
    });
    assert.equal(job.state_reason, 'RaisedSignal');
    assert.equal(job.account, 'stf040');
    assert.deepEqual(job.exit_code.status, ['SIGNALED']);
    assert.equal(job.exit_code.signal.name, 'INT');
  });

  it('GET /openapi.json serves the gateway document', async () => {
    const res = await curl(`${gw.url}/openapi.json`);
    assert.equal(res.status, 200);
    assert.match(res.body.openapi, /^3\./);
    assert.ok(res.body.paths['/slurm/v0.0.43/{resource}/job/submit'].post);
  });

  it('token introspection and revoke', async () => {
    const createdFrom = Date.now();
    const f = gw.headerFile(await gw.token('STF040', 'zoe', 'compute-ace-readonly', '2h'));
    const res = await curl(`${gw.url}/olcf/v1/token/ctls/introspect`, { headerFile: f });
    const createdBy = Date.now();
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.project, 'STF040');
    assert.equal(res.body.user, 'zoe');
    assert.deepEqual(res.body.permissions, ['compute-ace-readonly']);
    // Two hours after the token was made (in whole seconds), however long making it took.
    const expires = Date.parse(res.body.expiresAt);
    assert.ok(expires >= Math.floor(createdFrom / 1000) * 1000 + 2 * 3600_000 && expires <= createdBy + 2 * 3600_000, `${res.body.expiresAt}: not 2 h after the token was made`);
    assert.ok(!JSON.stringify(res.body).includes('s3m_'), 'never the secret');
    const rev = await curl(`${gw.url}/olcf/v1/token/ctls/revoke`, { method: 'DELETE', headerFile: f });
    assert.equal(rev.status, 200);
    assert.deepEqual(rev.body, {});
    const again = await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: f });
    assert.equal(again.status, 401);
  });

  it('no token secret ever reaches the log', async () => {
    const secrets = readFileSync(env, 'utf8').split(' ')[1].trim();
    const logs = await gw.settledLogs(); // every request above included
    assert.ok(logs.length > 0);
    assert.ok(!logs.includes(secrets), 'token found in the log');
    assert.ok(!logs.includes(secrets.slice('s3m_'.length + 13)), 'token secret found in the log');
  });
});
