// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { OpenapiMeta as _slurm_v0045_OpenapiMeta, OpenapiMeta__Output as _slurm_v0045_OpenapiMeta__Output } from '../../slurm/v0045/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0045_OpenapiError, OpenapiError__Output as _slurm_v0045_OpenapiError__Output } from '../../slurm/v0045/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0045_OpenapiWarning, OpenapiWarning__Output as _slurm_v0045_OpenapiWarning__Output } from '../../slurm/v0045/OpenapiWarning.ts';

export interface OpenapiJobSubmitResponse {
  'job_id'?: (number);
  'step_id'?: (string);
  'job_submit_user_msg'?: (string);
  'meta'?: (_slurm_v0045_OpenapiMeta | null);
  'errors'?: (_slurm_v0045_OpenapiError)[];
  'warnings'?: (_slurm_v0045_OpenapiWarning)[];
  '_job_id'?: "job_id";
}

export interface OpenapiJobSubmitResponse__Output {
  'job_id'?: (number);
  'step_id'?: (string);
  'job_submit_user_msg'?: (string);
  'meta'?: (_slurm_v0045_OpenapiMeta__Output);
  'errors'?: (_slurm_v0045_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0045_OpenapiWarning__Output)[];
}
