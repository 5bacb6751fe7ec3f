// v0.0.43 → v0.0.42 reply conversion, checked against the v0.0.42 document and against what a
// real slurmrestd 26.05.5 rendered for v0.0.42 in the same recording session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMeta, envelope } from '../envelope.ts';
import { validateResponse, type OperationName } from '../validate.ts';
import { OPERATIONS } from '../operations.ts';
import { translateReply } from './index.ts';
import { responseSchema } from './schema.ts';
import type { OperationName as Op } from '../operations.ts';

// The v0.0.43 → v0.0.42 pair, which has real captures of the same session in both versions.
const OLD = 'v0.0.42';
const DATA_PARSER_V0042 = 'data_parser/v0.0.42';
const toV0042 = (op: Op, status: number, body: unknown) => translateReply(op, status, body, 'v0.0.43', 'v0.0.42').body;
import { captures, fixture, shape, undeclaredKeys } from '../../../test/support/version-captures.ts';

test('(a) every v0.0.43 capture of the nine operations converts to a valid v0.0.42 body', () => {
  const seen = new Map<OperationName, number>();
  for (const c of captures()) {
    if (c.version !== 'v0.0.43' || !c.op) continue;
    const source = fixture(c.file);
    const before = JSON.stringify(source);
    const body = toV0042(c.op, c.status, source) as any;
    const where = `${c.file} (${c.method} ${c.rest}, ${c.op}, HTTP ${c.status})`;
    assert.equal(JSON.stringify(source), before, `${where}: the input was modified`);
    assert.deepEqual(validateResponse('v0.0.42', c.op, c.status, body).errors, [], where);
    // Validation lets unknown keys through; a v0.0.42 body must not carry v0.0.43-only fields.
    assert.deepEqual(undeclaredKeys(OLD, responseSchema(OLD, c.op, c.status), body), [], where);
    assert.equal(body.meta.plugin.data_parser, DATA_PARSER_V0042, where);
    // The envelope's errors and warnings are the same in both versions.
    assert.deepEqual(body.errors, source.errors, where);
    assert.deepEqual(body.warnings, source.warnings, where);
    seen.set(c.op, (seen.get(c.op) ?? 0) + 1);
  }
  for (const op of Object.keys(OPERATIONS) as OperationName[]) assert.ok(seen.get(op), `no v0.0.43 capture of ${op}`);
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  assert.ok(total >= 35, `only ${total} captures converted`);
});

// Job 1 in GET_jobs.json was RUNNING; by the time of the v0.0.42 capture it had been updated
// (POST job/1: comment, time_limit 60 → 30) and cancelled (DELETE ?signal=SIGKILL). These fields
// are therefore of another moment, not of another version:
const CHANGED_SINCE_GET_JOBS = ['comment', 'end_time', 'exit_code', 'flags', 'job_state', 'time_limit'];

test('(b) GET_jobs.json converts to the shape of the real v0.0.42 GET jobs, with the same stable values', () => {
  const converted = toV0042('jobs', 200, fixture('GET_jobs.json')) as any;
  const real = fixture('v0.0.42_GET_jobs.json');
  assert.equal(converted.jobs.length, 1);
  const [job] = converted.jobs;
  const realJob = real.jobs.find((j: any) => j.job_id === job.job_id);
  assert.ok(realJob, 'job 1 is in the v0.0.42 capture');

  // Structure: the same keys in the same order (128 of them), with the same value types, at every level.
  assert.deepEqual(Object.keys(job), Object.keys(realJob));
  assert.equal(Object.keys(job).length, 128);
  assert.deepEqual(shape(job), shape(realJob));
  assert.deepEqual(shape({ ...converted, jobs: [] }), shape({ ...real, jobs: [] }));

  // Values: everything but what changed between the two moments (standard_* included: the
  // v0.0.42 rendering of the expanded paths is what the conversion produces).
  const stable = (j: any) => Object.fromEntries(Object.entries(j).filter(([k]) => !CHANGED_SINCE_GET_JOBS.includes(k)));
  assert.deepEqual(stable(job), stable(realJob));
  assert.equal(job.standard_output, '/tmp/slurm-1.out');
  assert.equal(job.standard_input, '/dev/null');
  assert.deepEqual(converted.meta, real.meta);
  assert.equal(converted.last_backfill.number, real.last_backfill.number);
});

