// job_desc `shared` as slurmctld reads it (the last value given wins: ["none","oversubscribe"]
// is oversubscribe) and the SLURM_JOB_EXCLUSIVE / SLURM_JOB_OVERSUBSCRIBE a batch step then sees
// (NODE/USER/NO and YES/NO, as the real slurmd sets them). "none" and "oversubscribe" are
// implemented (placement.ts); "user", "mcs" and "topo" are not: such a job is placed like any
// other and the submit answer says so in a warning naming the field, instead of ignoring it.
import type { SlurmWarning } from '../../contract/model.ts';
import type { SharedMode } from './types.ts';

const IMPLEMENTED: ReadonlySet<string> = new Set(['none', 'oversubscribe']);

export function readShared(v: unknown): { mode: SharedMode | undefined; warnings: SlurmWarning[] } {
  const values = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const last = values.at(-1);
  if (last === undefined) return { mode: undefined, warnings: [] };
  if (IMPLEMENTED.has(last)) return { mode: last as SharedMode, warnings: [] };
  return {
    mode: undefined,
    warnings: [{ description: `Ignoring field "shared" value "${last}": the local backend does not implement it; the job shares nodes as by default`, source: '#/job/shared/' }],
  };
}

/** The job environment's sharing variables (job-environment.ts). */
export function sharingEnvironment(mode: SharedMode | undefined): { SLURM_JOB_EXCLUSIVE: string; SLURM_JOB_OVERSUBSCRIBE: string } {
  return { SLURM_JOB_EXCLUSIVE: mode === 'none' ? 'NODE' : mode === 'user' ? 'USER' : 'NO', SLURM_JOB_OVERSUBSCRIBE: mode === 'oversubscribe' ? 'YES' : 'NO' };
}
