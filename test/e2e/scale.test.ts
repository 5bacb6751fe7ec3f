// Scale without hurting slurmctld, through the real gateway: read coalescing and caching with
// per-project filtering, read-your-writes, Idempotency-Key, per-token rate limits, admission
// control with a circuit breaker, and the Prometheus metrics that show it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JOB_CWD, curl, startGateway, testConfig, type TestGateway } from './harness.ts';

/** One counter value from /metrics, 0 when absent. */
async function metric(gw: TestGateway, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${gw.adminUrl}/metrics`)).text();
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && want.every((w) => l.includes(w)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const job = (name: string, extra: Record<string, unknown> = {}) => ({
  job: { name, current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\nsleep 0.2', ...extra },
});

describe('read cache', () => {
  let gw: TestGateway;
  let tokenA = '';
  let tokenB = '';
  let envA = '';
  let envB = '';
  before(async () => {
    // The jobs list stays cached for a minute: 500 requests are all served within its TTL, however
    // slowly a busy machine answers them (a submit still shows at once: read-your-writes). No job
    // history here: its recorder's background jobs poll would fill the cache before the test's
    // first read, and this file counts exactly the backend calls that the test's reads make.
    gw = await startGateway({ config: testConfig().replace('resources:\n', 'cache: { ttlMs: { jobs: 60000 } }\nhistory: { windowHours: 0 }\nresources:\n') });
    tokenA = await gw.token('PROJA', 'alice', 'compute-ace');
    tokenB = await gw.token('PROJB', 'bob', 'compute-ace');
    envA = gw.headerFile(tokenA);
    envB = gw.headerFile(tokenB);
  });
  after(async () => gw?.cleanup());

  it('500 concurrent /jobs requests make one backend call', async () => {
    const before = await metric(gw, 's3m_backend_requests_total', { resource: 'wombat', operation: 'jobs' });
    const url = `${gw.url}/slurm/v0.0.43/wombat/jobs`;
    const replies = await Promise.all(Array.from({ length: 500 }, (_, i) => fetch(url, { headers: { Authorization: i % 2 ? tokenA : tokenB } })));
    assert.ok(replies.every((r) => r.status === 200));
    const afterCalls = await metric(gw, 's3m_backend_requests_total', { resource: 'wombat', operation: 'jobs' });
    assert.equal(afterCalls - before, 1);
    const coalesced = await metric(gw, 's3m_cache_coalesced_total', { resource: 'wombat', operation: 'jobs' });
    const hits = await metric(gw, 's3m_cache_hits_total', { resource: 'wombat', operation: 'jobs' });
    assert.equal(coalesced + hits, 499);
  });

  it("project A's cached view never reaches project B", async () => {
    const a = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: envA, json: job('a-job') });
    const b = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: envB, json: job('b-job') });
    const listA = await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: envA });
    const listB = await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: envB });
    assert.deepEqual(listA.body.jobs.map((j: any) => j.account), ['proja']);
    assert.deepEqual(listB.body.jobs.map((j: any) => j.account), ['projb']);
    assert.equal(listB.body.meta.client.user, 'bob', 'a shared reply names its own reader');
    // A's job, just read (and cached) by A, is still a missing job for B
    await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${a.body.job_id}`, { headerFile: envA });
    const foreign = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${a.body.job_id}`, { headerFile: envB });
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.errors[0].error_number, 2017);
    assert.ok(b.body.job_id > a.body.job_id);
  });

  it('reads say how fresh they are; a submit makes the new job visible at once (read-your-writes)', async () => {
    const first = await curl(`${gw.url}/slurm/v0.0.43/quokka/jobs`, { headerFile: envA });
    assert.match(first.headers['cache-control'], /^private, max-age=\d+$/);
    assert.ok(Number(first.headers.age) >= 0);
    const cached = await curl(`${gw.url}/slurm/v0.0.43/quokka/jobs`, { headerFile: envA });
    assert.equal(cached.body.jobs.length, first.body.jobs.length);
    const sub = await curl(`${gw.url}/slurm/v0.0.43/quokka/job/submit`, { method: 'POST', headerFile: envA, json: job('ryw') });
    assert.equal(sub.headers['cache-control'], 'no-store');
    const now = await curl(`${gw.url}/slurm/v0.0.43/quokka/jobs`, { headerFile: envA });
    assert.ok(now.body.jobs.some((j: any) => j.job_id === sub.body.job_id), 'the job just submitted is listed');
    const one = await curl(`${gw.url}/slurm/v0.0.43/quokka/job/${sub.body.job_id}`, { headerFile: envA });
    assert.equal(one.status, 200);
  });

  it('/metrics exposes the gateway counters and latency histograms', async () => {
    const text = await (await fetch(`${gw.adminUrl}/metrics`)).text();
    for (const name of ['s3m_backend_requests_total', 's3m_cache_hits_total', 's3m_cache_misses_total', 's3m_cache_coalesced_total', 's3m_admission_rejections_total', 's3m_rate_limited_total', 's3m_http_request_duration_seconds_bucket']) {
      assert.match(text, new RegExp(`^# TYPE ${name.replace(/_bucket$/, '')} `, 'm'), name);
    }
    assert.match(text, /s3m_http_request_duration_seconds_count\{method="GET",route="\/slurm\/:version\/:resource\/jobs",status="200"\}/);
  });
});