test('(b) GET_jobs_after.json (2 s before the v0.0.42 capture) converts to the real v0.0.42 jobs byte for byte', () => {
  const source = fixture('GET_jobs_after.json');
  const converted = toV0042('jobs', 200, source) as any;
  const real = fixture('v0.0.42_GET_jobs.json');
  // Jobs 6 and 7 were submitted between the two captures; jobs 1 to 5 had all ended.
  assert.deepEqual(converted.jobs.map((j: any) => j.job_id), [1, 2, 3, 4, 5]);
  assert.deepEqual(real.jobs.map((j: any) => j.job_id), [1, 2, 3, 4, 5, 6, 7]);
  for (const [i, job] of converted.jobs.entries()) {
    // JSON text equality also checks the key order.
    assert.equal(JSON.stringify(job), JSON.stringify(real.jobs[i]), `job ${job.job_id}`);
  }
  // The envelope too, but for last_update (the later capture saw the two new jobs).
  const rest = (b: any) => ({ ...b, jobs: [], last_update: null });
  assert.equal(JSON.stringify(rest(converted)), JSON.stringify(rest(real)));
  // What was rewritten or left out, from the source's point of view.
  const j4 = source.jobs[3];
  assert.equal(j4.standard_output, '/tmp/quick-ok-%j.out');
  assert.equal(converted.jobs[3].standard_output, '/tmp/quick-ok-4.out');
  for (const k of ['licenses_allocated', 'segment_size', 'stdin_expanded', 'stdout_expanded', 'stderr_expanded']) {
    assert.ok(k in j4 && !(k in converted.jobs[3]), k);
  }
});

test('(c) ping equals the real v0.0.42 ping but for latency and client source', () => {
  const volatile = (b: any) => ({ ...b, pings: b.pings.map((p: any) => ({ ...p, latency: 0 })), meta: { ...b.meta, client: { ...b.meta.client, source: '' } } });
  const converted = toV0042('ping', 200, fixture('GET_ping.json'));
  const real = fixture('v0.0.42_GET_ping.json');
  assert.equal(JSON.stringify(volatile(converted)), JSON.stringify(volatile(real)));
  // A ping with a token slurmctld rejects (200, pinged DOWN) converts too.
  const down = toV0042('ping', 200, fixture('error_bad_token.json')) as any;
  assert.equal(validateResponse('v0.0.42', 'ping', 200, down).valid, true);
  assert.equal(down.meta.plugin.data_parser, 'data_parser/v0.0.42');
});

test('flags v0.0.42 does not know are left out; the others keep their order', () => {
  const body = fixture('GET_job.json');
  body.jobs[0].flags = ['EXACT_TASK_COUNT_REQUESTED', 'EXTERNAL_JOB', 'JOB_WAS_RUNNING'];
  const converted = toV0042('job', 200, body) as any;
  assert.deepEqual(converted.jobs[0].flags, ['EXACT_TASK_COUNT_REQUESTED', 'JOB_WAS_RUNNING']);
  assert.deepEqual(validateResponse('v0.0.42', 'job', 200, converted).errors, []);
  // Without the rule the v0.0.42 document rejects it: the filter is needed, not cosmetic.
  converted.jobs[0].flags = body.jobs[0].flags;
  assert.equal(validateResponse('v0.0.42', 'job', 200, converted).valid, false);
});

