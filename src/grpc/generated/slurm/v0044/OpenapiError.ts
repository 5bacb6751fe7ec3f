// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface OpenapiError {
  'description'?: (string);
  'error_number'?: (number);
  'error'?: (string);
  'source'?: (string);
  '_error_number'?: "error_number";
}

export interface OpenapiError__Output {
  'description'?: (string);
  'error_number'?: (number);
  'error'?: (string);
  'source'?: (string);
}
