// Original file: src/grpc/proto/slurm/v0043/slurm.proto

import type { StatsMsg as _slurm_v0043_StatsMsg, StatsMsg__Output as _slurm_v0043_StatsMsg__Output } from '../../slurm/v0043/StatsMsg.ts';
import type { OpenapiMeta as _slurm_v0043_OpenapiMeta, OpenapiMeta__Output as _slurm_v0043_OpenapiMeta__Output } from '../../slurm/v0043/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0043_OpenapiError, OpenapiError__Output as _slurm_v0043_OpenapiError__Output } from '../../slurm/v0043/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0043_OpenapiWarning, OpenapiWarning__Output as _slurm_v0043_OpenapiWarning__Output } from '../../slurm/v0043/OpenapiWarning.ts';

export interface OpenapiDiagResp {
  'statistics'?: (_slurm_v0043_StatsMsg | null);
  'meta'?: (_slurm_v0043_OpenapiMeta | null);
  'errors'?: (_slurm_v0043_OpenapiError)[];
  'warnings'?: (_slurm_v0043_OpenapiWarning)[];
}

export interface OpenapiDiagResp__Output {
  'statistics'?: (_slurm_v0043_StatsMsg__Output);
  'meta'?: (_slurm_v0043_OpenapiMeta__Output);
  'errors'?: (_slurm_v0043_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0043_OpenapiWarning__Output)[];
}
