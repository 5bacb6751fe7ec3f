import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../../store/kysely/open-store.ts';
import { AuditLog, type AuditEntry } from './audit.ts';
import { AuditFloodGate } from './audit-flood.ts';

async function setup(cfg = { windowSeconds: 60, rowsPerWindow: 3, maxAddresses: 100 }) {
  const store = await openStore({ type: 'sqlite', file: ':memory:' });
  const clock = { t: Date.parse('2026-01-01T00:00:00Z') };
  const lines: unknown[] = [];
  const log = new AuditLog(store, { info: (o: unknown) => lines.push(o), error: () => {} } as never, () => clock.t);
  const gate = new AuditFloodGate(log, cfg, { now: () => clock.t, flushEveryMs: 0 });
  return { store, clock, log, gate, lines };
}

const refused = (claimedTokenId?: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  api: 'rest',
  operation: 'ping',
  outcome: 'denied',
  status: 401,
  claimedTokenId,
  client: '10.0.0.1',
  resource: 'defiant',
  detail: 'Unknown access token',
  ...over,
});

/**
 * Wait until everything the gate handed the log is written: drain() waits for the writes started so
 * far, and a summing-up row's count updates are started only once its insert has its id.
 */
async function settled(log: AuditLog): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await log.drain();
    await new Promise((r) => setImmediate(r));
  }
}

/** The rows, once everything handed to the log is written. */
async function rowsOf(log: AuditLog) {
  await settled(log);
  return log.query();
}

const total = async (log: AuditLog) => (await rowsOf(log)).reduce((n, r) => n + (r.count ?? 1), 0);

