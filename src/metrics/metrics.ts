// Prometheus metrics (prom-client), one registry per gateway so that tests can run several.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();

  readonly backendRequests = new Counter({
    name: 's3m_backend_requests_total',
    help: 'Calls that reached a backend (slurmrestd or the local scheduler), by resource and operation',
    labelNames: ['resource', 'operation'] as const,
    registers: [this.registry],
  });

  readonly cacheHits = new Counter({ name: 's3m_cache_hits_total', help: 'Reads served from the read cache', labelNames: ['resource', 'operation'] as const, registers: [this.registry] });
  readonly cacheMisses = new Counter({ name: 's3m_cache_misses_total', help: 'Reads that had to call the backend', labelNames: ['resource', 'operation'] as const, registers: [this.registry] });
  readonly cacheCoalesced = new Counter({
    name: 's3m_cache_coalesced_total',
    help: 'Reads that waited for an identical read already in flight instead of calling the backend',
    labelNames: ['resource', 'operation'] as const,
    registers: [this.registry],
  });

  readonly admissionRejections = new Counter({
    name: 's3m_admission_rejections_total',
    help: 'Requests refused with 503 by admission control (queue full or circuit breaker open)',
    labelNames: ['resource', 'reason'] as const,
    registers: [this.registry],
  });

  readonly breakerState = new Gauge({
    name: 's3m_backend_breaker_open',
    help: '1 while the circuit breaker of a resource is open (failing fast), else 0',
    labelNames: ['resource'] as const,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({ name: 's3m_rate_limited_total', help: 'Requests refused with 429 by rate limits: per token (label: its permission), or per client address before any token lookup (permission="pre-auth")', labelNames: ['permission'] as const, registers: [this.registry] });

  readonly idempotentReplays = new Counter({ name: 's3m_idempotent_replays_total', help: 'Submits answered from a stored Idempotency-Key reply', registers: [this.registry] });

  readonly requestDuration = new Histogram({
    name: 's3m_http_request_duration_seconds',
    help: 'REST request latency by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(opts: { processMetrics?: boolean } = {}) {
    if (opts.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 's3m_' });
  }
}
