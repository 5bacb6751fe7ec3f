// The audit log through ComputeService against a fake backend: what changes something is
// recorded (with its job and signal), and so is every refusal of a caller (401, 403, 429);
// a read that succeeds is not.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { refused, RESOURCE, serviceOverFake } from '../../test/support/compute-service.ts';
import { FakeBackend } from '../../test/support/fake-backend.ts';
import { TokenService } from '../auth/tokens.ts';
import type { ResourceConfig } from '../config/schema.ts';
import type { JobSubmitResponse } from '../contract/model.ts';
import { openStore } from '../store/kysely/open-store.ts';
import { AuditLog, type AuditEntry } from './audit/audit.ts';
import { TokenBuckets } from './limits/rate-limit.ts';
import { ComputeService, type Call } from './service.ts';

const SCRIPT = '#!/bin/bash\nhostname';

/** An AuditLog that keeps what it is given. */
function fakeAudit() {
  const entries: AuditEntry[] = [];
  return { entries, log: { record: (e: AuditEntry) => (entries.push(e), entries.length), recordCommitted: async (e: AuditEntry) => (entries.push(e), entries.length) } as unknown as AuditLog };
}

describe('audit through the service (a fake AuditLog)', () => {
  it('a submit is recorded with the job it made; a cancel with the job and the signal', async () => {
    const { entries, log } = fakeAudit();
    const { service, call } = serviceOverFake({ audit: log });
    const submitted = await service.submit(call('tok-a', { requestId: 'req-s' }), { job: { script: SCRIPT } });
    const jobId = String((submitted.body as JobSubmitResponse).job_id);
    await service.cancel(call('tok-a', { requestId: 'req-c' }), jobId, { signal: 'usr1' });
    await service.cancel(call('tok-a'), '101', {});
    assert.deepEqual(
      entries.map((e) => [e.operation, e.outcome, e.status, e.tokenId, e.user, e.project, e.resource, e.jobId, e.signal]),
      [
        ['submit', 'ok', 200, 'aaaaaaaaaaaa', 'alice', 'PROJA', RESOURCE, jobId, undefined],
        ['cancel', 'ok', 200, 'aaaaaaaaaaaa', 'alice', 'PROJA', RESOURCE, jobId, 'SIGUSR1'],
        ['cancel', 'ok', 200, 'aaaaaaaaaaaa', 'alice', 'PROJA', RESOURCE, '101', undefined],
      ],
    );
    assert.deepEqual(entries.slice(0, 2).map((e) => [e.api, e.client, e.requestId]), [['rest', '10.0.0.7:40001', 'req-s'], ['rest', '10.0.0.7:40001', 'req-c']]);
  });

  it('a read that succeeds is not recorded', async () => {
    const { entries, log } = fakeAudit();
    const { service, call } = serviceOverFake({ audit: log });
    await service.read(call('tok-a'), 'ping');
    await service.jobs(call('tok-a'));
    await service.job(call('tok-ro'), '101');
    assert.deepEqual(entries, []);
  });

  it('refused calls are recorded: 403 (read-only write, foreign account), 401, 429, and a refused submit or cancel', async () => {
    const { entries, log } = fakeAudit();
    const limiter = new TokenBuckets({ 'compute-ace-readonly': { ratePerSecond: 0.01, burst: 1 } }, () => 1_000_000);
    const { service, backend, call } = serviceOverFake({ audit: log, limiter });
    await refused(service.cancel(call('tok-ro'), '101', { signal: 'KILL' }), 'accessDenied', 403);
    await refused(service.submit(call('tok-a'), { job: { script: SCRIPT, account: 'PROJB' } }), 'accessDenied', 403);
    await refused(service.jobs(call(undefined)), 'authentication', 401);
    await service.read(call('tok-ro'), 'ping'); // its one call in a burst (a 403 took none): not recorded
    await refused(service.jobs(call('tok-ro')), 'rateLimited', 429);
    await refused(service.submit(call('tok-a'), { job: { script: 5 } }), 'invalidQuery', 422);
    await refused(service.cancel(call('tok-a'), '101', { signal: 'NOPE' }), 'invalidSignal', 422);
    assert.deepEqual(
      entries.map((e) => [e.operation, e.outcome, e.status, e.tokenId, e.jobId, e.signal]),
      [
        ['cancel', 'denied', 403, 'rrrrrrrrrrrr', '101', 'SIGKILL'],
        ['submit', 'denied', 403, 'aaaaaaaaaaaa', undefined, undefined],
        ['jobs', 'denied', 401, undefined, undefined, undefined],
        ['jobs', 'rate-limited', 429, 'rrrrrrrrrrrr', undefined, undefined],
        ['submit', 'refused', 422, 'aaaaaaaaaaaa', undefined, undefined],
        ['cancel', 'refused', 422, 'aaaaaaaaaaaa', '101', 'NOPE'],
      ],
    );
    assert.match(entries[1].detail ?? '', /"PROJB" is not this token's project/);
    assert.deepEqual(backend.ops, ['ping']);
  });

  it('cancelling another project’s job is recorded as refused (error 2017), under the caller', async () => {
    const { entries, log } = fakeAudit();
    const { service, call } = serviceOverFake({ audit: log });
    await service.cancel(call('tok-a'), '201', { signal: 'TERM' });
    assert.equal(entries.length, 1);
    assert.deepEqual([entries[0].outcome, entries[0].status, entries[0].project, entries[0].jobId, entries[0].signal], ['refused', 200, 'PROJA', '201', 'SIGTERM']);
    assert.match(entries[0].detail ?? '', /\(2017\)/);
  });
});

describe('audit through the service (AuditLog and TokenService on a temporary SQLite database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3m-core-audit-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('records submit, cancel and a denial with real tokens, and not a successful read', async () => {
    const store = await openStore({ type: 'sqlite', file: join(dir, 's3m.db') });
    const tokens = new TokenService(store);
    const audit = new AuditLog(store);
    const a = await tokens.create({ project: 'PROJA', user: 'alice', permissions: ['compute-ace'], lifetimeSeconds: null });
    const ro = await tokens.create({ project: 'PROJA', user: 'rita', permissions: ['compute-ace-readonly'], lifetimeSeconds: null });
    const backend = new FakeBackend();
    const service = new ComputeService([{ name: RESOURCE, config: { versions: ['v0.0.43'] } as ResourceConfig, backend }], tokens, { audit });
    const call = (token: string): Call => ({ authorization: `Bearer ${token}`, resource: RESOURCE, version: 'v0.0.43', clientSource: '10.0.0.8:5000', api: 'grpc' });

    const submitted = await service.submit(call(a.token), { job: { script: SCRIPT } });
    const jobId = String((submitted.body as JobSubmitResponse).job_id);
    await service.cancel(call(a.token), jobId, { signal: '2' });
    await service.jobs(call(a.token));
    await service.jobs(call(ro.token));
    await refused(service.submit(call(ro.token), { job: { script: SCRIPT } }), 'accessDenied', 403);

    await audit.drain();
    const rows = await audit.query({ resource: RESOURCE });
    assert.deepEqual(
      rows.map((r) => [r.api, r.operation, r.outcome, r.status, r.tokenId, r.user, r.project, r.jobId, r.signal, r.client]),
      [
        ['grpc', 'submit', 'ok', 200, a.record.id, 'alice', 'PROJA', jobId, undefined, '10.0.0.8:5000'],
        ['grpc', 'cancel', 'ok', 200, a.record.id, 'alice', 'PROJA', jobId, 'SIGINT', '10.0.0.8:5000'],
        ['grpc', 'submit', 'denied', 403, ro.record.id, 'rita', 'PROJA', undefined, undefined, '10.0.0.8:5000'],
      ],
    );
    assert.deepEqual((await audit.query({ jobId })).map((r) => r.operation), ['submit', 'cancel']);
    assert.deepEqual(backend.callsOf('cancel').map((c) => c.cancel?.signal), [2]);
    await store.close();
  });
});
