// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { Uint64NoVal as _slurm_v0045_Uint64NoVal, Uint64NoVal__Output as _slurm_v0045_Uint64NoVal__Output } from '../../slurm/v0045/Uint64NoVal.ts';
import type { Long } from '@grpc/proto-loader';

export interface StatsMsgRpcUser {
  'user_id'?: (number);
  'user'?: (string);
  'count'?: (number);
  'total_time'?: (number | string | Long);
  'average_time'?: (_slurm_v0045_Uint64NoVal | null);
  '_user_id'?: "user_id";
  '_count'?: "count";
  '_total_time'?: "total_time";
}

export interface StatsMsgRpcUser__Output {
  'user_id'?: (number);
  'user'?: (string);
  'count'?: (number);
  'total_time'?: (number);
  'average_time'?: (_slurm_v0045_Uint64NoVal__Output);
}
