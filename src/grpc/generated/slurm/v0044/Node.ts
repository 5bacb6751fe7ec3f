// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { Uint64NoVal as _slurm_v0044_Uint64NoVal, Uint64NoVal__Output as _slurm_v0044_Uint64NoVal__Output } from '../../slurm/v0044/Uint64NoVal.ts';
import type { AcctGatherEnergy as _slurm_v0044_AcctGatherEnergy, AcctGatherEnergy__Output as _slurm_v0044_AcctGatherEnergy__Output } from '../../slurm/v0044/AcctGatherEnergy.ts';
import type { Long } from '@grpc/proto-loader';

export interface _slurm_v0044_Node_ExternalSensors {
}

export interface _slurm_v0044_Node_ExternalSensors__Output {
}

export interface _slurm_v0044_Node_Power {
}

export interface _slurm_v0044_Node_Power__Output {
}

export interface Node {
  'architecture'?: (string);
  'burstbuffer_network_address'?: (string);
  'boards'?: (number);
  'boot_time'?: (_slurm_v0044_Uint64NoVal | null);
  'tls_cert_last_renewal'?: (_slurm_v0044_Uint64NoVal | null);
  'cert_flags'?: (string)[];
  'cluster_name'?: (string);
  'cores'?: (number);
  'specialized_cores'?: (number);
  'cpu_binding'?: (number);
  'cpu_load'?: (number);
  'free_mem'?: (_slurm_v0044_Uint64NoVal | null);
  'cpus'?: (number);
  'effective_cpus'?: (number);
  'specialized_cpus'?: (string);
  'energy'?: (_slurm_v0044_AcctGatherEnergy | null);
  'external_sensors'?: (_slurm_v0044_Node_ExternalSensors | null);
  'extra'?: (string);
  'power'?: (_slurm_v0044_Node_Power | null);
  'features'?: (string)[];
  'active_features'?: (string)[];
  'gpu_spec'?: (string);
  'gres'?: (string);
  'gres_drained'?: (string);
  'gres_used'?: (string);
  'instance_id'?: (string);
  'instance_type'?: (string);
  'last_busy'?: (_slurm_v0044_Uint64NoVal | null);
  'mcs_label'?: (string);
  'specialized_memory'?: (number | string | Long);
  'name'?: (string);
  'next_state_after_reboot'?: (string)[];
  'address'?: (string);
  'hostname'?: (string);
  'state'?: (string)[];
  'operating_system'?: (string);
  'owner'?: (string);
  'partitions'?: (string)[];
  'port'?: (number);
  'real_memory'?: (number | string | Long);
  'res_cores_per_gpu'?: (number);
  'comment'?: (string);
  'reason'?: (string);
  'reason_changed_at'?: (_slurm_v0044_Uint64NoVal | null);
  'reason_set_by_user'?: (string);
  'resume_after'?: (_slurm_v0044_Uint64NoVal | null);
  'reservation'?: (string);
  'alloc_memory'?: (number | string | Long);
  'alloc_cpus'?: (number);
  'alloc_idle_cpus'?: (number);
  'tres_used'?: (string);
  'tres_weighted'?: (number | string);
  'slurmd_start_time'?: (_slurm_v0044_Uint64NoVal | null);
  'sockets'?: (number);
  'threads'?: (number);
  'temporary_disk'?: (number);
  'weight'?: (number);
  'topology'?: (string);
  'tres'?: (string);
  'version'?: (string);
  '_boards'?: "boards";
  '_cores'?: "cores";
  '_specialized_cores'?: "specialized_cores";
  '_cpu_binding'?: "cpu_binding";
  '_cpu_load'?: "cpu_load";
  '_cpus'?: "cpus";
  '_effective_cpus'?: "effective_cpus";
  '_specialized_memory'?: "specialized_memory";
  '_port'?: "port";
  '_real_memory'?: "real_memory";
  '_res_cores_per_gpu'?: "res_cores_per_gpu";
  '_alloc_memory'?: "alloc_memory";
  '_alloc_cpus'?: "alloc_cpus";
  '_alloc_idle_cpus'?: "alloc_idle_cpus";
  '_tres_weighted'?: "tres_weighted";
  '_sockets'?: "sockets";
  '_threads'?: "threads";
  '_temporary_disk'?: "temporary_disk";
  '_weight'?: "weight";
}

export interface Node__Output {
  'architecture'?: (string);
  'burstbuffer_network_address'?: (string);
  'boards'?: (number);
  'boot_time'?: (_slurm_v0044_Uint64NoVal__Output);
  'tls_cert_last_renewal'?: (_slurm_v0044_Uint64NoVal__Output);
  'cert_flags'?: (string)[];
  'cluster_name'?: (string);
  'cores'?: (number);
  'specialized_cores'?: (number);
  'cpu_binding'?: (number);
  'cpu_load'?: (number);
  'free_mem'?: (_slurm_v0044_Uint64NoVal__Output);
  'cpus'?: (number);
  'effective_cpus'?: (number);
  'specialized_cpus'?: (string);
  'energy'?: (_slurm_v0044_AcctGatherEnergy__Output);
  'external_sensors'?: (_slurm_v0044_Node_ExternalSensors__Output);
  'extra'?: (string);
  'power'?: (_slurm_v0044_Node_Power__Output);
  'features'?: (string)[];
  'active_features'?: (string)[];
  'gpu_spec'?: (string);
  'gres'?: (string);
  'gres_drained'?: (string);
  'gres_used'?: (string);
  'instance_id'?: (string);
  'instance_type'?: (string);
  'last_busy'?: (_slurm_v0044_Uint64NoVal__Output);
  'mcs_label'?: (string);
  'specialized_memory'?: (number);
  'name'?: (string);
  'next_state_after_reboot'?: (string)[];
  'address'?: (string);
  'hostname'?: (string);
  'state'?: (string)[];
  'operating_system'?: (string);
  'owner'?: (string);
  'partitions'?: (string)[];
  'port'?: (number);
  'real_memory'?: (number);
  'res_cores_per_gpu'?: (number);
  'comment'?: (string);
  'reason'?: (string);
  'reason_changed_at'?: (_slurm_v0044_Uint64NoVal__Output);
  'reason_set_by_user'?: (string);
  'resume_after'?: (_slurm_v0044_Uint64NoVal__Output);
  'reservation'?: (string);
  'alloc_memory'?: (number);
  'alloc_cpus'?: (number);
  'alloc_idle_cpus'?: (number);
  'tres_used'?: (string);
  'tres_weighted'?: (number);
  'slurmd_start_time'?: (_slurm_v0044_Uint64NoVal__Output);
  'sockets'?: (number);
  'threads'?: (number);
  'temporary_disk'?: (number);
  'weight'?: (number);
  'topology'?: (string);
  'tres'?: (string);
  'version'?: (string);
}
