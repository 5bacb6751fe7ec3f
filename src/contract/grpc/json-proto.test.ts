// The JSON model and the proto messages are the same objects: a seed-page JobSubmitReq decodes to
// the REST body, and a slurmrestd response survives encode/decode with spec keys. The proto is
// loaded here as the server and the SDK load it: proto-loader with the contract's options.
import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { protoShape } from './json-proto.ts';
import { LOADER_OPTIONS } from './loader-options.ts';
import { protoFile, protoPackage, SERVICE_NAME } from './service.ts';

const service = loadSync(protoFile('v0.0.43'), LOADER_OPTIONS)[`${protoPackage('v0.0.43')}.${SERVICE_NAME}`] as unknown as ServiceDefinition;
const method = (rpc: string) => service[rpc];

test('the seed page job decodes to exactly the REST body', () => {
  const rest = {
    job: {
      name: 'my-job',
      account: 'STF040',
      partition: 'batch-cpu',
      minimum_nodes: 1,
      tasks: 1,
      time_limit: { number: 60, set: true },
      current_working_directory: '/tmp',
      environment: ['PATH=/usr/bin'],
      script: '#!/bin/bash\necho Hello World',
    },
  };
  const m = method('PostJobSubmit');
  assert.deepEqual(m.requestDeserialize(m.requestSerialize(rest)), rest);
});

test('proto3 optional keeps a 0 that was sent; fields not sent stay absent', () => {
  const m = method('PostJobSubmit');
  const decoded = m.requestDeserialize(m.requestSerialize({ job: { minimum_nodes: 0, script: '#!/bin/sh' } })) as { job: Record<string, unknown> };
  assert.deepEqual(decoded, { job: { minimum_nodes: 0, script: '#!/bin/sh' } });
});

test('protoShape drops nulls, undeclared keys and values of the wrong kind', () => {
  const body = {
    jobs: [{ job_id: 7, account: 'STF040', job_resources: null, not_in_spec: 1, time_limit: { set: true, infinite: false, number: 5 }, job_state: ['RUNNING'], power: { flags: [{ x: 1 }] } }],
    last_backfill: 12, // a scalar where the spec declares an object
    meta: { plugin: { type: 'openapi/slurmctld' }, command: 'not-an-array' },
    errors: [],
    warnings: [null, { description: 'w', source: '' }],
  };
  const shaped = protoShape('v0.0.43', '#/components/schemas/v0.0.43_openapi_job_info_resp', body);
  assert.deepEqual(shaped, {
    jobs: [{ job_id: 7, account: 'STF040', time_limit: { set: true, infinite: false, number: 5 }, job_state: ['RUNNING'], power: { flags: ['{"x":1}'] } }],
    meta: { plugin: { type: 'openapi/slurmctld' } },
    errors: [],
    warnings: [{ description: 'w', source: '' }],
  });
  const m = method('GetJobs');
  const back = m.responseDeserialize(m.responseSerialize(shaped)) as typeof shaped;
  assert.deepEqual(back.jobs, shaped.jobs);
});

test('protoShape drops an untyped value nested too deep to spell out, instead of recursing through it', () => {
  const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
  const shaped = protoShape('v0.0.43', '#/components/schemas/v0.0.43_openapi_job_info_resp', { jobs: [{ job_id: 7, power: { flags: [deep, { x: 1 }] } }] });
  assert.deepEqual(shaped, { jobs: [{ job_id: 7, power: { flags: ['{"x":1}'] } }] });
});

test('a v0.0.43 body shaped for a later version keeps what that version declares and drops what it lacks, without throwing', () => {
  // Until the core renders each version's bodies, v0.0.44/45 calls get v0.0.43 bodies: v0.0.45's
  // ping has `status` where v0.0.43 has `pinged` and `mode`, and its cpus.task_binding is a flags
  // array where v0.0.43 has a number.
  const ping = { pings: [{ hostname: 'vm', pinged: 'UP', responding: true, latency: 12, mode: 'primary', primary: true }], errors: [], warnings: [] };
  assert.deepEqual(protoShape('v0.0.45', '#/components/schemas/v0.0.45_openapi_ping_array_resp', ping), { pings: [{ hostname: 'vm', responding: true, latency: 12, primary: true }], errors: [], warnings: [] });
  assert.deepEqual(protoShape('v0.0.44', '#/components/schemas/v0.0.44_openapi_ping_array_resp', ping), ping);
  const partitions = { partitions: [{ name: 'debug', cpus: { task_binding: 0, total: 4 } }] };
  const shaped = protoShape('v0.0.45', '#/components/schemas/v0.0.45_openapi_partition_resp', partitions);
  assert.deepEqual(shaped, { partitions: [{ name: 'debug', cpus: { total: 4 } }] });
  const v45 = loadSync(protoFile('v0.0.45'), LOADER_OPTIONS)[`${protoPackage('v0.0.45')}.${SERVICE_NAME}`] as unknown as ServiceDefinition;
  assert.deepEqual(v45.GetPartitions.responseDeserialize(v45.GetPartitions.responseSerialize(shaped)), shaped);
  assert.deepEqual(protoShape('v0.0.45', '#/components/schemas/v0.0.45_openapi_partition_resp', { partitions: [{ cpus: { task_binding: ['CPU_BIND_TO_CORES'] } }] }), { partitions: [{ cpus: { task_binding: ['CPU_BIND_TO_CORES'] } }] });
});
