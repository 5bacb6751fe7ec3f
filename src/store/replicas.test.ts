// Replica roles and messages on a real PostgreSQL: a role has one holder; it passes to another
// replica when the holder closes or its connection is cut; messages reach the others, not the sender.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.ts';
import { waitFor } from '../../test/support/local-cluster.ts';
import { PostgresReplicas, SingleReplica } from './replicas.ts';

describe('replicas on PostgreSQL', () => {
  let server: TestPostgres;
  let pool: pg.Pool;
  const made: PostgresReplicas[] = [];

  before(async () => {
    server = await startPostgres();
    pool = new pg.Pool({ connectionString: server.url() });
  });
  after(async () => {
    await Promise.all(made.map((r) => r.close()));
    await pool?.end();
    server?.stop();
  });

  const replica = async () => {
    const r = new PostgresReplicas(server.url(), (text, params) => pool.query(text, params), { retryMs: 100 });
    made.push(r);
    await r.start();
    return r;
  };

  /** Two replicas claiming `role`, a first: what each hears of it, in order. */
  const contend = async (role: string) => {
    const [a, b] = [await replica(), await replica()];
    const heard: string[] = [];
    a.claim(role, (held) => heard.push(`a ${held}`));
    await a.settle();
    b.claim(role, (held) => heard.push(`b ${held}`));
    await b.settle();
    return { a, b, heard };
  };

  it('a role has one holder at a time, and passes on when its holder closes', async () => {
    const { a, b, heard } = await contend('lead:x');
    assert.equal(a.holds('lead:x'), true);
    assert.equal(b.holds('lead:x'), false);
    assert.match((await b.holder('lead:x')) ?? '', /^s3m \S+ \d+$/);
    await a.close();
    await waitFor('b to take the role', async () => (b.holds('lead:x') ? true : undefined), 10_000);
    assert.deepEqual(heard, ['a true', 'a false', 'b true']);
  });

  it('a holder whose connection is cut gives the role up at once, and it is held again by one replica', async () => {
    const { a, b, heard } = await contend('own:lab');
    assert.equal(a.holds('own:lab'), true);
    // What a network cut or a PostgreSQL restart does to a's connection.
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [(await b.holder('own:lab'))!]);
    await waitFor('a to give the role up', async () => heard.includes('a false'));
    // Then one of them (whoever tries first) holds it again, never both.
    const holders = await waitFor('one holder again', async () => [a, b].filter((r) => r.holds('own:lab')).length || undefined);
    assert.equal(holders, 1);
    assert.match((await b.holder('own:lab')) ?? '', /^s3m /);
  });

  it('a role with a grace: its holder, cut off, takes it back first; when it dies, another takes it only after the grace', async () => {
    const [a, b] = [await replica(), await replica()];
    a.claim('own:g', undefined, { graceMs: 1500 });
    await a.settle();
    b.claim('own:g', undefined, { graceMs: 1500 });
    await b.settle();
    assert.equal(a.holds('own:g'), true);
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [(await b.holder('own:g'))!]);
    await waitFor('a to hold it again', async () => a.holds('own:g'), 10_000);
    assert.equal(b.holds('own:g'), false, 'b waited: a, which ran it, was back first');
    const freed = Date.now();
    await a.close();
    await waitFor('b to take it', async () => b.holds('own:g'), 10_000);
    assert.ok(Date.now() - freed >= 1500, `b took it after ${Date.now() - freed} ms`);
  });

  it('messages reach the other replicas, never the sender', async () => {
    const [a, b, c] = [await replica(), await replica(), await replica()];
    const got: string[] = [];
    for (const [name, r] of [['a', a], ['b', b], ['c', c]] as const) r.subscribe('s3m_test', (p) => got.push(`${name}:${p}`));
    await Promise.all([a, b, c].map((r) => r.settle()));
    a.publish('s3m_test', 'hello');
    await waitFor('b and c to hear it', async () => (got.length >= 2 ? true : undefined), 10_000);
    assert.deepEqual(got.sort(), ['b:hello', 'c:hello']);
    // The largest message there may be, with what JSON escapes and multi-byte text: it arrives as sent.
    const big = `{"q":"\\"}` + 'é"'.repeat(2000) + 'x'.repeat(7900 - 6000 - 9);
    assert.equal(Buffer.byteLength(big), 7900);
    got.length = 0;
    a.publish('s3m_test', big);
    await waitFor('the largest message', async () => (got.length >= 2 ? true : undefined), 10_000);
    assert.deepEqual(got.map((g) => g.slice(0, 2)).sort(), ['b:', 'c:']);
    assert.ok(got.every((g) => g.slice(2) === big));
    assert.throws(() => a.publish('s3m_test', 'x'.repeat(8000)), /too large/);
  });

  it('alone (SQLite), a replica holds every role it claims', () => {
    const one = new SingleReplica();
    let held = false;
    one.claim('lead:x', (h) => (held = h));
    assert.equal(one.holds('lead:x'), true);
    assert.equal(held, true);
  });
});
