// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { JobInfo as _slurm_v0045_JobInfo, JobInfo__Output as _slurm_v0045_JobInfo__Output } from '../../slurm/v0045/JobInfo.ts';
import type { Uint64NoVal as _slurm_v0045_Uint64NoVal, Uint64NoVal__Output as _slurm_v0045_Uint64NoVal__Output } from '../../slurm/v0045/Uint64NoVal.ts';
import type { OpenapiMeta as _slurm_v0045_OpenapiMeta, OpenapiMeta__Output as _slurm_v0045_OpenapiMeta__Output } from '../../slurm/v0045/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0045_OpenapiError, OpenapiError__Output as _slurm_v0045_OpenapiError__Output } from '../../slurm/v0045/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0045_OpenapiWarning, OpenapiWarning__Output as _slurm_v0045_OpenapiWarning__Output } from '../../slurm/v0045/OpenapiWarning.ts';

export interface OpenapiJobInfoResp {
  'jobs'?: (_slurm_v0045_JobInfo)[];
  'last_backfill'?: (_slurm_v0045_Uint64NoVal | null);
  'last_update'?: (_slurm_v0045_Uint64NoVal | null);
  'meta'?: (_slurm_v0045_OpenapiMeta | null);
  'errors'?: (_slurm_v0045_OpenapiError)[];
  'warnings'?: (_slurm_v0045_OpenapiWarning)[];
}

export interface OpenapiJobInfoResp__Output {
  'jobs'?: (_slurm_v0045_JobInfo__Output)[];
  'last_backfill'?: (_slurm_v0045_Uint64NoVal__Output);
  'last_update'?: (_slurm_v0045_Uint64NoVal__Output);
  'meta'?: (_slurm_v0045_OpenapiMeta__Output);
  'errors'?: (_slurm_v0045_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0045_OpenapiWarning__Output)[];
}
