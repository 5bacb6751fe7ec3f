// The full auth matrix with real curl: every endpoint × every kind of bad or insufficient token.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JOB_CWD, curl, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
const h: Record<string, string> = {};
/** The token each bad header file presents, to check that no reply echoes it. */
const presented: Record<string, string> = {};
let ownJob = '';
let otherJob = '';

// Both jobs must still run when the last test looks at them, however slow the machine: they sleep
// far longer than the file takes and end only by the tests' cancel or the gateway's shutdown, and
// time limits here are real minutes (minuteSeconds 60: batch-cpu's DefaultTime is 10 minutes).
const jobBody = (account?: string) => ({
  job: { name: 'matrix', ...(account ? { account } : {}), partition: 'batch-cpu', tasks: 1, current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\nsleep 3600' },
});

before(async () => {
  gw = await startGateway({ config: testConfig({ minuteSeconds: 60 }) });
  const write = await gw.token('STF040', 'alice', 'compute-ace');
  const readonly = await gw.token('STF040', 'bob', 'compute-ace-readonly');
  const other = await gw.token('OTHER01', 'carol', 'compute-ace');
  const expired = await gw.token('STF040', 'dave', 'compute-ace', '1s');
  const revoked = await gw.token('STF040', 'erin', 'compute-ace');
  await gw.admin('token', 'revoke', revoked.split('_')[1]);
  h.write = gw.headerFile(write);
  h.readonly = gw.headerFile(readonly);
  h.other = gw.headerFile(other);
  h.expired = gw.headerFile(expired);
  h.revoked = gw.headerFile(revoked);
  h.unknown = gw.headerFile(`s3m_${'a'.repeat(12)}_${'B'.repeat(43)}`);
  h.malformed = gw.headerFile('not-a-token');
  presented.malformed = 'not-a-token';
  presented.unknown = `s3m_${'a'.repeat(12)}_${'B'.repeat(43)}`;
  presented.expired = expired;
  presented.revoked = revoked;
  h.empty = gw.headerFile('');
  const mine = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: h.write, json: jobBody() });
  assert.equal(mine.status, 200, mine.text);
  ownJob = String(mine.body.job_id);
  const theirs = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: h.other, json: jobBody() });
  assert.equal(theirs.status, 200, theirs.text);
  otherJob = String(theirs.body.job_id);
  // The 1-second token has expired once the gateway says so.
  await waitFor('the 1-second token to expire', async () => {
    const res = await curl(`${gw.url}/olcf/v1/token/ctls/introspect`, { headerFile: h.expired });
    return res.status === 401 ? true : undefined;
  });
});

after(async () => {
  await gw?.cleanup();
});

interface Endpoint {
  name: string;
  method: string;
  path: () => string;
  json?: () => unknown;
  write: boolean;
}

const endpoints: Endpoint[] = [
  { name: 'ping', method: 'GET', path: () => '/slurm/v0.0.43/defiant/ping', write: false },
  { name: 'partitions', method: 'GET', path: () => '/slurm/v0.0.43/defiant/partitions', write: false },
  { name: 'nodes', method: 'GET', path: () => '/slurm/v0.0.43/defiant/nodes', write: false },
  { name: 'reservations', method: 'GET', path: () => '/slurm/v0.0.43/defiant/reservations', write: false },
  { name: 'diag', method: 'GET', path: () => '/slurm/v0.0.43/defiant/diag', write: false },
  { name: 'jobs', method: 'GET', path: () => '/slurm/v0.0.43/defiant/jobs', write: false },
  { name: 'job', method: 'GET', path: () => `/slurm/v0.0.43/defiant/job/${ownJob}`, write: false },
  { name: 'submit', method: 'POST', path: () => '/slurm/v0.0.43/defiant/job/submit', json: () => jobBody('STF040'), write: true },
  { name: 'cancel', method: 'DELETE', path: () => `/slurm/v0.0.43/defiant/job/${ownJob}?signal=SIGUSR1`, write: true },
  { name: 'introspect', method: 'GET', path: () => '/olcf/v1/token/ctls/introspect', write: false },
];

function assertSlurmError(res: { status: number; body: any; text: string; headers: Record<string, string> }, status: number, pattern: RegExp) {
  assert.equal(res.status, status, res.text);
  assert.ok(res.body && Array.isArray(res.body.errors), `SLURM error envelope expected: ${res.text}`);
  assert.ok(res.body.meta, 'meta expected');
  assert.ok(Array.isArray(res.body.warnings), 'warnings expected');
  assert.equal(res.body.errors.length, 1);
  const e = res.body.errors[0];
  assert.equal(typeof e.error_number, 'number');
  assert.equal(typeof e.error, 'string');
  assert.equal(typeof e.source, 'string');
  assert.match(e.description, pattern);
}

