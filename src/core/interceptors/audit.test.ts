import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Principal } from '../../auth/principal.ts';
import { TokenRefused } from '../../auth/tokens.ts';
import { GatewayError } from '../../contract/errors.ts';
import type { AuditEntry, AuditLog } from '../audit/audit.ts';
import { newContext, type Reply } from '../context.ts';
import { audit } from './audit.ts';

function sink() {
  const rows: AuditEntry[] = [];
  const floods: { entry: AuditEntry; address: string }[] = [];
  const throttled: AuditEntry[] = [];
  const gate = { record: (entry: AuditEntry, address: string) => floods.push({ entry, address }), recordThrottled: (entry: AuditEntry) => throttled.push(entry) };
  return { rows, floods, throttled, s: { log: { record: (e: AuditEntry) => rows.push(e), recordCommitted: async (e: AuditEntry) => rows.push(e) } as unknown as AuditLog, floods: gate as never } };
}
const alice: Principal = { tokenId: 'aaaaaaaaaaaa', user: 'alice', project: 'STF040', permissions: ['compute-ace'], expiresAt: null };
const ctxOf = (operation: string, authorization = 's3m_aaaaaaaaaaaa_secret') => newContext({ authorization, resource: 'defiant', version: 'v0.0.43', clientSource: '10.0.0.9', clientAddress: '10.0.0.9', requestId: 'r1' }, operation, ['submit', 'cancel'].includes(operation) ? 'write' : 'read');

test('a submit is always recorded, with the job it made; a plain read that succeeds is not', async () => {
  const { rows, s } = sink();
  const submit = ctxOf('submit');
  submit.principal = alice;
  await audit(s)<Reply>(submit, async () => ({ status: 200, body: { job_id: 7 } }));
  const read = ctxOf('jobs');
  read.principal = alice;
  await audit(s)(read, async () => ({ status: 200 }));
  assert.equal(rows.length, 1);
  assert.deepEqual([rows[0].operation, rows[0].outcome, rows[0].tokenId, rows[0].jobId, rows[0].user], ['submit', 'ok', 'aaaaaaaaaaaa', '7', 'alice']);
});

test('a cancel that did nothing (error 2021 in a 200) is "refused"; a 403 read is "denied" under the verified caller', async () => {
  const { rows, s } = sink();
  const cancel = ctxOf('cancel');
  cancel.principal = alice;
  await audit(s)<Reply>(cancel, async () => ({ status: 200, body: { status: [{ error: { code: 2021, string: 'Job/step already completing or completed' } }] } }));
  const denied = ctxOf('jobs');
  denied.principal = alice;
  await assert.rejects(audit(s)(denied, async () => Promise.reject(new GatewayError('accessDenied', 'no'))));
  assert.deepEqual(rows.map((r) => [r.operation, r.outcome, r.status, r.tokenId]), [['cancel', 'refused', 200, 'aaaaaaaaaaaa'], ['jobs', 'denied', 403, 'aaaaaaaaaaaa']]);
  assert.match(rows[0].detail!, /\(2021\)/);
});

test('a refused token never names the token it claims: the id is only "claimed", and the entry goes to the flood counter', async () => {
  const { rows, floods, s } = sink();
  await assert.rejects(audit(s)(ctxOf('ping', 's3m_bbbbbbbbbbbb_wrong'), async () => Promise.reject(new TokenRefused('Unknown access token'))));
  assert.equal(rows.length, 0);
  assert.equal(floods.length, 1);
  assert.equal(floods[0].address, '10.0.0.9');
  assert.equal(floods[0].entry.tokenId, undefined);
  assert.equal(floods[0].entry.claimedTokenId, 'bbbbbbbbbbbb');
  // A revoked token whose secret matched is proven: it names the entry.
  await assert.rejects(audit(s)(ctxOf('ping'), async () => Promise.reject(new TokenRefused('Access token aaaaaaaaaaaa has been revoked', 'aaaaaaaaaaaa'))));
  assert.equal(floods.at(-1)?.entry.tokenId, 'aaaaaaaaaaaa');
  assert.equal(floods.at(-1)?.entry.claimedTokenId, undefined);
});

test("a verified token's 429 goes to the flood counter under that token; its 403 is still one row", async () => {
  const { rows, throttled, s } = sink();
  const limited = ctxOf('jobs');
  limited.principal = alice;
  await assert.rejects(audit(s)(limited, async () => Promise.reject(new GatewayError('rateLimited', 'slow down'))));
  assert.deepEqual(rows, []);
  assert.deepEqual(throttled.map((e) => [e.operation, e.outcome, e.status, e.tokenId, e.project]), [['jobs', 'rate-limited', 429, 'aaaaaaaaaaaa', 'STF040']]);
});
