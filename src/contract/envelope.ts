// The slurmrestd JSON envelope (meta, errors, warnings) as the gateway renders it.
import type { ApiVersion, Meta, SlurmError, SlurmWarning } from './model.ts';

/** Which SLURM release the local backend presents itself as (the one the reference captures came from). */
export const EMULATED_SLURM = { major: '26', minor: '05', micro: '5', release: '26.05.5' } as const;

export interface MetaContext {
  version: ApiVersion;
  cluster: string;
  /** Client address as slurmrestd prints it (`host:port`). */
  clientSource?: string;
  user?: string;
  group?: string;
}

export function buildMeta(ctx: MetaContext): Required<Meta> {
  return {
    plugin: {
      type: 'openapi/slurmctld',
      name: 'Slurm OpenAPI slurmctld',
      data_parser: `data_parser/${ctx.version}`,
      accounting_storage: '',
    },
    client: { source: ctx.clientSource ?? '', user: ctx.user ?? '', group: ctx.group ?? '' },
    command: [],
    slurm: {
      version: { major: EMULATED_SLURM.major, micro: EMULATED_SLURM.micro, minor: EMULATED_SLURM.minor },
      release: EMULATED_SLURM.release,
      cluster: ctx.cluster,
    },
  };
}

export interface EnvelopeParts {
  meta: Required<Meta>;
  errors: SlurmError[];
  warnings: SlurmWarning[];
}

/** A body with the envelope and the given payload fields, in slurmrestd's key order (payload first). */
export function envelope<T extends object>(meta: Required<Meta>, payload: T, errors: SlurmError[] = [], warnings: SlurmWarning[] = []): T & EnvelopeParts {
  return { ...payload, meta, errors, warnings };
}
