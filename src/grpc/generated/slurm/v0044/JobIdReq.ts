// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface JobIdReq {
  'job_id'?: (string);
}

export interface JobIdReq__Output {
  'job_id'?: (string);
}
