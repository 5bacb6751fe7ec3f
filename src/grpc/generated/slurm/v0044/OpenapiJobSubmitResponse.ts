// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { OpenapiMeta as _slurm_v0044_OpenapiMeta, OpenapiMeta__Output as _slurm_v0044_OpenapiMeta__Output } from '../../slurm/v0044/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0044_OpenapiError, OpenapiError__Output as _slurm_v0044_OpenapiError__Output } from '../../slurm/v0044/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0044_OpenapiWarning, OpenapiWarning__Output as _slurm_v0044_OpenapiWarning__Output } from '../../slurm/v0044/OpenapiWarning.ts';

export interface OpenapiJobSubmitResponse {
  'job_id'?: (number);
  'step_id'?: (string);
  'job_submit_user_msg'?: (string);
  'meta'?: (_slurm_v0044_OpenapiMeta | null);
  'errors'?: (_slurm_v0044_OpenapiError)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning)[];
  '_job_id'?: "job_id";
}

export interface OpenapiJobSubmitResponse__Output {
  'job_id'?: (number);
  'step_id'?: (string);
  'job_submit_user_msg'?: (string);
  'meta'?: (_slurm_v0044_OpenapiMeta__Output);
  'errors'?: (_slurm_v0044_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning__Output)[];
}
