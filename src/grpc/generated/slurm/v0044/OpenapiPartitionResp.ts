// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { PartitionInfo as _slurm_v0044_PartitionInfo, PartitionInfo__Output as _slurm_v0044_PartitionInfo__Output } from '../../slurm/v0044/PartitionInfo.ts';
import type { Uint64NoVal as _slurm_v0044_Uint64NoVal, Uint64NoVal__Output as _slurm_v0044_Uint64NoVal__Output } from '../../slurm/v0044/Uint64NoVal.ts';
import type { OpenapiMeta as _slurm_v0044_OpenapiMeta, OpenapiMeta__Output as _slurm_v0044_OpenapiMeta__Output } from '../../slurm/v0044/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0044_OpenapiError, OpenapiError__Output as _slurm_v0044_OpenapiError__Output } from '../../slurm/v0044/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0044_OpenapiWarning, OpenapiWarning__Output as _slurm_v0044_OpenapiWarning__Output } from '../../slurm/v0044/OpenapiWarning.ts';

export interface OpenapiPartitionResp {
  'partitions'?: (_slurm_v0044_PartitionInfo)[];
  'last_update'?: (_slurm_v0044_Uint64NoVal | null);
  'meta'?: (_slurm_v0044_OpenapiMeta | null);
  'errors'?: (_slurm_v0044_OpenapiError)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning)[];
}

export interface OpenapiPartitionResp__Output {
  'partitions'?: (_slurm_v0044_PartitionInfo__Output)[];
  'last_update'?: (_slurm_v0044_Uint64NoVal__Output);
  'meta'?: (_slurm_v0044_OpenapiMeta__Output);
  'errors'?: (_slurm_v0044_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0044_OpenapiWarning__Output)[];
}
