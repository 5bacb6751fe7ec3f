// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { Uint32NoVal as _slurm_v0044_Uint32NoVal, Uint32NoVal__Output as _slurm_v0044_Uint32NoVal__Output } from '../../slurm/v0044/Uint32NoVal.ts';
import type { Long } from '@grpc/proto-loader';

export interface AcctGatherEnergy {
  'average_watts'?: (number);
  'base_consumed_energy'?: (number | string | Long);
  'consumed_energy'?: (number | string | Long);
  'current_watts'?: (_slurm_v0044_Uint32NoVal | null);
  'previous_consumed_energy'?: (number | string | Long);
  'last_collected'?: (number | string | Long);
  '_average_watts'?: "average_watts";
  '_base_consumed_energy'?: "base_consumed_energy";
  '_consumed_energy'?: "consumed_energy";
  '_previous_consumed_energy'?: "previous_consumed_energy";
  '_last_collected'?: "last_collected";
}

export interface AcctGatherEnergy__Output {
  'average_watts'?: (number);
  'base_consumed_energy'?: (number);
  'consumed_energy'?: (number);
  'current_watts'?: (_slurm_v0044_Uint32NoVal__Output);
  'previous_consumed_energy'?: (number);
  'last_collected'?: (number);
}
