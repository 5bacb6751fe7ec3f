// Original file: src/grpc/proto/slurm/v0043/slurm.proto

import type { JobResCore as _slurm_v0043_JobResCore, JobResCore__Output as _slurm_v0043_JobResCore__Output } from '../../slurm/v0043/JobResCore.ts';

export interface JobResSocket {
  'index'?: (number);
  'cores'?: (_slurm_v0043_JobResCore)[];
  '_index'?: "index";
}

export interface JobResSocket__Output {
  'index'?: (number);
  'cores'?: (_slurm_v0043_JobResCore__Output)[];
}
