import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase } from '../store/database.ts';
import { AuditLog, claimedTokenId, outcomeOf } from './audit.ts';

describe('audit log', () => {
  it('records, queries by project, resource, job, time and outcome, and sweeps old entries', () => {
    const db = openDatabase(':memory:');
    let now = Date.parse('2026-01-01T00:00:00Z');
    const lines: unknown[] = [];
    const logger = { info: (o: unknown) => lines.push(o), error: () => {} } as never;
    const log = new AuditLog(db, logger, () => now);
    log.record({ api: 'rest', operation: 'submit', outcome: 'ok', status: 200, tokenId: 'aaaaaaaaaaaa', user: 'alice', project: 'P1', resource: 'defiant', jobId: '1', client: '127.0.0.1', requestId: 'r1' });
    now += 60_000;
    log.record({ api: 'grpc', operation: 'cancel', outcome: 'ok', status: 200, tokenId: 'aaaaaaaaaaaa', user: 'alice', project: 'P1', resource: 'defiant', jobId: '1', signal: 'SIGINT' });
    now += 60_000;
    log.record({ api: 'rest', operation: 'jobs', outcome: 'denied', status: 401, resource: 'wombat', detail: 'Unknown access token' });
    assert.equal(log.query().length, 3);
    assert.deepEqual(log.query({ project: 'P1' }).map((r) => r.operation), ['submit', 'cancel']);
    assert.deepEqual(log.query({ resource: 'defiant', jobId: '1' }).map((r) => r.api), ['rest', 'grpc']);
    assert.deepEqual(log.query({ since: Date.parse('2026-01-01T00:01:00Z') }).map((r) => r.operation), ['cancel', 'jobs']);
    assert.deepEqual(log.query({ outcome: 'denied' }).map((r) => r.status), [401]);
    assert.deepEqual(log.query({ limit: 1 }).map((r) => r.operation), ['jobs'], 'limit keeps the newest');
    const rec = log.query({ operation: 'cancel' })[0];
    assert.equal(rec.signal, 'SIGINT');
    assert.equal(rec.time, '2026-01-01T00:01:00.000Z');
    assert.equal(rec.detail, undefined, 'absent fields are absent');
    assert.equal(lines.length, 3, 'one structured log line per entry');
    now += 2 * 86_400_000;
    assert.equal(log.sweep(1), 3);
    assert.equal(log.query().length, 0);
    db.close();
  });

  it('bounds every free-text field, in the row and in its log line', () => {
    const db = openDatabase(':memory:');
    const lines: any[] = [];
    const log = new AuditLog(db, { info: (o: unknown) => lines.push(o), error: () => {} } as never);
    const huge = 'z'.repeat(15_000);
    log.record({ api: 'rest', operation: 'job', outcome: 'denied', status: 401, resource: huge, jobId: huge, signal: huge, client: huge, requestId: huge, detail: `Unknown resource "${huge}"` });
    const [rec] = log.query();
    for (const k of ['resource', 'jobId', 'signal', 'client', 'requestId'] as const) {
      assert.ok(rec[k]!.length <= 200, `${k}: ${rec[k]!.length}`);
      assert.match(rec[k]!, /…\[cut, 15000 chars\]$/);
    }
    assert.equal(rec.detail!.length, 500);
    assert.match(rec.detail!, /^Unknown resource "zzz.*…\[cut, 15019 chars\]$/);
    assert.ok(JSON.stringify(lines[0]).length < 2_500, 'the log line is bounded too');
    assert.ok(!JSON.stringify(lines[0]).includes('z'.repeat(501)));
    db.close();
  });

  it('keeps only the public id of a presented token', () => {
    assert.equal(claimedTokenId('Bearer s3m_0123456789ab_' + 'x'.repeat(43)), '0123456789ab');
    assert.equal(claimedTokenId('s3m_0123456789ab_secret'), '0123456789ab');
    assert.equal(claimedTokenId('garbage'), undefined);
    assert.equal(claimedTokenId(undefined), undefined);
  });

  it('outcomes by status', () => {
    assert.deepEqual([200, 401, 403, 404, 422, 429, 502].map(outcomeOf), ['ok', 'denied', 'denied', 'refused', 'refused', 'rate-limited', 'failed']);
  });
});
