// The edge against floods of bad requests, through the real gateway (`bin/s3m serve`) with the
// pre-auth limit at its defaults (burst 20, 2/s per address). Each attack here once got through:
// - 15,000-character x-request-ids were logged twice per request and echoed back;
// - 2,000 requests with bad tokens wrote 2,000 audit rows in the name of the real token they claimed;
// - unauthenticated requests had no limit before the token lookup.
// Clients bind their own loopback source address (127.0.0.3, 127.0.0.4, ...) so that "another
// address" is a real other address. Nothing here waits for time to pass: counts and bounds hold
// however fast or slow the machine is.
import { credentials, Metadata, makeGenericClientConstructor, type Client, type ServiceError } from '@grpc/grpc-js';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { loadVersionDefinition } from '../../src/adapters/grpc/definition.ts';
import { validateResponse } from '../../src/contract/validate.ts';
import { curl, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

/** A request id far over the limit, made only of characters a request id may have. */
const LONG_ID = `flood-${'z'.repeat(15_000 - 6)}`;
const LONG_RUN = 'z'.repeat(65);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FLOOD_FROM = '127.0.0.3';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTP request with node:http (headers exactly as given, from the agent's source address). */
function send(url: string, agent: Agent, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Run `jobs` with at most `concurrency` at once; results in order. */
async function pool<T>(n: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await job(i);
      }
    }),
  );
  return out;
}

const agentFrom = (localAddress: string) => new Agent({ keepAlive: true, maxSockets: 50, localAddress });
const forged = (id: string) => `s3m_${id}_${randomBytes(32).toString('base64url')}`;

