// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { StatsMsg as _slurm_v0045_StatsMsg, StatsMsg__Output as _slurm_v0045_StatsMsg__Output } from '../../slurm/v0045/StatsMsg.ts';
import type { OpenapiMeta as _slurm_v0045_OpenapiMeta, OpenapiMeta__Output as _slurm_v0045_OpenapiMeta__Output } from '../../slurm/v0045/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0045_OpenapiError, OpenapiError__Output as _slurm_v0045_OpenapiError__Output } from '../../slurm/v0045/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0045_OpenapiWarning, OpenapiWarning__Output as _slurm_v0045_OpenapiWarning__Output } from '../../slurm/v0045/OpenapiWarning.ts';

export interface OpenapiDiagResp {
  'statistics'?: (_slurm_v0045_StatsMsg | null);
  'meta'?: (_slurm_v0045_OpenapiMeta | null);
  'errors'?: (_slurm_v0045_OpenapiError)[];
  'warnings'?: (_slurm_v0045_OpenapiWarning)[];
}

export interface OpenapiDiagResp__Output {
  'statistics'?: (_slurm_v0045_StatsMsg__Output);
  'meta'?: (_slurm_v0045_OpenapiMeta__Output);
  'errors'?: (_slurm_v0045_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0045_OpenapiWarning__Output)[];
}