describe('auth matrix: every endpoint refuses bad tokens with 401', () => {
  const cases: [string, string | undefined, RegExp][] = [
    ['no token', undefined, /Authentication required/],
    ['empty header', 'empty', /Authentication required/],
    ['malformed token', 'malformed', /Malformed access token/],
    ['unknown token', 'unknown', /Unknown access token/],
    ['expired token', 'expired', /expired/],
    ['revoked token', 'revoked', /revoked/],
  ];
  for (const ep of endpoints) {
    for (const [label, kind, pattern] of cases) {
      it(`${ep.name} with ${label} → 401`, async () => {
        const res = await curl(gw.url + ep.path(), { method: ep.method, headerFile: kind && h[kind], json: ep.json?.() });
        assertSlurmError(res, 401, pattern);
        assert.equal(res.body.errors[0].error_number, 1007);
        assert.equal(res.headers['www-authenticate'], 'Bearer realm="s3m"');
        if (kind && presented[kind]) assert.ok(!res.text.includes(presented[kind]), 'the token must never be echoed');
      });
    }
  }
  it('revoke with a bad token → 401', async () => {
    const res = await curl(`${gw.url}/olcf/v1/token/ctls/revoke`, { method: 'DELETE', headerFile: h.malformed });
    assertSlurmError(res, 401, /Malformed/);
  });
});

describe('auth matrix: read-only tokens read but never write', () => {
  for (const ep of endpoints) {
    it(`${ep.name} with a compute-ace-readonly token → ${ep.write ? '403' : '200'}`, async () => {
      const res = await curl(gw.url + ep.path(), { method: ep.method, headerFile: h.readonly, json: ep.json?.() });
      if (ep.write) {
        assertSlurmError(res, 403, /read-only/);
        assert.equal(res.body.errors[0].error_number, 2002);
      } else {
        assert.equal(res.status, 200, res.text);
      }
    });
  }
  it('the read-only attempt to cancel left the job running', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${ownJob}`, { headerFile: h.write });
    assert.notDeepEqual(res.body.jobs[0].job_state, ['CANCELLED']);
    assert.ok(['RUNNING', 'PENDING'].includes(res.body.jobs[0].job_state[0]), JSON.stringify(res.body.jobs[0].job_state));
  });
});

describe('auth matrix: another project', () => {
  it('jobs lists only the own project', async () => {
    const mine = await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: h.write });
    const theirs = await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: h.other });
    assert.ok(mine.body.jobs.length >= 1);
    assert.ok(mine.body.jobs.every((j: any) => j.account === 'stf040'));
    assert.ok(theirs.body.jobs.every((j: any) => j.account === 'other01'));
    assert.ok(!mine.body.jobs.some((j: any) => String(j.job_id) === otherJob));
    assert.ok(theirs.body.jobs.some((j: any) => String(j.job_id) === otherJob));
  });

  it("GET of another project's job answers exactly like a job that does not exist", async () => {
    const foreign = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${otherJob}`, { headerFile: h.write });
    const missing = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${otherJob}999`, { headerFile: h.write });
    assert.equal(foreign.status, 404);
    assert.equal(missing.status, 404);
    // Identical but for the id itself (in the description) and the client's port in meta.
    const strip = (b: any, id: string) => {
      const copy = structuredClone(b);
      delete copy.meta.client.source;
      copy.errors[0].description = copy.errors[0].description.replace(`JobId=${id}`, 'JobId=ID');
      return copy;
    };
    assert.deepEqual(strip(foreign.body, otherJob), strip(missing.body, `${otherJob}999`));
    assert.equal(foreign.body.errors[0].error_number, 2017);
  });

  it("DELETE of another project's job answers like an unknown job and leaves it running", async () => {
    const foreign = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${otherJob}`, { method: 'DELETE', headerFile: h.write });
    const missing = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${otherJob}999`, { method: 'DELETE', headerFile: h.write });
    assert.equal(foreign.status, 200);
    assert.equal(missing.status, 200);
    assert.equal(foreign.body.status[0].error.code, 2017);
    assert.equal(missing.body.status[0].error.code, 2017);
    const still = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${otherJob}`, { headerFile: h.other });
    assert.ok(['RUNNING', 'PENDING'].includes(still.body.jobs[0].job_state[0]), JSON.stringify(still.body.jobs[0].job_state));
  });

  it("submit with another project's account → 403, and no job is created", async () => {
    const before = await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: h.other });
    const res = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: h.write, json: jobBody('OTHER01') });
    assertSlurmError(res, 403, /not this token's project/);
    const afterList = await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: h.other });
    assert.equal(afterList.body.jobs.length, before.body.jobs.length);
  });

  it('the own job can be cancelled by its project', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${ownJob}`, { method: 'DELETE', headerFile: h.write });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.status, []);
    await waitFor('cancelled', async () => {
      const j = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${ownJob}`, { headerFile: h.write });
      return j.body.jobs[0].job_state[0] === 'CANCELLED' ? true : undefined;
    });
  });
});
