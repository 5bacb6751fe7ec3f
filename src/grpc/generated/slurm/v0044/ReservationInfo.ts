// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { ReservationCoreSpec as _slurm_v0044_ReservationCoreSpec, ReservationCoreSpec__Output as _slurm_v0044_ReservationCoreSpec__Output } from '../../slurm/v0044/ReservationCoreSpec.ts';
import type { Uint64NoVal as _slurm_v0044_Uint64NoVal, Uint64NoVal__Output as _slurm_v0044_Uint64NoVal__Output } from '../../slurm/v0044/Uint64NoVal.ts';
import type { Uint32NoVal as _slurm_v0044_Uint32NoVal, Uint32NoVal__Output as _slurm_v0044_Uint32NoVal__Output } from '../../slurm/v0044/Uint32NoVal.ts';

export interface _slurm_v0044_ReservationInfo_PurgeCompleted {
  'time'?: (_slurm_v0044_Uint32NoVal | null);
}

export interface _slurm_v0044_ReservationInfo_PurgeCompleted__Output {
  'time'?: (_slurm_v0044_Uint32NoVal__Output);
}

export interface ReservationInfo {
  'accounts'?: (string);
  'burst_buffer'?: (string);
  'core_count'?: (number);
  'core_specializations'?: (_slurm_v0044_ReservationCoreSpec)[];
  'end_time'?: (_slurm_v0044_Uint64NoVal | null);
  'features'?: (string);
  'flags'?: (string)[];
  'groups'?: (string);
  'licenses'?: (string);
  'max_start_delay'?: (number);
  'name'?: (string);
  'node_count'?: (number);
  'node_list'?: (string);
  'partition'?: (string);
  'purge_completed'?: (_slurm_v0044_ReservationInfo_PurgeCompleted | null);
  'start_time'?: (_slurm_v0044_Uint64NoVal | null);
  'watts'?: (_slurm_v0044_Uint32NoVal | null);
  'tres'?: (string);
  'users'?: (string);
  '_core_count'?: "core_count";
  '_max_start_delay'?: "max_start_delay";
  '_node_count'?: "node_count";
}

export interface ReservationInfo__Output {
  'accounts'?: (string);
  'burst_buffer'?: (string);
  'core_count'?: (number);
  'core_specializations'?: (_slurm_v0044_ReservationCoreSpec__Output)[];
  'end_time'?: (_slurm_v0044_Uint64NoVal__Output);
  'features'?: (string);
  'flags'?: (string)[];
  'groups'?: (string);
  'licenses'?: (string);
  'max_start_delay'?: (number);
  'name'?: (string);
  'node_count'?: (number);
  'node_list'?: (string);
  'partition'?: (string);
  'purge_completed'?: (_slurm_v0044_ReservationInfo_PurgeCompleted__Output);
  'start_time'?: (_slurm_v0044_Uint64NoVal__Output);
  'watts'?: (_slurm_v0044_Uint32NoVal__Output);
  'tres'?: (string);
  'users'?: (string);
}
