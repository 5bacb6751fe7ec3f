// (d) v0.0.42 job submit bodies become v0.0.43 bodies that the v0.0.43 document accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unknownJobFields, validateJobSubmitRequest } from '../validate.ts';
import { translateSubmit } from './index.ts';

const submitRequestToV0043 = (body: unknown) => translateSubmit(body, 'v0.0.42', 'v0.0.43').body;
import { fixture } from '../../../test/support/version-captures.ts';

const RECORDED = ['POST_job_submit', 'POST_job_submit_2', 'POST_job_submit_fail', 'POST_job_submit_held', 'POST_job_submit_ok',
  'error_missing_script', 'error_time_limit_over_partition_max', 'error_unknown_field', 'error_unknown_partition'];

/** A v0.0.42 body using much of job_desc_msg: nested structs, flags, no-val structs, arrays, lenient forms. */
const V0042_JOB = {
  script: '#!/bin/bash\nsrun hostname',
  name: 'v42-job',
  account: 'proj',
  partition: 'batch-cpu',
  current_working_directory: '/tmp',
  environment: ['PATH=/usr/bin:/bin', 'A=1'],
  time_limit: { set: true, infinite: false, number: 30 },
  time_minimum: 10, // plain number for a no-val struct: slurmrestd's parser accepts it
  minimum_nodes: '1', // digits for an integer: likewise
  tasks: 2,
  cpus_per_task: 1,
  memory_per_node: { set: true, number: 1024 },
  flags: ['SPREAD_JOB', 'EXACT_CPU_COUNT_REQUESTED'],
  mail_type: ['BEGIN', 'END'],
  shared: ['user'],
  open_mode: ['APPEND'],
  kill_warning_flags: ['BATCH_JOB'],
  cpu_binding_flags: ['VERBOSE'],
  crontab: { flags: ['WILD_MINUTE'], minute: '*' },
  rlimits: { nofile: { set: true, number: 1024 } },
  standard_output: '/tmp/%x-%j.out',
  hold: true,
  priority: { set: false, infinite: false, number: 0 },
  begin_time: { set: true, number: 1795520000 },
  // Not in job_desc_msg of either version: must reach the backend, which warns about it.
  gpus_per_dog: 3,
};

test('(d) a v0.0.42 submit body converts to a v0.0.43 body that the v0.0.43 schema accepts', () => {
  const body = { job: V0042_JOB };
  assert.deepEqual(validateJobSubmitRequest('v0.0.42', body).errors, [], 'the input is a valid v0.0.42 request');
  const before = JSON.stringify(body);
  const converted = submitRequestToV0043(body) as any;
  assert.equal(JSON.stringify(body), before, 'the input is left alone');
  assert.deepEqual(validateJobSubmitRequest('v0.0.43', converted).errors, []);
  // The two job_desc_msg schemas have the same fields: every value, order and unknown field included, flows through.
  assert.equal(JSON.stringify(converted), before);
  assert.notEqual(converted.job, body.job);
  assert.notEqual(converted.job.environment, body.job.environment);
  // The unknown field still gives slurmrestd's warning on the v0.0.43 side.
  assert.deepEqual(unknownJobFields('v0.0.43', converted.job).map((u) => u.field), ['gpus_per_dog']);
});

test('(d) HetJob bodies ({script, jobs: [...]}) convert too', () => {
  const body = {
    script: '#!/bin/bash\nsleep 1',
    jobs: [
      { name: 'het', partition: 'debug', tasks: 1, environment: ['A=1'], current_working_directory: '/tmp', flags: ['SPREAD_JOB'] },
      { name: 'het', partition: 'debug', tasks: 2, extra_thing: 'x' },
    ],
  };
  assert.equal(validateJobSubmitRequest('v0.0.42', body).valid, true);
  const converted = submitRequestToV0043(body) as any;
  assert.deepEqual(validateJobSubmitRequest('v0.0.43', converted).errors, []);
  assert.deepEqual(converted, body);
  assert.deepEqual(unknownJobFields('v0.0.43', converted.jobs[1], '#/jobs/1/').map((u) => u.source), ['#/jobs/1/extra_thing/']);
});

test('(d) every recorded submit request converts to a valid v0.0.43 request, unchanged', () => {
  for (const name of RECORDED) {
    const body = fixture(`requests/${name}.request.json`);
    assert.equal(validateJobSubmitRequest('v0.0.42', body).valid, true, name);
    const converted = submitRequestToV0043(body);
    assert.deepEqual(validateJobSubmitRequest('v0.0.43', converted).errors, [], name);
    assert.equal(JSON.stringify(converted), JSON.stringify(body), name);
  }
});

test('invalid bodies are converted as they are, for the backend to reject as slurmrestd would', () => {
  const bad = { job: { name: 7, environment: 'PATH=/bin', time_limit: 'soon' } };
  const converted = submitRequestToV0043(bad);
  assert.deepEqual(converted, bad);
  assert.deepEqual(validateJobSubmitRequest('v0.0.43', converted).errors.map((e) => e.path).sort(), ['/job/environment', '/job/name', '/job/time_limit']);
  for (const v of ['text', null, [1], 5]) assert.deepEqual(submitRequestToV0043(v), v);
});
