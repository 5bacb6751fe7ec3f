// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { KillJobsRespJob as _slurm_v0044_KillJobsRespJob, KillJobsRespJob__Output as _slurm_v0044_KillJobsRespJob__Output } from '../../slurm/v0044/KillJobsRespJob.ts';
import type { OpenapiMeta as _slurm_v0044_OpenapiMeta, OpenapiMeta__Output as _slurm_v0044_OpenapiMeta__Output } from '../../slurm/v0044/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0044_OpenapiError, OpenapiError__Output as _slurm_v0044_OpenapiError__Output } from '../../slurm/v0044/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0044_OpenapiWarning, OpenapiWarning__Output as _slurm_v0044_OpenapiWarning__Output } from '../../slurm/v0044/OpenapiWarning.ts';

export interface OpenapiKillJobResp {
  'status'?: (_slurm_v0044_KillJobsRespJob)[];
  'meta'?: (_slurm_v0044_OpenapiMeta | null);
  'errors'?: (_slurm_v0044_OpenapiError)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning)[];
}

export interface OpenapiKillJobResp__Output {
  'status'?: (_slurm_v0044_KillJobsRespJob__Output)[];
  'meta'?: (_slurm_v0044_OpenapiMeta__Output);
  'errors'?: (_slurm_v0044_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning__Output)[];
}
