// Original file: src/grpc/proto/slurm/v0043/slurm.proto

import type { PartitionInfo as _slurm_v0043_PartitionInfo, PartitionInfo__Output as _slurm_v0043_PartitionInfo__Output } from '../../slurm/v0043/PartitionInfo.ts';
import type { Uint64NoVal as _slurm_v0043_Uint64NoVal, Uint64NoVal__Output as _slurm_v0043_Uint64NoVal__Output } from '../../slurm/v0043/Uint64NoVal.ts';
import type { OpenapiMeta as _slurm_v0043_OpenapiMeta, OpenapiMeta__Output as _slurm_v0043_OpenapiMeta__Output } from '../../slurm/v0043/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0043_OpenapiError, OpenapiError__Output as _slurm_v0043_OpenapiError__Output } from '../../slurm/v0043/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0043_OpenapiWarning, OpenapiWarning__Output as _slurm_v0043_OpenapiWarning__Output } from '../../slurm/v0043/OpenapiWarning.ts';

export interface OpenapiPartitionResp {
  'partitions'?: (_slurm_v0043_PartitionInfo)[];
  'last_update'?: (_slurm_v0043_Uint64NoVal | null);
  'meta'?: (_slurm_v0043_OpenapiMeta | null);
  'errors'?: (_slurm_v0043_OpenapiError)[];
  'warnings'?: (_slurm_v0043_OpenapiWarning)[];
}

export interface OpenapiPartitionResp__Output {
  'partitions'?: (_slurm_v0043_PartitionInfo__Output)[];
  'last_update'?: (_slurm_v0043_Uint64NoVal__Output);
  'meta'?: (_slurm_v0043_OpenapiMeta__Output);
  'errors'?: (_slurm_v0043_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0043_OpenapiWarning__Output)[];
}