describe('edge: request ids, audit forgery and the pre-auth limit under a flood', () => {
  let gw: TestGateway;
  let token = '';
  let tokenId = '';
  const agents: Agent[] = [];

  before(async () => {
    // The pre-auth limit at its defaults (the harness raises it for the other files). The audit
    // window is long so that the whole flood falls into one, however slowly it runs.
    const config = testConfig({ minuteSeconds: 60 })
      .replace(/preAuthLimit:.*\n/, '')
      .replace('resources:\n', 'audit: { floods: { windowSeconds: 600 } }\nresources:\n');
    assert.ok(!config.includes('preAuthLimit'));
    gw = await startGateway({ config });
    token = await gw.token('STF040', 'alice', 'compute-ace');
    tokenId = token.split('_')[1];
  });
  /** The audit rows in the real token's name (verified ones only). */
  const tokenRows = async () => JSON.parse((await gw.admin('audit', '--json', '--token', tokenId)).stdout).map((r: any) => [r.api, r.operation, r.outcome]);

  after(async () => {
    for (const a of agents) a.destroy();
    await gw?.cleanup();
  });

  it('a short plain x-request-id is kept; a long or odd one is replaced by a fresh id (REST)', async () => {
    const ping = `${gw.url}/slurm/v0.0.43/defiant/ping`;
    const kept = await curl(ping, { headers: [`Authorization: ${token}`, 'x-request-id: trace-01.step_2'] });
    assert.equal(kept.status, 200);
    assert.equal(kept.headers['x-request-id'], 'trace-01.step_2');
    for (const id of ['a'.repeat(65), 'has space', 'semi;colon', LONG_ID.slice(0, 5000)]) {
      const r = await curl(ping, { headers: [`Authorization: ${token}`, `x-request-id: ${id}`] });
      assert.equal(r.status, 200);
      assert.match(r.headers['x-request-id'], UUID, id.slice(0, 20));
    }
  });

  it('2,000 requests with 15,000-char ids and bad tokens claiming a real id: bounded log, bounded audit, none in the real token’s name, 429s before any lookup; the real token keeps working', async (t) => {
    const agent = agentFrom(FLOOD_FROM);
    agents.push(agent);
    const url = `${gw.url}/slurm/v0.0.43/defiant/ping`;
    // The real token is used once from the flooding address before the flood: seen valid.
    assert.equal((await send(url, agent, { authorization: token })).status, 200);
    const since = new Date(Date.now() - 1000).toISOString();
    const logBefore = (await gw.settledLogs()).length;

    const N = 2000;
    /** Every 100th request is the real token's, from the same address, in the middle of the flood. */
    const isValid = (i: number) => i % 100 === 50;
    const authorization = (i: number) => (isValid(i) ? token : i % 10 === 0 ? undefined : i % 10 === 1 ? 'Bearer not-a-token' : forged(tokenId));
    const started = Date.now();
    const replies = await pool(N, 50, (i) => {
      const auth = authorization(i);
      return send(url, agent, { 'x-request-id': LONG_ID, ...(auth ? { authorization: auth } : {}) });
    });
    const seconds = (Date.now() - started) / 1000;

    // Statuses: the real token always 200; bad ones 401 until the address's budget is used up, then 429.
    const bad = replies.filter((_, i) => !isValid(i));
    const valid = replies.filter((_, i) => isValid(i));
    assert.deepEqual(valid.map((r) => r.status), valid.map(() => 200), 'the real token is never refused, even from the flooding address');
    const count = (s: number) => bad.filter((r) => r.status === s).length;
    const [n401, n429] = [count(401), count(429)];
    assert.equal(n401 + n429, bad.length, `only 401 and 429: ${[...new Set(bad.map((r) => r.status))]}`);
    assert.ok(n429 > 0, 'the flood is refused before any token lookup');
    // At most the burst and what refilled while the flood ran went on to a token lookup.
    assert.ok(n401 >= 1 && n401 <= 20 + Math.ceil(2 * seconds) + 1, `${n401} refused tokens were looked up in ${seconds} s`);

    // A 429 is SLURM's error envelope with Retry-After, like the per-token limit.
    const limited = bad.find((r) => r.status === 429)!;
    const body = JSON.parse(limited.text);
    assert.equal(body.errors[0].error_number, 11);
    assert.match(body.errors[0].description, /Too many requests without a valid token/);
    assert.ok(validateResponse('v0.0.43', 'ping', 429, body).valid, 'the envelope validates against the spec');
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    assert.equal(limited.headers['ratelimit-limit'], '20');

    // No 15,000-char id comes back: each reply carries a fresh id of its own.
    for (const r of replies) {
      const id = String(r.headers['x-request-id']);
      assert.match(id, UUID);
      assert.ok(!r.text.includes(LONG_RUN));
    }
    assert.equal(new Set(replies.map((r) => r.headers['x-request-id'])).size, N);

    // The log grew by a bounded amount per request (the id alone would be 2 × 15 kB each).
    const log = (await gw.settledLogs()).slice(logBefore);
    assert.ok(!log.includes(LONG_RUN), 'the long id is never logged');
    assert.ok(log.length < N * 1024, `the log grew by ${log.length} bytes for ${N} requests`);
    const longest = Math.max(...log.split('\n').map((l) => l.length));
    assert.ok(longest <= 4096, `longest log line: ${longest} chars`);
    t.diagnostic(`${N} requests in ${seconds.toFixed(1)} s: ${n401} × 401, ${n429} × 429, ${valid.length} × 200 (the real token); log +${log.length} bytes, longest line ${longest}`);

    // The audit: every refused call accounted for, in few rows, none in the real token's name.
    const fromFlood = (rows: any[]) => rows.filter((r) => r.client === FLOOD_FROM);
    const rows = await waitFor('the summed-up audit rows of the flood', async () => {
      const all = fromFlood(JSON.parse((await gw.admin('audit', '--json', '--since', since, '--limit', '100000')).stdout));
      return all.reduce((n: number, r: any) => n + (r.count ?? 1), 0) === bad.length ? all : undefined;
    });
    assert.ok(rows.length <= 2 * (10 + 1), `${rows.length} rows for ${bad.length} refused calls (10 one by one and one summing up, per outcome)`);
    t.diagnostic(`audit: ${rows.length} rows for ${bad.length} refused calls`);
    assert.deepEqual(new Set(rows.map((r) => r.outcome)), new Set(['denied', 'rate-limited']));
    const sums = rows.filter((r) => r.operation === 'aggregate');
    assert.equal(sums.length, 2);
    assert.ok(sums.every((r) => r.count > 1 && /calls from 127\.0\.0\.3 between/.test(r.detail)), JSON.stringify(sums));
    assert.ok(rows.every((r) => r.tokenId === undefined && r.user === undefined), 'no flood row names a token');
    assert.ok(rows.some((r) => r.claimedTokenId === tokenId), 'what was claimed is kept, as unverified');
    assert.ok(rows.every((r) => (r.requestId ?? '').length <= 64));
    assert.deepEqual(await tokenRows(), [['cli', 'token.create', 'ok']], 'the real token’s only row is its creation');
    assert.match((await gw.admin('audit', '--claimed-token', tokenId)).stdout, new RegExp(`unverified:${tokenId}`));

    // The real token works from another address, and from the flooding one after the flood.
    assert.equal((await curl(url, { headers: [`Authorization: ${token}`] })).status, 200);
    assert.equal((await send(url, agent, { authorization: token })).status, 200);
    // Another address's bad token is looked at as usual: its own budget.
    assert.equal((await curl(url, { headers: [`Authorization: ${forged(tokenId)}`] })).status, 401);
    const metrics = await (await fetch(`${gw.adminUrl}/metrics`)).text();
    const preAuth = /s3m_rate_limited_total\{permission="pre-auth"\} (\d+)/.exec(metrics);
    assert.ok(preAuth && Number(preAuth[1]) >= n429, 'pre-auth refusals are counted in s3m_rate_limited_total');
  });

  it('a long URL is cut in the request log line; an over-long path segment is refused in SLURM’s envelope, not quoted back', async () => {
    const agent = agentFrom('127.0.0.4');
    agents.push(agent);
    const since = new Date(Date.now() - 1000).toISOString();
    const r = await send(`${gw.url}/slurm/v0.0.43/defiant/ping?pad=${'q'.repeat(8000)}`, agent, { authorization: forged(tokenId) });
    assert.equal(r.status, 401);
    const line = (await gw.settledLogs()).split('\n').find((l) => l.includes('"url":"/slurm/v0.0.43/defiant/ping?pad=qqq'));
    assert.ok(line, 'the request is logged');
    assert.ok(line.length < 1024, `${line.length} chars`);
    assert.match(line, /…\[cut, \d+ chars\]/);
    const [row] = JSON.parse((await gw.admin('audit', '--json', '--since', since, '--operation', 'ping')).stdout).filter((x: any) => x.client === '127.0.0.4');
    assert.deepEqual([row.outcome, row.status, row.tokenId, row.claimedTokenId], ['denied', 401, undefined, tokenId]);

    // The router refuses a path segment over 100 characters before any route: still SLURM's envelope.
    const long = await send(`${gw.url}/slurm/v0.0.43/defiant/job/${'q'.repeat(8000)}`, agent, { authorization: forged(tokenId), 'x-request-id': 'long-path.1' });
    assert.equal(long.status, 414);
    assert.equal(long.headers['x-request-id'], 'long-path.1');
    const body = JSON.parse(long.text);
    assert.ok(validateResponse('v0.0.43', 'job', 414, body).valid);
    assert.equal(body.errors[0].error_number, 9000);
    assert.ok(long.text.length < 2000 && !long.text.includes('qqqq'), 'the path is not quoted back');
    const bad = await send(`${gw.url}/slurm/v0.0.43/defiant/job/%E0%A4%A`, agent, {});
    assert.equal(bad.status, 400);
    assert.match(JSON.parse(bad.text).errors[0].description, /Malformed URL/);
  });

  it('gRPC: request ids alike, and the same per-address budget (RESOURCE_EXHAUSTED with retry-after); the real token still works', async () => {
    const def = loadVersionDefinition('v0.0.43');
    const Ctor = makeGenericClientConstructor(def.service, 'SlurmIndirect');
    const client = new Ctor(new URL(gw.url).host, credentials.createInsecure()) as Client & Record<string, Function>;
    const ping = (md: Record<string, string>) =>
      new Promise<{ err: ServiceError | null; initial?: Metadata }>((resolve) => {
        const m = new Metadata();
        for (const [k, v] of Object.entries(md)) m.set(k, v);
        let initial: Metadata | undefined;
        const call = client.Ping({}, m, (err: ServiceError | null) => resolve({ err, initial }));
        call.on('metadata', (x: Metadata) => (initial = x));
      });
    const idOf = (r: { initial?: Metadata }) => String(r.initial?.get('x-request-id')[0]);
    try {
      const ok = await ping({ authorization: token, 'x-s3m-resource': 'defiant', 'x-request-id': 'grpc.trace-1' });
      assert.equal(ok.err, null);
      assert.equal(idOf(ok), 'grpc.trace-1');
      const long = await ping({ authorization: token, 'x-s3m-resource': 'defiant', 'x-request-id': LONG_ID.slice(0, 2000) });
      assert.equal(long.err, null);
      assert.match(idOf(long), UUID);

      // Bad tokens from this address, 100 at once (five times the burst): the budget runs out.
      const flood = await Promise.all(Array.from({ length: 100 }, () => ping({ authorization: forged(tokenId), 'x-s3m-resource': 'defiant', 'x-request-id': LONG_ID.slice(0, 2000) })));
      const codes = flood.map((r) => r.err?.code);
      assert.ok(codes.every((c) => c === 16 || c === 8), `UNAUTHENTICATED or RESOURCE_EXHAUSTED only: ${[...new Set(codes)]}`);
      const exhausted = flood.find((r) => r.err?.code === 8);
      assert.ok(exhausted, 'RESOURCE_EXHAUSTED once the budget is used up');
      assert.match(exhausted.err!.details, /Too many requests without a valid token/);
      assert.ok(Number(exhausted.initial?.get('retry-after')[0]) >= 1, 'retry-after in the metadata');
      assert.ok(flood.every((r) => UUID.test(idOf(r))));
      // One budget for both doors: REST from this address is refused too, before any lookup...
      const local = agentFrom('127.0.0.1');
      agents.push(local);
      const rest = await pool(50, 50, () => send(`${gw.url}/slurm/v0.0.43/defiant/ping`, local, { authorization: forged(tokenId) }));
      assert.ok(rest.some((r) => r.status === 429), `REST from the same address: ${[...new Set(rest.map((r) => r.status))]}`);
      // ...while the real token goes through on both.
      assert.equal((await ping({ authorization: token, 'x-s3m-resource': 'defiant' })).err, null);
      assert.equal((await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headers: [`Authorization: ${token}`] })).status, 200);
      assert.deepEqual(await tokenRows(), [['cli', 'token.create', 'ok']], 'still no row in the real token’s name');
    } finally {
      client.close();
    }
  });
});
