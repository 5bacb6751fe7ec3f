// Original file: src/grpc/proto/slurm/v0045/slurm.proto


export interface OpenapiWarning {
  'description'?: (string);
  'source'?: (string);
}

export interface OpenapiWarning__Output {
  'description'?: (string);
  'source'?: (string);
}
