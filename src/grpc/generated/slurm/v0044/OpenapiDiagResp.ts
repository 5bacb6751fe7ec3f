// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { StatsMsg as _slurm_v0044_StatsMsg, StatsMsg__Output as _slurm_v0044_StatsMsg__Output } from '../../slurm/v0044/StatsMsg.ts';
import type { OpenapiMeta as _slurm_v0044_OpenapiMeta, OpenapiMeta__Output as _slurm_v0044_OpenapiMeta__Output } from '../../slurm/v0044/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0044_OpenapiError, OpenapiError__Output as _slurm_v0044_OpenapiError__Output } from '../../slurm/v0044/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0044_OpenapiWarning, OpenapiWarning__Output as _slurm_v0044_OpenapiWarning__Output } from '../../slurm/v0044/OpenapiWarning.ts';

export interface OpenapiDiagResp {
  'statistics'?: (_slurm_v0044_StatsMsg | null);
  'meta'?: (_slurm_v0044_OpenapiMeta | null);
  'errors'?: (_slurm_v0044_OpenapiError)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning)[];
}

export interface OpenapiDiagResp__Output {
  'statistics'?: (_slurm_v0044_StatsMsg__Output);
  'meta'?: (_slurm_v0044_OpenapiMeta__Output);
  'errors'?: (_slurm_v0044_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning__Output)[];
}
