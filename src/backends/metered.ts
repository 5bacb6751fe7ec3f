// Counts the calls that really reach a backend (innermost decorator), for s3m_backend_requests_total.
import type { Metrics } from '../metrics/metrics.ts';
import type { SlurmBackend } from './backend.ts';
import { decorate } from './decorate.ts';

export function withBackendMetrics(inner: SlurmBackend, resource: string, metrics: Metrics): SlurmBackend {
  return decorate(inner, (op, _ctx, _args, call) => {
    metrics.backendRequests.inc({ resource, operation: op });
    return call();
  });
}
