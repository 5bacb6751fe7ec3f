// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface Uint32NoVal {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number);
}

export interface Uint32NoVal__Output {
  'set'?: (boolean);
  'infinite'?: (boolean);
  'number'?: (number);
}
