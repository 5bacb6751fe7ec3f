// Real slurmrestd bodies (test/fixtures/slurmrestd, recorded from Slurm 26.05.5) must validate
// against the vendored spec of their version; broken bodies must fail naming the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { loadSlurmSpec, unknownJobFields, validateJobSubmitRequest, validateResponse, validateSpecResponse, type OperationName, type SpecVersion } from './validate.ts';
import { OPERATIONS } from './operations.ts';

const FIXTURES = new URL('../../test/fixtures/slurmrestd/', import.meta.url);
const fixture = (name: string): any => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

interface Capture {
  method: string;
  url: string;
  status: number;
  file: string;
}

/** The JSON rows of the recording's INDEX.md. */
function captures(): Capture[] {
  const rows: Capture[] = [];
  for (const line of readFileSync(new URL('INDEX.md', FIXTURES), 'utf8').split('\n')) {
    const m = /^\| `(GET|POST|DELETE) ([^`? ]+)[^`]*`[^|]*\| (\d+) \| application\/json \| (\S+) \|$/.exec(line);
    if (m) rows.push({ method: m[1], url: m[2], status: Number(m[3]), file: m[4] });
  }
  return rows;
}

/** Which of the nine gateway operations a recorded call is, if any. */
function gatewayOperation(method: string, rest: string): OperationName | undefined {
  for (const [name, op] of Object.entries(OPERATIONS)) {
    const re = new RegExp(`^${op.path.replace(/\/$/, '').replace('{job_id}', '[^/]+')}/?$`);
    if (op.method === method.toLowerCase() && re.test(rest) && !(name !== 'submit' && rest === 'job/submit')) return name as OperationName;
  }
  return undefined;
}

