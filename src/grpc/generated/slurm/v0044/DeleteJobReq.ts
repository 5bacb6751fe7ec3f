// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface DeleteJobReq {
  'job_id'?: (string);
  'signal'?: (string);
  'flags'?: (string);
}

export interface DeleteJobReq__Output {
  'job_id'?: (string);
  'signal'?: (string);
  'flags'?: (string);
}
