// Original file: src/grpc/proto/slurm/v0045/slurm.proto


export interface JobIdReq {
  'job_id'?: (string);
}

export interface JobIdReq__Output {
  'job_id'?: (string);
}