/** The spec path template a URL falls under (for calls outside the nine operations). */
function specPathFor(version: SpecVersion, method: string, url: string): string | undefined {
  const paths = Object.keys(loadSlurmSpec(version).paths).filter((p) => loadSlurmSpec(version).paths[p][method.toLowerCase()]);
  const matches = paths.filter((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+').replace(/\/$/, '')}/?$`).test(url));
  return matches.find((p) => !p.includes('{')) ?? matches[0]; // a literal path beats a template (job/submit vs job/{job_id})
}

// Left out of the fixtures on purpose (see test/fixtures/slurmrestd/README.md).
const NOT_COPIED = /^(GET_openapi_v3|v0\.0\.4[45]_.*)\.json$/;
// Calls outside the nine operations where real slurmrestd disagrees with its document beyond the
// two documented adjustments. Kept here so that a change in either shows up.
const KNOWN_DISAGREEMENTS: Record<string, string> = {
  'GET_jobs_state.json': 'jobs/state returns job_id as a string and no last_backfill/last_update',
  'error_unknown_partition_get.json': '200 without the required partitions/last_update',
  'error_unknown_node_get.json': '200 without the required nodes/last_update',
};

test('every captured JSON body validates against its operation and version', () => {
  const seen = new Map<string, number>();
  let checked = 0;
  for (const c of captures()) {
    if (!existsSync(new URL(c.file, FIXTURES))) {
      assert.match(c.file, NOT_COPIED, `${c.file} is listed in INDEX.md but missing from the fixtures`);
      continue;
    }
    const m = /^\/slurm\/(v0\.0\.4[23])\/(.+)$/.exec(c.url);
    assert.ok(m, `${c.file}: unexpected URL ${c.url}`);
    const version = m[1] as SpecVersion;
    const body = fixture(c.file);
    const op = gatewayOperation(c.method, m[2]);
    if (op) {
      const r = validateResponse(version, op, c.status, body);
      assert.deepEqual(r.errors, [], `${c.file} (${c.method} ${c.url}, ${op}, HTTP ${c.status})`);
      assert.equal(r.valid, true);
      seen.set(`${version} ${op}`, (seen.get(`${version} ${op}`) ?? 0) + 1);
    } else {
      const path = specPathFor(version, c.method, c.url);
      assert.ok(path, `${c.file}: no spec path for ${c.method} ${c.url}`);
      const r = validateSpecResponse(version, c.method, path, c.status, body);
      assert.equal(r.valid, !(c.file in KNOWN_DISAGREEMENTS), `${c.file} (${c.method} ${path}): ${r.errors.join('; ')}`);
    }
    checked++;
  }
  for (const op of Object.keys(OPERATIONS)) assert.ok(seen.get(`v0.0.43 ${op}`), `no v0.0.43 capture of ${op}`);
  assert.ok(seen.get('v0.0.42 ping') && seen.get('v0.0.42 jobs'));
  assert.ok(checked >= 45, `only ${checked} captures checked`);
});

test('the documented adjustments are applied, and only when loading', () => {
  // A job that never started: job_resources is null (absent), which the bare spec rejects.
  assert.equal(fixture('GET_job_pending_held.json').jobs[0].job_resources, null);
  assert.equal(validateResponse('v0.0.43', 'job', 200, fixture('GET_job_pending_held.json')).valid, true);
  // The vendored spec is left as written.
  assert.ok(loadSlurmSpec('v0.0.43').components.schemas['v0.0.43_job_res'].required.includes('nodes/count'));
});

test('a job with job_state as a string fails, naming the field', () => {
  const body = fixture('GET_job.json');
  body.jobs[0].job_state = 'RUNNING';
  const r = validateResponse('v0.0.43', 'job', 200, body);
  assert.equal(r.valid, false);
  assert.deepEqual(r.errors, ['/jobs/0/job_state: must be array, got "RUNNING"']);
});

test('null is absent only for pointer-backed fields (not for an array of flags)', () => {
  const body = fixture('GET_job.json');
  body.jobs[0].job_state = null;
  assert.deepEqual(validateResponse('v0.0.43', 'job', 200, body).errors, ['/jobs/0/job_state: must be array, got null']);
});

test('missing required fields fail, including the "a/b" nested ones', () => {
  const jobs = fixture('GET_jobs.json');
  delete jobs.last_update;
  delete jobs.jobs[0].job_resources.nodes.count;
  delete jobs.jobs[0].job_resources.cpus;
  assert.deepEqual(validateResponse('v0.0.43', 'jobs', 200, jobs).errors.sort(), [
    '/jobs/0/job_resources/cpus: is required',
    '/jobs/0/job_resources/nodes/count: is required',
    '/last_update: is required',
  ]);

  const kill = fixture('DELETE_job_already_completed.json');
  delete kill.status[0].error.code;
  assert.deepEqual(validateResponse('v0.0.43', 'cancel', 200, kill).errors, ['/status/0/error/code: is required']);

  const submit = fixture('POST_job_submit.json');
  submit.job_id = '7';
  assert.deepEqual(validateResponse('v0.0.43', 'submit', 200, submit).errors, ['/job_id: must be integer, got "7"']);

  const ping = fixture('v0.0.42_GET_ping.json');
  delete ping.pings;
  assert.deepEqual(validateResponse('v0.0.42', 'ping', 200, ping).errors, ['/pings: is required']);
});

test('error statuses are checked against the error envelope', () => {
  assert.equal(validateResponse('v0.0.43', 'job', 422, fixture('error_bad_job_id.json')).valid, true);
  const r = validateResponse('v0.0.43', 'jobs', 401, { errors: [{ error_number: 'x' }], warnings: [] });
  assert.deepEqual(r.errors, ['/errors/0/error_number: must be integer, got "x"']);
});

const SUBMITS = ['POST_job_submit', 'POST_job_submit_2', 'POST_job_submit_fail', 'POST_job_submit_held', 'POST_job_submit_ok',
  'error_missing_script', 'error_time_limit_over_partition_max', 'error_unknown_field', 'error_unknown_partition'];

test('every captured job submit request is valid in both versions', () => {
  for (const name of SUBMITS) {
    for (const version of ['v0.0.42', 'v0.0.43'] as const) {
      const r = validateJobSubmitRequest(version, fixture(`requests/${name}.request.json`));
      assert.deepEqual(r.errors, [], `${version} ${name}`);
    }
  }
});

test('job submit requests: wrong types fail with path and message; what slurmrestd converts passes', () => {
  const job = (extra: Record<string, unknown>) => ({ job: { ...fixture('requests/POST_job_submit.request.json').job, ...extra } });
  const errs = (extra: Record<string, unknown>) => validateJobSubmitRequest('v0.0.43', job(extra)).errors;

  assert.deepEqual(errs({ minimum_nodes: 'abc' }), [
    { path: '/job/minimum_nodes', source: '#/job/minimum_nodes/', message: 'must be an integer (or a string of digits), got "abc"' },
  ]);
  assert.deepEqual(errs({ environment: 'PATH=/usr/bin' }).map((e) => e.path), ['/job/environment']);
  assert.deepEqual(errs({ hold: 'yes' }).map((e) => `${e.path}: ${e.message}`), ['/job/hold: must be boolean, got "yes"']);
  assert.deepEqual(errs({ time_limit: 'soon' }).map((e) => e.path), ['/job/time_limit']);
  assert.deepEqual(errs({ flags: ['NO_SUCH_FLAG'] }).map((e) => e.path), ['/job/flags/0']);
  assert.deepEqual(validateJobSubmitRequest('v0.0.43', 'nope').errors.map((e) => e.path), ['']);

  // Strings of digits for integers, plain integers for {set,infinite,number}, unknown fields, null pointers.
  for (const ok of [{ minimum_nodes: '4' }, { time_limit: 60 }, { time_limit: '60' }, { no_such_field: 1 }, { rlimits: null }]) {
    assert.deepEqual(errs(ok), [], JSON.stringify(ok));
  }
  // The body is not rewritten (no Ajv type coercion).
  const body = job({ minimum_nodes: '4' });
  validateJobSubmitRequest('v0.0.42', body);
  assert.equal(body.job.minimum_nodes, '4');
});

test('unknown job fields give slurmrestd\'s warning, byte for byte', () => {
  const job = fixture('requests/error_unknown_field.request.json').job;
  const warnings = unknownJobFields('v0.0.43', job).map(({ description, source }) => ({ description, source }));
  assert.deepEqual(warnings, fixture('error_unknown_field.json').warnings);

  assert.deepEqual(
    unknownJobFields('v0.0.42', { name: 'x', a: 'x', b: 1.5, c: [], d: {}, e: true, f: null }).map((u) => u.description.replace(/^Ignoring unknown field "(\w)" of type (.*) in DATA_PARSER_JOB_DESC_MSG$/, '$1=$2')),
    ['a=string', 'b=floating point number', 'c=list', 'd=dictionary', 'e=boolean', 'f=null'],
  );
  assert.deepEqual(unknownJobFields('v0.0.43', { x: 1 }, '#/jobs/0/')[0].source, '#/jobs/0/x/');
});

test('validating a 100-job list costs well under a millisecond per job', () => {
  const body = fixture('GET_jobs_after.json');
  body.jobs = Array.from({ length: 100 }, (_, i) => body.jobs[i % body.jobs.length]);
  validateResponse('v0.0.43', 'jobs', 200, body); // compile outside the timing
  // CPU time, not the wall clock (which on a busy machine also counts other processes' turns),
  // and the best of five tries (one may take a garbage collection).
  const rounds = 20;
  const perJob = Math.min(
    ...Array.from({ length: 5 }, () => {
      const t0 = process.cpuUsage();
      for (let i = 0; i < rounds; i++) assert.equal(validateResponse('v0.0.43', 'jobs', 200, body).valid, true);
      const used = process.cpuUsage(t0);
      return (used.user + used.system) / 1000 / rounds / 100;
    }),
  );
  assert.ok(perJob < 0.5, `${perJob.toFixed(4)} ms per job`);
});

test('a value nested far too deep fails validation by its type, without recursing through it', () => {
  const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
  for (const version of ['v0.0.43', 'v0.0.42'] as const) {
    const r = validateJobSubmitRequest(version, { job: { script: '#!/bin/bash\ntrue', comment: deep } });
    assert.equal(r.valid, false);
    assert.deepEqual(r.errors, [{ path: '/job/comment', source: '#/job/comment/', message: 'must be string, got list' }]);
  }
});
