// gRPC with buf curl (a Go client) on the gateway's REST port, schema from server reflection
// only: list the service, call every method, and check errors arrive as gRPC statuses.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { curl, startGateway, waitFor, type TestGateway } from './harness.ts';
import { bufCurl, SERVICE } from './grpc-harness.ts';

let gw: TestGateway;
let token: string;

before(async () => {
  gw = await startGateway();
  token = await gw.token('STF040', 'alice', 'compute-ace');
});
after(async () => gw?.cleanup());

it('reflection lists SlurmIndirect and its nine methods (and the job-events service beside it)', async () => {
  const services = await bufCurl(gw, '', { args: ['--list-services'] });
  assert.ok(services.ok, services.stderr);
  assert.deepEqual(services.stdout.trim().split('\n').sort(), ['s3m.events.v1.JobEvents', SERVICE]);
  const methods = await bufCurl(gw, '', { args: ['--list-methods'] });
  assert.ok(methods.stdout.includes('s3m.events.v1.JobEvents/WatchJobs'));
  assert.deepEqual(
    methods.stdout
      .trim()
      .split('\n')
      .filter((m) => m.startsWith(`${SERVICE}/`))
      .sort(),
    ['DeleteJob', 'GetDiag', 'GetJob', 'GetJobs', 'GetNodes', 'GetPartitions', 'GetReservations', 'Ping', 'PostJobSubmit'].map((m) => `${SERVICE}/${m}`),
  );
});

it('every method answers through reflection, with the REST JSON keys (json_name)', async () => {
  const call = (rpc: string, data?: unknown) => bufCurl(gw, rpc, { token, resource: 'defiant', data });
  const reads = await Promise.all(['Ping', 'GetPartitions', 'GetNodes', 'GetReservations', 'GetDiag', 'GetJobs'].map((rpc) => call(rpc)));
  for (const r of reads) assert.ok(r.ok, r.stderr);
  const [ping, partitions, nodes, reservations, diag] = reads.map((r) => r.json);
  assert.equal(ping.pings[0].pinged, 'UP');
  assert.equal(ping.meta.slurm.cluster, 'defiant');
  assert.ok(partitions.partitions.some((p: any) => p.name === 'debug'));
  assert.equal(nodes.nodes.length, 2);
  assert.equal(reservations.reservations[0].name, 'd-maint');
  assert.ok('schedule_cycle_total' in diag.statistics || 'jobs_submitted' in diag.statistics);

  const submitted = await call('PostJobSubmit', {
    job: { name: 'buf', minimum_nodes: 1, tasks: 1, time_limit: { number: 60, set: true }, current_working_directory: gw.dir, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\necho from buf' }, // 60 s: an echo ends long before, even on a busy machine
  });
  assert.ok(submitted.ok, submitted.stderr);
  const id = String(submitted.json.job_id);
  const done = await waitFor('job COMPLETED', async () => {
    const r = await call('GetJob', { job_id: id });
    return r.json?.jobs?.[0]?.job_state?.includes('COMPLETED') ? r.json : undefined;
  });
  assert.equal(done.jobs[0].account, 'stf040');
  const jobs = await call('GetJobs');
  assert.ok(jobs.json.jobs.some((j: any) => String(j.job_id) === id));
  const cancelled = await call('DeleteJob', { job_id: id, signal: 'SIGTERM' });
  assert.ok(cancelled.ok, cancelled.stderr);
  assert.equal(cancelled.json.status[0].error.code, 2021);
});

it('errors are gRPC statuses with the SLURM errors in message and details; REST still answers on the port', async () => {
  const missing = await bufCurl(gw, 'GetJob', { token, resource: 'defiant', data: { job_id: '424242' } });
  assert.equal(missing.ok, false);
  assert.equal(missing.json.code, 'not_found');
  assert.equal(missing.json.message, 'Invalid job id specified (2017): Unable to query JobId=424242');
  assert.equal(missing.json.details[0].type, 'slurm.v0043.OpenapiJobInfoResp');
  const anonymous = await bufCurl(gw, 'Ping', { resource: 'defiant' });
  assert.equal(anonymous.json.code, 'unauthenticated');
  const noResource = await bufCurl(gw, 'Ping', { token });
  assert.equal(noResource.json.code, 'invalid_argument');
  const rest = await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: gw.headerFile(token) });
  assert.equal(rest.status, 200);
});
