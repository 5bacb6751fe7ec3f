// gRPC with a real Python client (grpcio, stubs generated at test time from the project's .proto)
// against the real gateway: every method with the page's message names, a job that runs to
// COMPLETED, and the same token, permission and project rules as REST, as gRPC status codes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { curl, ROOT, startGateway, waitFor, type TestGateway } from './harness.ts';
import { allVersionsConfig, generatePythonStubs, GRPC_VERSIONS, grpcTarget, pythonCalls, serviceOf } from './grpc-harness.ts';

const run = promisify(execFile);
let gw: TestGateway;
let stubs: string;
let alice: string; // STF040, compute-ace
let reader: string; // STF040, read-only
let carol: string; // GEN007, compute-ace

before(async () => {
  stubs = mkdtempSync(join(tmpdir(), 's3m-pystubs-'));
  // Time limits in real minutes: carol's job below must still run when the test deletes it.
  // Both settle before either failure is thrown, so that after() stops a gateway that did start
  // (a gateway left running keeps the test process alive for good).
  const [started, made] = await Promise.allSettled([startGateway({ config: allVersionsConfig({ minuteSeconds: 60 }) }), generatePythonStubs(stubs)]);
  if (started.status === 'fulfilled') gw = started.value;
  for (const r of [started, made]) if (r.status === 'rejected') throw r.reason;
  [alice, reader, carol] = await Promise.all([gw.token('STF040', 'alice', 'compute-ace'), gw.token('STF040', 'bob', 'compute-ace-readonly'), gw.token('GEN007', 'carol', 'compute-ace')]);
});
after(async () => {
  await gw?.cleanup();
  rmSync(stubs, { recursive: true, force: true });
});

const job = (extra: Record<string, unknown> = {}) => ({
  job: { name: 'g', partition: 'batch-cpu', minimum_nodes: 1, tasks: 1, time_limit: { number: 5, set: true }, current_working_directory: gw.dir, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\nsleep 3600', ...extra },
});

describe('the example client (examples/python/compute_grpc.py)', () => {
  it('calls every method; the submitted job runs to COMPLETED; DeleteJob then answers like REST', async () => {
    const { stdout } = await run('/usr/bin/python3', [join(ROOT, 'examples/python/compute_grpc.py')], {
      env: { PATH: '/usr/bin:/bin', PYTHONPATH: stubs, S3M_TOKEN: alice, S3M_GRPC_TARGET: grpcTarget(gw), S3M_WORKDIR: gw.dir, S3M_PROJECT: 'STF040' },
    });
    const lines = stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf(' ')), JSON.parse(l.slice(l.indexOf(' ') + 1))] as const);
    assert.deepEqual(
      lines.map(([m]) => m),
      ['Ping', 'GetPartitions', 'PostJobSubmit', 'GetJob', 'GetJobs', 'DeleteJob', 'GetNodes', 'GetReservations', 'GetDiag'],
    );
    const r = Object.fromEntries(lines);
    assert.equal(r.Ping.pings[0].pinged, 'UP');
    assert.ok(r.GetPartitions.partitions.some((p: any) => p.name === 'batch-cpu'));
    const id = r.PostJobSubmit.job_id;
    assert.equal(typeof id, 'number');
    assert.equal(r.PostJobSubmit.step_id, 'batch');
    assert.deepEqual(r.GetJob.jobs[0].job_state, ['COMPLETED']);
    assert.equal(r.GetJob.jobs[0].account, 'stf040');
    assert.equal(readFileSync(join(gw.dir, `slurm-${id}.out`), 'utf8'), 'Hello World\n');
    assert.ok(r.GetJobs.jobs.some((j: any) => j.job_id === id));
    assert.equal(r.DeleteJob.status[0].error.code, 2021); // already completed: OK, as REST's 200
    assert.deepEqual(r.GetNodes.nodes.map((n: any) => n.name).sort(), ['d001', 'd002']);
    assert.equal(r.GetReservations.reservations[0].name, 'd-maint');
    assert.ok(r.GetDiag.statistics.jobs_submitted >= 1);
    // The same job over REST.
    const rest = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${id}`, { headerFile: gw.headerFile(alice) });
    assert.equal(rest.body.jobs[0].job_id, id);
  });
});

describe('every API version has its own service (slurm.v0043, .v0044, .v0045)', () => {
  it('PostJobSubmit and GetJob through each version drive the same jobs, with that version\'s messages', async () => {
    const submitted = await pythonCalls(
      gw,
      stubs,
      GRPC_VERSIONS.map((version) => ({ rpc: 'PostJobSubmit', version, token: alice, resource: 'defiant', request: job({ name: `py-${version}`, script: `#!/bin/bash\necho ${version}` }) })),
    );
    const ids = submitted.map((r, i) => {
      assert.equal(r.code, 'OK', `${GRPC_VERSIONS[i]}: ${r.message}`);
      assert.equal(r.service, serviceOf(GRPC_VERSIONS[i]));
      assert.equal(r.request_type, `${serviceOf(GRPC_VERSIONS[i]).replace(/SlurmIndirect$/, '')}JobSubmitReq`);
      return String(r.response.job_id);
    });
    // Each version reads every version's job: one backend, one set of jobs.
    const done = await waitFor('every job COMPLETED', async () => {
      const got = await pythonCalls(gw, stubs, GRPC_VERSIONS.flatMap((version) => ids.map((id) => ({ rpc: 'GetJob', version, token: alice, resource: 'defiant', request: { job_id: id } }))));
      return got.every((r) => r.code === 'OK' && r.response.jobs[0].job_state.includes('COMPLETED')) ? got : undefined;
    });
    GRPC_VERSIONS.forEach((version, v) => {
      ids.forEach((id, i) => {
        const r = done[v * ids.length + i];
        assert.equal(r.service, serviceOf(version));
        assert.equal(String(r.response.jobs[0].job_id), id);
        assert.equal(r.response.jobs[0].name, `py-${GRPC_VERSIONS[i]}`);
        assert.equal(r.response.jobs[0].account, 'stf040');
      });
    });
    for (const [i, id] of ids.entries()) assert.equal(readFileSync(join(gw.dir, `slurm-${id}.out`), 'utf8'), `${GRPC_VERSIONS[i]}\n`);
  });
});

