// DELETE job/{id} through ComputeService against a fake backend: the signal and flags are
// checked before anything is asked, a job the caller cannot see is never cancelled and answers
// like a missing one, and the signal reaches the backend as a number.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refused, serviceOverFake } from '../../test/support/compute-service.ts';
import type { KillJobResponse } from '../contract/model.ts';
import type { Reply } from './service.ts';

describe('cancel: signal and flags', () => {
  for (const signal of ['SIGFOO', '99', 'TERM!']) {
    it(`signal "${signal}" is a 422 (invalidSignal) and the backend is not asked`, async () => {
      const { service, backend, call } = serviceOverFake();
      const err = await refused(service.cancel(call('tok-a'), '101', { signal }), 'invalidSignal', 422);
      assert.ok(err.message.startsWith(`Unknown signal "${signal}"`), err.message);
      assert.deepEqual(backend.ops, []);
    });
  }

  it('an unknown flag is a 422 naming it, and the backend is not asked', async () => {
    const { service, backend, call } = serviceOverFake();
    await refused(service.cancel(call('tok-a'), '101', { flags: 'BATCH_JOB,NOPE' }), 'invalidQuery', 422, /Unknown cancel flag\(s\): NOPE$/);
    assert.deepEqual(backend.ops, []);
  });

  const given: [string, number][] = [['SIGUSR1', 10], ['usr1', 10], ['INT', 2], ['9', 9]];
  for (const [signal, number] of given) {
    it(`signal "${signal}" reaches the backend as ${number}, marked as given`, async () => {
      const { service, backend, call } = serviceOverFake();
      const reply = await service.cancel(call('tok-a'), '101', { signal });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body.status, []);
      const [sent] = backend.callsOf('cancel');
      assert.equal(sent.jobId, '101');
      assert.deepEqual(sent.cancel, { signal: number, signalGiven: true, flags: undefined });
      assert.deepEqual([sent.ctx.user, sent.ctx.project], ['alice', 'PROJA']);
    });
  }

  it('without a signal the backend gets SIGTERM (15), not marked as given; known flags pass', async () => {
    const { service, backend, call } = serviceOverFake();
    await service.cancel(call('tok-a'), '101', {});
    await service.cancel(call('tok-a'), '102', { signal: '', flags: 'batch_job' });
    assert.deepEqual(backend.callsOf('cancel').map((c) => c.cancel), [
      { signal: 15, signalGiven: false, flags: undefined },
      { signal: 15, signalGiven: false, flags: 'batch_job' },
    ]);
  });
});

describe('cancel: another project’s job is a missing job', () => {
  /** What the caller sees, with the job id (a JSON string: step_id) replaced. */
  const seen = (r: Reply<KillJobResponse>, id: string) => ({ status: r.status, body: JSON.stringify(r.body).replaceAll(`"${id}"`, '"ID"') });

  for (const signal of [undefined, 'KILL']) {
    it(`same 200 with error 2017 for both, and the backend cancels neither (signal ${signal ?? 'none'})`, async () => {
      const { service, backend, call } = serviceOverFake();
      const foreign = await service.cancel(call('tok-a'), '201', { signal });
      const missing = await service.cancel(call('tok-a'), '999', { signal });
      assert.equal(foreign.status, 200);
      assert.deepEqual(foreign.body.status?.[0]?.error, { string: 'Invalid job id specified', code: 2017, message: 'Invalid job id specified' });
      assert.deepEqual(seen(foreign, '201'), seen(missing, '999'));
      assert.deepEqual(foreign.body.meta?.client, { source: '10.0.0.7:40001', user: 'alice', group: 'PROJA' });
      assert.deepEqual(backend.callsOf('cancel'), [], 'nothing was cancelled');
      assert.equal(backend.jobsById.get(201)?.account, 'projb');
      // Its own project still cancels it.
      assert.equal((await service.cancel(call('tok-b'), '201', { signal })).status, 200);
      assert.deepEqual(backend.callsOf('cancel').map((c) => [c.jobId, c.ctx.project]), [['201', 'PROJB']]);
    });
  }

  it('on v0.0.42 too', async () => {
    const { service, backend, call } = serviceOverFake();
    const foreign = await service.cancel(call('tok-a', { version: 'v0.0.42' }), '201', {});
    const missing = await service.cancel(call('tok-a', { version: 'v0.0.42' }), '999', {});
    assert.deepEqual(seen(foreign, '201'), seen(missing, '999'));
    assert.equal(foreign.body.meta?.plugin?.data_parser, 'data_parser/v0.0.42');
    assert.deepEqual(backend.callsOf('cancel'), []);
  });
});
