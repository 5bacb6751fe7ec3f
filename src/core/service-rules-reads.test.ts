// The reads through ComputeService against a fake backend: the caller's project's jobs only, a
// read-only token, unknown resources and versions, the per-token rate limit and the reasons in
// words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refused, serviceOverFake } from '../../test/support/compute-service.ts';
import { FakeBackend, jobInfo } from '../../test/support/fake-backend.ts';
import type { JobsResponse } from '../contract/model.ts';
import { validateResponse } from '../contract/validate.ts';
import { explainReason, REASON_TEXT_FIELD } from './jobs/reasons.ts';
import { TokenBuckets } from './limits/rate-limit.ts';

const ids = (r: { body: JobsResponse }) => r.body.jobs.map((j) => j.job_id);
const ZERO = { description: 'Zero jobs to dump', source: '' };

describe('GET jobs: the caller’s project only', () => {
  for (const version of ['v0.0.43', 'v0.0.42']) {
    it(`${version}: each token sees its project's jobs; meta.client names the caller`, async () => {
      const { service, call } = serviceOverFake();
      const a = await service.jobs(call('tok-a', { version }));
      const b = await service.jobs(call('tok-b', { version }));
      assert.deepEqual([a.status, ids(a)], [200, [101, 102]]);
      assert.deepEqual([b.status, ids(b)], [200, [201]]);
      assert.deepEqual(a.body.warnings, []);
      assert.deepEqual(a.body.meta?.client, { source: '10.0.0.7:40001', user: 'alice', group: 'PROJA' });
      assert.deepEqual(validateResponse(version as 'v0.0.43', 'jobs', 200, a.body).errors, []);
    });
  }

  it('a project without jobs gets an empty list with slurmrestd’s "Zero jobs to dump" warning', async () => {
    const { service, call } = serviceOverFake();
    const c = await service.jobs(call('tok-c'));
    assert.equal(c.status, 200);
    assert.deepEqual(c.body.jobs, []);
    assert.deepEqual(c.body.warnings, [ZERO]);
  });

  it('the warning is not doubled when the cluster has no jobs at all', async () => {
    const { service, call } = serviceOverFake({}, undefined, new FakeBackend([]));
    assert.deepEqual((await service.jobs(call('tok-a'))).body.warnings, [ZERO]);
  });

  it('GET job: another project’s job is a 404 with error 2017, like a missing one', async () => {
    const { service, call } = serviceOverFake();
    const foreign = await service.job(call('tok-a'), '201');
    const missing = await service.job(call('tok-a'), '999');
    assert.equal(foreign.status, 404);
    assert.deepEqual(foreign.body.jobs, []);
    assert.equal(foreign.body.errors?.[0]?.error_number, 2017);
    assert.equal(JSON.stringify(foreign.body).replaceAll('JobId=201', 'JobId=ID'), JSON.stringify(missing.body).replaceAll('JobId=999', 'JobId=ID'));
    assert.equal((await service.job(call('tok-b'), '201')).status, 200);
  });

  it('v0.0.42 renders jobs for v0.0.42 (expanded standard_output, no *_expanded fields)', async () => {
    const backend = new FakeBackend([jobInfo({ job_id: 101, account: 'PROJA', standard_output: 'slurm-%j.out', stdout_expanded: '/tmp/slurm-101.out' })]);
    const { service, call } = serviceOverFake({}, undefined, backend);
    const j42 = (await service.job(call('tok-a', { version: 'v0.0.42' }), '101')).body.jobs[0] as Record<string, unknown>;
    const j43 = (await service.job(call('tok-a'), '101')).body.jobs[0] as Record<string, unknown>;
    assert.deepEqual([j43.standard_output, j43.stdout_expanded], ['slurm-%j.out', '/tmp/slurm-101.out']);
    assert.deepEqual([j42.standard_output, 'stdout_expanded' in j42], ['/tmp/slurm-101.out', false]);
  });
});

describe('a read-only token', () => {
  it('reads every operation', async () => {
    const { service, backend, call } = serviceOverFake();
    for (const op of ['ping', 'partitions', 'nodes', 'reservations', 'diag'] as const) assert.equal((await service.read(call('tok-ro'), op)).status, 200, op);
    assert.deepEqual(ids(await service.jobs(call('tok-ro'))), [101, 102]);
    assert.equal((await service.job(call('tok-ro'), '102')).status, 200);
    assert.deepEqual(backend.ops, ['ping', 'partitions', 'nodes', 'reservations', 'diag', 'jobs', 'job']);
  });

  it('cannot submit or cancel (403), and the backend is not asked', async () => {
    const { service, backend, call } = serviceOverFake();
    await refused(service.submit(call('tok-ro'), { job: { script: '#!/bin/bash\ntrue' } }), 'accessDenied', 403, /read-only/);
    await refused(service.cancel(call('tok-ro'), '101', {}), 'accessDenied', 403, /read-only/);
    await refused(service.cancel(call('tok-ro'), '101', { signal: 'NOPE' }), 'accessDenied', 403, /read-only/);
    assert.deepEqual(backend.ops, []);
  });
});

