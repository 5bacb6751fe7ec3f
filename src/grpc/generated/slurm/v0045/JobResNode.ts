// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { JobResSocket as _slurm_v0045_JobResSocket, JobResSocket__Output as _slurm_v0045_JobResSocket__Output } from '../../slurm/v0045/JobResSocket.ts';
import type { Long } from '@grpc/proto-loader';

export interface _slurm_v0045_JobResNode_Cpus {
  'count'?: (number);
  'used'?: (number);
  '_count'?: "count";
  '_used'?: "used";
}

export interface _slurm_v0045_JobResNode_Cpus__Output {
  'count'?: (number);
  'used'?: (number);
}

export interface _slurm_v0045_JobResNode_Memory {
  'used'?: (number | string | Long);
  'allocated'?: (number | string | Long);
  '_used'?: "used";
  '_allocated'?: "allocated";
}

export interface _slurm_v0045_JobResNode_Memory__Output {
  'used'?: (number);
  'allocated'?: (number);
}

export interface JobResNode {
  'index'?: (number);
  'name'?: (string);
  'cpus'?: (_slurm_v0045_JobResNode_Cpus | null);
  'memory'?: (_slurm_v0045_JobResNode_Memory | null);
  'sockets'?: (_slurm_v0045_JobResSocket)[];
  '_index'?: "index";
}

export interface JobResNode__Output {
  'index'?: (number);
  'name'?: (string);
  'cpus'?: (_slurm_v0045_JobResNode_Cpus__Output);
  'memory'?: (_slurm_v0045_JobResNode_Memory__Output);
  'sockets'?: (_slurm_v0045_JobResSocket__Output)[];
}
