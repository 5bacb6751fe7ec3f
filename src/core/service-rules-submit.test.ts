// POST job/submit through ComputeService against a fake backend: the token's project as the
// account, validation before the backend, v0.0.42 bodies and replies, the JSON depth bound and
// Idempotency-Key.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refused, serviceOverFake } from '../../test/support/compute-service.ts';
import { MAX_JSON_DEPTH } from '../contract/json-depth.ts';
import type { JobSubmitResponse } from '../contract/model.ts';
import { validateJobSubmitRequest, validateResponse } from '../contract/validate.ts';
import { openStore } from '../store/kysely/open-store.ts';
import { IdempotencyStore } from './limits/idempotency.ts';

const job = (fields: Record<string, unknown> = {}) => ({
  job: { name: 'j', script: '#!/bin/bash\nhostname', current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], ...fields },
});
const DEPRECATED = { 'v0.0.42': { since: '2025-05-29', sunset: '2027-05-31' } };

describe('submit: the account is the token’s project', () => {
  for (const account of [undefined, '']) {
    it(`an account of ${JSON.stringify(account)} becomes the token's project`, async () => {
      const { service, backend, call } = serviceOverFake();
      const reply = await service.submit(call('tok-a'), job(account === undefined ? {} : { account }));
      assert.equal(reply.status, 200);
      const jobId = (reply.body as JobSubmitResponse).job_id;
      assert.equal(typeof jobId, 'number');
      const [sent] = backend.callsOf('submit');
      assert.equal(sent.request?.job?.account, 'PROJA');
      assert.deepEqual([sent.ctx.user, sent.ctx.project], ['alice', 'PROJA']);
      // The new job is the caller's: it reads it, the other project does not.
      assert.equal((await service.job(call('tok-a'), String(jobId))).status, 200);
      assert.equal((await service.job(call('tok-b'), String(jobId))).status, 404);
    });
  }

  it('its own project named explicitly is taken', async () => {
    const { service, backend, call } = serviceOverFake();
    assert.equal((await service.submit(call('tok-b'), job({ account: 'PROJB' }))).status, 200);
    assert.equal(backend.callsOf('submit')[0].request?.job?.account, 'PROJB');
  });

  it('the account may be spelled in either case, as SLURM takes it (slurmctld lower-cases accounts)', async () => {
    const { service, backend, call } = serviceOverFake();
    assert.equal((await service.submit(call('tok-a'), job({ account: 'proja' }))).status, 200);
    assert.equal((await service.submit(call('tok-a'), job({ account: 'ProjA' }))).status, 200);
    assert.deepEqual(backend.callsOf('submit').map((c) => c.request?.job?.account), ['proja', 'ProjA']);
    // And the token sees the jobs under the account SLURM reports.
    const listed = await service.jobs(call('tok-a'));
    assert.deepEqual(listed.body.jobs?.map((j) => [j.job_id, j.account]).slice(-2), [[301, 'proja'], [302, 'proja']]);
  });

  it('another project’s account is a 403 and the backend is not asked', async () => {
    const { service, backend, call } = serviceOverFake();
    await refused(service.submit(call('tok-a'), job({ account: 'PROJB' })), 'accessDenied', 403, /"PROJB" is not this token's project "PROJA"/);
    assert.deepEqual(backend.ops, []);
  });
});

describe('submit: an invalid body is a 422 naming the field, before the backend', () => {
  const cases: [string, unknown, RegExp, string?][] = [
    ['a string script field given a number', job({ script: 5 }), /\/job\/script: must be string/, '#/job/script/'],
    ['tasks given words', job({ tasks: 'many' }), /\/job\/tasks: must be an integer/, '#/job/tasks/'],
    ['environment given a string', job({ environment: 'A=1' }), /\/job\/environment: must be array/, '#/job/environment/'],
    ['no "job" object', { script: '#!/bin/bash\ntrue' }, /Missing "job" object/, '_job_post'],
    ['a heterogeneous "jobs" list', { jobs: [{ script: '#!/bin/bash\ntrue' }] }, /Heterogeneous jobs/, '_job_post'],
    ['an array body', [job()], /must be a JSON object/, '_job_post'],
  ];
  for (const [what, body, message, source] of cases) {
    it(what, async () => {
      const { service, backend, call } = serviceOverFake();
      const err = await refused(service.submit(call('tok-a'), body), 'invalidQuery', 422, message);
      assert.equal(err.toSlurmError().error_number, 9000);
      if (source) assert.equal(err.source, source);
      assert.deepEqual(backend.ops, [], 'the backend never saw it');
    });
  }

  it('v0.0.42 bodies are validated against v0.0.42’s schema', async () => {
    const { service, backend, call } = serviceOverFake();
    await refused(service.submit(call('tok-a', { version: 'v0.0.42' }), job({ minimum_cpus: 'four' })), 'invalidQuery', 422, /\/job\/minimum_cpus/);
    assert.deepEqual(backend.ops, []);
  });
});

describe('submit on v0.0.42', () => {
  it('the body reaches the backend as v0.0.43 and the reply is rendered as v0.0.42 with the deprecation warning', async () => {
    const { service, backend, call } = serviceOverFake({ deprecated: DEPRECATED });
    const body = job({ time_minimum: 10, minimum_nodes: '1', flags: ['SPREAD_JOB'] });
    assert.deepEqual(validateJobSubmitRequest('v0.0.42', body).errors, [], 'a valid v0.0.42 request');
    const reply = await service.submit(call('tok-a', { version: 'v0.0.42' }), body);
    assert.equal(reply.status, 200);
    const sent = backend.callsOf('submit')[0].request!;
    assert.deepEqual(validateJobSubmitRequest('v0.0.43', sent).errors, [], 'the backend got a v0.0.43 request');
    assert.equal(sent.job?.account, 'PROJA');
    assert.equal(sent.job?.script, body.job.script);
    assert.equal((body.job as Record<string, unknown>).account, undefined, "the caller's v0.0.42 body is not changed");
    const b = reply.body as JobSubmitResponse;
    assert.deepEqual(validateResponse('v0.0.42', 'submit', 200, b).errors, []);
    assert.equal(b.meta?.plugin?.data_parser, 'data_parser/v0.0.42');
    assert.deepEqual(b.warnings?.at(-1), { description: 'API version v0.0.42 is deprecated and will be removed after 2027-05-31; use a newer version', source: 's3m' });
    assert.deepEqual(b.meta?.client, { source: '10.0.0.7:40001', user: 'alice', group: 'PROJA' });
  });

  it('without the version deprecated there is no warning; a v0.0.43 call never gets one', async () => {
    const plain = serviceOverFake();
    const r42 = await plain.service.submit(plain.call('tok-a', { version: 'v0.0.42' }), job());
    assert.equal((r42.body as JobSubmitResponse).meta?.plugin?.data_parser, 'data_parser/v0.0.42');
    assert.deepEqual((r42.body as JobSubmitResponse).warnings, []);
    const deprecated = serviceOverFake({ deprecated: DEPRECATED });
    const r43 = await deprecated.service.submit(deprecated.call('tok-a'), job());
    assert.equal((r43.body as JobSubmitResponse).meta?.plugin?.data_parser, 'data_parser/v0.0.43');
    assert.deepEqual((r43.body as JobSubmitResponse).warnings, []);
  });
});

/** `levels` objects nested inside each other. */
function nested(levels: number): unknown {
  let v: Record<string, unknown> = {};
  for (let i = 1; i < levels; i++) v = { v };
  return v;
}

const memoryStore = () => openStore({ type: 'sqlite', file: ':memory:' });

class CountingStore extends IdempotencyStore {
  begun = 0;
  override begin(...args: Parameters<IdempotencyStore['begin']>) {
    this.begun++;
    return super.begin(...args);
  }
}

describe('submit: a body nested deeper than 64 levels', () => {
  it('is a 400 before the idempotency store or the backend sees it', async () => {
    const idempotency = new CountingStore(await memoryStore());
    const { service, backend, call } = serviceOverFake({ idempotency });
    // job (2) + x (3..): MAX_JSON_DEPTH + 1 levels in all.
    const deep = job({ x: nested(MAX_JSON_DEPTH - 1) });
    const err = await refused(service.submit(call('tok-a', { idempotencyKey: 'deep-1' }), deep), 'parsingFailed', 400, /more than 64 levels deep/);
    assert.equal(err.toSlurmError().error_number, 9001);
    assert.equal(idempotency.begun, 0);
    assert.deepEqual(backend.ops, []);
    // 64 levels exactly pass the bound (and then validation, which ignores the unknown field).
    const reply = await service.submit(call('tok-a', { idempotencyKey: 'deep-1' }), job({ x: nested(MAX_JSON_DEPTH - 2) }));
    assert.equal(reply.status, 200);
    assert.equal(idempotency.begun, 1);
  });
});

describe('submit with an Idempotency-Key', () => {
  it('the same key and body get the same reply, marked replayed, and make one job', async () => {
    const { service, backend, call } = serviceOverFake({ idempotency: new IdempotencyStore(await memoryStore()) });
    const first = await service.submit(call('tok-a', { idempotencyKey: 'k-1' }), job());
    assert.equal(first.status, 200);
    assert.equal(first.headers?.['Idempotent-Replayed'], undefined);
    const again = await service.submit(call('tok-a', { idempotencyKey: 'k-1' }), job());
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers?.['Idempotent-Replayed'], 'true');
    assert.equal(again.idempotentReplay, true);
    assert.equal(backend.callsOf('submit').length, 1, 'one job');
    // The key with another body is refused; without a key, or with another key, a new job is made.
    await refused(service.submit(call('tok-a', { idempotencyKey: 'k-1' }), job({ name: 'other' })), 'idempotencyMismatch', 422);
    const other = await service.submit(call('tok-a', { idempotencyKey: 'k-2' }), job());
    assert.notEqual((other.body as JobSubmitResponse).job_id, (first.body as JobSubmitResponse).job_id);
    await service.submit(call('tok-a'), job());
    assert.equal(backend.callsOf('submit').length, 3);
  });

  it('keys are per token: another token’s same key and body is a new submit', async () => {
    const { service, backend, call } = serviceOverFake({ idempotency: new IdempotencyStore(await memoryStore()) });
    const a = await service.submit(call('tok-a', { idempotencyKey: 'shared' }), job());
    const b = await service.submit(call('tok-b', { idempotencyKey: 'shared' }), job());
    assert.equal(b.headers?.['Idempotent-Replayed'], undefined);
    assert.notEqual((b.body as JobSubmitResponse).job_id, (a.body as JobSubmitResponse).job_id);
    assert.deepEqual(backend.callsOf('submit').map((c) => c.request?.job?.account), ['PROJA', 'PROJB']);
  });

  it('a v0.0.42 replay is the v0.0.42 reply the client got', async () => {
    const { service, backend, call } = serviceOverFake({ idempotency: new IdempotencyStore(await memoryStore()), deprecated: DEPRECATED });
    const first = await service.submit(call('tok-a', { version: 'v0.0.42', idempotencyKey: 'k42' }), job());
    const again = await service.submit(call('tok-a', { version: 'v0.0.42', idempotencyKey: 'k42' }), job());
    assert.deepEqual(again.body, first.body);
    assert.equal((again.body as JobSubmitResponse).meta?.plugin?.data_parser, 'data_parser/v0.0.42');
    assert.equal(backend.callsOf('submit').length, 1);
  });

  it('a refused submit (403) does not use the key up', async () => {
    const { service, backend, call } = serviceOverFake({ idempotency: new IdempotencyStore(await memoryStore()) });
    await refused(service.submit(call('tok-a', { idempotencyKey: 'k-x' }), job({ account: 'PROJB' })), 'accessDenied', 403);
    const ok = await service.submit(call('tok-a', { idempotencyKey: 'k-x' }), job({ name: 'fixed' }));
    assert.equal(ok.status, 200);
    assert.equal(ok.headers?.['Idempotent-Replayed'], undefined);
    assert.equal(backend.callsOf('submit').length, 1);
  });
});
