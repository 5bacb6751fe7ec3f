// The embedded "local" backend: a mini-SLURM on this machine behind the SlurmBackend interface.
import type { SlurmBackend } from '../backend.ts';
import { LocalBackend, type LocalBackendOptions } from './local-backend.ts';

export type { LocalBackendOptions } from './local-backend.ts';
export type { Clock, Logger, Spawner } from './types.ts';
export { LocalBackend } from './local-backend.ts';

export function createLocalBackend(opts: LocalBackendOptions): SlurmBackend {
  return new LocalBackend(opts);
}