test('standard streams: expanded paths win; stdin of a batch job defaults to /dev/null', () => {
  const job = (extra: Record<string, unknown>) => {
    const body = fixture('GET_job.json');
    Object.assign(body.jobs[0], extra);
    return (toV0042('job', 200, body) as any).jobs[0];
  };
  const a = job({ standard_error: '%x-%j.err', stderr_expanded: '/tmp/my-job-1.err', standard_input: 'in-%j', stdin_expanded: '/tmp/in-1' });
  assert.deepEqual([a.standard_input, a.standard_output, a.standard_error], ['/tmp/in-1', '/tmp/slurm-1.out', '/tmp/my-job-1.err']);
  const b = job({ batch_flag: false });
  assert.equal(b.standard_input, '');
  // A body without *_expanded fields (older producer) keeps what it has.
  const body = fixture('GET_job.json');
  for (const k of ['stdin_expanded', 'stdout_expanded', 'stderr_expanded']) delete body.jobs[0][k];
  body.jobs[0].standard_output = '/data/out.txt';
  const c = (toV0042('job', 200, body) as any).jobs[0];
  assert.deepEqual([c.standard_input, c.standard_output, c.standard_error], ['/dev/null', '/data/out.txt', '']);
});

test('error replies: slurmrestd errors and the gateway\'s own envelopes', () => {
  // 404 GET job keeps its payload fields (jobs: [], last_*), only the parser name changes.
  const source = fixture('error_unknown_job.json');
  const notFound = toV0042('job', 404, source) as any;
  assert.deepEqual({ ...notFound, meta: null }, { ...source, meta: null });
  assert.equal(notFound.meta.plugin.data_parser, 'data_parser/v0.0.42');

  // The gateway's own error body, built for v0.0.43 by a backend or a route.
  const meta = buildMeta({ version: 'v0.0.43', cluster: 'c', clientSource: '10.0.0.1:5000' });
  const own = envelope(meta, {}, [{ description: 'no', error_number: 1007, error: 'Protocol authentication error', source: 'gateway' }]);
  const converted = toV0042('submit', 401, own) as any;
  assert.deepEqual(validateResponse('v0.0.42', 'submit', 401, converted).errors, []);
  assert.equal(converted.meta.plugin.data_parser, 'data_parser/v0.0.42');
  assert.deepEqual(converted.errors, own.errors);
  assert.equal(own.meta.plugin.data_parser, 'data_parser/v0.0.43', 'the input is left alone');

  // A kill reply with a per-job error item (200) and a 511 from slurmctld.
  assert.equal(validateResponse('v0.0.42', 'cancel', 200, toV0042('cancel', 200, fixture('DELETE_job_already_completed.json'))).valid, true);
  assert.equal(validateResponse('v0.0.42', 'jobs', 511, toV0042('jobs', 511, fixture('error_bad_token_jobs.json'))).valid, true);

  // Bodies that are not JSON objects (text/plain errors) pass through.
  assert.equal(toV0042('jobs', 400, 'Failure during parsing'), 'Failure during parsing');
  assert.equal(toV0042('ping', 200, null), null);
});

test('the conversion is pure: no shared objects, same result twice', () => {
  const source = fixture('GET_jobs_after.json');
  const a = toV0042('jobs', 200, source) as any;
  const b = toV0042('jobs', 200, source) as any;
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  a.jobs[0].job_resources.nodes.allocation[0].name = 'changed';
  a.jobs[0].exit_code.status.push('X');
  a.meta.command.push('x');
  assert.deepEqual(source, fixture('GET_jobs_after.json'));
});

test('null pointers (a job that never started) stay null', () => {
  const converted = toV0042('job', 200, fixture('GET_job_pending_held.json')) as any;
  assert.equal(converted.jobs[0].job_resources, null);
  assert.deepEqual(validateResponse('v0.0.42', 'job', 200, converted).errors, []);
});

test('converting a 1000-job list takes well under a millisecond per job', () => {
  const body = fixture('GET_jobs_after.json');
  body.jobs = Array.from({ length: 1000 }, (_, i) => body.jobs[i % body.jobs.length]);
  toV0042('jobs', 200, body); // compile outside the timing
  // CPU time, not the wall clock (which on a busy machine also counts other processes' turns),
  // and the best of five tries (one may take a garbage collection).
  const perJob = Math.min(
    ...Array.from({ length: 5 }, () => {
      const t0 = process.cpuUsage();
      const out = toV0042('jobs', 200, body) as any;
      const used = process.cpuUsage(t0);
      assert.equal(out.jobs.length, 1000);
      return (used.user + used.system) / 1000 / 1000;
    }),
  );
  assert.ok(perJob < 0.2, `${perJob.toFixed(4)} ms per job`);
});
