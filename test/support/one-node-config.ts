// The cluster the local backend's tests start from, engine alone or with processes: one node, one
// partition. One copy, so that the engine's unit tests and the backend's tests agree on it.
import { localBackendSchema, type LocalBackendConfig } from '../../src/config/schema.ts';

export type ConfigOverrides = Partial<Record<keyof LocalBackendConfig, unknown>>;

/** One node n1 (2 cpus, 2048 MB) in partition batch (MaxTime 60, DefaultTime 10), unless `overrides` say otherwise. */
export function oneNodeConfig(overrides: ConfigOverrides = {}): LocalBackendConfig {
  return localBackendSchema.parse({
    type: 'local',
    cluster: 'testcl',
    nodes: [{ name: 'n1', cpus: 2, memory: 2048 }],
    partitions: [{ name: 'batch', nodes: ['n1'], default: true, maxTime: 60, defaultTime: 10 }],
    ...overrides,
  });
}