describe('tokens, permissions and projects (same rules as REST)', () => {
  it('no token, a bad token → UNAUTHENTICATED; "Bearer <token>" works; missing resource → INVALID_ARGUMENT', async () => {
    const [none, bad, bearer, noResource, anonymousNoResource] = await pythonCalls(gw, stubs, [
      { rpc: 'Ping', resource: 'defiant' },
      { rpc: 'GetJobs', token: 's3m_nope_nope', resource: 'defiant' },
      { rpc: 'Ping', token: `Bearer ${alice}`, resource: 'defiant' },
      { rpc: 'Ping', token: alice },
      { rpc: 'Ping' },
    ]);
    assert.equal(none.code, 'UNAUTHENTICATED');
    assert.equal(none.slurm.errors[0].error_number, 1007);
    assert.equal(bad.code, 'UNAUTHENTICATED');
    assert.equal(bearer.code, 'OK');
    assert.match(bearer.initial_metadata['x-request-id'], /^[0-9a-f-]{36}$/);
    assert.equal(noResource.code, 'INVALID_ARGUMENT');
    assert.match(noResource.message, /Missing metadata "x-s3m-resource"/);
    assert.equal(anonymousNoResource.code, 'UNAUTHENTICATED', 'the token is checked first');
  });

  it('a read-only token reads but cannot submit or cancel → PERMISSION_DENIED (2002)', async () => {
    const [ping, submit, cancel] = await pythonCalls(gw, stubs, [
      { rpc: 'GetJobs', token: reader, resource: 'defiant' },
      { rpc: 'PostJobSubmit', token: reader, resource: 'defiant', request: job() },
      { rpc: 'DeleteJob', token: reader, resource: 'defiant', request: { job_id: '1' } },
    ]);
    assert.equal(ping.code, 'OK');
    for (const r of [submit, cancel]) {
      assert.equal(r.code, 'PERMISSION_DENIED');
      assert.match(r.message, /^Access\/permission denied \(2002\): .*read-only/);
      assert.equal(r.slurm.errors[0].error_number, 2002);
    }
  });

  it("another project's job is NOT_FOUND exactly like a missing job; its DeleteJob is OK with 2017 like REST", async () => {
    const [submitted] = await pythonCalls(gw, stubs, [{ rpc: 'PostJobSubmit', token: carol, resource: 'defiant', request: job() }]);
    assert.equal(submitted.code, 'OK');
    const foreign = String(submitted.response.job_id);
    const missing = '999999';
    const [getForeign, getMissing, delForeign, delMissing, listed, own] = await pythonCalls(gw, stubs, [
      { rpc: 'GetJob', token: alice, resource: 'defiant', request: { job_id: foreign } },
      { rpc: 'GetJob', token: alice, resource: 'defiant', request: { job_id: missing } },
      { rpc: 'DeleteJob', token: alice, resource: 'defiant', request: { job_id: foreign } },
      { rpc: 'DeleteJob', token: alice, resource: 'defiant', request: { job_id: missing } },
      { rpc: 'GetJobs', token: alice, resource: 'defiant' },
      { rpc: 'DeleteJob', token: carol, resource: 'defiant', request: { job_id: foreign } },
    ]);
    // The job id is masked wherever it appears; the status code is kept out of the masking (a job id
    // of 5 is also NOT_FOUND's code) and is part of the JSON after it.
    const same = (r: any, id: string) => `${JSON.stringify({ ...r, status_code: undefined, initial_metadata: undefined, slurm: { ...r.slurm, meta: undefined } }).replace(new RegExp(`\\b${id}\\b`, 'g'), 'ID')} status ${r.status_code}`;
    assert.equal(getForeign.code, 'NOT_FOUND');
    assert.equal(getForeign.message, `Invalid job id specified (2017): Unable to query JobId=${foreign}`);
    assert.equal(same(getForeign, foreign), same(getMissing, missing));
    assert.equal(delForeign.code, 'OK');
    assert.equal(delForeign.response.status[0].error.code, 2017);
    assert.equal(same({ ...delForeign, response: { ...delForeign.response, meta: undefined } }, foreign), same({ ...delMissing, response: { ...delMissing.response, meta: undefined } }, missing));
    assert.ok(!(listed.response.jobs ?? []).some((j: any) => String(j.job_id) === foreign));
    assert.equal(own.code, 'OK', 'the owner cancels it');
  });

  it('unknown resource → NOT_FOUND (9200); bad requests → INVALID_ARGUMENT with the SLURM error', async () => {
    const [unknown, unknown45, unserved45, foreignAccount, noScript, badPartition, badSignal, badId] = await pythonCalls(gw, stubs, [
      { rpc: 'GetNodes', token: alice, resource: 'nowhere' },
      { rpc: 'GetNodes', version: 'v0.0.45', token: alice, resource: 'nowhere' },
      { rpc: 'GetNodes', version: 'v0.0.45', token: alice, resource: 'quokka' }, // quokka lists v0.0.43 only
      { rpc: 'PostJobSubmit', token: alice, resource: 'defiant', request: job({ account: 'GEN007' }) },
      { rpc: 'PostJobSubmit', token: alice, resource: 'defiant', request: job({ script: '' }) },
      { rpc: 'PostJobSubmit', token: alice, resource: 'defiant', request: job({ partition: 'nope' }) },
      { rpc: 'DeleteJob', token: alice, resource: 'defiant', request: { job_id: '1', signal: 'SIGNOPE' } },
      { rpc: 'GetJob', token: alice, resource: 'defiant', request: { job_id: 'abc' } },
    ]);
    assert.equal(unknown.code, 'NOT_FOUND');
    assert.equal(unknown.slurm.errors[0].error_number, 9200);
    assert.match(unknown.message, /Unknown resource "nowhere"/);
    // A version the resource does not serve is refused as an unknown resource is: same code, same
    // SLURM error, the version's own reply message in the details; only the description says why.
    const refusal = (r: any) => ({ code: r.code, status_code: r.status_code, detail_type: r.detail_type, errors: r.slurm.errors.map((e: any) => ({ ...e, description: undefined })) });
    assert.deepEqual(refusal(unserved45), refusal(unknown45));
    assert.equal(unserved45.detail_type, 'slurm.v0045.OpenapiNodesResp');
    assert.match(unserved45.message, /^Unable to resolve path \(9200\): Resource "quokka" does not serve API version v0\.0\.45/);
    assert.equal(foreignAccount.code, 'PERMISSION_DENIED');
    assert.equal(noScript.code, 'INVALID_ARGUMENT');
    assert.equal(badPartition.code, 'INVALID_ARGUMENT');
    assert.equal(badPartition.slurm.errors[0].error_number, 2000);
    assert.equal(badSignal.code, 'INVALID_ARGUMENT');
    assert.equal(badId.code, 'INVALID_ARGUMENT');
  });
});