describe('audit floods', () => {
  it('records the first entries of a window one by one, then counts the rest in one row', async () => {
    const { store, clock, log, gate, lines } = await setup();
    for (let i = 0; i < 2000; i++) {
      gate.record(refused('0123456789ab'), '10.0.0.1');
      clock.t += 5;
    }
    assert.equal((await rowsOf(log)).length, 3, 'before the flush: the individual rows only');
    gate.flush();
    const rows = await rowsOf(log);
    assert.deepEqual(rows.map((r) => [r.operation, r.count ?? 1]), [['ping', 1], ['ping', 1], ['ping', 1], ['aggregate', 1997]]);
    const sum = rows[3];
    assert.equal(sum.outcome, 'denied');
    assert.equal(sum.status, 401);
    assert.equal(sum.client, '10.0.0.1');
    assert.equal(sum.tokenId, undefined, 'never in the name of the token it claims');
    assert.equal(sum.claimedTokenId, '0123456789ab', 'one claimed id: searchable');
    assert.match(sum.detail!, /^1997 denied calls from 10\.0\.0\.1 between 2026-01-01T00:00:00\.015Z and .*0123456789ab ×1997/);
    assert.equal(await total(log), 2000, 'every call is accounted for');
    assert.ok(lines.length <= 5, 'and the log has a line per row, not per call');
    await store.close();
  });

  it('keeps the one row up to date at each flush, and starts a new window after windowSeconds', async () => {
    const { store, clock, log, gate } = await setup();
    for (let i = 0; i < 10; i++) gate.record(refused('aaaaaaaaaaaa'), '10.0.0.1');
    gate.flush();
    for (let i = 0; i < 10; i++) gate.record(refused('bbbbbbbbbbbb'), '10.0.0.1');
    gate.flush();
    gate.flush(); // nothing new: nothing written
    let rows = await rowsOf(log);
    assert.equal(rows.length, 4);
    assert.equal(rows[3].count, 17);
    assert.equal(rows[3].claimedTokenId, undefined, 'several claimed ids are listed, not searchable');
    assert.match(rows[3].detail!, /aaaaaaaaaaaa ×7, bbbbbbbbbbbb ×10|bbbbbbbbbbbb ×10, aaaaaaaaaaaa ×7/);
    clock.t += 60_000;
    gate.flush(); // the window ends
    gate.record(refused(), '10.0.0.1');
    gate.flush();
    rows = await rowsOf(log);
    assert.equal(rows.length, 5, 'an address still flooding when its window ended is summed up at once');
    assert.equal(rows[4].operation, 'aggregate');
    assert.equal(rows[4].count, undefined, 'a count of one');
    clock.t += 120_000;
    gate.flush();
    gate.record(refused(), '10.0.0.1');
    assert.equal((await rowsOf(log)).at(-1)!.operation, 'ping', 'after a quiet window: one by one again');
    assert.equal(await total(log), 22);
    await store.close();
  });

  it('counts per api, address and outcome; IPv6 by /64', async () => {
    const { store, log, gate } = await setup({ windowSeconds: 60, rowsPerWindow: 1, maxAddresses: 100 });
    for (let i = 0; i < 5; i++) {
      gate.record(refused(), '10.0.0.1');
      gate.record(refused(), '10.0.0.2');
      gate.record(refused(undefined, { api: 'grpc' }), '10.0.0.1');
      gate.record(refused(undefined, { outcome: 'rate-limited', status: 429, operation: 'pre-auth' }), '10.0.0.1');
      gate.record(refused(), `2001:db8::${i + 1}`);
    }
    gate.close();
    const rows = await rowsOf(log);
    assert.equal(rows.length, 10, 'five keys: one individual row and one summing-up row each');
    assert.deepEqual(
      rows.filter((r) => r.operation === 'aggregate').map((r) => [r.api, r.client, r.outcome, r.count]),
      [
        ['rest', '10.0.0.1', 'denied', 4],
        ['rest', '10.0.0.2', 'denied', 4],
        ['grpc', '10.0.0.1', 'denied', 4],
        ['rest', '10.0.0.1', 'rate-limited', 4],
        ['rest', '2001:db8:0:0::/64', 'denied', 4],
      ],
    );
    assert.equal(await total(log), 25);
    await store.close();
  });

  it('a flood from many addresses shares one window per api and outcome beyond maxAddresses', async () => {
    const { store, log, gate } = await setup({ windowSeconds: 60, rowsPerWindow: 1, maxAddresses: 3 });
    for (let i = 0; i < 1000; i++) gate.record(refused(), `10.1.${i >> 8}.${i & 255}`);
    gate.close();
    const rows = await rowsOf(log);
    assert.ok(rows.length <= 5, `${rows.length} rows`);
    assert.equal(rows.at(-1)!.client, '*');
    assert.equal(await total(log), 1000);
    await store.close();
  });

  it("a verified token's throttled calls (429) are counted per token, and the summing-up row names the token, its user and project", async () => {
    const { store, clock, log, gate } = await setup();
    const throttled = (tokenId: string, client: string): AuditEntry => ({ api: 'rest', operation: 'jobs', outcome: 'rate-limited', status: 429, tokenId, user: 'rita', project: 'PROJA', client, resource: 'defiant' });
    // One token from two addresses is one flood; another token is its own.
    for (let i = 0; i < 500; i++) {
      gate.recordThrottled(throttled('rrrrrrrrrrrr', i % 2 ? '10.0.0.1:4000' : '10.0.0.2:4000'));
      clock.t += 10;
    }
    gate.recordThrottled(throttled('ssssssssssss', '10.0.0.1:4001'));
    gate.flush();
    const rows = await rowsOf(log);
    assert.deepEqual(
      rows.map((r) => [r.operation, r.tokenId, r.count ?? 1]),
      [['jobs', 'rrrrrrrrrrrr', 1], ['jobs', 'rrrrrrrrrrrr', 1], ['jobs', 'rrrrrrrrrrrr', 1], ['jobs', 'ssssssssssss', 1], ['aggregate', 'rrrrrrrrrrrr', 497]],
    );
    const sum = rows[4];
    assert.deepEqual([sum.outcome, sum.status, sum.user, sum.project, sum.claimedTokenId], ['rate-limited', 429, 'rita', 'PROJA', undefined]);
    assert.match(sum.detail!, /^497 rate-limited calls from token rrrrrrrrrrrr between /);
    assert.equal(await total(log), 501, 'every call is accounted for');
    await store.close();
  });

  it('close() writes what is pending', async () => {
    const { store, log, gate } = await setup();
    for (let i = 0; i < 50; i++) gate.record(refused(), '10.0.0.1');
    gate.close();
    assert.equal(await total(log), 50);
    await store.close();
  });
});
