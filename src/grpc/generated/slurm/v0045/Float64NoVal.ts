// Original file: src/grpc/proto/slurm/v0045/slurm.proto


export interface Float64NoVal {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number | string);
}

export interface Float64NoVal__Output {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number);
}
