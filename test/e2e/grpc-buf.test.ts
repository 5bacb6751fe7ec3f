// gRPC with buf curl (a Go client) on the gateway's REST port, schema from server reflection
// only: list the services (one SlurmIndirect per API version), call every method of each, and
// check errors arrive as gRPC statuses.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { loadSlurmSpec } from '../../src/contract/validate.ts';
import { curl, startGateway, waitFor, type TestGateway } from './harness.ts';
import { allVersionsConfig, bufCurl, GRPC_VERSIONS, serviceOf } from './grpc-harness.ts';

let gw: TestGateway;
let token: string;

before(async () => {
  gw = await startGateway({ config: allVersionsConfig() });
  token = await gw.token('STF040', 'alice', 'compute-ace');
});
after(async () => gw?.cleanup());

const RPCS = ['DeleteJob', 'GetDiag', 'GetJob', 'GetJobs', 'GetNodes', 'GetPartitions', 'GetReservations', 'Ping', 'PostJobSubmit'];

it('reflection lists one SlurmIndirect per API version, each with its nine methods (and the job-events service beside them)', async () => {
  const services = await bufCurl(gw, '', { args: ['--list-services'] });
  assert.ok(services.ok, services.stderr);
  assert.deepEqual(services.stdout.trim().split('\n').sort(), ['s3m.events.v1.JobEvents', ...GRPC_VERSIONS.map(serviceOf)].sort());
  assert.ok(GRPC_VERSIONS.includes('v0.0.44') && GRPC_VERSIONS.includes('v0.0.45'));
  const methods = await bufCurl(gw, '', { args: ['--list-methods'] });
  assert.ok(methods.stdout.includes('s3m.events.v1.JobEvents/WatchJobs'));
  for (const version of GRPC_VERSIONS) {
    const service = serviceOf(version);
    assert.deepEqual(
      methods.stdout
        .trim()
        .split('\n')
        .filter((m) => m.startsWith(`${service}/`))
        .sort(),
      RPCS.map((m) => `${service}/${m}`),
    );
  }
});

for (const version of GRPC_VERSIONS) {
  it(`${version}: every method answers through reflection, with the REST JSON keys (json_name)`, async () => {
    const call = (rpc: string, data?: unknown) => bufCurl(gw, rpc, { token, resource: 'defiant', data, version });
    const reads = await Promise.all(['Ping', 'GetPartitions', 'GetNodes', 'GetReservations', 'GetDiag', 'GetJobs'].map((rpc) => call(rpc)));
    for (const r of reads) assert.ok(r.ok, r.stderr);
    const [ping, partitions, nodes, reservations, diag] = reads.map((r) => r.json);
    // The ping is the version's own message: v0.0.45 has no `pinged` or `mode` (it has `status`).
    const pingKeys = Object.keys(loadSlurmSpec(version).components.schemas[`${version}_controller_ping`].properties);
    for (const key of Object.keys(ping.pings[0])) assert.ok(pingKeys.includes(key), `${version} ping has no "${key}"`);
    assert.equal(ping.pings[0].responding, true);
    if (pingKeys.includes('pinged')) assert.equal(ping.pings[0].pinged, 'UP');
    assert.equal(ping.meta.slurm.cluster, 'defiant');
    assert.ok(partitions.partitions.some((p: any) => p.name === 'debug'));
    assert.equal(nodes.nodes.length, 2);
    assert.equal(reservations.reservations[0].name, 'd-maint');
    assert.ok('schedule_cycle_total' in diag.statistics || 'jobs_submitted' in diag.statistics);

    const submitted = await call('PostJobSubmit', {
      job: { name: `buf-${version}`, minimum_nodes: 1, tasks: 1, time_limit: { number: 60, set: true }, current_working_directory: gw.dir, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\necho from buf' }, // 60 s: an echo ends long before, even on a busy machine
    });
    assert.ok(submitted.ok, submitted.stderr);
    const id = String(submitted.json.job_id);
    const done = await waitFor('job COMPLETED', async () => {
      const r = await call('GetJob', { job_id: id });
      return r.json?.jobs?.[0]?.job_state?.includes('COMPLETED') ? r.json : undefined;
    });
    assert.equal(done.jobs[0].account, 'stf040');
    assert.equal(done.jobs[0].name, `buf-${version}`);
    const jobs = await call('GetJobs');
    assert.ok(jobs.json.jobs.some((j: any) => String(j.job_id) === id));
    const cancelled = await call('DeleteJob', { job_id: id, signal: 'SIGTERM' });
    assert.ok(cancelled.ok, cancelled.stderr);
    assert.equal(cancelled.json.status[0].error.code, 2021);
  });
}

it('errors are gRPC statuses with the SLURM errors in message and details; REST still answers on the port', async () => {
  for (const version of GRPC_VERSIONS) {
    const missing = await bufCurl(gw, 'GetJob', { token, resource: 'defiant', data: { job_id: '424242' }, version });
    assert.equal(missing.ok, false);
    assert.equal(missing.json.code, 'not_found');
    assert.equal(missing.json.message, 'Invalid job id specified (2017): Unable to query JobId=424242');
    assert.equal(missing.json.details[0].type, `${serviceOf(version).replace(/SlurmIndirect$/, '')}OpenapiJobInfoResp`);
  }
  const anonymous = await bufCurl(gw, 'Ping', { resource: 'defiant' });
  assert.equal(anonymous.json.code, 'unauthenticated');
  const noResource = await bufCurl(gw, 'Ping', { token });
  assert.equal(noResource.json.code, 'invalid_argument');
  const rest = await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: gw.headerFile(token) });
  assert.equal(rest.status, 200);
});

it('a resource that does not serve a version refuses its service as an unknown resource is refused', async () => {
  // quokka serves v0.0.43 only; "nowhere" is no resource at all.
  const unknown = await bufCurl(gw, 'Ping', { token, resource: 'nowhere', version: 'v0.0.45' });
  const unserved = await bufCurl(gw, 'Ping', { token, resource: 'quokka', version: 'v0.0.45' });
  const served = await bufCurl(gw, 'Ping', { token, resource: 'quokka', version: 'v0.0.43' });
  assert.ok(served.ok, served.stderr);
  for (const r of [unknown, unserved]) {
    assert.equal(r.ok, false);
    assert.equal(r.json.code, 'not_found');
    assert.equal(r.json.details[0].type, 'slurm.v0045.OpenapiPingArrayResp');
  }
  assert.match(unknown.json.message, /^Unable to resolve path \(9200\): Unknown resource "nowhere"/);
  assert.match(unserved.json.message, /^Unable to resolve path \(9200\): Resource "quokka" does not serve API version v0.0.45/);
});