describe('tokens, resources and versions', () => {
  it('no token or an unknown one is a 401 before anything else; the backend is not asked', async () => {
    const { service, backend, call } = serviceOverFake();
    await refused(service.jobs(call(undefined)), 'authentication', 401);
    await refused(service.jobs({ ...call(undefined), authorization: 'tok-nobody', resource: 'nowhere' }), 'authentication', 401);
    await refused(service.submit(call(undefined), {}), 'authentication', 401);
    assert.deepEqual(backend.ops, []);
  });

  it('an unknown resource or a version the resource does not serve is a 404; the backend is not asked', async () => {
    const { service, backend, call } = serviceOverFake({}, ['v0.0.43']);
    await refused(service.jobs(call('tok-a', { resource: 'nowhere' })), 'pathNotFound', 404, /Unknown resource "nowhere"/);
    await refused(service.read(call('tok-a', { resource: 'nowhere' }), 'ping'), 'pathNotFound', 404);
    await refused(service.jobs(call('tok-a', { version: 'v0.0.42' })), 'pathNotFound', 404, /does not serve API version v0.0.42/);
    await refused(service.job(call('tok-a', { version: 'v0.0.41' }), '101'), 'pathNotFound', 404, /v0.0.41/);
    await refused(service.submit(call('tok-a', { version: 'v0.0.44' }), { job: { script: '#!/bin/bash\ntrue' } }), 'pathNotFound', 404);
    assert.deepEqual(backend.ops, []);
  });
});

describe('per-token rate limit', () => {
  const limits = () => new TokenBuckets({ 'compute-ace': { ratePerSecond: 0.01, burst: 3 } }, () => 1_000_000);

  it('after the burst a call is a 429 with Retry-After; every reply says what is left', async () => {
    const { service, backend, call } = serviceOverFake({ limiter: limits() });
    const replies = [await service.read(call('tok-a'), 'ping'), await service.jobs(call('tok-a')), await service.job(call('tok-a'), '101')];
    assert.deepEqual(replies.map((r) => r.headers?.['RateLimit-Remaining']), ['2', '1', '0']);
    for (const r of replies) {
      assert.equal(r.headers?.['RateLimit-Limit'], '3');
      assert.ok(Number(r.headers?.['RateLimit-Reset']) > 0);
    }
    const err = await refused(service.submit(call('tok-a'), { job: { script: '#!/bin/bash\ntrue' } }), 'rateLimited', 429, /over its rate limit/);
    assert.equal(err.extraHeaders['RateLimit-Remaining'], '0');
    assert.equal(err.extraHeaders['RateLimit-Limit'], '3');
    assert.ok(Number(err.extraHeaders['Retry-After']) >= 1);
    assert.deepEqual(backend.ops, ['ping', 'jobs', 'job'], 'the refused call did not reach the backend');
    // Another token has its own bucket; a permission without a configured limit has none.
    assert.equal((await service.jobs(call('tok-b'))).headers?.['RateLimit-Remaining'], '2');
    const ro = await service.jobs(call('tok-ro'));
    assert.equal(ro.status, 200);
    assert.equal(ro.headers?.['RateLimit-Limit'], undefined);
  });

  it('a refusal by an earlier rule does not spend the bucket', async () => {
    const { service, call } = serviceOverFake({ limiter: limits() });
    await refused(service.jobs(call('tok-a', { resource: 'nowhere' })), 'pathNotFound', 404);
    assert.equal((await service.read(call('tok-a'), 'ping')).headers?.['RateLimit-Remaining'], '2');
  });
});

describe('state reasons in words', () => {
  it('explainReasons adds s3m_state_reason_text to each job of jobs and job; without it SLURM’s fields only', async () => {
    const { service, call } = serviceOverFake();
    const explained = await service.jobs(call('tok-a', { explainReasons: true }));
    const byId = new Map(explained.body.jobs.map((j) => [j.job_id, j as Record<string, unknown>]));
    assert.equal(byId.get(102)?.state_reason, 'JobHeldUser');
    assert.equal(byId.get(102)?.[REASON_TEXT_FIELD], explainReason('JobHeldUser'));
    assert.match(byId.get(102)?.[REASON_TEXT_FIELD] as string, /held/i);
    assert.equal(byId.get(101)?.[REASON_TEXT_FIELD], explainReason('None'));
    const one = await service.job(call('tok-a', { explainReasons: true, version: 'v0.0.42' }), '102');
    assert.equal((one.body.jobs[0] as Record<string, unknown>)[REASON_TEXT_FIELD], explainReason('JobHeldUser'));
    const plain = await service.jobs(call('tok-a'));
    assert.ok(plain.body.jobs.every((j) => !(REASON_TEXT_FIELD in j)));
    // A 404 is not touched.
    const missing = await service.job(call('tok-a', { explainReasons: true }), '201');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body.jobs, []);
  });
});

