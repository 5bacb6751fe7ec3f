// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { Uint32NoVal as _slurm_v0045_Uint32NoVal, Uint32NoVal__Output as _slurm_v0045_Uint32NoVal__Output } from '../../slurm/v0045/Uint32NoVal.ts';

export interface _slurm_v0045_KillJobsRespJob_Error {
  'string'?: (string);
  'code'?: (number);
  'message'?: (string);
  '_code'?: "code";
}

export interface _slurm_v0045_KillJobsRespJob_Error__Output {
  'string'?: (string);
  'code'?: (number);
  'message'?: (string);
}

export interface _slurm_v0045_KillJobsRespJob_Federation {
  'sibling'?: (string);
}

export interface _slurm_v0045_KillJobsRespJob_Federation__Output {
  'sibling'?: (string);
}

export interface KillJobsRespJob {
  'error'?: (_slurm_v0045_KillJobsRespJob_Error | null);
  'step_id'?: (string);
  'job_id'?: (_slurm_v0045_Uint32NoVal | null);
  'federation'?: (_slurm_v0045_KillJobsRespJob_Federation | null);
}

export interface KillJobsRespJob__Output {
  'error'?: (_slurm_v0045_KillJobsRespJob_Error__Output);
  'step_id'?: (string);
  'job_id'?: (_slurm_v0045_Uint32NoVal__Output);
  'federation'?: (_slurm_v0045_KillJobsRespJob_Federation__Output);
}
