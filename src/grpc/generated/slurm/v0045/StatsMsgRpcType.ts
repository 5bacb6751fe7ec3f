// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { Uint64NoVal as _slurm_v0045_Uint64NoVal, Uint64NoVal__Output as _slurm_v0045_Uint64NoVal__Output } from '../../slurm/v0045/Uint64NoVal.ts';
import type { Long } from '@grpc/proto-loader';

export interface StatsMsgRpcType {
  'type_id'?: (number);
  'message_type'?: (string);
  'count'?: (number);
  'queued'?: (number);
  'dropped'?: (number | string | Long);
  'cycle_last'?: (number);
  'cycle_max'?: (number);
  'total_time'?: (number | string | Long);
  'average_time'?: (_slurm_v0045_Uint64NoVal | null);
  '_type_id'?: "type_id";
  '_count'?: "count";
  '_queued'?: "queued";
  '_dropped'?: "dropped";
  '_cycle_last'?: "cycle_last";
  '_cycle_max'?: "cycle_max";
  '_total_time'?: "total_time";
}

export interface StatsMsgRpcType__Output {
  'type_id'?: (number);
  'message_type'?: (string);
  'count'?: (number);
  'queued'?: (number);
  'dropped'?: (number);
  'cycle_last'?: (number);
  'cycle_max'?: (number);
  'total_time'?: (number);
  'average_time'?: (_slurm_v0045_Uint64NoVal__Output);
}
