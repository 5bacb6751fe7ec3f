// Bad input gets a clear error in SLURM's error shape with slurmrestd's HTTP status; never a crash.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateResponse } from '../../src/contract/validate.ts';
import { JOB_CWD, curl, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
let env: string;
const base = () => `${gw.url}/slurm/v0.0.43/defiant`;
const job = (extra: Record<string, unknown> = {}) => ({
  job: { name: 'e', current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\ntrue', ...extra },
});

function assertError(res: { status: number; body: any; text: string; headers?: Record<string, string> }, status: number, errorNumber: number, description: RegExp) {
  assert.equal(res.status, status, res.text);
  assert.equal(res.headers?.['content-type']?.split(';')[0] ?? 'application/json', 'application/json');
  assert.ok(res.body, `JSON body expected: ${res.text}`);
  assert.ok(res.body.meta && Array.isArray(res.body.warnings), res.text);
  const e = res.body.errors[0];
  assert.equal(e.error_number, errorNumber, res.text);
  assert.match(e.description, description);
}

before(async () => {
  gw = await startGateway({ config: testConfig({ bodyLimit: 4096 }) });
  env = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
});
after(async () => gw?.cleanup());

describe('errors mirror slurmrestd', () => {
  it('missing script → 422, error 9000', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: job({ script: undefined }) });
    assertError(res as any, 422, 9000, /script/);
    assert.ok(validateResponse('v0.0.43', 'submit', res.status, res.body).valid);
  });

  it('unknown partition → 422, error 2000', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: job({ partition: 'nope' }) });
    assertError(res as any, 422, 2000, /Batch job submission failed/);
    assert.equal(res.body.errors[0].error, 'Invalid partition name specified');
  });

  it('unknown job → 404, error 2017', async () => {
    const res = await curl(`${base()}/job/999999`, { headerFile: env });
    assertError(res as any, 404, 2017, /Unable to query JobId=999999/);
    assert.deepEqual(res.body.jobs, []);
    assert.ok(validateResponse('v0.0.43', 'job', res.status, res.body).valid);
  });

  it('a job id that is not a number → 422', async () => {
    const res = await curl(`${base()}/job/not-a-number`, { headerFile: env });
    assert.equal(res.status, 422, res.text);
    assert.equal(res.body.errors[0].error_number, 9000);
  });

  it('DELETE of a finished job → 200 with status[0].error 2021', async () => {
    const submit = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: job() });
    const id = submit.body.job_id;
    await waitFor('completed', async () => {
      const r = await curl(`${base()}/job/${id}`, { headerFile: env });
      return r.body.jobs[0].job_state[0] === 'COMPLETED' ? true : undefined;
    });
    const res = await curl(`${base()}/job/${id}`, { method: 'DELETE', headerFile: env });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.errors, []);
    assert.equal(res.body.status[0].error.code, 2021);
    assert.equal(res.body.status[0].error.string, 'Job/step already completing or completed');
    assert.ok(validateResponse('v0.0.43', 'cancel', res.status, res.body).valid);
  });

  it('DELETE of an unknown job → 200 with status[0].error 2017', async () => {
    const res = await curl(`${base()}/job/999999`, { method: 'DELETE', headerFile: env });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.status[0].error.code, 2017);
  });

  it('invalid JSON → 400, error 9001', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, headers: ['Content-Type: application/json'], data: '{"job": {' });
    assertError(res as any, 400, 9001, /not valid JSON/);
  });

  it('a form-encoded body (requests data= dict) → 400 saying to send JSON', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, data: 'job=name&job=script' });
    assertError(res as any, 400, 9001, /not valid JSON.*application\/x-www-form-urlencoded/);
  });

  it('a JSON body without Content-Type still works (curl -d)', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, data: JSON.stringify(job()) });
    assert.equal(res.status, 200, res.text);
  });

  it('a body that is not an object, or has no job → 422', async () => {
    const a = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: [1, 2] });
    assertError(a as any, 422, 9000, /JSON object/);
    const b = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: { name: 'x' } });
    assertError(b as any, 422, 9000, /Missing "job"/);
  });

  it('wrong field types → 422 naming the field', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: job({ environment: 'PATH=/bin' }) });
    assert.equal(res.status, 422, res.text);
    assert.match(JSON.stringify(res.body.errors), /environment/);
  });

  it('unknown fields are accepted with a warning, like slurmrestd', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: job({ no_such_field: 7 }) });
    assert.equal(res.status, 200, res.text);
    assert.match(res.body.warnings[0].description, /Ignoring unknown field "no_such_field"/);
  });

  it('a working directory that does not exist: accepted, as slurmctld does; the job then fails as slurmstepd fails it (its slurm-%j.out cannot be opened there)', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: job({ current_working_directory: '/no/such/dir' }) });
    assert.equal(res.status, 200, res.text);
    const id = res.body.job_id;
    const done = await waitFor('the job to end', async () => {
      const j = (await curl(`${base()}/job/${id}`, { headerFile: env })).body?.jobs?.[0];
      return j && !['PENDING', 'RUNNING'].includes(j.job_state[0]) ? j : undefined;
    }, 60_000);
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.equal(done.state_description, 'RaisedSignal:53(Real-time signal 19)');
    assert.equal(done.current_working_directory, '/no/such/dir');
  });

  it('oversized body → 413', async () => {
    const res = await curl(`${base()}/job/submit`, { method: 'POST', headerFile: env, json: job({ script: `#!/bin/bash\n${'#'.repeat(10000)}` }) });
    assertError(res as any, 413, 9205, /larger than/);
  });

  it('unknown resource → 404', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/nosuch/ping`, { headerFile: env });
    assertError(res as any, 404, 9200, /Unknown resource "nosuch"/);
  });

  it('unsupported version → 404', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.40/defiant/ping`, { headerFile: env });
    assertError(res as any, 404, 9200, /does not serve API version v0.0.40/);
  });

  it('unknown path → 404 in the same envelope', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/defiant/no-such-endpoint`, { headerFile: env });
    assertError(res as any, 404, 9200, /No such endpoint/);
  });

  it('unknown signal → 422; unknown flag → 422', async () => {
    const a = await curl(`${base()}/job/1?signal=SIGBOGUS`, { method: 'DELETE', headerFile: env });
    assertError(a as any, 422, 9000, /Unknown signal "SIGBOGUS"/);
    const b = await curl(`${base()}/job/1?flags=NOPE`, { method: 'DELETE', headerFile: env });
    assertError(b as any, 422, 9000, /Unknown cancel flag/);
  });

  it('the gateway is still up and serving after all of that', async () => {
    const res = await curl(`${base()}/ping`, { headerFile: env });
    assert.equal(res.status, 200);
    assert.doesNotMatch(await gw.settledLogs(), /"level":50/, 'no error-level log lines (no 5xx)');
  });
});
