// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { Uint32NoVal as _slurm_v0045_Uint32NoVal, Uint32NoVal__Output as _slurm_v0045_Uint32NoVal__Output } from '../../slurm/v0045/Uint32NoVal.ts';

export interface SlurmStepId {
  'sluid'?: (string);
  'job_id'?: (_slurm_v0045_Uint32NoVal | null);
  'step_het_component'?: (_slurm_v0045_Uint32NoVal | null);
  'step_id'?: (string);
}

export interface SlurmStepId__Output {
  'sluid'?: (string);
  'job_id'?: (_slurm_v0045_Uint32NoVal__Output);
  'step_het_component'?: (_slurm_v0045_Uint32NoVal__Output);
  'step_id'?: (string);
}
