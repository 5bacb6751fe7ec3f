// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { Uint32NoVal as _slurm_v0045_Uint32NoVal, Uint32NoVal__Output as _slurm_v0045_Uint32NoVal__Output } from '../../slurm/v0045/Uint32NoVal.ts';
import type { Uint64NoVal as _slurm_v0045_Uint64NoVal, Uint64NoVal__Output as _slurm_v0045_Uint64NoVal__Output } from '../../slurm/v0045/Uint64NoVal.ts';
import type { Uint16NoVal as _slurm_v0045_Uint16NoVal, Uint16NoVal__Output as _slurm_v0045_Uint16NoVal__Output } from '../../slurm/v0045/Uint16NoVal.ts';
import type { Long } from '@grpc/proto-loader';

export interface _slurm_v0045_PartitionInfo_Accounts {
  'allowed'?: (string);
  'deny'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Accounts__Output {
  'allowed'?: (string);
  'deny'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Cpus {
  'task_binding'?: (string)[];
  'total'?: (number);
  '_total'?: "total";
}

export interface _slurm_v0045_PartitionInfo_Cpus__Output {
  'task_binding'?: (string)[];
  'total'?: (number);
}

export interface _slurm_v0045_PartitionInfo_Defaults {
  'memory_per_cpu'?: (number | string | Long);
  'partition_memory_per_cpu'?: (_slurm_v0045_Uint64NoVal | null);
  'partition_memory_per_node'?: (_slurm_v0045_Uint64NoVal | null);
  'time'?: (_slurm_v0045_Uint32NoVal | null);
  'job'?: (string);
  '_memory_per_cpu'?: "memory_per_cpu";
}

export interface _slurm_v0045_PartitionInfo_Defaults__Output {
  'memory_per_cpu'?: (number);
  'partition_memory_per_cpu'?: (_slurm_v0045_Uint64NoVal__Output);
  'partition_memory_per_node'?: (_slurm_v0045_Uint64NoVal__Output);
  'time'?: (_slurm_v0045_Uint32NoVal__Output);
  'job'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Groups {
  'allowed'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Groups__Output {
  'allowed'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Maximums {
  'cpus_per_node'?: (_slurm_v0045_Uint32NoVal | null);
  'cpus_per_socket'?: (_slurm_v0045_Uint32NoVal | null);
  'memory_per_cpu'?: (number | string | Long);
  'partition_memory_per_cpu'?: (_slurm_v0045_Uint64NoVal | null);
  'partition_memory_per_node'?: (_slurm_v0045_Uint64NoVal | null);
  'nodes'?: (_slurm_v0045_Uint32NoVal | null);
  'shares'?: (number);
  'oversubscribe'?: (_slurm_v0045_PartitionInfo_Maximums_Oversubscribe | null);
  'time'?: (_slurm_v0045_Uint32NoVal | null);
  'over_time_limit'?: (_slurm_v0045_Uint16NoVal | null);
  '_memory_per_cpu'?: "memory_per_cpu";
  '_shares'?: "shares";
}

export interface _slurm_v0045_PartitionInfo_Maximums__Output {
  'cpus_per_node'?: (_slurm_v0045_Uint32NoVal__Output);
  'cpus_per_socket'?: (_slurm_v0045_Uint32NoVal__Output);
  'memory_per_cpu'?: (number);
  'partition_memory_per_cpu'?: (_slurm_v0045_Uint64NoVal__Output);
  'partition_memory_per_node'?: (_slurm_v0045_Uint64NoVal__Output);
  'nodes'?: (_slurm_v0045_Uint32NoVal__Output);
  'shares'?: (number);
  'oversubscribe'?: (_slurm_v0045_PartitionInfo_Maximums_Oversubscribe__Output);
  'time'?: (_slurm_v0045_Uint32NoVal__Output);
  'over_time_limit'?: (_slurm_v0045_Uint16NoVal__Output);
}

export interface _slurm_v0045_PartitionInfo_Minimums {
  'nodes'?: (number);
  '_nodes'?: "nodes";
}

export interface _slurm_v0045_PartitionInfo_Minimums__Output {
  'nodes'?: (number);
}

export interface _slurm_v0045_PartitionInfo_Nodes {
  'allowed_allocation'?: (string);
  'configured'?: (string);
  'total'?: (number);
  '_total'?: "total";
}

export interface _slurm_v0045_PartitionInfo_Nodes__Output {
  'allowed_allocation'?: (string);
  'configured'?: (string);
  'total'?: (number);
}

export interface _slurm_v0045_PartitionInfo_Maximums_Oversubscribe {
  'jobs'?: (number);
  'flags'?: (string)[];
  '_jobs'?: "jobs";
}

export interface _slurm_v0045_PartitionInfo_Maximums_Oversubscribe__Output {
  'jobs'?: (number);
  'flags'?: (string)[];
}

export interface _slurm_v0045_PartitionInfo_Partition {
  'exclusive'?: (string);
  'oversubscribe'?: (string);
  'state'?: (string)[];
}

export interface _slurm_v0045_PartitionInfo_Partition__Output {
  'exclusive'?: (string);
  'oversubscribe'?: (string);
  'state'?: (string)[];
}

export interface _slurm_v0045_PartitionInfo_Priority {
  'job_factor'?: (number);
  'tier'?: (number);
  '_job_factor'?: "job_factor";
  '_tier'?: "tier";
}

export interface _slurm_v0045_PartitionInfo_Priority__Output {
  'job_factor'?: (number);
  'tier'?: (number);
}

export interface _slurm_v0045_PartitionInfo_Qos {
  'allowed'?: (string);
  'deny'?: (string);
  'assigned'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Qos__Output {
  'allowed'?: (string);
  'deny'?: (string);
  'assigned'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Timeouts {
  'resume'?: (_slurm_v0045_Uint16NoVal | null);
  'suspend'?: (_slurm_v0045_Uint16NoVal | null);
}

export interface _slurm_v0045_PartitionInfo_Timeouts__Output {
  'resume'?: (_slurm_v0045_Uint16NoVal__Output);
  'suspend'?: (_slurm_v0045_Uint16NoVal__Output);
}

export interface _slurm_v0045_PartitionInfo_Tres {
  'billing_weights'?: (string);
  'configured'?: (string);
}

export interface _slurm_v0045_PartitionInfo_Tres__Output {
  'billing_weights'?: (string);
  'configured'?: (string);
}

export interface PartitionInfo {
  'nodes'?: (_slurm_v0045_PartitionInfo_Nodes | null);
  'accounts'?: (_slurm_v0045_PartitionInfo_Accounts | null);
  'groups'?: (_slurm_v0045_PartitionInfo_Groups | null);
  'qos'?: (_slurm_v0045_PartitionInfo_Qos | null);
  'alternate'?: (string);
  'tres'?: (_slurm_v0045_PartitionInfo_Tres | null);
  'cluster'?: (string);
  'select_type'?: (string)[];
  'cpus'?: (_slurm_v0045_PartitionInfo_Cpus | null);
  'defaults'?: (_slurm_v0045_PartitionInfo_Defaults | null);
  'flags'?: (string)[];
  'partition'?: (_slurm_v0045_PartitionInfo_Partition | null);
  'grace_time'?: (number);
  'maximums'?: (_slurm_v0045_PartitionInfo_Maximums | null);
  'minimums'?: (_slurm_v0045_PartitionInfo_Minimums | null);
  'name'?: (string);
  'node_sets'?: (string);
  'preempt_mode'?: (string)[];
  'priority'?: (_slurm_v0045_PartitionInfo_Priority | null);
  'timeouts'?: (_slurm_v0045_PartitionInfo_Timeouts | null);
  'topology'?: (string);
  'suspend_time'?: (_slurm_v0045_Uint32NoVal | null);
  '_grace_time'?: "grace_time";
}

export interface PartitionInfo__Output {
  'nodes'?: (_slurm_v0045_PartitionInfo_Nodes__Output);
  'accounts'?: (_slurm_v0045_PartitionInfo_Accounts__Output);
  'groups'?: (_slurm_v0045_PartitionInfo_Groups__Output);
  'qos'?: (_slurm_v0045_PartitionInfo_Qos__Output);
  'alternate'?: (string);
  'tres'?: (_slurm_v0045_PartitionInfo_Tres__Output);
  'cluster'?: (string);
  'select_type'?: (string)[];
  'cpus'?: (_slurm_v0045_PartitionInfo_Cpus__Output);
  'defaults'?: (_slurm_v0045_PartitionInfo_Defaults__Output);
  'flags'?: (string)[];
  'partition'?: (_slurm_v0045_PartitionInfo_Partition__Output);
  'grace_time'?: (number);
  'maximums'?: (_slurm_v0045_PartitionInfo_Maximums__Output);
  'minimums'?: (_slurm_v0045_PartitionInfo_Minimums__Output);
  'name'?: (string);
  'node_sets'?: (string);
  'preempt_mode'?: (string)[];
  'priority'?: (_slurm_v0045_PartitionInfo_Priority__Output);
  'timeouts'?: (_slurm_v0045_PartitionInfo_Timeouts__Output);
  'topology'?: (string);
  'suspend_time'?: (_slurm_v0045_Uint32NoVal__Output);
}
