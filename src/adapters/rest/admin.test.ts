// /metrics is served by the admin listener only: the public app answers 404 for it in SLURM's
// error shape, like any unknown path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenService } from '../../auth/tokens.ts';
import { Metrics } from '../../metrics/metrics.ts';
import { ComputeService } from '../../core/service.ts';
import { buildAdminApp } from './admin.ts';
import { buildApp } from './app.ts';

const tokens = { verify: () => { throw new Error('no tokens here'); } } as unknown as TokenService;

describe('metrics listener', () => {
  it('the admin app serves /metrics (Prometheus text), and nothing else', async () => {
    const metrics = new Metrics({ processMetrics: false });
    metrics.cacheHits.inc({ resource: 'r', operation: 'job' });
    const admin = buildAdminApp({ metrics });
    try {
      const res = await admin.inject({ method: 'GET', url: '/metrics' });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/plain/);
      assert.match(res.body, /s3m_cache_hits_total\{resource="r",operation="job"\} 1/);
      const other = await admin.inject({ method: 'GET', url: '/slurm/v0.0.43/r/ping' });
      assert.equal(other.statusCode, 404);
      assert.equal(other.json().errors[0].error_number, 9200);
    } finally {
      await admin.close();
    }
  });

  it('the public app answers 404 for /metrics in SLURM’s error shape, though it still times routes', async () => {
    const metrics = new Metrics({ processMetrics: false });
    const app = buildApp({ service: new ComputeService([{ name: 'r', config: { versions: ['v0.0.43'] } as never, backend: {} as never }], tokens), tokens, bodyLimit: 1024, metrics });
    try {
      const res = await app.inject({ method: 'GET', url: '/metrics' });
      assert.equal(res.statusCode, 404);
      const body = res.json();
      assert.equal(body.errors.length, 1);
      assert.equal(body.errors[0].error_number, 9200);
      assert.match(body.errors[0].description, /No such endpoint: GET \/metrics/);
      assert.ok(body.meta && Array.isArray(body.warnings));
      assert.doesNotMatch(res.body, /s3m_/);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(await metrics.registry.metrics(), /s3m_http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} 1/);
    } finally {
      await app.close();
    }
  });
});