describe('Idempotency-Key on job/submit', () => {
  let gw: TestGateway;
  let env = '';
  let token = '';
  before(async () => {
    gw = await startGateway();
    token = await gw.token('STF040', 'alice', 'compute-ace');
    env = gw.headerFile(token);
  });
  after(async () => gw?.cleanup());

  const submit = (key: string, body: unknown) =>
    curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: env, json: body, headers: [`Idempotency-Key: ${key}`] });
  const count = async (name: string) => (await curl(`${gw.url}/slurm/v0.0.43/defiant/jobs`, { headerFile: env })).body.jobs.filter((j: any) => j.name === name).length;

  it('a retry with the same key and body returns the original job id without a second job, also after a restart', async () => {
    const first = await submit('retry-1', job('idem'));
    const again = await submit('retry-1', job('idem'));
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal(again.body.job_id, first.body.job_id);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(await count('idem'), 1);
    await gw.restart();
    const later = await submit('retry-1', job('idem'));
    assert.equal(later.body.job_id, first.body.job_id);
    assert.equal(await count('idem'), 1);
  });

  it('the same key with a different body → 422', async () => {
    await submit('mismatch-1', job('m1'));
    const res = await submit('mismatch-1', job('m2'));
    assert.equal(res.status, 422, res.text);
    assert.match(res.body.errors[0].description, /different request body/);
    assert.equal(await count('m2'), 0);
  });

  it('concurrent requests with one key make exactly one job; the others get the same id or 409', async () => {
    const replies = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headers: { Authorization: token, 'Content-Type': 'application/json', 'Idempotency-Key': 'race-1' }, body: JSON.stringify(job('race')) }).then(async (r) => ({ status: r.status, body: await r.json() })),
      ),
    );
    const ok = replies.filter((r) => r.status === 200);
    const conflicts = replies.filter((r) => r.status === 409);
    assert.equal(ok.length + conflicts.length, replies.length, JSON.stringify(replies.map((r) => r.status)));
    assert.ok(ok.length >= 1);
    assert.equal(new Set(ok.map((r) => r.body.job_id)).size, 1);
    for (const c of conflicts) assert.match(c.body.errors[0].description, /still being processed/);
    assert.equal(await count('race'), 1);
  });

  it('keys are scoped per token', async () => {
    const other = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
    const a = await submit('shared-key', job('scoped'));
    const b = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/submit`, { method: 'POST', headerFile: other, json: job('scoped'), headers: ['Idempotency-Key: shared-key'] });
    assert.notEqual(a.body.job_id, b.body.job_id);
  });
});

describe('rate limits and admission control', () => {
  let gw: TestGateway;
  before(async () => {
    // A token refills one request per 100 s and the breaker stays open for 10 minutes: neither
    // happens in the middle of a test, however slowly its requests go.
    const config = testConfig()
      .replace(/rateLimits: .*\n/, 'rateLimits: { compute-ace: { ratePerSecond: 0.01, burst: 3 } }\n')
      // No job history: its recorder's background polls of "down" would count towards the breaker
      // too, and this test counts the failures of its own requests.
      .replace('resources:\n', `admission: { failureThreshold: 3, cooldownSeconds: 600 }\nhistory: { windowHours: 0 }\nresources:\n  down:\n    backend: { type: slurmrestd, url: "http://127.0.0.1:9", auth: { mode: token-file, file: /dev/null }, apiVersion: v0.0.43 }\n`);
    gw = await startGateway({ config });
  });
  after(async () => gw?.cleanup());

  it('a token over its budget gets 429 with Retry-After and RateLimit headers; another token is not affected', async () => {
    const env = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
    const codes = [];
    let last;
    const from = Date.now();
    for (let i = 0; i < 4; i++) {
      last = await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: env });
      codes.push(last.status);
    }
    const seconds = (Date.now() - from) / 1000;
    assert.deepEqual(codes, [200, 200, 200, 429]);
    // When the next request is allowed: one request's refill (100 s) less what refilled meanwhile.
    const retryAfter = Number(last!.headers['retry-after']);
    assert.ok(retryAfter <= 100 && retryAfter >= Math.ceil(100 - seconds), `Retry-After ${retryAfter} after ${seconds} s`);
    assert.equal(last!.headers['ratelimit-limit'], '3');
    assert.equal(last!.headers['ratelimit-remaining'], '0');
    assert.match(last!.body.errors[0].description, /rate limit/);
    const fresh = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
    assert.equal((await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: fresh })).status, 200);
    assert.ok((await metric(gw, 's3m_rate_limited_total', {})) >= 1);
  });

  it('a backend that is down fails with 502, then the breaker fails fast with 503 + Retry-After', async () => {
    const statuses = [];
    let res;
    for (let i = 0; i < 5; i++) {
      // a fresh token each time: this test is about the backend, not about the token's budget
      const env = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
      res = await curl(`${gw.url}/slurm/v0.0.43/down/partitions`, { headerFile: env });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [502, 502, 502, 503, 503]);
    assert.ok(Number(res!.headers['retry-after']) > 0);
    assert.match(res!.body.errors[0].description, /Resource "down" is unavailable/);
    assert.equal(await metric(gw, 's3m_admission_rejections_total', { resource: 'down', reason: 'breaker-open' }), 2);
    const ok = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
    assert.equal((await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: ok })).status, 200, 'other resources are not affected');
  });
});
