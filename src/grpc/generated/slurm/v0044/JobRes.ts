// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { Uint16NoVal as _slurm_v0044_Uint16NoVal, Uint16NoVal__Output as _slurm_v0044_Uint16NoVal__Output } from '../../slurm/v0044/Uint16NoVal.ts';
import type { JobResNode as _slurm_v0044_JobResNode, JobResNode__Output as _slurm_v0044_JobResNode__Output } from '../../slurm/v0044/JobResNode.ts';

export interface _slurm_v0044_JobRes_Nodes {
  'count'?: (number);
  'select_type'?: (string)[];
  'list'?: (string);
  'whole'?: (boolean);
  'allocation'?: (_slurm_v0044_JobResNode)[];
  '_count'?: "count";
}

export interface _slurm_v0044_JobRes_Nodes__Output {
  'count'?: (number);
  'select_type'?: (string)[];
  'list'?: (string);
  'whole'?: (boolean);
  'allocation'?: (_slurm_v0044_JobResNode__Output)[];
}

export interface JobRes {
  'select_type'?: (string)[];
  'nodes'?: (_slurm_v0044_JobRes_Nodes | null);
  'cpus'?: (number);
  'threads_per_core'?: (_slurm_v0044_Uint16NoVal | null);
  '_cpus'?: "cpus";
}

export interface JobRes__Output {
  'select_type'?: (string)[];
  'nodes'?: (_slurm_v0044_JobRes_Nodes__Output);
  'cpus'?: (number);
  'threads_per_core'?: (_slurm_v0044_Uint16NoVal__Output);
}
