// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { JobInfo as _slurm_v0044_JobInfo, JobInfo__Output as _slurm_v0044_JobInfo__Output } from '../../slurm/v0044/JobInfo.ts';
import type { Uint64NoVal as _slurm_v0044_Uint64NoVal, Uint64NoVal__Output as _slurm_v0044_Uint64NoVal__Output } from '../../slurm/v0044/Uint64NoVal.ts';
import type { OpenapiMeta as _slurm_v0044_OpenapiMeta, OpenapiMeta__Output as _slurm_v0044_OpenapiMeta__Output } from '../../slurm/v0044/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0044_OpenapiError, OpenapiError__Output as _slurm_v0044_OpenapiError__Output } from '../../slurm/v0044/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0044_OpenapiWarning, OpenapiWarning__Output as _slurm_v0044_OpenapiWarning__Output } from '../../slurm/v0044/OpenapiWarning.ts';

export interface OpenapiJobInfoResp {
  'jobs'?: (_slurm_v0044_JobInfo)[];
  'last_backfill'?: (_slurm_v0044_Uint64NoVal | null);
  'last_update'?: (_slurm_v0044_Uint64NoVal | null);
  'meta'?: (_slurm_v0044_OpenapiMeta | null);
  'errors'?: (_slurm_v0044_OpenapiError)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning)[];
}

export interface OpenapiJobInfoResp__Output {
  'jobs'?: (_slurm_v0044_JobInfo__Output)[];
  'last_backfill'?: (_slurm_v0044_Uint64NoVal__Output);
  'last_update'?: (_slurm_v0044_Uint64NoVal__Output);
  'meta'?: (_slurm_v0044_OpenapiMeta__Output);
  'errors'?: (_slurm_v0044_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning__Output)[];
}
