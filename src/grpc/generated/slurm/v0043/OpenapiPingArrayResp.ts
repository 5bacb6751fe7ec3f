// Original file: src/grpc/proto/slurm/v0043/slurm.proto

import type { ControllerPing as _slurm_v0043_ControllerPing, ControllerPing__Output as _slurm_v0043_ControllerPing__Output } from '../../slurm/v0043/ControllerPing.ts';
import type { OpenapiMeta as _slurm_v0043_OpenapiMeta, OpenapiMeta__Output as _slurm_v0043_OpenapiMeta__Output } from '../../slurm/v0043/OpenapiMeta.ts';
import type { OpenapiError as _slurm_v0043_OpenapiError, OpenapiError__Output as _slurm_v0043_OpenapiError__Output } from '../../slurm/v0043/OpenapiError.ts';
import type { OpenapiWarning as _slurm_v0043_OpenapiWarning, OpenapiWarning__Output as _slurm_v0043_OpenapiWarning__Output } from '../../slurm/v0043/OpenapiWarning.ts';

export interface OpenapiPingArrayResp {
  'pings'?: (_slurm_v0043_ControllerPing)[];
  'meta'?: (_slurm_v0043_OpenapiMeta | null);
  'errors'?: (_slurm_v0043_OpenapiError)[];
  'warnings'?: (_slurm_v0043_OpenapiWarning)[];
}

export interface OpenapiPingArrayResp__Output {
  'pings'?: (_slurm_v0043_ControllerPing__Output)[];
  'meta'?: (_slurm_v0043_OpenapiMeta__Output);
  'errors'?: (_slurm_v0043_OpenapiError__Output)[];
  'warnings'?: (_slurm_v0043_OpenapiWarning__Output)[];
}
