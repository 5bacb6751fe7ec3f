// Original file: src/grpc/proto/slurm/v0045/slurm.proto

import type { JobResCore as _slurm_v0045_JobResCore, JobResCore__Output as _slurm_v0045_JobResCore__Output } from '../../slurm/v0045/JobResCore.ts';

export interface JobResSocket {
  'index'?: (number);
  'cores'?: (_slurm_v0045_JobResCore)[];
  '_index'?: "index";
}

export interface JobResSocket__Output {
  'index'?: (number);
  'cores'?: (_slurm_v0045_JobResCore__Output)[];
}
