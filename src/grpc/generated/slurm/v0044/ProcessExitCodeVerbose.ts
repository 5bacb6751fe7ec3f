// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { Uint32NoVal as _slurm_v0044_Uint32NoVal, Uint32NoVal__Output as _slurm_v0044_Uint32NoVal__Output } from '../../slurm/v0044/Uint32NoVal.ts';
import type { Uint16NoVal as _slurm_v0044_Uint16NoVal, Uint16NoVal__Output as _slurm_v0044_Uint16NoVal__Output } from '../../slurm/v0044/Uint16NoVal.ts';

export interface _slurm_v0044_ProcessExitCodeVerbose_Signal {
  'id'?: (_slurm_v0044_Uint16NoVal | null);
  'name'?: (string);
}

export interface _slurm_v0044_ProcessExitCodeVerbose_Signal__Output {
  'id'?: (_slurm_v0044_Uint16NoVal__Output);
  'name'?: (string);
}

export interface ProcessExitCodeVerbose {
  'status'?: (string)[];
  'return_code'?: (_slurm_v0044_Uint32NoVal | null);
  'signal'?: (_slurm_v0044_ProcessExitCodeVerbose_Signal | null);
}

export interface ProcessExitCodeVerbose__Output {
  'status'?: (string)[];
  'return_code'?: (_slurm_v0044_Uint32NoVal__Output);
  'signal'?: (_slurm_v0044_ProcessExitCodeVerbose_Signal__Output);
}
