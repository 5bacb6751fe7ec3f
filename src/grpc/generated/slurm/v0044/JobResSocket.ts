// Original file: src/grpc/proto/slurm/v0044/slurm.proto

import type { JobResCore as _slurm_v0044_JobResCore, JobResCore__Output as _slurm_v0044_JobResCore__Output } from '../../slurm/v0044/JobResCore.ts';

export interface JobResSocket {
  'index'?: (number);
  'cores'?: (_slurm_v0044_JobResCore)[];
  '_index'?: "index";
}

export interface JobResSocket__Output {
  'index'?: (number);
  'cores'?: (_slurm_v0044_JobResCore__Output)[];
}
